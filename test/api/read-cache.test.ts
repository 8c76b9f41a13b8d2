import { describe, expect, it } from 'vitest';
import { withReadCache } from '../../src/api/read-cache.js';
import type { Store } from '../../src/store/index.js';

/** A store double that counts calls: only the methods the cases use. */
function countingStore() {
  const calls: string[] = [];
  let fail = false;
  const store = {
    location: 'memory',
    async getArticle(id: number) {
      calls.push(`getArticle ${id}`);
      if (fail) throw new Error('down');
      return { id };
    },
    async search() {
      calls.push('search');
      return [];
    },
    async saveAnalyses() {
      calls.push('saveAnalyses');
    },
  };
  return { store: store as unknown as Store, calls, setFail: (v: boolean) => (fail = v) };
}

describe('withReadCache', () => {
  it.each([
    ['a repeated read is served from memory', async (s: Store) => { await s.getArticle(1); await s.getArticle(1); }, ['getArticle 1']],
    ['different arguments are different entries', async (s: Store) => { await s.getArticle(1); await s.getArticle(2); }, ['getArticle 1', 'getArticle 2']],
    ['concurrent reads share one call', async (s: Store) => { await Promise.all([s.getArticle(1), s.getArticle(1)]); }, ['getArticle 1']],
    ['uncached reads pass through', async (s: Store) => { await s.search({ text: 'x' }); await s.search({ text: 'x' }); }, ['search', 'search']],
    ['a write empties the cache', async (s: Store) => { await s.getArticle(1); await s.saveAnalyses([]); await s.getArticle(1); }, ['getArticle 1', 'saveAnalyses', 'getArticle 1']],
  ] as const)('%s', async (_name, act, expected) => {
    const { store, calls } = countingStore();
    await act(withReadCache(store));
    expect(calls).toEqual(expected);
  });

  it('reads again once the entry is older than the TTL', async () => {
    const { store, calls } = countingStore();
    let t = 0;
    const cached = withReadCache(store, { ttlMs: 100, now: () => t });
    await cached.getArticle(1);
    t = 99;
    await cached.getArticle(1);
    t = 100;
    await cached.getArticle(1);
    expect(calls).toEqual(['getArticle 1', 'getArticle 1']);
  });

  it('does not remember a failed read', async () => {
    const { store, calls, setFail } = countingStore();
    const cached = withReadCache(store);
    setFail(true);
    await expect(cached.getArticle(1)).rejects.toThrow('down');
    setFail(false);
    expect(await cached.getArticle(1)).toEqual({ id: 1 });
    expect(calls).toEqual(['getArticle 1', 'getArticle 1']);
  });
});
