import { html } from 'hono/html';
import type { ClaimFilter, ClaimRow, Page, SourceStance, TimelineItem } from '../../api/queries.js';
import { STANCE_LABEL, STANCES } from '../labels.js';
import { page, queryString, showDate, stanceLegend, type Html } from '../layout.js';

/**
 * A source chip, coloured by stance; the count of articles when more than one. Name and count are bidi-isolated (CSS):
 * a Latin outlet name followed by digits would otherwise run together left to right (`aawsat19`).
 */
export function sourceChip(s: SourceStance): Html {
  const stance = s.stance ?? 'none';
  const label = s.stance ? STANCE_LABEL[s.stance] : 'بلا موقف';
  return html`<span class="chip stance-${stance}" data-source="${s.source}" data-stance="${stance}" title="${s.source}: ${label}${s.articles > 1 ? ` (${s.articles} مقالات)` : ''}"><span class="name">${s.source}</span>${s.articles > 1 ? html`<span class="n">${s.articles}</span>` : ''}</span>`;
}

/** Rows of claims: the text, the sources as chips, the counts. Shared by the board and the entity page. */
export function claimTable(rows: ClaimRow[]): Html {
  if (rows.length === 0) return html`<p class="empty">لا ادعاءات تطابق هذا البحث.</p>`;
  return html`<table class="claims">
<thead><tr><th scope="col">الادعاء</th><th scope="col">المصادر ومواقفها</th><th scope="col" class="num">مقالات</th><th scope="col" class="num">مصادر مستقلة</th><th scope="col">آخر نشاط</th></tr></thead>
<tbody>${rows.map((r) => html`<tr class="claim-row" data-claim="${r.id}">
<td class="text"><a href="/claims/${r.id}">${r.text}</a>${r.bySpeaker.length ? html`<div class="speakers">${r.bySpeaker.slice(0, 4).map((p) => html`<span class="who stance-${p.stance ?? 'none'}">${p.speaker}</span>`)}</div>` : ''}</td>
<td class="chips">${r.bySource.map(sourceChip)}</td>
<td class="num">${r.articles}</td>
<td class="num">${r.sources}</td>
<td>${showDate(r.lastDate)}</td>
</tr>`)}</tbody>
</table>`;
}

/** The claims board: filters, legend, rows sorted by activity, a link to the next page. */
export function boardPage(filter: ClaimFilter, result: Page<ClaimRow>): Html {
  const sources = [...new Set(result.items.flatMap((r) => r.bySource.map((s) => s.source)))].sort();
  const next = result.nextCursor ? `/${queryString({ entity: filter.entity, source: filter.source, stance: filter.stance, from: filter.from, to: filter.to, cursor: result.nextCursor })}` : null;
  const body = html`<h1>لوحة الادعاءات</h1>
<form class="filters" method="get" action="/">
  <label>جهة <input name="entity" value="${filter.entity ?? ''}" placeholder="مثلا: وزارة الخارجية"></label>
  <label>مصدر <input name="source" value="${filter.source ?? ''}" list="sources" placeholder="اسم المنبر"></label>
  <datalist id="sources">${sources.map((s) => html`<option value="${s}"></option>`)}</datalist>
  <label>الموقف <select name="stance"><option value="">الكل</option>${STANCES.map((s) => html`<option value="${s}"${filter.stance === s ? html` selected` : ''}>${STANCE_LABEL[s]}</option>`)}</select></label>
  <label>من <input type="date" name="from" value="${filter.from ?? ''}"></label>
  <label>إلى <input type="date" name="to" value="${filter.to ?? ''}"></label>
  <button type="submit">تصفية</button>
  ${filter.entity || filter.source || filter.stance || filter.from || filter.to ? html`<a class="reset" href="/">إلغاء التصفية</a>` : ''}
</form>
${stanceLegend()}
${claimTable(result.items)}
${next ? html`<p class="more"><a rel="next" href="${next}">الصفحة التالية</a></p>` : ''}`;
  return page({ title: 'لوحة الادعاءات', current: 'board' }, body);
}

/** A claim: the sources, then the timeline of who said what and when, each line linked to its sentence. */
export function claimPage(claim: ClaimRow, timeline: TimelineItem[]): Html {
  const byDate = new Map<string, TimelineItem[]>();
  for (const t of timeline) {
    const key = t.date?.slice(0, 10) ?? '';
    byDate.set(key, [...(byDate.get(key) ?? []), t]);
  }
  const body = html`<p class="crumbs"><a href="/">لوحة الادعاءات</a></p>
<h1 class="claim-title">${claim.text}</h1>
<p class="facts">${claim.articles} مقالات · ${claim.sources} مصادر مستقلة · ${claim.outlets} منابر · من ${showDate(claim.firstDate)} إلى ${showDate(claim.lastDate)}</p>
<div class="chips">${claim.bySource.map(sourceChip)}</div>
${stanceLegend()}
<h2>التسلسل الزمني</h2>
<ol class="timeline">${[...byDate.entries()].map(([date, items]) => html`<li class="day"><h3>${showDate(date || null)}</h3><ul>${items.map((t) => html`<li class="event stance-${t.stance ?? 'none'}">
  <span class="badge stance-${t.stance ?? 'none'}">${t.stance ? STANCE_LABEL[t.stance] : 'بلا موقف'}</span>
  <span class="who">${t.speaker ?? 'متحدث غير محدد'}</span>
  <span class="where">في ${t.source ?? 'مصدر غير معروف'}${t.title ? html`: «${t.title}»` : ''}</span>
  ${t.content ? html`<blockquote>${t.content}</blockquote>` : ''}
  <a class="goto" href="${t.href}">${t.sentence !== null ? 'الجملة في المقال' : 'المقال'}</a>
</li>`)}</ul></li>`)}</ol>`;
  return page({ title: claim.text.slice(0, 60) }, body);
}
