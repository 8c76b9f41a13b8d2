import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { PIPELINE_VERSION } from '../../core/index.js';
import { databaseLocation, type AnalysisJob } from '../../store/index.js';
import { createMemoryQueue, type Queue } from '../../queue/index.js';
import { inProcessAnalyzer, trackClaims, workerPoolAnalyzer } from '../../app/index.js';
import { isPostgresUrl, openStore } from '../../app/open-store.js';
import { enqueuePending, openAnalysisQueue } from '../../app/enqueue.js';
import { runWorker, type WorkerEvent } from '../../worker/index.js';

interface WorkerFlags {
  db?: string;
  concurrency?: number;
  batch?: number;
  exitWhenIdle?: boolean;
  trackClaims?: boolean;
  retryLimit?: number;
  retryDelay?: number;
  expire?: number;
  maintenance?: number;
  poll?: number;
  quiet?: boolean;
}

/** Commander parser for a whole number of at least `min`. */
export function wholeNumber(min: number) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < min) throw new InvalidArgumentError(`expected a whole number >= ${min}`);
    return Number(v);
  };
}

/**
 * `isnad worker [--concurrency N]`: analyses queued articles until stopped (SIGINT/SIGTERM finish the
 * batches in hand). On PostgreSQL any number of workers, on any machines, share the pg-boss queue; on a
 * SQLite file the worker analyses the articles that lack an analysis for this pipeline version, then exits.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('analyse queued articles (PostgreSQL: run as many as you like, anywhere; SQLite: the pending articles, then exit)')
    .option('--db <url>', 'database (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--concurrency <n>', 'articles analysed at once: analysis threads in this process (default 1)', wholeNumber(1))
    .option('--batch <n>', 'jobs taken per fetch (default 4)', wholeNumber(1))
    .option('--exit-when-idle', 'exit once nothing is queued or running')
    .option('--track-claims', 'with --exit-when-idle: rebuild the claims tracked across articles before exiting')
    .option('--retry-limit <n>', 'retries before a job is dead (when this worker creates the queue; default 3)', wholeNumber(0))
    .option('--retry-delay <s>', 'seconds before the first retry, doubled each time (when this worker creates the queue; default 5)', wholeNumber(0))
    .option('--expire <s>', 'seconds a job may run before it is presumed lost (when this worker creates the queue; default 300)', wholeNumber(1))
    .option('--maintenance <s>', 'seconds between checks for jobs of dead workers (default 60)', wholeNumber(1))
    .option('--poll <ms>', 'wait between fetches when the queue is empty (default 1000)', wholeNumber(10))
    .option('--quiet', 'no progress lines on stderr')
    .action(async (flags: WorkerFlags) => {
      const location = databaseLocation(flags.db);
      const store = await openStore(location);
      const concurrency = flags.concurrency ?? 1;
      const analyzer = concurrency > 1 ? workerPoolAnalyzer(concurrency) : inProcessAnalyzer();
      const postgres = isPostgresUrl(location);
      let queue: Queue<AnalysisJob> | null = null;
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const log = (line: string) => { if (!flags.quiet) process.stderr.write(`isnad worker: ${line}\n`); };
      try {
        if (postgres) {
          queue = await openAnalysisQueue(location, {
            ...(flags.retryLimit !== undefined ? { retryLimit: flags.retryLimit } : {}),
            ...(flags.retryDelay !== undefined ? { retryDelay: flags.retryDelay } : {}),
            ...(flags.expire !== undefined ? { expireInSeconds: flags.expire } : {}),
            ...(flags.maintenance !== undefined ? { maintenanceIntervalSeconds: flags.maintenance } : {}),
            poolSize: Math.min(10, concurrency + 2),
          });
        } else {
          // No shared queue on a SQLite file: queue what lacks an analysis in this process, and drain it.
          queue = createMemoryQueue<AnalysisJob>({ name: 'pending', retryLimit: flags.retryLimit ?? 2, retryDelay: flags.retryDelay ?? 1 });
          const r = await enqueuePending(store, queue, PIPELINE_VERSION);
          log(`${r.pending} articles to analyse in ${store.location}`);
        }
        log(`${store.location}, queue ${queue.location}, concurrency ${concurrency}, pipeline ${PIPELINE_VERSION}`);
        const started = Date.now();
        let lastLog = started;
        let done = 0;
        const onEvent = (e: WorkerEvent) => {
          if (e.type === 'done') {
            done += e.articleIds.length;
            const now = Date.now();
            if (now - lastLog >= 5000) {
              lastLog = now;
              log(`${done} analysed (${(done / ((now - started) / 1000)).toFixed(1)} articles/s)`);
            }
          } else if (e.type === 'retry') log(`article ${e.articleId}: attempt ${e.retryCount + 1} failed, will retry: ${e.error.message}`);
          else if (e.type === 'dead') log(`article ${e.articleId}: failed for good after ${e.retryCount + 1} attempts: ${e.error.message}`);
          else log(`error: ${e.error.message}`);
        };
        const report = await runWorker({
          store, queue, analyzer, pipelineVersion: PIPELINE_VERSION, concurrency, onEvent,
          exitWhenIdle: flags.exitWhenIdle === true || !postgres, signal: controller.signal,
          ...(flags.batch ? { batchSize: flags.batch } : {}), ...(flags.poll ? { pollIntervalMs: flags.poll } : {}),
        });
        const secs = (Date.now() - started) / 1000;
        log(`stopped: ${report.done} analysed, ${report.retried} retried, ${report.dead} failed for good (${secs.toFixed(1)} s)`);
        if (flags.trackClaims && report.done > 0) {
          const t = await trackClaims(store);
          log(`tracked claims ${t.trackedClaims} (${t.acrossArticles} across articles)`);
        }
        if (report.dead) process.exitCode = 1;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await analyzer.close();
        await queue?.close();
        await store.close();
      }
    });
}
