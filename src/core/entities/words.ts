import type { Token } from '../tokenize/types.js';
import type { Sentence } from '../analysis.js';
import { normalizeKey } from '../normalize/ar.js';
import { cliticReadings, type CliticReading } from './keys.js';
import { skeleton } from './skeleton.js';

/** A token the tagger sees: every token but spaces and line breaks. */
export interface Word {
  start: number;
  end: number;
  /** Normalised form (`normalizeKey`). */
  norm: string;
  /** True for letters or digits (not punctuation, quotes or symbols). */
  lexical: boolean;
  /** `cliticReadings(norm)`, computed on first use by `readingsOf` (the candidate rules all ask for it). */
  readings?: readonly CliticReading[] | undefined;
  /** The spelling skeleton of the word, computed on first use by `skeletonOfWord`. */
  skeleton?: string | undefined;
}

/** The clitic readings of a word (`cliticReadings` of its normal form), remembered on the word. */
export function readingsOf(w: Word): readonly CliticReading[] {
  return (w.readings ??= cliticReadings(w.norm));
}

/** The spelling skeleton of a word (`skeleton` of its normal form), remembered on the word. */
export function skeletonOfWord(w: Word): string {
  return (w.skeleton ??= skeleton(w.norm));
}

/** The shortest reading of a word (most proclitics off) that is in `set`: `بمجلس` → `مجلس`. */
export function readingIn(w: Word, set: ReadonlySet<string>): string | undefined {
  const r = readingsOf(w);
  for (let k = r.length - 1; k >= 0; k--) if (set.has(r[k]!.rest)) return r[k]!.rest;
  return undefined;
}

/** A run of words tagged together: a sentence, or a line outside the sentences. */
export interface Chunk {
  /** Index of the first word. */
  from: number;
  /** Index after the last word. */
  to: number;
}

/** A domain name alone: letters, digits and hyphens in two or more dot-separated labels. */
const BARE_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** The longest chunk the tagger is given: longer runs (tables, lists without stops) are cut. */
const MAX_CHUNK = 120;

/**
 * Lists the words of the text and cuts them into chunks at line breaks and sentence starts.
 *
 * @param text The source text.
 * @param tokens The lossless tokens of the text.
 * @param sentences The sentences; a word at a sentence start opens a chunk.
 */
export function wordsOf(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): { words: Word[]; chunks: Chunk[] } {
  const starts = new Set<number>();
  for (const s of sentences) starts.add(s.start);
  const words: Word[] = [];
  const chunks: Chunk[] = [];
  let from = 0;
  const close = () => {
    for (let a = from; a < words.length; a += MAX_CHUNK) chunks.push({ from: a, to: Math.min(words.length, a + MAX_CHUNK) });
    from = words.length;
  };
  let sentenceIdx = 0;
  const sorted = [...starts].sort((a, b) => a - b);
  for (const t of tokens) {
    if (t.kind === 'newline') {
      close();
      continue;
    }
    if (t.kind === 'space') continue;
    // A sentence starting at or before this token (and after the previous word) opens a chunk.
    while (sentenceIdx < sorted.length && sorted[sentenceIdx]! <= t.start) {
      if (words.length > from) close();
      sentenceIdx++;
    }
    const norm = t.normal ?? normalizeKey(text.slice(t.start, t.end));
    // A bare domain (AHDATH.INFO, Hespress.com: no scheme, no path) names a website, as a word would.
    const lexical = t.kind === 'word' || t.kind === 'number' || (t.kind === 'url' && BARE_DOMAIN.test(text.slice(t.start, t.end)));
    words.push({ start: t.start, end: t.end, norm, lexical, readings: undefined, skeleton: undefined });
  }
  close();
  return { words, chunks };
}
