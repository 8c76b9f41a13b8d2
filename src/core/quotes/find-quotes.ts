import type { Diagnostic, Quote } from '../analysis.js';
import type { AnalysisContext } from '../context.js';

/** Finds attributions. (The attribution issue fills this in.) */
export function findQuotes(_ctx: AnalysisContext): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  return { quotes: [], diagnostics: [] };
}
