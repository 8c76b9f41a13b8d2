/**
 * A half-open range `[start, end)` of UTF-16 code units into a source text, exactly as given:
 * `text.slice(span.start, span.end)` is the item's text (unist `offset`, `String#slice`).
 */
export interface Span {
  start: number;
  end: number;
}

/** Builds a span. */
export function span(start: number, end: number): Span {
  return { start, end };
}

/** The text a span covers. */
export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** True when `inner` lies within `outer`. */
export function containsSpan(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function overlapsSpan(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Orders items by `(start, -end)`: the deterministic output order. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Narrows a span so that it has no leading or trailing white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** White space, including NBSP, the odd Unicode spaces, bidi and zero-width controls. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c
  );
}

/** True for a UTF-16 high (leading) surrogate. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** True for a UTF-16 low (trailing) surrogate. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
