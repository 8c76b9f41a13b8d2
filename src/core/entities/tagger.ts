import { NER_MODEL } from './model/ner-ar.js';
import { CLUSTER_SEED } from './tagger-resources.js';
import { JOINT, NONE, NT, TAGS, WordCache, gazetteerCodes, hashString, jointFeatures, type Tag, type WordInfo } from './features.js';
import { RowTable, viterbi, type LinearModel } from './perceptron.js';

const B_PERS = 1;
const I_PERS = 2;

/** Decodes standard base64 (no `Buffer` or `atob` in the core). */
export function decodeBase64(s: string): Uint8Array {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let buf = 0, bits = 0, o = 0;
  for (let i = 0; i < len; i++) {
    buf = (buf << 6) | table[s.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return out;
}

/** A packed model as `scripts/train-ner.ts` writes it. */
export interface PackedModel {
  keys: string;
  scales: string;
  weights: string;
  trans: readonly number[];
  clusterKeys: string;
  clusterIds: string;
  coarseOf: readonly number[];
  nameKeys: string;
  /** Sorted stem hashes of the corpus lexicon and their codes (`lexiconCode`); absent in older models. */
  lexKeys?: string;
  lexCodes?: string;
}

/** A tagger: normalised words in, tag indexes into `TAGS` out; `wordInfo` gives what it knows of one word. */
export type Tagger = ((words: readonly string[]) => Uint8Array) & { wordInfo(word: string): WordInfo };

/**
 * Unpacks a model into a tagger (the committed one is `tagIndexes`; evaluation may unpack others).
 *
 * @param packed The packed model.
 */
export function createTagger(packed: PackedModel): Tagger {
  const NER_MODEL = packed;
  const keys = new Uint32Array(decodeBase64(NER_MODEL.keys).buffer);
  const scales = new Float32Array(decodeBase64(NER_MODEL.scales).buffer);
  const q = new Int8Array(decodeBase64(NER_MODEL.weights).buffer);
  const weights = new Float32Array(q.length);
  for (let r = 0; r < keys.length; r++) {
    for (let t = 0; t < NT; t++) weights[r * NT + t] = q[r * NT + t]! * scales[r]!;
  }
  const index = new RowTable(keys);
  const ck = new Uint32Array(decodeBase64(NER_MODEL.clusterKeys).buffer);
  const ci = decodeBase64(NER_MODEL.clusterIds);
  const clusters = new Map<number, number>();
  for (let k = 0; k < ck.length; k++) clusters.set(ck[k]!, ci[k]!);
  const coarseOf = NER_MODEL.coarseOf;
  const names = new Set(new Uint32Array(decodeBase64(NER_MODEL.nameKeys).buffer));
  const lexicon = new Map<number, number>();
  if (NER_MODEL.lexKeys && NER_MODEL.lexCodes) {
    const lk = new Uint32Array(decodeBase64(NER_MODEL.lexKeys).buffer);
    const lc = decodeBase64(NER_MODEL.lexCodes);
    for (let k = 0; k < lk.length; k++) lexicon.set(lk[k]!, lc[k]!);
  }
  const cache = new WordCache({
    clusterOf: (s) => clusters.get(hashString(s, CLUSTER_SEED)) ?? -1,
    coarseOf,
    isName: (s) => names.has(hashString(s, CLUSTER_SEED)),
    lexOf: (s) => lexicon.get(hashString(s, CLUSTER_SEED)) ?? 0,
  });
  const model: LinearModel = { index, weights, trans: Float32Array.from(NER_MODEL.trans) };
  const tag = (words: readonly string[]) => trimTitles(words, viterbi(fastEmissions(model, cache, words), model.trans, words.length), cache);
  return Object.assign(tag, { wordInfo: (word: string) => cache.get(word) });
}

/**
 * Value ranges of the joint-feature slots with few values (2-6, 8, 9: gazetteer codes, title, shape and name
 * patterns); 0 for the slots looked up per token (bigrams, stem-cluster pair).
 */
const SMALL_SIZES = [0, 0, 256, 256, 256, 4, 11 * 256 + 11 * 16 + 11, 0, 8, 4];
/** The scores of one small slot by value, filled on first use. */
interface SmallTable {
  scores: Float32Array;
  done: Uint8Array;
}
/** Per model, the small table of each slot. */
const smallTables = new WeakMap<LinearModel, SmallTable[]>();

/** Scores of the sentence-boundary word, per model. */
const noneScores = new WeakMap<LinearModel, Float32Array>();

/** Adds the weights of the given features to `out` (NT scores). */
function addFeatures(model: LinearModel, feats: ArrayLike<number>, from: number, to: number, out: Float32Array, at: number): void {
  const { index, weights } = model;
  for (let k = from; k < to; k++) {
    const row = index.get(feats[k]! >>> 0);
    if (row === undefined) continue;
    const w = row * NT;
    for (let t = 0; t < NT; t++) out[at + t]! += weights[w + t]!;
  }
}

/** The word-type scores of a word: its own features and those it gives each neighbour, summed once per type. */
function scoresOf(model: LinearModel, info: WordInfo, store = true): Float32Array {
  if (info.scores) return info.scores;
  const sc = new Float32Array(5 * NT);
  [info.own, info.asPrev1, info.asNext1, info.asPrev2, info.asNext2].forEach((part, r) => addFeatures(model, part, 0, part.length, sc, r * NT));
  // Word infos belong to one tagger's cache; the shared sentence-boundary word is scored per tagger instead.
  if (store) info.scores = sc;
  return sc;
}

/** `fastEmissions`' output and joint-feature buffers, reused from sentence to sentence (decoding reads them at once). */
let emBuffer = new Float32Array(256 * NT);
const jointBuffer = new Int32Array(JOINT);

/**
 * Emission scores equal to `emissions(model, extractFeatures(words))`, but fast: the features that depend on one
 * word are summed once per word type (cached on the word), so only the joint features are looked up per token.
 * The scores are rows 0..n-1 of a buffer shared by every call: read them before the next call.
 */
function fastEmissions(model: LinearModel, cache: WordCache, words: readonly string[]): Float32Array {
  const n = words.length;
  const infos: WordInfo[] = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = cache.get(words[i]!);
  const gaz = gazetteerCodes(words, infos);
  // Every score of the first n rows is written below before it is added to: the buffer is reused.
  if (emBuffer.length < n * NT) emBuffer = new Float32Array(2 * n * NT);
  const em = emBuffer;
  const joint = jointBuffer;
  let small = smallTables.get(model);
  if (!small) {
    small = SMALL_SIZES.map((size) => ({ scores: new Float32Array(size * NT), done: new Uint8Array(size) }));
    smallTables.set(model, small);
  }
  const none = noneScores.get(model) ?? scoresOf(model, NONE, false);
  noneScores.set(model, none);
  for (let i = 0; i < n; i++) {
    const w = infos[i]!;
    const m1 = i > 0 ? infos[i - 1]! : NONE;
    const m2 = i > 1 ? infos[i - 2]! : NONE;
    const p1 = i + 1 < n ? infos[i + 1]! : NONE;
    const p2 = i + 2 < n ? infos[i + 2]! : NONE;
    const sw = scoresOf(model, w);
    const sm1 = i > 0 ? scoresOf(model, m1) : none;
    const sm2 = i > 1 ? scoresOf(model, m2) : none;
    const sp1 = i + 1 < n ? scoresOf(model, p1) : none;
    const sp2 = i + 2 < n ? scoresOf(model, p2) : none;
    const at = i * NT;
    for (let t = 0; t < NT; t++) em[at + t] = sw[t]! + sm1[NT + t]! + sp1[2 * NT + t]! + sm2[3 * NT + t]! + sp2[4 * NT + t]!;
    const gm1 = i > 0 ? gaz[i - 1]! : 255;
    const g0 = gaz[i]!;
    const gp1 = i + 1 < n ? gaz[i + 1]! : 255;
    jointFeatures(m2, m1, w, p1, gm1, g0, gp1, joint, 0);
    // Bigrams and the stem-cluster pair are looked up; the other joint features take few values, whose scores
    // are kept in small tables (same sums, fewer hash lookups).
    addFeatures(model, joint, 0, 2, em, at);
    addFeatures(model, joint, 7, 8, em, at);
    // The values of the small slots, as `jointFeatures` combines them.
    addSmall(model, small, joint, 2, g0, em, at);
    addSmall(model, small, joint, 3, gm1, em, at);
    addSmall(model, small, joint, 4, gp1, em, at);
    addSmall(model, small, joint, 5, m2.title * 2 + m1.title, em, at);
    addSmall(model, small, joint, 6, m1.shape * 256 + w.shape * 16 + p1.shape, em, at);
    addSmall(model, small, joint, 8, m1.name * 4 + w.name * 2 + p1.name, em, at);
    addSmall(model, small, joint, 9, m1.title * 2 + w.name, em, at);
    // Quotation marks, brackets, commas and stops are never part of a name: decoding keeps them outside.
    if (w.boundary) for (let t = 1; t < NT; t++) em[at + t] = -1e9;
  }
  return em;
}

/** Adds the scores of joint feature `slot` (of value `val`) to the token at `at`, through the slot's small table. */
function addSmall(model: LinearModel, small: SmallTable[], joint: Int32Array, slot: number, val: number, em: Float32Array, at: number): void {
  const tab = small[slot]!;
  const base = val * NT;
  if (!tab.done[val]) {
    addFeatures(model, joint, slot, slot + 1, tab.scores, base);
    tab.done[val] = 1;
  }
  for (let t = 0; t < NT; t++) em[at + t]! += tab.scores[base + t]!;
}

let committed: Tagger | null = null;

/**
 * Tags a sentence of normalised words with BIO tags over PERS, LOC, ORG and MISC.
 *
 * @param words Normalised words (`normalizeKey`), punctuation included, spaces excluded.
 * @returns One tag per word.
 * @example tagWords(['قال', 'الرئيس', 'فلاديمير', 'بوتين']) // ['O', 'O', 'B-PERS', 'I-PERS']
 */
export function tagWords(words: readonly string[]): Tag[] {
  return [...tagIndexes(words)].map((t) => TAGS[t]!);
}

/** As `tagWords`, with tag indexes into `TAGS` (no strings on the hot path). */
export function tagIndexes(words: readonly string[]): Uint8Array {
  committed ??= createTagger(NER_MODEL);
  return committed(words);
}

/**
 * What the unlabelled news says of a normalised word (the committed model's corpus lexicon, `lexiconCode`):
 * the label it mostly carries (`O`, `PERS`, `LOC`, `ORG`) and that label's share bucket (0-4), or null when the
 * word is too rare to say.
 *
 * @example corpusLabel('المطيري') // { label: 'PERS', bucket: 4 } (a family name)
 */
export function corpusLabel(word: string): { label: 'O' | 'PERS' | 'LOC' | 'ORG'; bucket: number } | null {
  committed ??= createTagger(NER_MODEL);
  const code = committed.wordInfo(word).lex;
  if (!code) return null;
  const c = (code - 1) >> 1;
  return { label: (['O', 'PERS', 'LOC', 'ORG'] as const)[Math.floor(c / 5)]!, bucket: c % 5 };
}

/**
 * Takes titles and address forms off the front of a person span: `الأمير زيان` tags `زيان` alone, since a title is
 * a role, not part of the name (ANERcorp's convention too, and the roles are collected apart).
 */
function trimTitles(words: readonly string[], tags: Uint8Array, cache: WordCache): Uint8Array {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] === B_PERS && tags[i + 1] === I_PERS && cache.get(words[i]!).title === 1) {
      tags[i] = 0;
      tags[i + 1] = B_PERS;
    }
  }
  return tags;
}
