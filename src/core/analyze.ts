import { ANALYSIS_SCHEMA, type Analysis, type Diagnostic } from './analysis.js';
import type { AnalysisContext, AnalyzeOptions } from './context.js';
import { InvalidOptionsError } from './errors.js';
import { identifyLanguage } from './language/identify.js';
import { normalizeArabic } from './normalize/ar.js';
import { tokenize } from './tokenize/tokenize.js';
import { parseArticle } from './article/parse-article.js';
import { splitSentences } from './sentences/split-sentences.js';
import { findEntities } from './entities/find-entities.js';
import { findTimes } from './dates/find-times.js';
import { findQuotes } from './quotes/find-quotes.js';
import { groupClaims } from './claims/group-claims.js';
import { attachTimes } from './dates/attach-times.js';
import { PIPELINE_VERSION } from './version.js';

const PUBLISHED = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Analyses one article: structure, sentences, entities, times, attributions and claims.
 * Pure: no I/O, no clock. Bad content never throws; it is reported in `diagnostics`.
 *
 * @param text The article text, exactly as given; every span of the result points into it.
 * @param options `published` (YYYY-MM-DD) resolves relative dates; `title` when known.
 * @returns The analysis, `isnad/analysis@1`.
 * @throws {InvalidOptionsError} when `text` is not a string or `published` is not a date.
 * @example
 * const a = analyze('قال الوزير إن الاجتماع كان مثمرا.', { published: '2024-10-15' });
 * a.quotes[0]?.stance; // 'asserts'
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') throw new InvalidOptionsError(`analyze expects the article text as a string, got ${text === null ? 'null' : typeof text}`);
  const published = options.published ?? null;
  if (published !== null && (typeof published !== 'string' || !PUBLISHED.test(published) || Number.isNaN(Date.parse(published.slice(0, 10))))) {
    throw new InvalidOptionsError(`published must be a date as YYYY-MM-DD, got ${JSON.stringify(published)}`);
  }
  const day = published?.slice(0, 10) ?? null;
  const diagnostics: Diagnostic[] = [];

  const { language, diagnostics: langDiagnostics } = identifyLanguage(text);
  diagnostics.push(...langDiagnostics);
  const norm = normalizeArabic(text);
  const tokens = tokenize(text);
  const structure = parseArticle(text, { title: options.title ?? null });
  diagnostics.push(...structure.diagnostics);
  const sentences = splitSentences(text, tokens, structure);
  const base = { text, norm, tokens, language, published: day, ...structure, sentences };

  // Entities, times and attributions are analysed for Arabic; other languages get the structure only.
  const analysed = language === 'ar';
  const entities = analysed ? findEntities(base) : [];
  const times = findTimes({ text, norm, tokens, language }, day);
  const ctx: AnalysisContext = { ...base, entities, times };
  const found = analysed ? findQuotes(ctx) : { quotes: [], diagnostics: [] };
  diagnostics.push(...found.diagnostics);
  const grouped = analysed ? groupClaims(ctx, found.quotes) : [];
  const dated = attachTimes(found.quotes, grouped, times, sentences);

  return {
    schema: ANALYSIS_SCHEMA,
    pipelineVersion: PIPELINE_VERSION,
    length: text.length,
    language,
    published: day,
    title: options.title ?? null,
    paragraphs: structure.paragraphs,
    sentences,
    headlines: structure.headlines,
    dateline: structure.dateline,
    bylines: structure.bylines,
    credits: structure.credits,
    boilerplate: structure.boilerplate,
    entities,
    quotes: dated.quotes,
    claims: dated.claims,
    times,
    diagnostics,
  };
}
