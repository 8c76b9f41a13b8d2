import type { Analyzer, AnalysisTask } from '../app/index.js';
import type { AnalysisJob, AnalysisRecord, Store } from '../store/index.js';
import { toJobError, type JobError, type Queue, type QueueJob } from '../queue/index.js';

/**
 * A failure that retrying cannot fix (the article is gone, the job names other content): the job goes to
 * the dead-letter state at once (BullMQ's `UnrecoverableError`).
 */
export class UnrecoverableError extends Error {
  readonly code = 'ISNAD_UNRECOVERABLE';
  constructor(message: string) {
    super(message);
    this.name = 'UnrecoverableError';
  }
}

/** What the worker reports as it goes (for logs and progress). */
export type WorkerEvent =
  | { type: 'done'; articleIds: number[] }
  | { type: 'retry'; articleId: number; retryCount: number; error: JobError }
  | { type: 'dead'; articleId: number; retryCount: number; error: JobError }
  | { type: 'error'; error: JobError };

/** Options of `runWorker`. */
export interface WorkerOptions {
  store: Store;
  queue: Queue<AnalysisJob>;
  analyzer: Analyzer;
  /** The version analyses are stored under (`PIPELINE_VERSION`). */
  pipelineVersion: string;
  /** Batches in flight at once (default: the analyser's concurrency). */
  concurrency?: number;
  /** Jobs fetched at once per slot (default 4): one fetch, one transaction and one completion per batch. */
  batchSize?: number;
  /** Wait between fetches when the queue is empty (default 1000 ms). */
  pollIntervalMs?: number;
  /** Stop once nothing is queued or active (default false: run until `signal` aborts). */
  exitWhenIdle?: boolean;
  /** Aborting stops fetching; batches in hand are finished first. */
  signal?: AbortSignal;
  onEvent?: (event: WorkerEvent) => void;
}

/** What a worker did. */
export interface WorkerReport {
  done: number;
  retried: number;
  dead: number;
}

/** A failed analysis outcome that comes from bad input options, which no retry changes. */
const PERMANENT_OUTCOME = /^InvalidOptionsError\b/;

/**
 * The worker loop: takes `{articleId, contentHash}` jobs from the queue, loads each raw article from the
 * store, analyses it and stores the analysis tagged with the pipeline version, then completes the jobs.
 * A failure is retried with the queue's backoff; on the last attempt (or an `UnrecoverableError`) the job
 * is dead-lettered with its error and the failure is recorded in the store, so `reanalyze` skips it.
 *
 * Delivery is at least once (a worker killed mid-batch leaves its jobs active until they expire, then
 * another worker takes them), and storing is idempotent per (article, pipeline version), so every
 * article ends with exactly one analysis row.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { store, queue, analyzer, pipelineVersion } = options;
  const slots = Math.max(1, options.concurrency ?? analyzer.concurrency);
  const batchSize = Math.max(1, options.batchSize ?? 4);
  const poll = options.pollIntervalMs ?? 1000;
  const emit = options.onEvent ?? (() => {});
  const report: WorkerReport = { done: 0, retried: 0, dead: 0 };
  let busy = 0;
  let idle = false;

  const failJob = async (job: QueueJob<AnalysisJob>, e: unknown, final = e instanceof UnrecoverableError): Promise<void> => {
    const error = toJobError(e);
    const state = await queue.fail(job.id, error, { final });
    if (state === 'dead') {
      report.dead++;
      emit({ type: 'dead', articleId: job.data.articleId, retryCount: job.retryCount, error });
      // Keep the failure beside the article too; an article that no longer exists has nowhere to keep it.
      await store.saveAnalysisFailures([{ articleId: job.data.articleId, contentHash: job.data.contentHash, pipelineVersion, reason: error.message }]).catch(() => {});
    } else if (state === 'retrying') {
      report.retried++;
      emit({ type: 'retry', articleId: job.data.articleId, retryCount: job.retryCount, error });
    }
  };

  const processBatch = async (jobs: Array<QueueJob<AnalysisJob>>): Promise<void> => {
    const tasks: Array<{ job: QueueJob<AnalysisJob>; task: AnalysisTask }> = [];
    for (const job of jobs) {
      const { articleId, contentHash } = job.data;
      try {
        const article = await store.getArticle(articleId);
        if (!article) throw new UnrecoverableError(`no article ${articleId} in the store`);
        if (article.contentHash !== contentHash) throw new UnrecoverableError(`article ${articleId} has other content than the job (hash ${contentHash.slice(0, 12)}…)`);
        tasks.push({ job, task: { articleId, contentHash, text: article.text, title: article.title, published: article.published } });
      } catch (e) {
        await failJob(job, e);
      }
    }
    if (tasks.length === 0) return;
    const outcomes = await analyzer.analyze(tasks.map((t) => t.task));
    const saved: Array<{ job: QueueJob<AnalysisJob>; record: AnalysisRecord }> = [];
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[i]!;
      const { job } = tasks[i]!;
      if (o.ok) saved.push({ job, record: { articleId: o.articleId, contentHash: o.contentHash, analysis: o.analysis } });
      else await failJob(job, new Error(`analysis failed: ${o.reason}`), PERMANENT_OUTCOME.test(o.reason));
    }
    if (saved.length === 0) return;
    try {
      await store.saveAnalyses(saved.map((s) => s.record));
    } catch (e) {
      if (saved.length === 1) {
        await failJob(saved[0]!.job, e);
        return;
      }
      // One bad record fails the whole transaction: store them one by one to find it.
      const ok: typeof saved = [];
      for (const s of saved) {
        try {
          await store.saveAnalyses([s.record]);
          ok.push(s);
        } catch (e1) {
          await failJob(s.job, e1);
        }
      }
      saved.splice(0, saved.length, ...ok);
    }
    if (saved.length === 0) return;
    // If the worker dies here, the analyses are stored and the jobs expire and run again: idempotent.
    await queue.complete(saved.map((s) => s.job.id));
    report.done += saved.length;
    emit({ type: 'done', articleIds: saved.map((s) => s.job.data.articleId) });
  };

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      options.signal?.removeEventListener('abort', done);
      resolve();
    }
    options.signal?.addEventListener('abort', done, { once: true });
  });

  const slot = async (): Promise<void> => {
    while (!options.signal?.aborted && !idle) {
      let jobs: Array<QueueJob<AnalysisJob>> = [];
      try {
        jobs = await queue.fetch(batchSize);
      } catch (e) {
        emit({ type: 'error', error: toJobError(e) });
      }
      if (jobs.length === 0) {
        if (options.exitWhenIdle && busy === 0) {
          try {
            const c = await queue.counts();
            if (c.queued === 0 && c.active === 0) {
              idle = true;
              break;
            }
          } catch (e) {
            emit({ type: 'error', error: toJobError(e) });
          }
        }
        await sleep(poll);
        continue;
      }
      busy++;
      try {
        await processBatch(jobs);
      } catch (e) {
        // The store or the queue failed outside a job's handling (a lost connection while failing a job):
        // the batch's jobs stay active and expire into a retry; wait a moment before fetching again.
        emit({ type: 'error', error: toJobError(e) });
        await sleep(poll);
      } finally {
        busy--;
      }
    }
  };

  await Promise.all(Array.from({ length: slots }, slot));
  return report;
}
