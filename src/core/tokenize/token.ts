import type { Segment, Token, TokenKind } from './types.js';
import { normalizeSlice } from '../normalize/ar.js';
import { segmentArabic } from './segment-arabic.js';

/**
 * The tokeniser's token: `start`, `end`, `kind` and `script` as own properties; `normal` (the normalised
 * form) and `segments` (the clitic segmentation of an Arabic word) computed on first read and cached.
 *
 * Why lazy: normalising every token cost about a third of the tokeniser's time and segmenting every Arabic
 * word about a quarter (several small objects per word), while many consumers read neither (the sentence
 * splitter reads `normal` only next to a full stop; nothing in the pipeline reads `segments` yet).
 * Both are prototype getters, so `t.normal` and `t.segments` read exactly as plain properties did and always
 * give the same value (`normalizeSlice` of the token's code units; `segmentArabic` of the word), but
 * spreading, `JSON.stringify` or `structuredClone` of a token copies only the own fields: no consumer copies
 * tokens (they are never part of the analysis output), and one that needs a plain object should build it
 * with `plainToken`. The source text is held in a private field for the lazy work.
 *
 * @example
 * const [t] = tokenize('وبالحكومة');
 * t.normal; // 'وبالحكومه', computed here, then cached
 * t.segments?.map((s) => s.normal); // ['و', 'ب', 'ال', 'حكومه']
 */
export class ScannedToken implements Token {
  start: number;
  end: number;
  kind: TokenKind;
  script: Token['script'];
  /** The source text the token is a span of. */
  readonly #text: string;
  /** The normal form, once computed (set at once for one-code-unit tokens, from a table). */
  #normal: string | undefined;
  /** Undefined until computed; null when the token is no Arabic word or the word has no clitics. */
  #segments: Segment[] | null | undefined;

  constructor(text: string, start: number, end: number, kind: TokenKind, script: Token['script'], normal: string | undefined) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.script = script;
    this.#text = text;
    this.#normal = normal;
    this.#segments = script === 'arabic' ? undefined : null;
  }

  /** The normalised form for matching: `normalizeSlice` of the token's code units. */
  get normal(): string {
    let s = this.#normal;
    if (s === undefined) {
      s = normalizeSlice(this.#text, this.start, this.end);
      this.#normal = s;
    }
    return s;
  }

  /** The clitic segmentation of an Arabic word with clitics (`segmentArabic`), else undefined. */
  get segments(): Segment[] | undefined {
    let s = this.#segments;
    if (s === undefined) {
      s = segmentArabic(this.#text, this.start, this.end, this.normal) ?? null;
      this.#segments = s;
    }
    return s ?? undefined;
  }
}

/**
 * A token as a plain object with every field set (`normal`, and `segments` when the word has some): for
 * serialising or comparing tokens, since the tokeniser's own tokens compute those two on first read.
 */
export function plainToken(t: Token): Token {
  const segments = t.segments;
  const out: Token = { start: t.start, end: t.end, kind: t.kind, normal: t.normal, script: t.script };
  if (segments) out.segments = segments;
  return out;
}
