/**
 * Line and column of offsets, for display only (never stored), like `vfile-location`.
 * Lines and columns are 1-based; columns count UTF-16 code units.
 */
export class LocationIndex {
  readonly #lineStarts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.#lineStarts = starts;
  }

  /** The 1-based line and column of an offset. */
  toPoint(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#lineStarts[lo]! + 1 };
  }
}
