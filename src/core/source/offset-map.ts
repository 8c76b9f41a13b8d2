import type { Span } from './span.js';

/**
 * A text derived from a source (normalised, say) with a map of every derived code unit back to
 * the source. `toSource` turns a span of the derived text into the span of the source that
 * produced it, so stages can match on the derived text and report offsets into the original.
 */
export class OffsetMap {
  /** `starts[i]` is the source offset where derived unit `i` begins; `starts[length]` is the source length. */
  readonly #starts: Int32Array;
  /** `ends[i]` is the source offset where derived unit `i` ends. */
  readonly #ends: Int32Array;

  constructor(starts: Int32Array, ends: Int32Array) {
    this.#starts = starts;
    this.#ends = ends;
  }

  /** The identity map of a text of `length` code units. */
  static identity(length: number): OffsetMap {
    const starts = new Int32Array(length + 1);
    const ends = new Int32Array(length + 1);
    for (let i = 0; i <= length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    ends[length] = length;
    return new OffsetMap(starts, ends);
  }

  /** Number of derived code units mapped. */
  get length(): number {
    return this.#starts.length - 1;
  }

  /** Source offset where derived unit `i` starts (`i` may equal `length`). */
  startOf(i: number): number {
    return this.#starts[Math.max(0, Math.min(i, this.length))]!;
  }

  /** Source offset just after derived unit `i - 1`: the end of a half-open derived range ending at `i`. */
  endOf(i: number): number {
    if (i <= 0) return this.#starts[0]!;
    return this.#ends[Math.min(i, this.length) - 1]!;
  }

  /** Maps a half-open span of the derived text to the half-open span of source text it came from. */
  toSource(s: Span): Span {
    if (s.end <= s.start) {
      const at = this.startOf(s.start);
      return { start: at, end: at };
    }
    return { start: this.startOf(s.start), end: this.endOf(s.end) };
  }

  /** Source offsets of every derived unit, for tests and property checks. */
  sourceStarts(): Int32Array {
    return this.#starts;
  }
}

/**
 * Builds a derived text and its map, one source piece at a time.
 * Each `push` says: the derived string `out` stands for source range `[from, to)`.
 */
export class DerivedTextBuilder {
  #parts: string[] = [];
  #starts: number[] = [];
  #ends: number[] = [];
  readonly #sourceLength: number;

  constructor(sourceLength: number) {
    this.#sourceLength = sourceLength;
  }

  /** Appends `out` as the image of source range `[from, to)`; an empty `out` drops that range. */
  push(out: string, from: number, to: number): void {
    if (!out) return;
    this.#parts.push(out);
    for (let k = 0; k < out.length; k++) {
      this.#starts.push(from);
      this.#ends.push(to);
    }
  }

  /** The derived text and its map. */
  finish(): { text: string; map: OffsetMap } {
    const n = this.#starts.length;
    const starts = new Int32Array(n + 1);
    const ends = new Int32Array(n + 1);
    starts.set(this.#starts);
    ends.set(this.#ends);
    starts[n] = this.#sourceLength;
    ends[n] = this.#sourceLength;
    return { text: this.#parts.join(''), map: new OffsetMap(starts, ends) };
  }
}
