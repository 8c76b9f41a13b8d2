/**
 * A read-only set of short strings that answers `has(text, from, to)` for a range of a string without
 * slicing it: the hash is computed from the code units in place and candidates are compared unit by unit.
 * A `Set<string>` lookup on a fresh slice costs an allocation and a runtime call to hash the new string;
 * this costs a few arithmetic operations per letter, which matters on the tokeniser's hot path.
 */
export class CodeSet {
  readonly #mask: number;
  /** Open-addressing table of indexes into `#words`, -1 when empty. */
  readonly #slots: Int32Array;
  readonly #words: string[];

  constructor(words: Iterable<string>) {
    this.#words = [...new Set(words)];
    let size = 16;
    while (size < this.#words.length * 2) size *= 2;
    this.#mask = size - 1;
    this.#slots = new Int32Array(size).fill(-1);
    this.#words.forEach((w, index) => {
      let slot = hashRange(w, 0, w.length) & this.#mask;
      while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = index;
    });
  }

  /** Number of words. */
  get size(): number {
    return this.#words.length;
  }

  /** True when `text.slice(from, to)` is in the set (`from`/`to` default to the whole string). */
  has(text: string, from = 0, to = text.length): boolean {
    const len = to - from;
    let slot = hashRange(text, from, to) & this.#mask;
    for (;;) {
      const index = this.#slots[slot]!;
      if (index === -1) return false;
      const w = this.#words[index]!;
      if (w.length === len) {
        let k = 0;
        while (k < len && w.charCodeAt(k) === text.charCodeAt(from + k)) k++;
        if (k === len) return true;
      }
      slot = (slot + 1) & this.#mask;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
