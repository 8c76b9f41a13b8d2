// Quotation-mark pairing inside a paragraph: “ ” „ (either way round, as Arabic texts mix them),
// « » and straight double quotes. A mark left open runs to the end of its paragraph.
import type { Word } from './words.js';

/** A quotation: the words of its marks (close is -1 when the mark is never closed in the paragraph). */
export interface MarkPair {
  open: number;
  close: number;
  /** Offsets of the quoted text, marks excluded. */
  start: number;
  end: number;
}

const CURLY = new Set(['\u201c', '\u201d', '\u201e']); // “ ” „
const GUILLEMET_OPEN = '\u00ab'; // «
const GUILLEMET_CLOSE = '\u00bb'; // »
const STRAIGHT = '"';

/**
 * Pairs the quotation marks of the words `[from, to)` (one paragraph).
 *
 * @returns the pairs in text order and the number of marks left unbalanced.
 * @example
 * // «ليس هناك طعن» → one pair; `قال “إننا ...` with no closing mark → one pair up to the paragraph end.
 */
export function pairMarks(words: Word[], from: number, to: number): { pairs: MarkPair[]; unbalanced: number } {
  const pairs: MarkPair[] = [];
  let open = -1;
  let family = '';
  let unbalanced = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (w.kind !== 'quote') continue;
    const ch = w.n;
    const fam = CURLY.has(ch) ? 'curly' : ch === GUILLEMET_OPEN || ch === GUILLEMET_CLOSE ? 'guillemet' : ch === STRAIGHT ? 'straight' : '';
    if (!fam) continue; // single quotes are apostrophes as often as marks (Mother’s Daughter)
    if (open < 0) {
      if (ch === GUILLEMET_CLOSE) { unbalanced++; continue; }
      open = i;
      family = fam;
      continue;
    }
    if (fam !== family) {
      // A mark of another family inside an open quotation is a nested quote: keep the outer one.
      continue;
    }
    if (ch === GUILLEMET_OPEN) { continue; }
    // The content runs from the first to the last token inside the marks: spaces just inside them (`" مجلس`) are not quoted.
    if (i > open + 1) pairs.push({ open, close: i, start: words[open + 1]!.start, end: words[i - 1]!.end });
    open = -1;
  }
  if (open >= 0) {
    unbalanced++;
    // Runs to the last word of the paragraph, trailing punctuation excluded.
    let last = to - 1;
    while (last > open && (words[last]!.kind === 'punct' || words[last]!.kind === 'quote')) last--;
    if (last > open) pairs.push({ open, close: -1, start: words[open + 1]!.start, end: words[last]!.end });
  }
  return { pairs, unbalanced };
}
