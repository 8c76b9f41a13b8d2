import { html, raw } from 'hono/html';
import type { Analysis, Entity } from '../../core/index.js';
import type { ArticleView } from '../../api/queries.js';
import { renderArticleHtml } from '../highlight.js';
import { ENTITY_TYPE_LABEL, STANCE_LABEL } from '../labels.js';
import { page, showDate, type Html } from '../layout.js';

/** The link of an entity page: entities are merged across articles by name, so the page is keyed by name. */
export function entityHref(e: { name: string }): string {
  return `/entities/${encodeURIComponent(e.name)}`;
}

/** Only http(s) links are drawn as links: an article URL is untrusted (`javascript:` would run on click). */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The highlighted text with the list of attributions and entities beside it. */
export function analysisView(text: string, a: Analysis, options: { linkEntities: boolean }): Html {
  const body = renderArticleHtml(text, a, options.linkEntities ? { entityHref } : {});
  const name = (e: Entity) => (options.linkEntities ? html`<a href="${entityHref(e)}">${e.name}</a>` : e.name);
  return html`<div class="reader">
<article class="text" lang="${a.language === 'other' ? '' : a.language}">
${raw(body)}
</article>
<aside class="side">
  <section class="key"><h2>المفتاح</h2><p><span class="speaker">المتحدث</span> · <span class="cue">فعل القول</span> · <span class="content stance-asserts">المقول</span> · <span class="entity">جهة</span></p>
  <p class="small">ألوان المقول بحسب الموقف: <span class="chip stance-asserts">${STANCE_LABEL.asserts}</span> <span class="chip stance-denies">${STANCE_LABEL.denies}</span> <span class="chip stance-hedges">${STANCE_LABEL.hedges}</span> <span class="chip stance-concern">${STANCE_LABEL.concern}</span></p></section>
  <section><h2>الإسنادات (${a.quotes.length})</h2>
  ${a.quotes.length === 0 ? html`<p class="empty">لم يُعثر على إسنادات.</p>` : html`<ol class="quotes">${a.quotes.map((q) => html`<li><a href="#q-${q.id}"><span class="badge stance-${q.stance}">${STANCE_LABEL[q.stance]}</span> <b>${q.speaker?.name ?? 'غير معروف'}</b>: ${clip(text.slice(q.content.start, q.content.end), 90)}</a></li>`)}</ol>`}
  </section>
  <section><h2>الجهات (${a.entities.length})</h2>
  ${a.entities.length === 0 ? html`<p class="empty">لم يُعثر على جهات.</p>` : html`<ul class="entities">${a.entities.map((e) => html`<li>${name(e)} <span class="muted">${ENTITY_TYPE_LABEL[e.type]} · ${e.mentions.length}</span>${e.roles.length ? html`<div class="small">${e.roles.join('، ')}</div>` : ''}</li>`)}</ul>`}
  </section>
  ${a.claims.length ? html`<section><h2>الادعاءات في المقال (${a.claims.length})</h2><ul class="local-claims">${a.claims.map((c) => html`<li>${c.text}</li>`)}</ul></section>` : ''}
  ${a.diagnostics.length ? html`<section><h2>ملاحظات</h2><ul class="small" dir="ltr">${a.diagnostics.map((d) => html`<li>${d.severity}: ${d.message}</li>`)}</ul></section>` : ''}
</aside>
</div>`;
}

/** Shortens a text for a list, at a word boundary. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** A stored article with its analysis. */
export function articlePage(view: ArticleView, duplicates: number[]): Html {
  const { article, analysis } = view;
  const url = safeUrl(article.url);
  const body = html`<p class="crumbs"><a href="/">لوحة الادعاءات</a></p>
<h1>${article.title ?? `مقال ${article.id}`}</h1>
<p class="facts">${article.source ?? 'مصدر غير معروف'} · ${showDate(article.published)}${article.author ? html` · ${article.author}` : ''}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow" dir="ltr">${url}</a>` : article.url ? html` · <span dir="ltr">${article.url}</span>` : ''}${article.version > 1 ? html` · النسخة ${article.version}` : ''}</p>
${duplicates.length ? html`<p class="dups">نسخ من القصة نفسها: ${duplicates.map((d) => html`<a href="/articles/${d}">${d}</a> `)}</p>` : ''}
${analysis ? analysisView(article.text, analysis, { linkEntities: true }) : html`<p class="empty">${view.analysisError ? `تعذّر التحليل: ${view.analysisError}` : 'لم يُحلَّل هذا المقال بعد.'}</p><article class="text plain">${article.text}</article>`}`;
  return page({ title: article.title ?? `مقال ${article.id}` }, body);
}

/** The page to paste or upload an article; with a result, the analysis below the form. */
export function analysePage(input: { text: string; title: string; published: string }, result: Analysis | null, error: string | null): Html {
  const body = html`<h1>تحليل مقال</h1>
<p>الصق نص مقال أو ارفع ملفا نصيا لترى من قال ماذا وبأي موقف. لا يُحفظ المقال.</p>
<form class="analyse" method="post" action="/analyse" enctype="multipart/form-data">
  <label class="wide">النص <textarea name="text" rows="10" dir="auto">${input.text}</textarea></label>
  <label>أو ملف نصي <input type="file" name="file" accept=".txt,text/plain"></label>
  <label>العنوان <input name="title" value="${input.title}"></label>
  <label>تاريخ النشر <input type="date" name="published" value="${input.published}"></label>
  <button type="submit">حلّل</button>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${result ? html`<h2 class="result">النتيجة</h2>${analysisView(input.text, result, { linkEntities: false })}` : ''}`;
  return page({ title: 'تحليل مقال', current: 'analyse' }, body);
}
