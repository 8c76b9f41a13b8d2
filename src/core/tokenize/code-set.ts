/**
 * A read-only set of short strings that answers `has(text, from, to)` for a range of a string without
 * slicing it: the hash is computed from the code units in place and candidates are compared unit by unit.
 * A `Set<string>` lookup on a fresh slice costs an allocation and a runtime call to hash the new string;
 * this costs a few arithmetic operations per letter, which matters on the tokeniser's hot path.
 */
export class CodeSet {
  private readonly mask: number;
  /** Open-addressing table: the hash of the word in each slot (0 marks an empty slot). */
  private readonly hashes: Int32Array;
  /** The word in each slot. */
  private readonly slots: string[];
  /** Number of words. */
  readonly size: number;

  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)];
    this.size = unique.length;
    // A load factor of at most 1/8: a miss usually ends at the first empty slot.
    let size = 64;
    while (size < unique.length * 8) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Array<string>(size).fill('');
    for (const w of unique) {
      const h = hashRange(w, 0, w.length);
      let slot = h & this.mask;
      while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = h;
      this.slots[slot] = w;
    }
  }

  /** True when `text.slice(from, to)` is in the set (`from`/`to` default to the whole string). */
  has(text: string, from = 0, to = text.length): boolean {
    const h = hashRange(text, from, to);
    const len = to - from;
    let slot = h & this.mask;
    for (;;) {
      const stored = this.hashes[slot]!;
      if (stored === 0) return false;
      if (stored === h) {
        const w = this.slots[slot]!;
        if (w.length === len) {
          let k = 0;
          while (k < len && w.charCodeAt(k) === text.charCodeAt(from + k)) k++;
          if (k === len) return true;
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 code units, never 0 (0 marks an empty slot). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 1;
}
