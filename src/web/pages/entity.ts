import { html } from 'hono/html';
import type { EntitySummary } from '../../store/index.js';
import type { EntityView, Page } from '../../api/queries.js';
import { ENTITY_TYPE_LABEL, STANCE_LABEL } from '../labels.js';
import { page, queryString, showDate, type Html } from '../layout.js';
import { claimTable } from './claims.js';
import { entityHref } from './article.js';

const typeLabel = (t: string) => ENTITY_TYPE_LABEL[t as keyof typeof ENTITY_TYPE_LABEL] ?? t;

/** An entity: names, roles, what it said, the claims it takes part in. */
export function entityPage(v: EntityView): Html {
  const { entity } = v;
  const body = html`<p class="crumbs"><a href="/entities">الجهات</a></p>
<h1>${entity.name}</h1>
<p class="facts">${typeLabel(entity.type)} · ${entity.articles} مقالات · ${entity.mentions} ذكرا</p>
${entity.aliases.length ? html`<p><b>أسماء أخرى:</b> ${entity.aliases.map((a) => html`<span class="alias">${a}</span>`)}</p>` : ''}
${v.roles.length ? html`<p><b>الصفات:</b> ${v.roles.join('، ')}</p>` : ''}
${v.others.length ? html`<p class="small">يطابق الاسم أيضا: ${v.others.map((o) => html`<span class="alias">${o.name} (${typeLabel(o.type)})</span> `)}</p>` : ''}
<p><a href="/${queryString({ entity: entity.name })}">ادعاءات تخص ${entity.name} في اللوحة</a></p>
<h2>ما قاله (${v.statements.length})</h2>
${v.statements.length === 0 ? html`<p class="empty">لم يُنسب إليه قول.</p>` : html`<ul class="statements">${v.statements.map((s) => html`<li class="stance-${s.stance}">
<span class="badge stance-${s.stance}">${STANCE_LABEL[s.stance]}</span> <blockquote>${s.content}</blockquote>
<span class="where">${s.source ?? 'مصدر غير معروف'} · ${showDate(s.published)} · <a href="/articles/${s.articleId}">${s.title ?? `مقال ${s.articleId}`}</a></span></li>`)}</ul>`}
<h2>ادعاءات يشارك فيها (${v.claims.length})</h2>
${claimTable(v.claims)}`;
  return page({ title: entity.name, current: 'entities' }, body);
}

/** Finds entities by name or alias. */
export function entitiesPage(q: string, result: Page<EntitySummary>): Html {
  const body = html`<h1>الجهات</h1>
<form class="filters" method="get" action="/entities"><label>الاسم أو أحد أسمائه <input name="q" value="${q}" placeholder="مثلا: الأمم المتحدة"></label><button type="submit">ابحث</button></form>
${q && result.items.length === 0 ? html`<p class="empty">لا جهة بهذا الاسم.</p>` : ''}
<ul class="entity-list">${result.items.map((e) => html`<li><a href="${entityHref(e)}">${e.name}</a> <span class="muted">${typeLabel(e.type)} · ${e.articles} مقالات</span>${e.aliases.length ? html` <span class="small">(${e.aliases.join('، ')})</span>` : ''}</li>`)}</ul>
${result.nextCursor ? html`<p class="more"><a rel="next" href="/entities${queryString({ q, cursor: result.nextCursor })}">المزيد</a></p>` : ''}`;
  return page({ title: 'الجهات', current: 'entities' }, body);
}
