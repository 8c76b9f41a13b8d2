import type { Span } from '../source/span.js';

/** Token kinds of the lossless tokeniser: joining every token's text gives back the source. */
export type TokenKind =
  | 'word' // Arabic or Latin letters (with attached marks)
  | 'number' // 12, ١٢, 3.5, 24/24, 27/07/2024
  | 'punct' // ، ؛ ؟ . : ! ( ) - ...
  | 'quote' // every quotation mark: “ ” « » " „ ‹ › ' ‘ ’
  | 'space' // spaces and tabs, bidi and zero-width controls
  | 'newline' // one or more line breaks
  | 'url'
  | 'email'
  | 'symbol'; // anything else (emoji, signs)

/** A piece of an Arabic word: a proclitic (و ف ب ل ك س ال), the stem, or an attached pronoun. */
export interface Segment extends Span {
  role: 'proclitic' | 'stem' | 'enclitic';
  /** The normalised form of the segment. */
  normal: string;
  /** What a proclitic or enclitic is: `و ف` conjunction, `ب ل ك` preposition, `ال` article, `س` future, pronoun. */
  clitic?: 'conjunction' | 'preposition' | 'article' | 'future' | 'pronoun';
}

/** A token: a span of the source and its kind; words carry their normalised form and clitic segments. */
export interface Token extends Span {
  kind: TokenKind;
  /** Normalised form for matching (`normalizeArabic` of the token's text). */
  normal: string;
  /** `arabic` or `latin` for words; null for the rest. */
  script: 'arabic' | 'latin' | 'other' | null;
  /**
   * Clitic segmentation of an Arabic word, present only when it has clitics: the segments then tile the token
   * (proclitics, the stem, an enclitic), each with its own offsets. A word without clitics has no segments.
   * The tokeniser computes them on first read (a prototype getter): read them with `t.segments`.
   */
  segments?: Segment[] | undefined;
}
