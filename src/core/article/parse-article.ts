// FIRST CUT (to be replaced by the article-structure work): every non-empty line is a paragraph.
import type { ArticleStructure } from '../context.js';
import type { Paragraph } from '../analysis.js';
import { trimSpan } from '../source/span.js';

/** Finds the article's structure in plain text. */
export function parseArticle(text: string, _options: { title?: string | null } = {}): ArticleStructure {
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const s = trimSpan(text, { start: at, end: at + line.length });
    if (s.end > s.start) paragraphs.push({ ...s, index: paragraphs.length });
    at += line.length + 1;
  }
  return { paragraphs, headlines: [], dateline: null, bylines: [], credits: null, boilerplate: [], diagnostics: [] };
}
