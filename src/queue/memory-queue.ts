import { DEFAULT_QUEUE_SETTINGS, type DeadJob, type JobError, type NewJob, type Queue, type QueueCounts, type QueueJob, type QueueSettings } from './types.js';

interface Entry<T> {
  id: string;
  key: string | null;
  data: T;
  state: 'queued' | 'retrying' | 'active' | 'done' | 'dead';
  retryCount: number;
  /** Not fetched before this time (ms). */
  startAfter: number;
  startedAt: number;
  finishedAt: number;
  /** Whether it was ever started: the next fetch of a started job counts a retry. */
  started: boolean;
  error: JobError | null;
}

/** Options of the in-process queue. */
export interface MemoryQueueOptions extends Partial<QueueSettings> {
  /** A name for messages. */
  name?: string;
  /** The clock (ms since the epoch); tests pass a fake one. */
  now?: () => number;
}

/**
 * An in-process queue with the semantics of the pg-boss adapter (states, retries with backoff, expiry,
 * dead letters): for a single process (the SQLite setup, tests). Nothing survives the process.
 *
 * @example
 * const q = createMemoryQueue<{ articleId: number }>({ retryLimit: 1, retryDelay: 0 });
 * await q.send([{ data: { articleId: 1 }, key: '1' }]);
 * const [job] = await q.fetch(1); // active
 * await q.complete([job!.id]);
 */
export function createMemoryQueue<T>(options: MemoryQueueOptions = {}): Queue<T> {
  const settings: QueueSettings = {
    retryLimit: options.retryLimit ?? DEFAULT_QUEUE_SETTINGS.retryLimit,
    retryDelay: options.retryDelay ?? DEFAULT_QUEUE_SETTINGS.retryDelay,
    retryBackoff: options.retryBackoff ?? DEFAULT_QUEUE_SETTINGS.retryBackoff,
    expireInSeconds: options.expireInSeconds ?? DEFAULT_QUEUE_SETTINGS.expireInSeconds,
  };
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<T>>();
  const keys = new Set<string>();
  let nextId = 1;

  const fail = (entry: Entry<T>, error: JobError, final: boolean): 'retrying' | 'dead' => {
    if (!final && entry.retryCount < settings.retryLimit) {
      entry.state = 'retrying';
      entry.error = error;
      entry.startAfter = now() + retryDelayMs(settings, entry.retryCount);
      return 'retrying';
    }
    entry.state = 'dead';
    entry.error = error;
    entry.finishedAt = now();
    return 'dead';
  };

  const expire = (): void => {
    const t = now();
    for (const entry of entries.values()) {
      if (entry.state === 'active' && t - entry.startedAt > settings.expireInSeconds * 1000) {
        fail(entry, { message: 'job failed by timeout in active state' }, false);
      }
    }
  };

  return {
    location: `memory:${options.name ?? 'queue'}`,
    settings,
    async send(jobs: Array<NewJob<T>>): Promise<number> {
      let added = 0;
      for (const job of jobs) {
        if (job.key !== undefined) {
          if (keys.has(job.key)) continue;
          keys.add(job.key);
        }
        const id = String(nextId++);
        entries.set(id, {
          id, key: job.key ?? null, data: structuredClone(job.data), state: 'queued', retryCount: 0,
          startAfter: 0, startedAt: 0, finishedAt: 0, started: false, error: null,
        });
        added++;
      }
      return added;
    },
    async fetch(limit: number): Promise<Array<QueueJob<T>>> {
      const t = now();
      const out: Array<QueueJob<T>> = [];
      // Map iteration follows insertion order: oldest first, like pg-boss's `ORDER BY created_on`.
      for (const entry of entries.values()) {
        if (out.length >= limit) break;
        if ((entry.state !== 'queued' && entry.state !== 'retrying') || entry.startAfter > t) continue;
        if (entry.started) entry.retryCount++;
        entry.started = true;
        entry.state = 'active';
        entry.startedAt = t;
        out.push({ id: entry.id, data: structuredClone(entry.data), retryCount: entry.retryCount, retryLimit: settings.retryLimit });
      }
      return out;
    },
    async complete(ids: string[]): Promise<void> {
      for (const id of ids) {
        const entry = entries.get(id);
        if (entry?.state !== 'active') continue;
        entry.state = 'done';
        entry.finishedAt = now();
      }
    },
    async fail(id: string, error: JobError, opts: { final?: boolean } = {}): Promise<'retrying' | 'dead' | 'unknown'> {
      const entry = entries.get(id);
      if (entry?.state !== 'active') return 'unknown';
      return fail(entry, error, opts.final === true);
    },
    async expire(): Promise<void> {
      expire();
    },
    async counts(): Promise<QueueCounts> {
      const c: QueueCounts = { queued: 0, retrying: 0, active: 0, done: 0, dead: 0, doneLastMinute: 0 };
      const t = now();
      for (const entry of entries.values()) {
        if (entry.state === 'queued') c.queued++;
        else if (entry.state === 'retrying') { c.queued++; c.retrying++; }
        else if (entry.state === 'active') c.active++;
        else if (entry.state === 'done') { c.done++; if (t - entry.finishedAt <= 60_000) c.doneLastMinute++; }
        else c.dead++;
      }
      return c;
    },
    async deadJobs(limit = 100): Promise<Array<DeadJob<T>>> {
      return [...entries.values()]
        .filter((e) => e.state === 'dead')
        .sort((a, b) => b.finishedAt - a.finishedAt || Number(b.id) - Number(a.id))
        .slice(0, limit)
        .map((e) => ({ id: e.id, data: structuredClone(e.data), error: e.error ?? { message: 'unknown' }, retryCount: e.retryCount, failedAt: new Date(e.finishedAt) }));
    },
    async close(): Promise<void> {},
  };
}

/**
 * The delay before retry number `retryCount + 1`, as pg-boss computes it: fixed, or with backoff
 * `delay * 2^(n+1) / 2 * (1 + random)` (5 s -> 5-10 s, 10-20 s, 20-40 s...), capped at 2^16 steps.
 */
export function retryDelayMs(settings: Pick<QueueSettings, 'retryDelay' | 'retryBackoff'>, retryCount: number): number {
  if (!settings.retryBackoff) return settings.retryDelay * 1000;
  const base = Math.max(settings.retryDelay, 1) * 2 ** Math.min(16, retryCount + 1) / 2;
  return Math.round((base + base * Math.random()) * 1000);
}
