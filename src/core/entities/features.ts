import { StringCache } from './string-cache.js';
import { cliticReadings, stemOf } from './keys.js';
import { lookupKey, startsRegistryForm } from './registry.js';
import { EVENT_HEADS, HONORIFICS, ORG_HEADS, PLACE_HEADS, ROLE_HEADS, STATE_BODIES, STOP_WORDS, TITLES } from './registry-data.js';
import { normalizeKey } from '../normalize/ar.js';

/** The tag set of the tagger: BIO over persons, locations, organisations and miscellaneous names. */
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
/** A tag of `TAGS`. */
export type Tag = (typeof TAGS)[number];
/** Number of tags. */
export const NT = TAGS.length;

/** What the features need besides the words: the learned word clusters. */
export interface FeatureResources {
  /** Fine cluster id of a stem (`stemOf` of the normalised word), or -1 when the stem has none. */
  clusterOf(stem: string): number;
  /** Fine cluster id → coarse cluster id. */
  coarseOf: ArrayLike<number>;
  /** True when the stem often follows a title in unlabelled news (a likely personal name). */
  isName(stem: string): boolean;
  /**
   * The corpus-lexicon code of a stem (0 when unknown): how a first-pass tagger labelled the stem across the
   * unlabelled news (`lexiconCode`). A name seen in many contexts is typed by all of them together.
   */
  lexOf?(stem: string): number;
}

/** Fraction buckets of the corpus lexicon: the dominant label's share of a stem's occurrences. */
const LEX_BUCKETS = [0.25, 0.5, 0.75, 0.9] as const;

/**
 * Encodes what a first-pass tagger made of a stem across unlabelled news: counts of its occurrences outside any
 * name, inside a person, place or organisation name. 0 when it is too rare to say; else its dominant label
 * (O, PERS, LOC, ORG) and that label's share in five buckets, and whether the names it is in start with it.
 * For example a given name that is PERS in 95 % of its 40 occurrences and opens them gets its own code.
 *
 * @param counts `[n, pers, loc, org, begins]`: occurrences, inside each type, and at the start of a name.
 */
export function lexiconCode(counts: readonly number[]): number {
  const n = counts[0]!;
  if (n < 3) return 0;
  const o = n - counts[1]! - counts[2]! - counts[3]!;
  let label = 0;
  let top = o;
  for (let t = 1; t <= 3; t++) if (counts[t]! > top) { top = counts[t]!; label = t; }
  const share = top / n;
  let bucket = 0;
  while (bucket < LEX_BUCKETS.length && share >= LEX_BUCKETS[bucket]!) bucket++;
  const named = n - o;
  const opens = named > 0 && counts[4]! * 2 >= named ? 1 : 0;
  return 1 + (label * 5 + bucket) * 2 + opens;
}

/** 32-bit FNV-1a of a string, seeded by a template id, so that equal strings of two templates differ. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x01000193)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a value hash with a template id (murmur3 finaliser): context features without string concatenation. */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Template ids. Word-level templates (1..29) are computed once per word type; context templates (30..) combine
// a neighbour's hash with the template id.
const T = {
  bias: 1, word: 2, stem: 3, pre1: 4, pre2: 5, pre3: 6, suf1: 7, suf2: 8, suf3: 9, spre2: 10, ssuf2: 11, ssuf3: 12,
  shape: 13, clitic: 14, fine: 15, coarse: 16, title: 17, len: 18, name: 19,
  pre4: 20, suf4: 21, spre1: 22, spre3: 23, spre4: 24, ssuf1: 25, ssuf4: 26, cls: 27, lex: 28,
  clsm1: 60, clsp1: 61, clsm2: 62, clsp2: 63, tp1: 64, sm2: 65, sp2: 66, fm2: 67, fp2: 68, lexm1: 69, lexp1: 70,
  wm1: 30, wp1: 31, wm2: 32, wp2: 33, sm1: 34, sp1: 35, fm1: 36, fp1: 37, cm1: 38, cp1: 39, shm1: 40, shp1: 41,
  big1: 42, big2: 43, gaz: 44, gazm1: 45, gazp1: 46, tm1: 47, tm2: 48, shtri: 49, stemtri: 50, cm2: 51, cp2: 52, namectx: 53, nametitle: 54,
} as const;

/** The per-word-type facts the context templates read from a neighbour. */
export interface WordInfo {
  /** Hashes of the word-level features. */
  own: Int32Array;
  /** Hashes of the features this word gives the word after it (as its left neighbour). */
  asPrev1: Int32Array;
  /** ... the word before it (as its right neighbour). */
  asNext1: Int32Array;
  /** ... the word two after it. */
  asPrev2: Int32Array;
  /** ... the word two before it. */
  asNext2: Int32Array;
  /** Readings of the word (proclitics off) that open a registry form. */
  gazReadings: readonly string[];
  /** Cached emission scores of a tagger: own, asPrev1, asNext1, asPrev2, asNext2 (5 × NT). */
  scores?: Float32Array;
  word: number;
  stem: number;
  fine: number;
  coarse: number;
  shape: number;
  /** True for quotation marks, brackets, commas and stops (Arabic ones too): never part of a name. */
  boundary: boolean;
  /** 1 when the word is a title or honorific (الرئيس، السيد), 0 otherwise. */
  title: number;
  /** 1 when the stem is a likely personal name. */
  name: number;
  /** Word class of the clitic-free word (`classOf`): 0 none, else a title, role head, institution head, ... */
  cls: number;
  /** Corpus-lexicon code of the stem (`lexiconCode`), 0 when unknown. */
  lex: number;
}

const TITLE_KEYS = new Set([...TITLES, ...HONORIFICS].map((t) => normalizeKey(t)));

/**
 * Trigger-word classes, read from the registry's lists: a name's neighbours announce its type (`وزير` before a
 * person, `جامعة` or `شركة` opening an organisation, `مدينة` before a place, `الثلاثاء` ending a name). Later
 * lists win: `رئيس` is a role head rather than a title.
 */
const CLASSES = new Map<string, number>();
[TITLES, HONORIFICS, ROLE_HEADS, ORG_HEADS, PLACE_HEADS, EVENT_HEADS, STATE_BODIES, STOP_WORDS].forEach((list, i) => {
  for (const t of list) if (!t.includes(' ')) CLASSES.set(normalizeKey(t), i + 1);
});

/** The trigger class of a normalised word, its proclitics off: `والوزير` → the class of `الوزير`. */
function classOf(w: string): number {
  for (const r of cliticReadings(w)) {
    const c = CLASSES.get(r.rest);
    if (c !== undefined) return c;
  }
  return 0;
}

/** The shapes of quotation marks, brackets, and commas or stops: never part of a name (the tagger's decoding keeps them out). */
export const SHAPE_QUOTE = 6;
export const SHAPE_BRACKET = 7;
export const SHAPE_STOP = 8;

/**
 * True for the marks that never sit inside a name: quotation marks, brackets, commas and stops, and any other token
 * without a letter or a digit (`'`, `''`, `/`, `*`, `--`: ANERcorp's development sentences have none inside a name,
 * and the tagger ran names on into them: `طه حسين '`), except the hyphen, which joins the words of some names
 * (`سي - ماكس`, `بومالن - دادس`). `shapeOf` gives the Arabic comma, semicolon and question mark (U+060C, U+061B, U+061F)
 * the shape of an Arabic word, as the committed weights were trained with; this test reads them as the marks they are.
 */
export function isBoundary(w: string): boolean {
  const s = shapeOf(w);
  return (s >= SHAPE_QUOTE && s <= SHAPE_STOP) || w === '،' || w === '؛' || w === '؟' || (w !== '-' && !/[\p{L}\p{N}]/u.test(w));
}

/** Coarse shape classes: Arabic word (with or without the article), Latin, digits, punctuation, quote. */
function shapeOf(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 0x0600 && c <= 0x06ff) return w.startsWith('ال') ? 1 : cliticReadings(w).some((r) => r.cut > 0 && r.rest.startsWith('ال')) ? 2 : 3;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 4;
  if (c >= 0x30 && c <= 0x39) return 5;
  if (w === '"' || w === '«' || w === '»' || w === '“' || w === '”') return SHAPE_QUOTE;
  if (w === '(' || w === ')') return SHAPE_BRACKET;
  if (w === '.' || w === '،' || w === ',' || w === '؟' || w === ':' || w === '؛') return SHAPE_STOP;
  if (w === '-') return 9;
  return 10;
}

/** What proclitics a word carries, as a small code: 0 none, or (conjunction?1:0) + (preposition b/l/k → 2/4/6). */
function cliticCode(w: string): number {
  const r = cliticReadings(w);
  let code = 0;
  for (const x of r) {
    if (x.cut === 0) continue;
    const c = w[x.cut - 1];
    if (c === 'و' || c === 'ف') code |= 1;
    else code |= c === 'ب' ? 2 : c === 'ل' ? 4 : 6;
  }
  return code;
}

/** Builds and caches the word-level facts of word types: the hot path sees each word type once. */
export class WordCache {
  private readonly table: StringCache<WordInfo>;
  constructor(private readonly res: FeatureResources, limit = 200_000) {
    this.table = new StringCache(limit, (w) => this.build(w));
  }

  /** The facts of a normalised word. */
  get(w: string): WordInfo {
    return this.table.get(w);
  }

  private build(w: string): WordInfo {
    const stem = stemOf(w);
    const fineId = this.res.clusterOf(stem);
    const coarseId = fineId < 0 ? -1 : (this.res.coarseOf[fineId] ?? -1);
    const shape = shapeOf(w);
    const title = TITLE_KEYS.has(w) || TITLE_KEYS.has(stem) || cliticReadings(w).some((r) => TITLE_KEYS.has(r.rest)) ? 1 : 0;
    const len = Math.min(stem.length, 8);
    const cls = classOf(w);
    const lex = this.res.lexOf ? this.res.lexOf(stem) : 0;
    const own = [
      T.bias,
      hashString(w, T.word),
      hashString(stem, T.stem),
      hashString(w.slice(0, 1), T.pre1),
      hashString(w.slice(0, 2), T.pre2),
      hashString(w.slice(0, 3), T.pre3),
      hashString(w.slice(-1), T.suf1),
      hashString(w.slice(-2), T.suf2),
      hashString(w.slice(-3), T.suf3),
      hashString(stem.slice(0, 2), T.spre2),
      hashString(stem.slice(-2), T.ssuf2),
      hashString(stem.slice(-3), T.ssuf3),
      mix(shape, T.shape),
      mix(cliticCode(w), T.clitic),
      mix(fineId + 1, T.fine),
      mix(coarseId + 1, T.coarse),
      mix(title, T.title),
      mix(len * 16 + shape, T.len),
      mix(this.res.isName(stem) ? 1 : 0, T.name),
      hashString(w.slice(0, 4), T.pre4),
      hashString(w.slice(-4), T.suf4),
      hashString(stem.slice(0, 1), T.spre1),
      hashString(stem.slice(0, 3), T.spre3),
      hashString(stem.slice(0, 4), T.spre4),
      hashString(stem.slice(-1), T.ssuf1),
      hashString(stem.slice(-4), T.ssuf4),
      mix(cls, T.cls),
      mix(lex, T.lex),
      mix(lex * 16 + cls, T.lex + 100),
    ];
    const info: WordInfo = {
      own: Int32Array.from(own),
      asPrev1: new Int32Array(0),
      asNext1: new Int32Array(0),
      asPrev2: new Int32Array(0),
      asNext2: new Int32Array(0),
      gazReadings: cliticReadings(w).filter((r) => startsRegistryForm(r.rest) > 0).map((r) => r.rest),
      word: hashString(w, 0),
      stem: hashString(stem, 0),
      fine: fineId + 1,
      coarse: coarseId + 1,
      shape,
      boundary: isBoundary(w),
      title,
      name: this.res.isName(stem) ? 1 : 0,
      cls,
      lex,
    };
    return withNeighbourFeatures(info);
  }
}

/** Fills the features a word gives its neighbours: they depend on the word alone, so they are computed once. */
function withNeighbourFeatures(info: WordInfo): WordInfo {
  info.asPrev1 = Int32Array.of(mix(info.word, T.wm1), mix(info.stem, T.sm1), mix(info.fine, T.fm1), mix(info.coarse, T.cm1), mix(info.shape, T.shm1), mix(info.title, T.tm1), mix(info.cls, T.clsm1), mix(info.lex, T.lexm1));
  info.asNext1 = Int32Array.of(mix(info.word, T.wp1), mix(info.stem, T.sp1), mix(info.fine, T.fp1), mix(info.coarse, T.cp1), mix(info.shape, T.shp1), mix(info.title, T.tp1), mix(info.cls, T.clsp1), mix(info.lex, T.lexp1));
  info.asPrev2 = Int32Array.of(mix(info.word, T.wm2), mix(info.coarse, T.cm2), mix(info.stem, T.sm2), mix(info.fine, T.fm2), mix(info.cls, T.clsm2));
  info.asNext2 = Int32Array.of(mix(info.word, T.wp2), mix(info.coarse, T.cp2), mix(info.stem, T.sp2), mix(info.fine, T.fp2), mix(info.cls, T.clsp2));
  return info;
}

/** Number of joint features per word (those that depend on several words): see `jointFeatures`. */
export const JOINT = 10;

/**
 * Features that combine the word with its neighbours (bigrams, gazetteer codes around it, title and shape
 * patterns), written into `out` from `at`.
 */
export function jointFeatures(m2: WordInfo, m1: WordInfo, w: WordInfo, p1: WordInfo, gm1: number, g0: number, gp1: number, out: Int32Array, at: number): void {
  out[at] = mix(mix(m1.word, w.word), T.big1);
  out[at + 1] = mix(mix(w.word, p1.word), T.big2);
  out[at + 2] = mix(g0, T.gaz);
  out[at + 3] = mix(gm1, T.gazm1);
  out[at + 4] = mix(gp1, T.gazp1);
  out[at + 5] = mix(m2.title * 2 + m1.title, T.tm2);
  out[at + 6] = mix(m1.shape * 256 + w.shape * 16 + p1.shape, T.shtri);
  out[at + 7] = mix(mix(m1.fine, w.stem), T.stemtri);
  out[at + 8] = mix(m1.name * 4 + w.name * 2 + p1.name, T.namectx);
  out[at + 9] = mix(m1.title * 2 + w.name, T.nametitle);
}

/** Gazetteer codes per word: 0 none, else 1 + 2·type + (inside ? 1 : 0), type 0 country, 1 location, 2 organisation or group, 3 ambiguous. */
export function gazetteerCodes(words: readonly string[], infos?: readonly WordInfo[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (out[i] !== 0) continue;
    let best = 0;
    let bestType = 0;
    const readings = infos ? infos[i]!.gazReadings : cliticReadings(words[i]!).map((r) => r.rest);
    for (const rest of readings) {
      const longest = startsRegistryForm(rest);
      if (!longest) continue;
      let key = rest;
      for (let n = 1; n <= longest && i + n <= words.length; n++) {
        if (n > 1) key += ' ' + words[i + n - 1]!;
        const hit = lookupKey(key);
        // Names of other things (events, scriptures) came after the model was trained: no gazetteer feature.
        if (hit && n > best && hit.record.type !== 'other') {
          best = n;
          const t = hit.record.type;
          bestType = hit.ambiguous ? 3 : t === 'country' ? 0 : t === 'location' ? 1 : 2;
        }
      }
    }
    for (let k = 0; k < best; k++) out[i + k] = 1 + 2 * bestType + (k > 0 ? 1 : 0);
  }
  return out;
}

/** Features of a sentence in CSR form: features of word i are `feats[offsets[i] .. offsets[i+1])`. */
export interface SentenceFeatures {
  offsets: Int32Array;
  feats: Int32Array;
}

/** The word beyond either end of the sentence. */
export const NONE: WordInfo = withNeighbourFeatures({
  own: new Int32Array(0), asPrev1: new Int32Array(0), asNext1: new Int32Array(0), asPrev2: new Int32Array(0), asNext2: new Int32Array(0),
  gazReadings: [], word: 0x5bd1e995, stem: 0x5bd1e995, fine: 0, coarse: 0, shape: 0, boundary: false, title: 0, name: 0, cls: 0, lex: 0,
});

/**
 * Extracts the features of a sentence of normalised words: lexical, affix, clitic, shape, cluster, title and
 * gazetteer features of the word, and of its neighbours within two words, as 32-bit hashes.
 *
 * @param words The normalised words (`normalizeKey`), punctuation included, spaces excluded.
 * @param cache The word-type cache.
 */
export function extractFeatures(words: readonly string[], cache: WordCache): SentenceFeatures {
  const n = words.length;
  const infos: WordInfo[] = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = cache.get(words[i]!);
  const gaz = gazetteerCodes(words, infos);
  const per = 29 + 8 + 8 + 5 + 5 + JOINT;
  const feats = new Int32Array(n * per);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = infos[i]!;
    const m1 = i > 0 ? infos[i - 1]! : NONE;
    const m2 = i > 1 ? infos[i - 2]! : NONE;
    const p1 = i + 1 < n ? infos[i + 1]! : NONE;
    const p2 = i + 2 < n ? infos[i + 2]! : NONE;
    for (const part of [w.own, m1.asPrev1, p1.asNext1, m2.asPrev2, p2.asNext2]) {
      feats.set(part, k);
      k += part.length;
    }
    jointFeatures(m2, m1, w, p1, i > 0 ? gaz[i - 1]! : 255, gaz[i]!, i + 1 < n ? gaz[i + 1]! : 255, feats, k);
    k += JOINT;
  }
  offsets[n] = k;
  return { offsets, feats: feats.subarray(0, k) };
}
