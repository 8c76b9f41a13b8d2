/** Number of hash functions of a MinHash signature. */
export const NUM_HASHES = 128;
/** LSH banding: 32 bands of 4 rows. Two texts with Jaccard 0.5 share a band with probability 0.87, at 0.6 with 0.99. */
export const BANDS = 32;
export const ROWS = NUM_HASHES / BANDS;

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fixed seeds (from a linear congruential sequence), so signatures are stable across runs and machines. */
const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s[i] = x;
  }
  return s;
})();

/**
 * The MinHash signature of a set of 32-bit feature hashes: for each seeded hash function, the minimum.
 * The fraction of equal positions in two signatures estimates the Jaccard similarity of the sets.
 */
export function minhash(features: Iterable<number>, size = NUM_HASHES): Uint32Array {
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (const f of features) {
    for (let i = 0; i < size; i++) {
      const v = fmix32(f ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * LSH band keys: each band's rows hashed together, with the band index in the high bits so equal rows in
 * different bands never collide. Keys stay below 2^53 (safe JavaScript integers, SQLite INTEGER).
 */
export function bandKeys(sig: Uint32Array, bands = BANDS): number[] {
  const rows = Math.floor(sig.length / bands);
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ sig[b * rows + r]!, 0x01000193));
    keys.push(b * 0x100000000 + h);
  }
  return keys;
}
