import type { Sentence } from '../analysis.js';
import type { ArticleStructure } from '../context.js';
import type { Token } from '../tokenize/types.js';
import { isSpaceCode } from '../source/span.js';
import { isTerminalCode } from '../tokenize/char-class.js';
import { pairQuotes } from './pair-quotes.js';
import { ARABIC_LETTER_NAMES, LATIN_ABBREVIATIONS } from './abbreviations.js';
import { firstTokenAfter } from '../tokenize/first-token.js';

/**
 * A quotation longer than this (UTF-16 code units) is not kept in one sentence: a pair that far apart
 * is more likely two unrelated marks than one quotation (the brief's "absurdly long").
 */
export const MAX_QUOTE_LENGTH = 1000;

interface Region {
  start: number;
  end: number;
  paragraph: number;
  headline: boolean;
}

/**
 * Splits the body paragraphs and embedded headlines into sentences.
 *
 * Inside each region it splits after `.` `!` `?` `؟` `…` (and their runs) and at line breaks, but not:
 * - inside a quotation whose marks pair up (`قال: “نشعر بالقلق. وسنتابع”.` is one sentence), unless the
 *   quotation is longer than `MAX_QUOTE_LENGTH`; unpaired or stray marks protect nothing;
 * - after an abbreviation: a single Arabic letter (`د.`, `م.`, `أ.`) unless it is the year sign after a
 *   number (`عام 2015 م.`), a single Latin letter (`U.S.`, `J. Smith`), a listed Latin abbreviation
 *   (`Mr.`, `Gen.`), or a number that opens the region (`1.` in a list);
 * - before a lower-case Latin letter or a digit that follows the stop without a space (`e.g.`);
 * - in decimals, dates, URLs and e-mail addresses, which the tokeniser keeps whole.
 * A terminal mark right before the closing mark of a quotation ends the sentence after that mark
 * (`قال: “انتهى.” ثم`). Fragments with no word or number (a stray `“.`) join the sentence before them.
 *
 * @param text The source text.
 * @param tokens The lossless tokens of `text`.
 * @param structure The article structure: its `paragraphs` and `headlines` are the regions split.
 * @returns Sentences: trimmed, inside their region, sorted and non-overlapping.
 */
export function splitSentences(text: string, tokens: Token[], structure: ArticleStructure): Sentence[] {
  const regions: Region[] = [
    ...structure.paragraphs.map((p) => ({ start: p.start, end: p.end, paragraph: p.index, headline: false })),
    ...structure.headlines.map((h) => ({ start: h.start, end: h.end, paragraph: -1, headline: true })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Sentence[] = [];
  let lastEnd = 0;
  for (const r of regions) {
    const start = Math.max(r.start, lastEnd, 0);
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    for (const s of splitRegion(text, tokens, start, end)) out.push({ start: s.start, end: s.end, paragraph: r.paragraph, headline: r.headline });
    if (out.length > 0) lastEnd = Math.max(lastEnd, out[out.length - 1]!.end);
  }
  return out;
}


const NO_PAIRS = new Int32Array(0);

/**
 * One zeroed scratch array for the quotation guards of a region, reused from region to region: a small
 * typed array costs far more to create than to clear, and a region's guards never outlive `splitRegion`.
 */
let INSIDE = new Int32Array(4096);

function scratchInside(length: number): Int32Array {
  if (INSIDE.length < length) INSIDE = new Int32Array(Math.max(length, INSIDE.length * 2));
  INSIDE.fill(0, 0, length);
  return INSIDE;
}

interface Piece {
  start: number;
  end: number;
  /** True when the piece holds a word, number, URL or e-mail: fragments without one are merged. */
  content: boolean;
}

function splitRegion(text: string, tokens: readonly Token[], start: number, end: number): Piece[] {
  const from = firstTokenAfter(tokens, start);
  // One past the token that holds `end - 1`: tokens are contiguous, so the next one starts at or after `end`.
  const to = Math.min(tokens.length, Math.max(from, firstTokenAfter(tokens, end - 1) + 1));

  // Protected spans: paired quotations of reasonable length that stay on one line.
  const pairs = pairQuotes(text, tokens, from, to, start, end);
  // For each token, the index of the protecting pair's close + 1, or 0 (no array when nothing is quoted).
  const inside = pairs.length > 0 ? scratchInside(to - from) : NO_PAIRS;
  for (const pair of pairs) {
    const open = tokens[pair.open]!;
    const close = tokens[pair.close]!;
    if (close.end - open.start > MAX_QUOTE_LENGTH) continue;
    let crossesLine = false;
    for (let j = pair.open + 1; j < pair.close; j++) if (tokens[j]!.kind === 'newline') crossesLine = true;
    if (crossesLine) continue;
    for (let j = pair.open + 1; j < pair.close; j++) {
      const k = j - from;
      // The outermost pair wins: it decides where a nested quotation's stop may end the sentence.
      if (inside[k] === 0 || inside[k]! - 1 < pair.close) inside[k] = pair.close + 1;
    }
  }

  const pieces: Piece[] = [];
  let pieceStart = start;
  let content = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    const kind = t.kind;
    if (kind === 'word' || kind === 'number' || kind === 'url' || kind === 'email') {
      if (t.start >= pieceStart) content = true;
      continue;
    }
    if (kind === 'newline') {
      if (t.start > start && t.end < end) {
        pushPiece(text, pieces, pieceStart, Math.min(t.start, end), content);
        pieceStart = Math.max(t.end, pieceStart);
        content = false;
      }
      continue;
    }
    if (kind !== 'punct' || !isTerminalCode(text.charCodeAt(t.start))) continue;
    const guard = inside.length > 0 ? inside[j - from]! : 0;
    if (guard !== 0) {
      // Inside a quotation: split only when the stop is the quotation's last word (`انتهى.”`).
      const close = guard - 1;
      if (nextNonSpace(tokens, j + 1, to) !== close) continue;
      const after = extendOverClosers(text, tokens, close + 1, to);
      pushPiece(text, pieces, pieceStart, Math.min(after, end), content);
      pieceStart = Math.max(after, pieceStart);
      content = false;
      j = nextIndexAt(tokens, j, to, after) - 1;
      continue;
    }
    if (!endsSentence(text, tokens, j, from, to, start)) continue;
    const after = extendOverClosers(text, tokens, j + 1, to);
    pushPiece(text, pieces, pieceStart, Math.min(after, end), content);
    pieceStart = Math.max(after, pieceStart);
    content = false;
    j = nextIndexAt(tokens, j, to, after) - 1;
  }
  pushPiece(text, pieces, pieceStart, end, content);
  return mergeFragments(pieces);
}

/** The index of the first token at or after offset `at`. */
function nextIndexAt(tokens: readonly Token[], j: number, to: number, at: number): number {
  let k = j + 1;
  while (k < to && tokens[k]!.start < at) k++;
  return k;
}

/** The index of the next token that is not space (a newline counts), or `to`. */
function nextNonSpace(tokens: readonly Token[], j: number, to: number): number {
  while (j < to && tokens[j]!.kind === 'space') j++;
  return j;
}

/**
 * After a stop, closing quotation marks and brackets and further stops stay with the sentence
 * (`كبيرة”.`, `(انتهى.)`, `!»`). Returns the offset where the next sentence may start.
 */
function extendOverClosers(text: string, tokens: readonly Token[], j: number, to: number): number {
  let at = j > 0 ? tokens[j - 1]!.end : 0;
  for (; j < to; j++) {
    const t = tokens[j]!;
    const c = text.charCodeAt(t.start);
    const closer =
      (t.kind === 'quote' && (t.end >= text.length || isSpaceCode(text.charCodeAt(t.end)) || isClosingPunct(text.charCodeAt(t.end)))) ||
      (t.kind === 'punct' && (c === 0x29 || c === 0x5d || c === 0x7d || isTerminalCode(c)));
    if (!closer) break;
    at = t.end;
  }
  return at;
}

function isClosingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x060c || c === 0x061b || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x29 || c === 0x2026 || c === 0x3a;
}

/** Decides whether the terminal token `j` (outside any quotation) ends a sentence. */
function endsSentence(text: string, tokens: readonly Token[], j: number, from: number, to: number, regionStart: number): boolean {
  const t = tokens[j]!;
  const isStop = t.end - t.start === 1 && text.charCodeAt(t.start) === 0x2e;
  if (!isStop) return true; // ! ? ؟ … and runs such as `...` or `؟!`
  const next = j + 1 < to ? tokens[j + 1]! : null;
  // `e.g.`, `v.2`: a stop glued to a lower-case Latin letter or a digit continues the sentence.
  if (next && next.start === t.end) {
    const c = text.charCodeAt(next.start);
    if ((c >= 0x61 && c <= 0x7a) || next.kind === 'number') return false;
  }
  // Bidi controls between a word and its stop (`1\u202a.`) are invisible: look through them.
  let p = j - 1;
  while (p >= from && isInvisible(tokens[p]!)) p--;
  const prev = p >= from ? tokens[p]! : null;
  if (!prev || (prev.end !== t.start && p === j - 1)) return true;
  if (prev.kind === 'word') {
    const letters = prev.normal.length;
    if (prev.script === 'arabic' && letters === 1) {
      // `د.` `م.` `أ.` are abbreviations (Dr., Eng., Prof.), but `م.` / `هـ.` after a year end the sentence.
      const sign = prev.normal === 'م' || prev.normal === 'ه';
      if (sign && previousContent(tokens, p, from)?.kind === 'number') return true;
      return false;
    }
    // Transliterated initials: `جي. كيه. رولينغ`, `بي.`
    if (prev.script === 'arabic' && ARABIC_LETTER_NAMES.has(prev.normal) && (p === from || tokens[p - 1]!.kind !== 'word')) return false;
    if (prev.script === 'latin') {
      if (letters === 1) return false; // initials: `U.S.`, `J. Smith`
      if (LATIN_ABBREVIATIONS.has(prev.normal)) return false;
    }
    return true;
  }
  // `1.` opening a region or a line is a list number, not a sentence.
  if (prev.kind === 'number') {
    const before = p - 1 >= from ? tokens[p - 1]! : null;
    if (prev.start <= regionStart || !before || before.kind === 'newline') return false;
  }
  return true;
}

/** A space token made only of invisible controls (bidi marks, zero-width space): it normalises to nothing. */
function isInvisible(t: Token): boolean {
  return t.kind === 'space' && t.normal.length === 0;
}

/** The nearest token before index `j` that is not space. */
function previousContent(tokens: readonly Token[], j: number, from: number): Token | null {
  for (let k = j - 1; k >= from; k--) if (tokens[k]!.kind !== 'space') return tokens[k]!;
  return null;
}

/** Appends the trimmed piece `[start, end)` unless it is blank. */
function pushPiece(text: string, pieces: Piece[], start: number, end: number, content: boolean): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) pieces.push({ start, end, content });
}


/**
 * Joins pieces without a word or number (a stray `“.`, a lone `-`) to the sentence before (or after) them.
 * The pieces are the caller's own scratch objects, so they are merged in place rather than copied.
 */
function mergeFragments(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (!p.content && last) last.end = p.end;
    else if (last && !last.content) {
      last.end = p.end;
      last.content = p.content;
    } else out.push(p);
  }
  return out;
}
