import { html, raw } from 'hono/html';
import type { SearchHit } from '../../store/index.js';
import { renderMarks } from '../highlight.js';
import { STANCE_LABEL, STANCES } from '../labels.js';
import { page, queryString, showDate, type Html } from '../layout.js';

/** A search result with the article text it points into (the snippet is cut from it by offsets). */
export interface SearchResult {
  hit: SearchHit;
  text: string | null;
}

/** The form's values. */
export interface SearchForm {
  q: string;
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
  entity?: string | undefined;
  speaker?: string | undefined;
  stance?: string | undefined;
}

/**
 * The snippet: `text.slice(snippetSpan)` with the matched words marked, from the hit's UTF-16 offsets (never the
 * bracketed snippet string, which cannot tell a matched word from a bracket in the article).
 */
export function snippetHtml(r: SearchResult): Html {
  if (r.text === null) return html`${r.hit.snippet}`;
  const { start, end } = r.hit.snippetSpan;
  const marks = r.hit.highlights.map((h) => ({ start: h.start, end: h.end, kind: 'cue' as const, tag: 'mark' as const, classes: ['hit'] }));
  const inner = renderMarks(r.text, marks, start, end);
  return html`${start > 0 ? '…' : ''}${raw(inner)}${end < r.text.length ? '…' : ''}`;
}

/** The search page: the form with its filters, then the results. */
export function searchPage(form: SearchForm, results: SearchResult[] | null, next: string | null): Html {
  const body = html`<h1>البحث</h1>
<form class="filters" method="get" action="/search" role="search">
  <label class="wide">كلمات البحث <input type="search" name="q" value="${form.q}" placeholder="كوريا، «عبارة بعينها»" required></label>
  <label>جهة مذكورة <input name="entity" value="${form.entity ?? ''}"></label>
  <label>المتحدث <input name="speaker" value="${form.speaker ?? ''}"></label>
  <label>الموقف <select name="stance"><option value="">الكل</option>${STANCES.map((s) => html`<option value="${s}"${form.stance === s ? html` selected` : ''}>${STANCE_LABEL[s]}</option>`)}</select></label>
  <label>مصدر <input name="source" value="${form.source ?? ''}"></label>
  <label>من <input type="date" name="from" value="${form.from ?? ''}"></label>
  <label>إلى <input type="date" name="to" value="${form.to ?? ''}"></label>
  <button type="submit">ابحث</button>
</form>
${results === null ? '' : results.length === 0 ? html`<p class="empty">لا نتائج.</p>` : html`<ol class="hits">${results.map((r) => html`<li>
<a class="title" href="/articles/${r.hit.articleId}">${r.hit.title ?? `مقال ${r.hit.articleId}`}</a>
<span class="facts">${r.hit.source ?? 'مصدر غير معروف'} · ${showDate(r.hit.published)}</span>
<p class="snippet">${snippetHtml(r)}</p></li>`)}</ol>`}
${next ? html`<p class="more"><a rel="next" href="/search${queryString({ ...form, cursor: next })}">المزيد</a></p>` : ''}`;
  return page({ title: form.q ? `بحث: ${form.q}` : 'البحث', current: 'search', query: form.q }, body);
}
