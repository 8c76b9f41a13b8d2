import type { Claim, Quote } from '../analysis.js';
import type { AnalysisContext } from '../context.js';

/** Groups attributions that say the same thing into claims. (The attribution issue fills this in.) */
export function groupClaims(_ctx: AnalysisContext, _quotes: Quote[]): Claim[] {
  return [];
}
