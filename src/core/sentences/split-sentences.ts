// FIRST CUT (to be replaced by the text-layer work).
import type { Sentence } from '../analysis.js';
import type { ArticleStructure } from '../context.js';
import type { Token } from '../tokenize/types.js';
import { trimSpan } from '../source/span.js';

/** Splits body paragraphs and headlines into sentences. */
export function splitSentences(text: string, _tokens: Token[], structure: ArticleStructure): Sentence[] {
  const out: Sentence[] = [];
  const regions = [
    ...structure.paragraphs.map((p) => ({ start: p.start, end: p.end, paragraph: p.index, headline: false })),
    ...structure.headlines.map((h) => ({ start: h.start, end: h.end, paragraph: -1, headline: true })),
  ].sort((a, b) => a.start - b.start);
  for (const r of regions) {
    let from = r.start;
    const re = /[.!?؟](?=\s|$)/g;
    re.lastIndex = r.start;
    const body = text.slice(0, r.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const s = trimSpan(text, { start: from, end: m.index + 1 });
      if (s.end > s.start) out.push({ ...s, paragraph: r.paragraph, headline: r.headline });
      from = m.index + 1;
    }
    const s = trimSpan(text, { start: from, end: r.end });
    if (s.end > s.start) out.push({ ...s, paragraph: r.paragraph, headline: r.headline });
  }
  return out;
}
