// `npm run train:ner`: trains the Arabic NER tagger (averaged structured perceptron, BIO over PERS/LOC/ORG/MISC)
// on the NewsFANE training split (CC BY-SA 3.0), reproducibly from a fixed seed, and writes the committed
// weights to src/core/entities/model/ner-ar.ts (and their provenance to models/ner-ar.meta.json).
// Options: --epochs N (else chosen on a held-out tenth of the training split, the development set scored beside it),
// --out-dir DIR (write elsewhere), --train PATH --format anercorp (train a separate, uncommitted model on another
// training file); for experiments: --outer-heads (ANERcorp's head-noun convention, `scripts/lib/newsfane.ts`),
// --clusters FILE (other word clusters), --map Class=TYPE,..., --min-count N, --prune X, --lexicon-articles N,
// --no-lexicon, --max-epochs N.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from '../src/core/normalize/ar.js';
import { NT, TAGS, WordCache, extractFeatures, hashString, lexiconCode, type FeatureResources } from '../src/core/entities/features.js';
import { emissions, viterbi, type LinearModel } from '../src/core/entities/perceptron.js';
import { stemOf } from '../src/core/entities/keys.js';
import { CLUSTER_SEED } from '../src/core/entities/tagger-resources.js';
import { mulberry32, shuffle } from './lib/prng.js';
import { readConll, scoreSpans, spansOf, type TaggedSentence } from './lib/conll.js';
import { anercorpDev } from './lib/ner-dev.js';
import { mapTags, rejoinClitics } from './lib/newsfane.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.ISNAD_SHARED ?? `${root}../shared`;
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SEED = 20241015;
/** `--map Class=TYPE,...` overrides the class table (for experiments on the held-out data, never on a test split). */
const OVERRIDES: Record<string, string> = Object.fromEntries((opt('--map') ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));

/** Resources for training: clusters from models/clusters-ar.json, looked up by string. */
function loadResources(): FeatureResources & { json: { coarseOf: number[]; words: Record<string, number>; names: string[] } } {
  const json = JSON.parse(readFileSync(opt('--clusters') ?? `${root}models/clusters-ar.json`, 'utf8')) as { coarseOf: number[]; words: Record<string, number>; names: string[] };
  const map = new Map(Object.entries(json.words));
  const names = new Set(json.names);
  return { clusterOf: (s) => map.get(s) ?? -1, coarseOf: json.coarseOf, isName: (s) => names.has(s), json };
}

interface Prepared { rows: Int32Array; offsets: Int32Array; gold: Uint8Array; words: string[]; tags: string[] }

function train(data: Prepared[], nRows: number, epochs: number, seed: number, onEpoch?: (e: number, m: LinearModel) => void): LinearModel {
  const W = new Float64Array(nRows * NT), U = new Float64Array(nRows * NT);
  const TW = new Float64Array((NT + 1) * NT), TU = new Float64Array((NT + 1) * NT);
  let c = 1;
  const rand = mulberry32(seed);
  const order = data.map((_, i) => i);
  const em = new Float32Array(400 * NT);
  const trans32 = new Float32Array((NT + 1) * NT);
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, rand);
    for (const si of order) {
      const s = data[si]!;
      const n = s.gold.length;
      const emb = n * NT > em.length ? new Float32Array(n * NT) : em;
      emb.fill(0, 0, n * NT);
      for (let i = 0; i < n; i++) for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
        if (s.rows[k]! < 0) continue;
        const r = s.rows[k]! * NT;
        for (let t = 0; t < NT; t++) emb[i * NT + t]! += W[r + t]!;
      }
      for (let k = 0; k < trans32.length; k++) trans32[k] = TW[k]!;
      const pred = viterbi(emb, trans32, n);
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!, p = pred[i]!;
        if (g !== p) {
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            if (s.rows[k]! < 0) continue;
            const r = s.rows[k]! * NT;
            W[r + g]! += 1; U[r + g]! += c;
            W[r + p]! -= 1; U[r + p]! -= c;
          }
        }
        const gp = i ? s.gold[i - 1]! : NT, pp = i ? pred[i - 1]! : NT;
        if (g !== p || gp !== pp) {
          TW[gp * NT + g]! += 1; TU[gp * NT + g]! += c;
          TW[pp * NT + p]! -= 1; TU[pp * NT + p]! -= c;
        }
      }
      c++;
    }
    if (onEpoch) onEpoch(e, averaged(W, U, TW, TU, c, nRows));
  }
  return averaged(W, U, TW, TU, c, nRows);
}

/** Dense averaged model over row ids (identity index). */
function averaged(W: Float64Array, U: Float64Array, TW: Float64Array, TU: Float64Array, c: number, nRows: number): LinearModel {
  const weights = new Float32Array(nRows * NT);
  for (let k = 0; k < weights.length; k++) weights[k] = W[k]! - U[k]! / c;
  const trans = new Float32Array((NT + 1) * NT);
  for (let k = 0; k < trans.length; k++) trans[k] = TW[k]! - TU[k]! / c;
  return { index: new Map(), weights, trans };
}

/** Tags prepared sentences with a dense model whose rows are the prepared row ids. */
function tagPrepared(m: LinearModel, s: Prepared): string[] {
  const n = s.gold.length;
  const em = new Float32Array(n * NT);
  for (let i = 0; i < n; i++) for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
    const r = s.rows[k]!;
    if (r < 0) continue;
    for (let t = 0; t < NT; t++) em[i * NT + t]! += m.weights[r * NT + t]!;
  }
  return [...viterbi(em, m.trans, n)].map((t) => TAGS[t]!);
}

/** Hashes the features of each sentence and maps them to dense row ids, dropping those seen under `minCount` times. */
function prepare(norm: string[][], golds: Uint8Array[], cacheOf: (i: number) => WordCache, minCount: number, orig?: TaggedSentence[]): { prepared: Prepared[]; ids: Map<number, number> } {
  const feats = norm.map((words, i) => extractFeatures(words, cacheOf(i)));
  const counts = new Map<number, number>();
  if (minCount > 1) for (const f of feats) for (const h of f.feats) counts.set(h >>> 0, (counts.get(h >>> 0) ?? 0) + 1);
  const ids = new Map<number, number>();
  const prepared = feats.map((f, i) => {
    const rows = new Int32Array(f.feats.length);
    for (let k = 0; k < f.feats.length; k++) {
      const h = f.feats[k]! >>> 0;
      if (minCount > 1 && (counts.get(h) ?? 0) < minCount) { rows[k] = -1; continue; }
      let r = ids.get(h);
      if (r === undefined) { r = ids.size; ids.set(h, r); }
      rows[k] = r;
    }
    const gold = golds[i]!;
    return { rows, offsets: f.offsets, gold, words: orig?.[i]?.words ?? norm[i]!, tags: orig?.[i]?.tags ?? [...gold].map((t) => TAGS[t]!) };
  });
  return { prepared, ids };
}

/** Prepares sentences the model was not trained on (their features read the run-time lexicon); unknown features get no row. */
function prepareUnseen(sents: TaggedSentence[], ids: Map<number, number>, cache: WordCache): Prepared[] {
  return sents.map((s) => {
    const f = extractFeatures(s.words.map((w) => normalizeKey(w)), cache);
    const rows = Int32Array.from(f.feats, (h) => ids.get(h >>> 0) ?? -1);
    return { rows, offsets: f.offsets, gold: new Uint8Array(s.words.length), words: s.words, tags: s.tags };
  });
}

/** Unlabelled news for the corpus lexicon: normalised words in chunks cut at sentence stops and line breaks. */
function readCorpus(): string[][] {
  const max = Number(opt('--lexicon-articles') ?? 12000);
  const texts: string[] = [];
  const snn = `${shared}/data/news/saudinewsnet/articles.jsonl.gz`;
  if (existsSync(snn)) for (const line of gunzipSync(readFileSync(snn)).toString('utf8').split('\n')) {
    if (texts.length >= max) break;
    if (line) texts.push((JSON.parse(line) as { text: string }).text);
  }
  const ahdath = `${shared}/data/news/ahdath/articles.jsonl`;
  if (existsSync(ahdath)) for (const line of readFileSync(ahdath, 'utf8').split('\n')) if (line) texts.push((JSON.parse(line) as { text: string }).text);
  const chunks: string[][] = [];
  for (const t of texts) {
    for (const line of normalizeKey(t).split('\n')) {
      let cur: string[] = [];
      for (const m of line.matchAll(/[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu)) {
        cur.push(m[0]);
        if (m[0] === '.' || m[0] === '؟' || m[0] === '!' || cur.length >= 120) { chunks.push(cur); cur = []; }
      }
      if (cur.length) chunks.push(cur);
    }
  }
  return chunks;
}

/** Tags the corpus with a first-pass model; per stem: [occurrences, in PERS, in LOC, in ORG, opening a name]. */
function tagCorpus(corpus: string[][], model: LinearModel, cache: WordCache): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let em = new Float32Array(128 * NT);
  for (const words of corpus) {
    const f = extractFeatures(words, cache);
    if (words.length * NT > em.length) em = new Float32Array(words.length * NT);
    emissions(model, f, em);
    const tags = viterbi(em, model.trans, words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!/^\p{L}/u.test(w)) continue;
      const st = stemOf(w);
      let c = out.get(st);
      if (!c) { c = [0, 0, 0, 0, 0]; out.set(st, c); }
      c[0]!++;
      const tag = TAGS[tags[i]!]!;
      const ty = tag.endsWith('PERS') ? 1 : tag.endsWith('LOC') ? 2 : tag.endsWith('ORG') ? 3 : 0;
      if (ty) { c[ty]!++; if (tag.startsWith('B-')) c[4]!++; }
    }
  }
  return out;
}

function main(): void {
  const format = opt('--format') ?? 'newsfane';
  const trainPath = opt('--train') ?? `${shared}/data/ner/newsfane/train.txt`;
  if (!existsSync(trainPath)) {
    console.log(`train-ner: skipped, ${trainPath} is absent (set ISNAD_SHARED)`);
    return;
  }
  const raw = readConll(trainPath);
  const sents = format === 'newsfane' ? raw.map((s) => mapTags(rejoinClitics(s), { overrides: OVERRIDES, outerHeads: args.includes('--outer-heads') })) : raw;
  const res = loadResources();
  const norm = sents.map((s) => s.words.map((w) => normalizeKey(w)));
  const golds = sents.map((s) => Uint8Array.from(s.tags.map((t) => Math.max(0, (TAGS as readonly string[]).indexOf(t)))));
  const minCount = Number(opt('--min-count') ?? 2);

  // Corpus lexicon (two-fold jackknife): a first-pass tagger trained on one half of the training sentences tags
  // the unlabelled news; the other half's features read what it made of each stem, so that training sees the
  // lexicon as noisy as it is on unseen text. At run time the lexicon sums both first-pass taggers' counts.
  const useLexicon = !args.includes('--no-lexicon');
  const fold = shuffle(sents.map((_, i) => i), mulberry32(SEED + 2)).map((i, k) => [i, k % 2] as const).sort((a, b) => a[0] - b[0]).map(([, f]) => f);
  const lexCounts: Map<string, number[]>[] = [];
  if (useLexicon) {
    const corpus = readCorpus();
    console.log(`train-ner: lexicon corpus ${corpus.length} chunks, ${corpus.reduce((a, c) => a + c.length, 0)} tokens`);
    const baseCache = new WordCache(res);
    for (let f = 0; f < 2; f++) {
      const idx = sents.map((_, i) => i).filter((i) => fold[i] !== f);
      const { prepared: part, ids: partIds } = prepare(idx.map((i) => norm[i]!), idx.map((i) => golds[i]!), () => baseCache, minCount);
      const m = train(part, partIds.size, 12, SEED);
      const model: LinearModel = { index: partIds, weights: m.weights, trans: m.trans };
      lexCounts.push(tagCorpus(corpus, model, baseCache));
    }
  }
  const lexOfCounts = (maps: Map<string, number[]>[]) => {
    const codes = new Map<string, number>();
    const keys = new Set(maps.flatMap((m) => [...m.keys()]));
    for (const k of keys) {
      const sum = [0, 0, 0, 0, 0];
      for (const m of maps) { const c = m.get(k); if (c) for (let j = 0; j < 5; j++) sum[j]! += c[j]!; }
      const code = lexiconCode(sum);
      if (code) codes.set(k, code);
    }
    return codes;
  };
  const cacheOf = (codes: Map<string, number>) => new WordCache({ ...res, lexOf: (st) => codes.get(st) ?? 0 });
  // Sentences of fold f read the lexicon of the first-pass tagger trained without them (lexCounts[f]).
  const foldCaches = useLexicon ? [0, 1].map((f) => cacheOf(lexOfCounts([lexCounts[f]!]))) : [new WordCache(res)];
  const runtimeLexicon = useLexicon ? lexOfCounts(lexCounts) : new Map<string, number>();
  const runtimeCache = cacheOf(runtimeLexicon);
  const { prepared, ids } = prepare(norm, golds, (i) => foldCaches[useLexicon ? fold[i]! : 0]!, minCount, sents);
  console.log(`train-ner: ${prepared.length} sentences, ${prepared.reduce((a, s) => a + s.gold.length, 0)} tokens, ${ids.size} features`);

  // Epochs: chosen on a held-out tenth of the training split (never on a test split), unless given.
  let epochs = Number(opt('--epochs') ?? 0);
  if (!epochs) {
    const order = shuffle(prepared.map((_, i) => i), mulberry32(SEED + 1));
    const dev = new Set(order.slice(0, Math.floor(order.length / 10)));
    const tr = prepared.filter((_, i) => !dev.has(i));
    const dv = prepared.filter((_, i) => dev.has(i));
    let best = 0;
    // The development set (ANERcorp train sentences NewsFANE lacks) is scored too, for comparing settings.
    const devSet = format === 'newsfane' && existsSync(`${shared}/data/ner/anercorp/train.txt`) ? prepareUnseen(anercorpDev(shared), ids, runtimeCache) : [];
    const devTags = devSet.map((x) => spansOf(x.tags.map((t) => (t.endsWith('MISC') ? 'O' : t))));
    train(tr, ids.size, Number(opt('--max-epochs') ?? 25), SEED, (e, m) => {
      const s = scoreSpans(dv.map((x) => spansOf(x.tags)), dv.map((x) => spansOf(tagPrepared(m, x))), ['PERS', 'LOC', 'ORG']);
      const d = devSet.length ? scoreSpans(devTags, devSet.map((x) => spansOf(tagPrepared(m, x).map((t) => (t.endsWith('MISC') ? 'O' : t)))), ['PERS', 'LOC', 'ORG']) : null;
      const pc = (x: number | undefined) => (100 * (x ?? 0)).toFixed(1);
      console.log(`  epoch ${e}: held-out macro-F1 ${pc(s.macro_f1)}${d ? `; development macro-F1 ${pc(d.macro_f1)} (PERS ${pc(d.PERS_f1)} LOC ${pc(d.LOC_f1)} ORG ${pc(d.ORG_f1)})` : ''}`);
      if (s.macro_f1! > best + 0.001) { best = s.macro_f1!; epochs = e; }
    });
    console.log(`train-ner: ${epochs} epochs (best held-out macro-F1 ${(100 * best).toFixed(1)})`);
  }
  const model = train(prepared, ids.size, epochs, SEED);

  // Prune near-zero rows and quantise each kept row to int8 with its own scale.
  const PRUNE = Number(opt('--prune') ?? 0.05);
  const keys: number[] = [];
  const scales: number[] = [];
  const q: number[] = [];
  for (const [h, r] of [...ids].sort((a, b) => a[0] - b[0])) {
    let max = 0;
    for (let t = 0; t < NT; t++) max = Math.max(max, Math.abs(model.weights[r * NT + t]!));
    if (max < PRUNE) continue;
    keys.push(h);
    scales.push(max / 127);
    for (let t = 0; t < NT; t++) q.push(Math.round((model.weights[r * NT + t]! / max) * 127));
  }
  const clusterKeys: number[] = [];
  const clusterIds: number[] = [];
  for (const [w, id] of Object.entries(res.json.words).map(([w, id]) => [hashString(w, CLUSTER_SEED), id] as const).sort((a, b) => a[0] - b[0])) {
    clusterKeys.push(w);
    clusterIds.push(id);
  }
  const lexPairs = [...runtimeLexicon].map(([w, c]) => [hashString(w, CLUSTER_SEED), c] as const).sort((a, b) => a[0] - b[0]);
  const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const source = format === 'newsfane' ? 'NewsFANE Gold train split (Alotaibi and Lee 2014), CC BY-SA 3.0' : `${trainPath} (not for committing)`;
  const meta = { tags: [...TAGS], seed: SEED, epochs, prune: PRUNE, minCount, rows: keys.length, features: ids.size, lexicon: lexPairs.length, source, ...(opt('--map') ? { map: opt('--map') } : {}), ...(args.includes('--outer-heads') ? { outerHeads: true } : {}), ...(opt('--clusters') ? { clusters: opt('--clusters') } : {}) };
  const out = `// GENERATED by scripts/train-ner.ts (npm run train:ner): do not edit.
// Weights of the Arabic NER tagger, trained on ${source}.
// They are a derivative of that corpus and carry its license: Creative Commons Attribution-ShareAlike 3.0
// (https://creativecommons.org/licenses/by-sa/3.0/); NewsFANE Gold by Fahd Alotaibi and Mark Lee.
/** The packed tagger model: sorted feature hashes, per-row scales, int8 weights, transitions, word clusters. */
export const NER_MODEL: {
  meta: Record<string, unknown>;
  keys: string;
  scales: string;
  weights: string;
  trans: readonly number[];
  clusterKeys: string;
  clusterIds: string;
  coarseOf: readonly number[];
  nameKeys: string;
  lexKeys: string;
  lexCodes: string;
} = {
  meta: ${JSON.stringify(meta)},
  keys: '${b64(Uint32Array.from(keys))}',
  scales: '${b64(Float32Array.from(scales))}',
  weights: '${b64(Int8Array.from(q))}',
  trans: ${JSON.stringify([...model.trans].map((x) => Math.round(x * 1000) / 1000))},
  clusterKeys: '${b64(Uint32Array.from(clusterKeys))}',
  clusterIds: '${b64(Uint8Array.from(clusterIds))}',
  coarseOf: ${JSON.stringify(res.json.coarseOf)},
  nameKeys: '${b64(Uint32Array.from(res.json.names.map((w) => hashString(w, CLUSTER_SEED)).sort((a, b) => a - b)))}',
  lexKeys: '${b64(Uint32Array.from(lexPairs.map((p) => p[0])))}',
  lexCodes: '${b64(Uint8Array.from(lexPairs.map((p) => p[1])))}',
};
`;
  const outDir = opt('--out-dir');
  const target = outDir ? `${outDir}/ner-ar.ts` : `${root}src/core/entities/model/ner-ar.ts`;
  if (outDir) mkdirSync(outDir, { recursive: true });
  writeFileSync(target, out);
  if (!outDir) writeFileSync(`${root}models/ner-ar.meta.json`, JSON.stringify({ ...meta, file: 'src/core/entities/model/ner-ar.ts', license: 'CC BY-SA 3.0 (NewsFANE Gold, Alotaibi and Lee 2014)' }, null, 2) + '\n');
  console.log(`train-ner: wrote ${target}: ${keys.length} rows kept of ${ids.size}, ${(out.length / 1e6).toFixed(2)} MB`);
}

main();
