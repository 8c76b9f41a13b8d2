// `npx tsx scripts/build-clusters.ts`: learns word clusters for the NER tagger from the unlabelled news text in
// ../shared/data/news, and writes models/clusters-ar.json (stem → cluster id; no corpus text), and name cues (stems that often follow a title).
// Method: each frequent stem is described by the counts of its left and right neighbours among the most frequent
// stems (positive PMI), projected to a few dense dimensions by a seeded random projection, and grouped by
// spherical k-means (fine clusters), whose centroids are grouped again (coarse clusters). A cheap stand-in for
// Brown clusters: words used in the same slots (names of cities, given names, verbs of saying) share a cluster.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from '../src/core/normalize/ar.js';
import { stemOf } from '../src/core/entities/keys.js';
import { mulberry32 } from './lib/prng.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.ISNAD_SHARED ?? `${root}../shared`;
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const VOCAB = Number(opt('--vocab') ?? 20000);
const CONTEXT = Number(opt('--contexts') ?? 1000);
const DIMS = Number(opt('--dims') ?? 128);
/** Neighbours on each side that describe a stem (1: the words right before and after it). */
const WINDOW = Number(opt('--window') ?? 1);
const FINE = 256;
const COARSE = 32;
const MAX_ARTICLES = Number(opt('--articles') ?? 16000);
/** Stems past the clustered vocabulary seen at least this often join the nearest fine cluster (0: none). */
const EXTEND_MIN = Number(opt('--extend-min') ?? 0);
const OUT = opt('--out') ?? `${root}models/clusters-ar.json`;

const texts: string[] = [];
const snn = `${shared}/data/news/saudinewsnet/articles.jsonl.gz`;
const ahdath = `${shared}/data/news/ahdath/articles.jsonl`;
if (!existsSync(snn)) {
  console.log(`build-clusters: skipped, ${snn} is absent`);
  process.exit(0);
}
for (const line of gunzipSync(readFileSync(snn)).toString('utf8').split('\n')) {
  if (texts.length >= MAX_ARTICLES) break;
  if (line) texts.push((JSON.parse(line) as { text: string }).text);
}
if (existsSync(ahdath)) for (const line of readFileSync(ahdath, 'utf8').split('\n')) if (line) texts.push((JSON.parse(line) as { text: string }).text);

// Sentences of stems: a break at punctuation so that neighbours are real neighbours.
const freq = new Map<string, number>();
const docs: string[][][] = [];
for (const t of texts) {
  const sents: string[][] = [];
  for (const s of normalizeKey(t).split(/[.!?؟\n،,؛:«»"()]+/)) {
    const ws = s.match(/[\p{L}\p{M}]+|\p{N}+/gu);
    if (!ws || ws.length < 2) continue;
    const stems = ws.map((w) => (/^\p{N}/u.test(w) ? '<num>' : stemOf(w)));
    for (const w of stems) freq.set(w, (freq.get(w) ?? 0) + 1);
    sents.push(stems);
  }
  docs.push(sents);
}
// Name cues: how often a stem follows a title or an address form (الرئيس، الوزير، السيد، الشيخ، الدكتور ...),
// or a stem that does; stems that often do are likely personal names (given names and surnames).
const TITLE_STEMS = new Set(['رئيس', 'وزير', 'سيد', 'شيخ', 'دكتور', 'امير', 'ملك', 'مستشار', 'سفير', 'متحدث', 'ناطق', 'لاعب', 'مدرب', 'فنان', 'فنانه', 'سيده', 'مهندس', 'نائب', 'امين', 'عام', 'لواء', 'عميد', 'سمو', 'معالي', 'اخ', 'زميل', 'كاتب', 'محافظ'].map((w) => normalizeKey(w)));
const afterTitle = new Map<string, number>();
for (const sents of docs) for (const s of sents) for (let i = 1; i < s.length; i++) {
  const prev = s[i - 1]!;
  const prev2 = i > 1 ? s[i - 2]! : '';
  if (TITLE_STEMS.has(prev) || (TITLE_STEMS.has(prev2) && (afterTitle.get(prev) ?? 0) > 0)) afterTitle.set(s[i]!, (afterTitle.get(s[i]!) ?? 0) + 1);
}
const ranked = [...freq].filter(([, n]) => n >= 5).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = ranked.slice(0, VOCAB).map(([w]) => w);
const vid = new Map(vocab.map((w, i) => [w, i]));
const V = vocab.length;
const C = Math.min(CONTEXT, V);
/** Context columns: one block of C per neighbour slot (-WINDOW .. -1, 1 .. WINDOW). */
const COLS = 2 * WINDOW * C;

/** Counts the frequent stems around position i of sentence s as contexts of row v (one column block per slot). */
function countContexts(into: Map<number, number>, v: number, s: readonly string[], i: number): void {
  for (let slot = 0; slot < 2 * WINDOW; slot++) {
    const j = slot < WINDOW ? i - WINDOW + slot : i + slot - WINDOW + 1;
    if (j < 0 || j >= s.length) continue;
    const c = vid.get(s[j]!);
    if (c === undefined || c >= C) continue;
    const key = v * COLS + slot * C + c;
    into.set(key, (into.get(key) ?? 0) + 1);
  }
}
console.log(`build-clusters: ${texts.length} articles, ${freq.size} stems, vocabulary ${V}`);

// Co-occurrence counts: row v, column c (left) or C + c (right).
const counts = new Map<number, number>();
for (const sents of docs) for (const s of sents) {
  for (let i = 0; i < s.length; i++) {
    const v = vid.get(s[i]!);
    if (v === undefined) continue;
    countContexts(counts, v, s, i);
  }
}
const rowSum = new Float64Array(V);
const colSum = new Float64Array(COLS);
let total = 0;
for (const [k, n] of counts) { rowSum[Math.floor(k / (COLS))]! += n; colSum[k % (COLS)]! += n; total += n; }
// Context distribution smoothing (counts to the power 0.75), so that rare contexts do not dominate PMI.
let smoothTotal = 0;
for (let c = 0; c < COLS; c++) { colSum[c] = colSum[c]! ** 0.75; smoothTotal += colSum[c]!; }
for (let c = 0; c < COLS; c++) colSum[c] = (colSum[c]! / smoothTotal) * total;

// PPMI, then a seeded random projection (±1 entries) to DIMS dimensions, then unit length.
const rand = mulberry32(20241015);
const proj = new Float32Array(COLS * DIMS);
for (let i = 0; i < proj.length; i++) proj[i] = rand() < 0.5 ? -1 : 1;
const X = new Float32Array(V * DIMS);
project(counts, rowSum, X);
for (let v = 0; v < V; v++) normalizeRow(X, v, DIMS);

const fine = kmeans(X, V, DIMS, FINE, 15, rand);
const coarse = kmeans(fine.centroids, FINE, DIMS, COARSE, 25, rand);
const words: Record<string, number> = {};
for (let v = 0; v < V; v++) words[vocab[v]!] = fine.assign[v]!;
if (EXTEND_MIN > 0) extendClusters();

/**
 * Adds each (row, context) count's positive PMI, times the context's random projection, to the row's vector in `out`
 * (rows of DIMS): the neighbour vectors of the clustered stems and of the rarer ones added after.
 */
function project(cells: Map<number, number>, rowSums: ArrayLike<number>, out: Float32Array): void {
  for (const [k, n] of cells) {
    const v = Math.floor(k / (COLS));
    const c = k % (COLS);
    const pmi = Math.log((n * total) / (rowSums[v]! * colSum[c]!));
    if (pmi <= 0) continue;
    for (let d = 0; d < DIMS; d++) out[v * DIMS + d]! += pmi * proj[c * DIMS + d]!;
  }
}

/**
 * Rarer stems (seen at least EXTEND_MIN times) join the fine cluster nearest to their own neighbour vector, built
 * as above over the same contexts: names too rare to shape the clusters still get one (a foreign surname seen 6
 * times among given names and surnames).
 */
function extendClusters(): void {
  const extra = ranked.slice(VOCAB).filter(([, n]) => n >= EXTEND_MIN).map(([w]) => w);
  const xid = new Map(extra.map((w, i) => [w, i]));
  const E = new Float32Array(extra.length * DIMS);
  const ec = new Map<number, number>();
  for (const sents of docs) for (const s of sents) for (let i = 0; i < s.length; i++) {
    const v = xid.get(s[i]!);
    if (v === undefined) continue;
    countContexts(ec, v, s, i);
  }
  const rs = new Float64Array(extra.length);
  for (const [k, n] of ec) rs[Math.floor(k / (COLS))]! += n;
  project(ec, rs, E);
  let added = 0;
  for (let v = 0; v < extra.length; v++) {
    if (rs[v]! < EXTEND_MIN) continue;
    normalizeRow(E, v, DIMS);
    let best = 0, bestS = -Infinity;
    for (let c = 0; c < FINE; c++) {
      let s = 0;
      for (let j = 0; j < DIMS; j++) s += E[v * DIMS + j]! * fine.centroids[c * DIMS + j]!;
      if (s > bestS) { bestS = s; best = c; }
    }
    words[extra[v]!] = best;
    added++;
  }
  console.log(`build-clusters: ${added} rarer stems joined their nearest cluster`);
}
const names = [...afterTitle].filter(([w, n]) => n >= 2 && n / (freq.get(w) ?? 1) >= 0.1 && w.length >= 2 && !/^\p{N}/u.test(w)).map(([w]) => w).sort();
console.log(`name cues: ${names.length} stems, e.g. ${names.slice(0, 30).join(' ')}`);
const out = {
  about: 'Word clusters for the Arabic NER tagger, learned by scripts/build-clusters.ts from unlabelled news text (neighbour PPMI vectors, random projection, spherical k-means). Stems (normalised, proclitics and article removed) to fine cluster ids; coarseOf maps a fine id to a coarse id.',
  fine: FINE,
  coarse: COARSE,
  coarseOf: [...coarse.assign],
  words,
  names,
};
writeFileSync(OUT, JSON.stringify(out) + '\n');
const sizes = new Map<number, number>();
for (const a of fine.assign) sizes.set(a, (sizes.get(a) ?? 0) + 1);
console.log('largest clusters', [...sizes.values()].sort((a, b) => b - a).slice(0, 8).join(' '));
for (const probe of ['موسكو', 'محمد', 'قال', 'وزير', 'روسيا', 'الشمالية', 'الرياض', 'الامم', 'شركه']) {
  const id = words[stemOf(normalizeKey(probe))];
  if (id === undefined) continue;
  console.log(probe, id, vocab.filter((w) => words[w] === id).slice(0, 12).join(' '));
}

function normalizeRow(M: Float32Array, r: number, d: number): void {
  let s = 0;
  for (let k = 0; k < d; k++) s += M[r * d + k]! ** 2;
  const n = Math.sqrt(s) || 1;
  for (let k = 0; k < d; k++) M[r * d + k]! /= n;
}

/** Spherical k-means (cosine), seeded: k distinct rows as first centroids. */
function kmeans(M: Float32Array, n: number, d: number, k: number, iters: number, rnd: () => number) {
  const centroids = new Float32Array(k * d);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r = Math.floor(rnd() * n);
    while (picked.has(r)) r = (r + 1) % n;
    picked.add(r);
    centroids.set(M.subarray(r * d, r * d + d), c * d);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0, bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += M[i * d + j]! * centroids[c * d + j]!;
        if (s > bestS) { bestS = s; best = c; }
      }
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) centroids[assign[i]! * d + j]! += M[i * d + j]!;
    for (let c = 0; c < k; c++) normalizeRow(centroids, c, d);
  }
  return { centroids, assign };
}
