import type { ClaimRecord, Store } from '../../store/index.js';
import { clitics, normalizedWords } from '../../store/index.js';
import { bandKeys, hashString, minhash } from '../near-duplicates/minhash.js';
import { STOPWORDS_AR } from './stopwords-ar.js';

/** Jaccard similarity of two claims' signatures (content words and entities) from which they are one claim. */
export const CLAIM_THRESHOLD = 0.5;
/** Fewest content words (entities not counted) a claim needs to be matched with others. */
export const MIN_WORDS = 3;
const HASHES = 64;
const BANDS = 16; // 16 bands of 4 rows: pairs at Jaccard 0.5 become candidates with probability 0.64, at 0.6 with 0.88

/**
 * The signature of a claim: its content words (normalised, clitics and article stripped, function words and
 * reporting verbs dropped) and the entities it is about. `قال الوزير إن المفاوضات فشلت` and
 * `أكد الوزير أن المفاوضات قد فشلت` both give {وزير, مفاوضات, فشلت}.
 */
export function claimSignature(text: string, entities: number[]): Set<string> {
  const words = new Set<string>();
  for (const w of normalizedWords(text)) {
    const stem = clitics(w)[3];
    if (stem.length < 3 || STOPWORDS_AR.has(stem) || STOPWORDS_AR.has(w) || /^\d+$/.test(stem)) continue;
    words.add(stem);
  }
  for (const e of entities) words.add(`#${e}`);
  return words;
}

/** Jaccard similarity of two sorted sets of hashes, by merging. */
function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter || 1);
}

/** What a tracking pass found. */
export interface TrackingResult {
  claims: number;
  trackedClaims: number;
  /** Tracked claims made of claims from two or more articles. */
  acrossArticles: number;
  /** ... from two or more independent sources (near-duplicate copies count once). */
  acrossSources: number;
}

/**
 * Groups article claims that say the same thing into tracked claims. Candidates come from MinHash/LSH over
 * claim signatures (near-linear: no pair of all claims is compared), then the exact Jaccard must reach the
 * threshold, and two claims that both name entities must share one. Groups are the connected components.
 * The store replaces its tracked claims with the result in one transaction.
 */
export async function trackClaims(store: Store, options: { threshold?: number } = {}): Promise<TrackingResult> {
  const threshold = options.threshold ?? CLAIM_THRESHOLD;
  // Compact per-claim data: sorted word hashes and entity ids for the exact check, a MinHash for LSH.
  // The claim texts are not kept: at 100k claims, Sets of strings and one map of all bands cost gigabytes.
  const records: Array<Pick<ClaimRecord, 'claimId' | 'articleId' | 'duplicateGroup'>> = [];
  const words: Uint32Array[] = [];
  const ents: number[][] = [];
  const hashes: Array<Uint32Array | null> = [];
  for (let afterId = 0; ;) {
    const page = await store.listClaimRecords({ afterId, limit: 5000 });
    if (page.length === 0) break;
    for (const r of page) {
      records.push({ claimId: r.claimId, articleId: r.articleId, duplicateGroup: r.duplicateGroup });
      const sig = claimSignature(r.text, r.entities);
      const w = Uint32Array.from([...sig].map(hashString)).sort();
      words.push(w);
      ents.push([...r.entities].sort((a, b) => a - b));
      // Two content words are a name or a phrase (`نيويورك تايمز`, `التعاون التام`), not a statement one can
      // match; entities do not count: `الشرق الأوسط` + its entity is a name, not a claim.
      hashes.push(sig.size - new Set(r.entities).size >= MIN_WORDS ? minhash(w, HASHES) : null);
    }
    afterId = page[page.length - 1]!.claimId;
  }
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const sharesEntity = (a: number[], b: number[]) => a.length === 0 || b.length === 0 || a.some((e) => b.includes(e));
  const rows = HASHES / BANDS;
  // One band at a time: only that band's buckets are in memory.
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    hashes.forEach((h, i) => {
      if (!h) return;
      const key = bandKeys(h.subarray(band * rows, (band + 1) * rows), 1)[0]!;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    });
    for (const list of buckets.values()) {
      if (list.length < 2) continue;
      // A huge bucket is a signature shared by boilerplate claims: compare each to the first few only.
      const cap = Math.min(list.length, 200);
      for (let x = 0; x < cap; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x]!;
          const j = list[y]!;
          if (find(i) === find(j) || !sharesEntity(ents[i]!, ents[j]!)) continue;
          if (sortedJaccard(words[i]!, words[j]!) >= threshold) parent[find(j)] = find(i);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  records.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r.claimId);
    else groups.set(root, [r.claimId]);
  });
  await store.replaceTrackedClaims([...groups.values()]);
  const byId = new Map(records.map((r) => [r.claimId, r]));
  let across = 0;
  let acrossSources = 0;
  for (const g of groups.values()) {
    const rs = g.map((id) => byId.get(id)!);
    if (new Set(rs.map((r) => r.articleId)).size > 1) across++;
    if (new Set(rs.map((r) => r.duplicateGroup ?? -r.articleId)).size > 1) acrossSources++;
  }
  return { claims: records.length, trackedClaims: groups.size, acrossArticles: across, acrossSources };
}
