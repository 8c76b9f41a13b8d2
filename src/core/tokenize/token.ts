import type { Segment, Token, TokenKind } from './types.js';
import { segmentArabic } from './segment-arabic.js';

/**
 * The tokeniser's token: the `Token` fields as own properties, and the clitic `segments` of an Arabic word
 * computed on first read and cached.
 *
 * Most consumers never look at segments (the sentence splitter, the bench's text layer), and segmenting every
 * Arabic word eagerly cost about a quarter of the tokeniser's time (several small objects per word). The getter
 * lives on the prototype, so `t.segments` reads as before, while spreading, `JSON.stringify` or
 * `structuredClone` of a token carry only the plain fields (no consumer copies tokens: they are never part of
 * the analysis output). The source text is held in a private field so that the segments can be made later.
 *
 * @example
 * const [t] = tokenize('وبالحكومة');
 * t.segments?.map((s) => s.normal); // ['و', 'ب', 'ال', 'حكومه'], computed here, then cached
 */
export class ScannedToken implements Token {
  start: number;
  end: number;
  kind: TokenKind;
  normal: string;
  script: Token['script'];
  /** The source text, kept for the lazy segmentation of Arabic words (null for every other token). */
  #text: string | null;
  /** Undefined until computed; null when the word has no clitics. */
  #segments: Segment[] | null | undefined;

  constructor(start: number, end: number, kind: TokenKind, normal: string, script: Token['script'], text: string | null) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.normal = normal;
    this.script = script;
    this.#text = text;
    this.#segments = text === null ? null : undefined;
  }

  /** The clitic segmentation of an Arabic word with clitics (`segmentArabic`), else undefined. */
  get segments(): Segment[] | undefined {
    let s = this.#segments;
    if (s === undefined) {
      s = segmentArabic(this.#text!, this.start, this.end, this.normal) ?? null;
      this.#segments = s;
      this.#text = null;
    }
    return s ?? undefined;
  }
}
