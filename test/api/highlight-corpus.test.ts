// The highlighter on real articles (the Moroccan ahdath corpus in ../shared, read-only): whatever the pipeline
// finds today, the rendered page keeps every character of the article and every attribution part and entity
// mention reads exactly as its span. Skips when the corpus is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { renderArticleHtml } from '../../src/web/highlight.js';

const CORPUS = resolve(import.meta.dirname, '../../../shared/data/news/ahdath/articles.jsonl');
const present = existsSync(CORPUS);
if (!present) console.warn(`[highlight-corpus] skipped: ${CORPUS} is absent`);

describe.skipIf(!present)('renderArticleHtml on the ahdath corpus', () => {
  it('keeps the text and renders every span exactly', () => {
    // The first 150 articles: enough variety (bylines, tags, embedded headlines), a few seconds of analysis.
    const rows = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 150).map((l) => JSON.parse(l) as { text: string; published?: string });
    // The line break between two blocks is not drawn (each block is its own element), so a span that crosses a
    // paragraph boundary (`راديو\n الصف`) reads without it: spans are compared exactly apart from white space.
    const bare = (s: string) => s.replace(/\s/g, '');
    let quotes = 0;
    let mentions = 0;
    const failures: string[] = [];
    for (const [i, row] of rows.entries()) {
      const a = analyze(row.text, { published: /^\d{4}-\d{2}-\d{2}$/.test(row.published ?? '') ? row.published! : null });
      const html = renderArticleHtml(row.text, a, { entityHref: (e) => `/entities/${encodeURIComponent(e.name)}` });
      const root = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`).document.getElementById('r')!;
      const joined = (sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent).join('');
      if (root.textContent!.replace(/\s/g, '') !== row.text.replace(/\s/g, '')) failures.push(`#${i}: text changed`);
      for (const q of a.quotes) {
        quotes++;
        if (bare(joined(`.content[data-q="${q.id}"]`)) !== bare(row.text.slice(q.content.start, q.content.end))) failures.push(`#${i} ${q.id}: content`);
        if (q.cue && bare(joined(`.cue[data-q="${q.id}"]`)) !== bare(row.text.slice(q.cue.start, q.cue.end))) failures.push(`#${i} ${q.id}: cue`);
        const m = q.speaker?.mention;
        if (m && bare(joined(`.speaker[data-q="${q.id}"]`)) !== bare(row.text.slice(m.start, m.end))) failures.push(`#${i} ${q.id}: speaker`);
      }
      for (const e of a.entities) {
        mentions += e.mentions.length;
        const got = [...root.querySelectorAll(`.entity[data-e="${e.id}"]`)].map((x) => x.textContent);
        // A mention inside another mention of the same entity shows as one element; compare the outermost ones.
        if (bare(got.join('')) !== bare(e.mentions.filter((m) => !e.mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end)).map((m) => m.raw).join(''))) failures.push(`#${i} ${e.id}: mentions`);
      }
    }
    expect(failures).toEqual([]);
    expect(rows.length).toBe(150);
    console.log(`[highlight-corpus] ${rows.length} articles, ${quotes} attributions, ${mentions} entity mentions rendered at their spans`);
  });
});
