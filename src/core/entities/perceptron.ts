import { NT, TAGS } from './features.js';
import type { SentenceFeatures } from './features.js';

/** Feature hash → row of the weights: a `Map` while training, a `RowTable` in the committed tagger. */
export interface FeatureIndex {
  get(key: number): number | undefined;
}

/**
 * A read-only table from 32-bit feature hashes to weight rows, by open addressing in two typed arrays: the
 * tagger looks up every joint feature of every token, and this is several times cheaper than a `Map` of
 * numbers. The hashes are already mixed, so their low bits pick the slot.
 */
export class RowTable implements FeatureIndex {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** @param keys The feature hash of each row (row `r` is `keys[r]`). */
  constructor(keys: ArrayLike<number>) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]! >>> 0;
      let h = k & this.mask;
      while (this.rows[h] !== -1 && this.keys[h] !== k) h = (h + 1) & this.mask;
      this.keys[h] = k;
      this.rows[h] = r;
    }
  }

  get(key: number): number | undefined {
    const k = key >>> 0;
    const { keys, rows, mask } = this;
    for (let h = k & mask; ; h = (h + 1) & mask) {
      const r = rows[h]!;
      if (r === -1) return undefined;
      if (keys[h] === k) return r;
    }
  }
}

/** A linear sequence model: feature weights per tag and tag-to-tag transition weights. */
export interface LinearModel {
  /** Feature hash → row of `weights`. */
  index: FeatureIndex;
  /** `rows × NT` weights. */
  weights: Float32Array;
  /** `(NT + 1) × NT` transition weights; the last row is the start of the sentence. */
  trans: Float32Array;
}

/**
 * Which tag may follow which: `I-X` only after `B-X` or `I-X` (never at the start). Row NT is the start.
 * Index `prev * NT + tag`.
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NT + 1) * NT);
  for (let p = 0; p <= NT; p++) {
    for (let t = 0; t < NT; t++) {
      const tag = TAGS[t]!;
      if (!tag.startsWith('I-')) a[p * NT + t] = 1;
      else if (p < NT) {
        const prev = TAGS[p]!;
        a[p * NT + t] = prev.slice(2) === tag.slice(2) ? 1 : 0;
      }
    }
  }
  return a;
})();

/** The tags allowed before each tag (`ALLOWED`), ascending: tag t's are `PREV[PREV_FROM[t] .. PREV_FROM[t + 1])`. */
const PREV_FROM = new Uint8Array(NT + 1);
const PREV: Uint8Array = (() => {
  const list: number[] = [];
  for (let t = 0; t < NT; t++) {
    PREV_FROM[t] = list.length;
    for (let p = 0; p < NT; p++) if (ALLOWED[p * NT + t]) list.push(p);
  }
  PREV_FROM[NT] = list.length;
  return Uint8Array.from(list);
})();

/** Viterbi's score and back-pointer tables, reused from call to call (grown as needed). */
let scratchScore = new Float64Array(256 * NT);
let scratchBack = new Uint8Array(256 * NT);

/** Fills `out` (n × NT) with the emission scores of each word and tag. */
export function emissions(model: LinearModel, f: SentenceFeatures, out: Float32Array): void {
  const n = f.offsets.length - 1;
  out.fill(0, 0, n * NT);
  const { index, weights } = model;
  for (let i = 0; i < n; i++) {
    const base = i * NT;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      const row = index.get(f.feats[k]! >>> 0);
      if (row === undefined) continue;
      const w = row * NT;
      for (let t = 0; t < NT; t++) out[base + t]! += weights[w + t]!;
    }
  }
}

/**
 * Viterbi decoding under the BIO constraints: the best tag sequence for the emission scores.
 *
 * @param em `n × NT` emission scores.
 * @param trans `(NT + 1) × NT` transition scores.
 * @param n Number of words.
 * @returns Tag indexes into `TAGS`.
 */
export function viterbi(em: Float32Array, trans: Float32Array, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (scratchScore.length < n * NT) {
    scratchScore = new Float64Array(2 * n * NT);
    scratchBack = new Uint8Array(2 * n * NT);
  }
  const score = scratchScore;
  const back = scratchBack;
  for (let t = 0; t < NT; t++) score[t] = ALLOWED[NT * NT + t] ? em[t]! + trans[NT * NT + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      // Only the tags allowed before t, in ascending order (ties go to the first, as over all tags).
      for (let k = PREV_FROM[t]!; k < PREV_FROM[t + 1]!; k++) {
        const p = PREV[k]!;
        const s = score[(i - 1) * NT + p]! + trans[p * NT + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * NT + t] = best + em[i * NT + t]!;
      back[i * NT + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++) {
    const s = score[(n - 1) * NT + t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NT + tags[i]!]!;
  return tags;
}
