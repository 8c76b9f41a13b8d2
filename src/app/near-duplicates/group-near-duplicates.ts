import type { Store } from '../../store/index.js';
import { bandKeys, similarity } from './minhash.js';

/** Estimated Jaccard similarity of five-word shingles above which two texts are copies of one story. */
export const DUPLICATE_THRESHOLD = 0.5;

/** What a grouping pass did. */
export interface GroupingResult {
  /** Articles given a group in this pass. */
  processed: number;
  /** Articles that joined another article's group. */
  linked: number;
  merges: number;
}

/**
 * Links near-duplicates (syndicated copies of one wire story) into groups: every article with a fingerprint
 * and no group yet looks up the articles sharing an LSH band, keeps those whose estimated similarity reaches
 * the threshold, and joins their group (the smallest article id); two groups bridged by one article merge.
 * Idempotent and resumable: only ungrouped articles are read, in id order.
 */
export async function groupNearDuplicates(store: Store, options: { threshold?: number; batch?: number } = {}): Promise<GroupingResult> {
  const threshold = options.threshold ?? DUPLICATE_THRESHOLD;
  const result: GroupingResult = { processed: 0, linked: 0, merges: 0 };
  for (;;) {
    const pending = await store.listUngroupedArticles(options.batch ?? 500);
    if (pending.length === 0) return result;
    // Groups decided in this batch, and merges as a small union-find over group ids.
    const local = new Map<number, number>();
    const parent = new Map<number, number>();
    const find = (g: number): number => {
      let x = g;
      while (parent.has(x)) x = parent.get(x)!;
      return x;
    };
    const merges: Array<{ from: number; to: number }> = [];
    for (const p of pending) {
      const matches = await store.findBandMatches(p.articleId, bandKeys(p.signature));
      const groups = new Set<number>();
      for (const m of matches) {
        if (similarity(p.signature, m.signature) < threshold) continue;
        const g = local.get(m.articleId) ?? m.duplicateGroup;
        // An ungrouped match comes later in id order: it will find this article when its turn comes.
        if (g !== null && g !== undefined) groups.add(find(g));
      }
      const sorted = [...groups].sort((a, b) => a - b);
      const group = sorted[0] ?? p.articleId;
      for (const g of sorted.slice(1)) {
        parent.set(g, group);
        merges.push({ from: g, to: group });
      }
      if (sorted.length) result.linked++;
      local.set(p.articleId, group);
    }
    const assign = [...local].map(([articleId, g]) => ({ articleId, group: find(g) }));
    await store.setDuplicateGroups(assign, merges.map((m) => ({ from: m.from, to: find(m.to) })));
    result.processed += pending.length;
    result.merges += merges.length;
  }
}
