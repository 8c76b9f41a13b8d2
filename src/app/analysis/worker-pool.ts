import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { AnalysisOutcome, AnalysisTask, Analyzer } from './types.js';

interface Chunk {
  id: number;
  tasks: AnalysisTask[];
  resolve: (o: AnalysisOutcome[]) => void;
}

interface Slot {
  worker: Worker;
  busy: Chunk | null;
  /** Deaths since the last answer: a worker that cannot even start is not respawned forever. */
  crashes: number;
}

/** Consecutive deaths of one worker after which the pool gives up and fails what is queued. */
const MAX_CRASHES = 3;

/** Tasks sent to a worker at once: large enough to amortise messaging, small enough to balance the load. */
const CHUNK = 8;

/**
 * Starts the analysis worker. From built JavaScript it is `analysis-worker.js` next to this file; from the
 * TypeScript sources (tests, `tsx`), the worker loads the `.ts` module through tsx's API, since a worker's
 * `execArgv: ['--import', 'tsx']` is not honoured by Node 20 for `.ts` entry points.
 */
function spawn(): Worker {
  const self = import.meta.url;
  // Under tsx the URL may carry a query (`worker-pool.ts?tsx-namespace=...`): look at the path only.
  if (new URL(self).pathname.endsWith('.ts')) {
    const entry = new URL('./analysis-worker.ts', self).href;
    let api = 'tsx/esm/api';
    try {
      api = pathToFileURL(createRequire(self).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    } catch {
      // fall back to resolving from the working directory
    }
    const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
    return new Worker(code, { eval: true, resourceLimits: LIMITS });
  }
  return new Worker(new URL('./analysis-worker.js', self), { resourceLimits: LIMITS });
}

/**
 * A heap bound per worker: V8 lets a busy heap grow far past what it holds (one thread analysing the Saudi corpus
 * keeps ~225 MB live but reaches over 1 GB of RSS), so a pool on a small machine is bounded here, at the price of
 * more frequent collections. A worker that still runs out dies and is replaced, and its articles are reported.
 */
const LIMITS = { maxOldGenerationSizeMb: 512 };

/**
 * An analyser on worker threads, one per core by default. Chunks of tasks go to idle workers; a worker
 * that dies fails its chunk (each task with the reason) and is replaced, so one bad article cannot stop
 * an ingest.
 * @param size Number of workers (default: the cores available).
 */
export function workerPoolAnalyzer(size = availableParallelism()): Analyzer {
  const n = Math.max(1, size);
  const queue: Chunk[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const start = (slot: Slot): void => {
    slot.worker.on('message', (msg: { id: number; outcomes: AnalysisOutcome[] }) => {
      const chunk = slot.busy;
      slot.busy = null;
      slot.crashes = 0;
      if (chunk && chunk.id === msg.id) chunk.resolve(msg.outcomes);
      pump();
    });
    let dead = false;
    const die = (reason: string) => {
      if (dead) return;
      dead = true;
      const failAll = (c: Chunk) => c.resolve(c.tasks.map((t) => ({ ok: false, articleId: t.articleId, contentHash: t.contentHash, reason, transient: true })));
      const chunk = slot.busy;
      slot.busy = null;
      if (chunk) failAll(chunk);
      if (closed) return;
      if (++slot.crashes >= MAX_CRASHES) {
        // This worker cannot run: fail the queue rather than respawn in a loop.
        void slot.worker.terminate();
        slots.splice(slots.indexOf(slot), 1);
        if (slots.length === 0) queue.splice(0).forEach(failAll);
        return;
      }
      void slot.worker.terminate();
      slot.worker = spawn();
      start(slot);
      pump();
    };
    slot.worker.on('error', (e) => die(`analysis worker crashed: ${e.message}`));
    slot.worker.on('exit', (code) => {
      if (!closed && code !== 0) die(`analysis worker exited with code ${code}`);
    });
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const chunk = queue.shift()!;
      slot.busy = chunk;
      slot.worker.postMessage({ id: chunk.id, tasks: chunk.tasks });
    }
  };

  for (let i = 0; i < n; i++) {
    const slot: Slot = { worker: spawn(), busy: null, crashes: 0 };
    slots.push(slot);
    start(slot);
  }

  return {
    concurrency: n,
    async analyze(tasks: AnalysisTask[]): Promise<AnalysisOutcome[]> {
      if (closed) throw new Error('the analysis pool is closed');
      if (slots.length === 0) return tasks.map((t) => ({ ok: false, articleId: t.articleId, contentHash: t.contentHash, reason: 'no analysis worker could start', transient: true }));
      const parts: Array<Promise<AnalysisOutcome[]>> = [];
      for (let i = 0; i < tasks.length; i += CHUNK) {
        const slice = tasks.slice(i, i + CHUNK);
        parts.push(new Promise((resolve) => queue.push({ id: nextId++, tasks: slice, resolve })));
      }
      pump();
      return (await Promise.all(parts)).flat();
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
