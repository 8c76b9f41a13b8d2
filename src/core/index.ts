// The only entry point of the core: string in, Analysis out. No I/O.
export { analyze } from './analyze.js';
export type { AnalyzeOptions, AnalysisContext, ArticleStructure, TextLayer } from './context.js';
export { ANALYSIS_SCHEMA } from './analysis.js';
export type {
  Analysis, Boilerplate, Byline, Claim, Credits, Dateline, Diagnostic, Entity, EntityMention, EntityType, Headline,
  Language, Paragraph, Quote, QuoteKind, Sentence, Speaker, SpeakerType, Stance, TimeExpression,
} from './analysis.js';
export { PIPELINE_VERSION } from './version.js';
export { IsnadError, InvalidOptionsError } from './errors.js';
export type { Span } from './source/span.js';
export { sliceSpan, compareSpans } from './source/span.js';
export { OffsetMap } from './source/offset-map.js';
export { LocationIndex } from './source/location.js';
export { normalizeArabic, normalizeKey, type NormalizedText } from './normalize/ar.js';
export { tokenize } from './tokenize/tokenize.js';
export type { Token, TokenKind, Segment } from './tokenize/types.js';
export { identifyLanguage } from './language/identify.js';
export { parseArticle } from './article/parse-article.js';
export { splitSentences } from './sentences/split-sentences.js';
export { normalizeSlice } from './normalize/ar.js';
export { segmentArabic } from './tokenize/segment-arabic.js';
export type { LanguageResult } from './language/identify.js';
export { findEntities } from './entities/find-entities.js';
export { lookupRegistry, type RegistryHit, type RegistryRecord } from './entities/registry.js';
export { entityAt, indexMentions, type MentionIndex } from './entities/resolve.js';
export { findTimes } from './dates/find-times.js';
