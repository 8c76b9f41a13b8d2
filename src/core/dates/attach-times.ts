import type { Claim, Quote, Sentence, TimeExpression } from '../analysis.js';

/**
 * Dates attributions and claims by the time expressions of their clause or sentence.
 * (The time issue fills this in.) Returns new arrays; inputs are not changed.
 */
export function attachTimes(quotes: Quote[], claims: Claim[], _times: TimeExpression[], _sentences: Sentence[]): { quotes: Quote[]; claims: Claim[] } {
  return { quotes, claims };
}
