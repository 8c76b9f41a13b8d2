import { describe, expect, it } from 'vitest';
import type { Queue, QueueSettings } from '../../src/queue/index.js';

/** The payload the contract sends. */
export interface ContractJob {
  articleId: number;
  contentHash: string;
}

/** Makes a fresh, empty queue with these settings (a new schema per call for PostgreSQL). */
export type MakeQueue = (settings: QueueSettings) => Promise<Queue<ContractJob>>;

const FAST: QueueSettings = { retryLimit: 2, retryDelay: 0, retryBackoff: false, expireInSeconds: 60 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const job = (n: number) => ({ data: { articleId: n, contentHash: `h${n}` }, key: `${n}:h${n}` });

/**
 * The executable spec of `Queue`: run against every adapter (in-process and pg-boss), like BullMQ's
 * conformance suite. Each case opens its own queue and closes it.
 */
export function queueContract(label: string, makeQueue: MakeQueue): void {
  const withQueue = (settings: QueueSettings, body: (q: Queue<ContractJob>) => Promise<void>) => async () => {
    const q = await makeQueue(settings);
    try {
      await body(q);
    } finally {
      await q.close();
    }
  };

  describe(`queue contract: ${label}`, () => {
    it('enqueues, and ignores a key it already holds', withQueue(FAST, async (q) => {
      expect(await q.send([job(1), job(2), job(1)])).toBe(2);
      expect(await q.send([job(2), job(3)])).toBe(1);
      expect(await q.counts()).toMatchObject({ queued: 3, active: 0, done: 0, dead: 0 });
    }));

    it('hands out jobs of earlier sends first, with their payload, and makes them active', withQueue(FAST, async (q) => {
      // Within one send the order is unspecified (pg-boss orders by creation time, then random id).
      await q.send([job(2), job(1)]);
      await q.send([job(3)]);
      const got = await q.fetch(2);
      got.sort((a, b) => a.data.articleId - b.data.articleId);
      expect(got.map((j) => j.data)).toEqual([{ articleId: 1, contentHash: 'h1' }, { articleId: 2, contentHash: 'h2' }]);
      expect(got.map((j) => [j.retryCount, j.retryLimit])).toEqual([[0, 2], [0, 2]]);
      expect(await q.counts()).toMatchObject({ queued: 1, active: 2 });
    }));

    it('never gives one job to two concurrent fetchers', withQueue(FAST, async (q) => {
      await q.send(Array.from({ length: 20 }, (_, i) => job(i + 1)));
      const batches = await Promise.all(Array.from({ length: 6 }, () => q.fetch(4)));
      const ids = batches.flat().map((j) => j.data.articleId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(20);
      expect(await q.fetch(4)).toEqual([]);
    }));

    it('completes jobs, and ignores ids that are not active', withQueue(FAST, async (q) => {
      await q.send([job(1), job(2)]);
      const got = await q.fetch(2);
      await q.complete(got.map((j) => j.id));
      await q.complete(got.map((j) => j.id));
      const c = await q.counts();
      expect(c).toMatchObject({ queued: 0, active: 0, done: 2, dead: 0 });
      expect(c.doneLastMinute).toBe(2);
      expect(await q.fail(got[0]!.id, { message: 'late' })).toBe('unknown');
    }));

    it('retries a failed job, then makes it dead with its error once the retries are spent', withQueue(FAST, async (q) => {
      await q.send([job(7)]);
      const outcomes: string[] = [];
      const counts: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const [j] = await q.fetch(1);
        expect(j, `delivery ${attempt + 1}`).toBeDefined();
        counts.push(j!.retryCount);
        outcomes.push(await q.fail(j!.id, { message: `boom ${attempt}`, code: 'E_TEST' }));
      }
      expect(counts).toEqual([0, 1, 2]);
      expect(outcomes).toEqual(['retrying', 'retrying', 'dead']);
      expect(await q.fetch(1)).toEqual([]);
      expect(await q.counts()).toMatchObject({ queued: 0, active: 0, dead: 1 });
      const [dead] = await q.deadJobs();
      expect(dead?.data).toEqual({ articleId: 7, contentHash: 'h7' });
      expect(dead?.error).toMatchObject({ message: 'boom 2', code: 'E_TEST' });
      expect(dead?.retryCount).toBe(2);
    }));

    it('makes a job dead at once when the failure is final', withQueue(FAST, async (q) => {
      await q.send([job(1), job(2)]);
      const [a] = await q.fetch(1);
      expect(await q.fail(a!.id, { message: 'unrecoverable' }, { final: true })).toBe('dead');
      const [b] = await q.fetch(1);
      expect(b?.data.articleId).toBe(2);
      expect((await q.deadJobs()).map((d) => [d.data.articleId, d.error.message, d.retryCount])).toEqual([[1, 'unrecoverable', 0]]);
    }));

    it('waits out the retry delay before handing a failed job out again', withQueue({ ...FAST, retryDelay: 30 }, async (q) => {
      await q.send([job(1)]);
      const [a] = await q.fetch(1);
      expect(await q.fail(a!.id, { message: 'transient' })).toBe('retrying');
      expect(await q.fetch(1)).toEqual([]);
      expect(await q.counts()).toMatchObject({ queued: 1, retrying: 1, active: 0 });
    }));

    it('gives a job whose worker vanished to another worker once it expires', withQueue({ ...FAST, expireInSeconds: 1 }, async (q) => {
      await q.send([job(1)]);
      const [a] = await q.fetch(1);
      expect(a).toBeDefined();
      // The worker "dies": it never completes. After the expiry the job counts as failed and is retried.
      await sleep(2100);
      await q.expire();
      const [b] = await q.fetch(1);
      expect(b?.data.articleId).toBe(1);
      expect(b?.retryCount).toBe(1);
      await q.complete([b!.id]);
      // The dead worker's late completion of the old delivery changes nothing.
      await q.complete([a!.id]);
      expect(await q.counts()).toMatchObject({ queued: 0, active: 0, done: 1, dead: 0 });
    }));
  });
}
