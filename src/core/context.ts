import type { NormalizedText } from './normalize/ar.js';
import type { Token } from './tokenize/types.js';
import type { Diagnostic, Language, Paragraph, Sentence, Headline, Dateline, Byline, Credits, Boilerplate, Entity, TimeExpression } from './analysis.js';

/** Options of `analyze`. The core has no clock: relative dates need `published`. */
export interface AnalyzeOptions {
  /** Publication date, `YYYY-MM-DD` (or a full ISO timestamp): relative times resolve against it. */
  published?: string | null;
  /** Title of the article, when known from metadata. */
  title?: string | null;
}

/** The text layer every stage reads: the source, its normalised copy and its tokens. */
export interface TextLayer {
  /** The source text, exactly as given. */
  text: string;
  /** The normalised copy with its map back to `text`. */
  norm: NormalizedText;
  /** The lossless tokens of `text`. */
  tokens: Token[];
  language: Language;
}

/** The article structure found by `parseArticle`. */
export interface ArticleStructure {
  paragraphs: Paragraph[];
  headlines: Headline[];
  dateline: Dateline | null;
  bylines: Byline[];
  credits: Credits | null;
  boilerplate: Boilerplate[];
  diagnostics: Diagnostic[];
}

/** Everything known about the article when the attribution stages run. */
export interface AnalysisContext extends TextLayer, ArticleStructure {
  published: string | null;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
}
