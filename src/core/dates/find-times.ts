import type { TimeExpression } from '../analysis.js';
import type { TextLayer } from '../context.js';

/** Finds time expressions and resolves them against the publication date. (The time issue fills this in.) */
export function findTimes(_layer: TextLayer, _published: string | null): TimeExpression[] {
  return [];
}
