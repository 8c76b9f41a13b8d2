/**
 * Index of the first token that ends after `offset` (binary search: tokens are sorted and tile the text), or
 * `tokens.length` when none does. Any list of spans sorted without overlap will do (the attribution stage's words).
 *
 * @example
 * firstTokenAfter(tokenize('قال الوزير'), 4); // 2, the token الوزير
 */
export function firstTokenAfter(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
