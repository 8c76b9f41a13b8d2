import { normalizeArabic, normalizeKey } from '../core/index.js';
import type { SearchDocument } from './types.js';

/** A word: letters, marks and digits (`وكوريا`, `2015`, `Reuters`). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const ARABIC = /[\u0600-\u06ff]/;

/**
 * The four clitic layers of one normalised word, as the index stores them at one position.
 * Layer 1 drops a conjunction (و ف), layer 2 also a preposition (ب ك ل, and `لل` = ل + ال),
 * layer 3 also the article ال. A clitic is only dropped when three letters remain, so `ولي` stays whole.
 * Stripping may be wrong for a word that merely starts with the letter (`كوريا` gives `وريا` at layer 2):
 * harmless, since queries match a word at any layer and `كوريا` is still layer 0.
 *
 * @example
 * clitics('والرياض'); // ['والرياض', 'الرياض', 'الرياض', 'رياض']
 * clitics('للرياض');  // ['للرياض', 'للرياض', 'الرياض', 'رياض']
 * clitics('وكوريا');  // ['وكوريا', 'كوريا', 'وريا', 'وريا']
 */
export function clitics(word: string): [string, string, string, string] {
  if (!ARABIC.test(word)) return [word, word, word, word];
  let w1 = word;
  if ((w1.startsWith('و') || w1.startsWith('ف')) && w1.length >= 4) w1 = w1.slice(1);
  let w2 = w1;
  if (w2.startsWith('لل') && w2.length >= 5) w2 = 'ال' + w2.slice(2); // للرياض: ل + الرياض with the alef elided
  else if ((w2.startsWith('ب') || w2.startsWith('ك') || w2.startsWith('ل')) && w2.length >= 4) w2 = w2.slice(1);
  let w3 = w2;
  if (w3.startsWith('ال') && w3.length >= 4) w3 = w3.slice(2);
  return [word, w1, w2, w3];
}

/** The normalised words of a text (`normalizeKey` folding: alef forms, taa marbuta, harakat, digits). */
export function normalizedWords(text: string): string[] {
  return normalizeKey(text).match(WORD) ?? [];
}

/**
 * Builds the search document of an article: title then text, one entry per word in four aligned layers.
 * Searching `كوريا` finds `وكوريا` (layer 1) and `لكوريا` (layer 2); phrases match within one layer.
 */
export function toSearchDocument(title: string | null, text: string): SearchDocument {
  const l0: string[] = [];
  const l1: string[] = [];
  const l2: string[] = [];
  const l3: string[] = [];
  for (const part of [title ?? '', text]) {
    for (const w of normalizedWords(part)) {
      const [a, b, c, d] = clitics(w);
      l0.push(a);
      l1.push(b);
      l2.push(c);
      l3.push(d);
    }
  }
  return { layers: [l0.join(' '), l1.join(' '), l2.join(' '), l3.join(' ')] };
}

/** A parsed search query: the FTS5 expression and the normalised terms to highlight. */
export interface ParsedQuery {
  /** FTS5 MATCH expression: quoted terms (AND), phrases, `term*` prefixes. */
  match: string;
  /** Normalised terms (phrase words included); prefixes end with `*`. */
  terms: string[];
}

/**
 * Parses what a user types into an FTS5 expression over the normalised layers. Words are ANDed,
 * `"two words"` is a phrase, `word*` a prefix; everything else (operators, punctuation) is dropped, so
 * no input can produce an FTS5 syntax error.
 * @returns null when the query has no word.
 * @example
 * parseQuery('كوريا "الأمم المتحدة"').match; // '"كوريا" "الامم المتحده"'
 */
export function parseQuery(input: string): ParsedQuery | null {
  const parts: string[] = [];
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = normalizedWords(m[1]);
      if (words.length === 0) continue;
      parts.push(`"${words.join(' ')}"`);
      terms.push(...words);
    } else {
      const raw = m[2]!;
      const words = normalizedWords(raw);
      if (words.length === 0) continue;
      const prefix = raw.endsWith('*') && words.length === 1;
      parts.push(words.length > 1 ? `"${words.join(' ')}"` : `"${words[0]}"${prefix ? ' *' : ''}`);
      terms.push(...words.map((w, i) => (prefix && i === words.length - 1 ? `${w}*` : w)));
    }
  }
  return parts.length ? { match: parts.join(' '), terms } : null;
}

/** A snippet of the original text with the matched words. */
export interface Snippet {
  text: string;
  span: { start: number; end: number };
  highlights: Array<{ start: number; end: number }>;
}

/** True when a normalised word (at any clitic layer) matches a query term. */
function matches(layers: string[], terms: string[]): number {
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    if (term.endsWith('*')) {
      const p = term.slice(0, -1);
      if (layers.some((l) => l.startsWith(p))) return t;
    } else if (layers.includes(term)) return t;
  }
  return -1;
}

/**
 * Picks the window of the original text with the most distinct matched terms and marks them.
 * Offsets come from a regex over the original text, so the snippet is `text.slice(...)`: never sliced in SQL.
 *
 * @param open Marker before a matched word; `close` after it.
 */
export function makeSnippet(text: string, terms: string[], options: { words?: number; open?: string; close?: string } = {}): Snippet {
  const size = options.words ?? 24;
  const open = options.open ?? '[';
  const close = options.close ?? ']';
  // Normalise the whole text once and map each normalised word back to its source span (one pass, no per-word copies).
  const norm = normalizeArabic(text);
  const words: Array<{ start: number; end: number; term: number }> = [];
  for (const m of norm.text.matchAll(WORD)) {
    const span = norm.map.toSource({ start: m.index, end: m.index + m[0].length });
    words.push({ start: span.start, end: span.end, term: terms.length ? matches(clitics(m[0]), terms) : -1 });
  }
  if (words.length === 0) return { text: '', span: { start: 0, end: 0 }, highlights: [] };
  // Score each window by distinct terms first, then by hits: a window with both words of `كوريا الشمالية` wins.
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.term < 0 && i !== 0) continue;
    const seen = new Set<number>();
    let hits = 0;
    for (let j = i; j < Math.min(words.length, i + size); j++) {
      const t = words[j]!.term;
      if (t >= 0) {
        seen.add(t);
        hits++;
      }
    }
    const score = seen.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  // Start a few words before the first match, so the match has some context.
  const from = Math.max(0, best - 4);
  const to = Math.min(words.length, from + size) - 1;
  const start = words[from]!.start;
  const end = words[to]!.end;
  let out = from > 0 ? '…' : '';
  const highlights: Array<{ start: number; end: number }> = [];
  let pos = start;
  for (let k = from; k <= to; k++) {
    const w = words[k]!;
    if (w.term < 0) continue;
    out += text.slice(pos, w.start) + open + text.slice(w.start, w.end) + close;
    highlights.push({ start: w.start, end: w.end });
    pos = w.end;
  }
  out += text.slice(pos, end) + (to < words.length - 1 ? '…' : '');
  return { text: out.replace(/\s+/g, ' '), span: { start, end }, highlights };
}

/**
 * The snippet of a search hit: the best window of the text; when only the title matches, the opening of the
 * text with the marked title as its text (both stores answer alike).
 */
export function hitSnippet(text: string, title: string | null, terms: string[]): Snippet {
  const snip = makeSnippet(text, terms);
  if (snip.highlights.length === 0 && title) {
    const t = makeSnippet(title, terms);
    if (t.highlights.length) return { ...makeSnippet(text, []), text: t.text };
  }
  return snip;
}
