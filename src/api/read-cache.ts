import type { Store } from '../store/index.js';

/** Reads worth keeping: each board row reads a timeline, each timeline reads the analyses of its articles. */
const CACHED = new Set<string>(['getTrackedClaim', 'getAnalysis', 'getArticle', 'duplicatesOf']);
/** Reads that change nothing and are not cached. */
const PLAIN_READS = new Set<string>([
  'location', 'search', 'findEntities', 'statementsOf', 'listTrackedClaims', 'listClaimRecords', 'listArticlesNeedingAnalysis',
  'listUngroupedArticles', 'findBandMatches', 'listFingerprints', 'stats',
]);

/** Options of `withReadCache`. */
export interface ReadCacheOptions {
  /** How long an entry serves, in ms: bounds staleness when another process (`isnad ingest`) writes the same database. */
  ttlMs?: number;
  /** Entries kept per method (least recently added are dropped first). */
  maxEntries?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

/**
 * Wraps a store so that the reads the pages repeat (a claim's timeline, an article, its analysis) are served from
 * memory for a short time; concurrent requests for one item share one read. Any other method that is not a known
 * read (a write: `putArticles`, `saveAnalyses`, `replaceTrackedClaims`...) empties the cache first, so this server's
 * own writes are seen at once; writes by other processes are seen within `ttlMs`.
 *
 * Cached values are shared between requests: callers must not mutate them (the read models copy).
 */
export function withReadCache(store: Store, options: ReadCacheOptions = {}): Store & { clearCache(): void } {
  const ttl = options.ttlMs ?? 10_000;
  const max = options.maxEntries ?? 20_000;
  const now = options.now ?? Date.now;
  const caches = new Map<string, Map<string, { at: number; value: Promise<unknown> }>>();
  const clear = () => caches.clear();

  const memo = (name: string, fn: (...args: unknown[]) => Promise<unknown>) => (...args: unknown[]) => {
    const key = JSON.stringify(args);
    let cache = caches.get(name);
    if (!cache) caches.set(name, (cache = new Map()));
    const hit = cache.get(key);
    if (hit && now() - hit.at < ttl) return hit.value;
    const value = fn(...args);
    const entry = { at: now(), value };
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    // A failed read is not remembered.
    value.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    return value;
  };

  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'clearCache') return clear;
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      const fn = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
      if (CACHED.has(prop)) return memo(prop, fn);
      if (PLAIN_READS.has(prop)) return fn;
      // A write: forget before (no read of the old state is handed out) and after (none cached while it ran).
      return (...args: unknown[]) => {
        clear();
        return fn(...args).finally(clear);
      };
    },
  }) as Store & { clearCache(): void };
}
