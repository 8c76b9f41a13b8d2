import type { AnalysisJob, Store } from '../store/index.js';
import { parsePostgresUrl } from '../store/postgres/index.js';
import { openPgBossQueue, type Queue, type QueueSettings } from '../queue/index.js';
import { isPostgresUrl } from './open-store.js';

/** The name of the analysis queue in pg-boss. */
export const ANALYSIS_QUEUE = 'isnad-analyze';

/** Options of `openAnalysisQueue`. */
export interface AnalysisQueueOptions extends Partial<QueueSettings> {
  /** Whether this process runs pg-boss maintenance (expiry of dead workers' jobs; default true). */
  supervise?: boolean;
  /** Seconds between maintenance runs (default 60). */
  maintenanceIntervalSeconds?: number;
  poolSize?: number;
}

/**
 * Opens the analysis queue of a PostgreSQL database: pg-boss's tables live in the schema `<store schema>_queue`
 * (`isnad_queue` by default), so one `ISNAD_DATABASE_URL` names both the store and its queue.
 * @throws {TypeError} when the location is not a `postgres://` URL: a SQLite file has no shared queue.
 */
export async function openAnalysisQueue(location: string, options: AnalysisQueueOptions = {}): Promise<Queue<AnalysisJob>> {
  if (!isPostgresUrl(location)) {
    throw new TypeError('the job queue needs PostgreSQL: set ISNAD_DATABASE_URL (or --db) to a postgres:// URL');
  }
  const { connectionString, schema } = parsePostgresUrl(location);
  return openPgBossQueue<AnalysisJob>({ url: connectionString, schema: `${schema}_queue`, name: ANALYSIS_QUEUE, ...options });
}

/**
 * The deduplication key of an analysis job: one job per article text and pipeline version, so enqueueing
 * the same article twice (a re-run of ingest, reanalyze run twice) queues it once.
 */
export function analysisJobKey(job: AnalysisJob, pipelineVersion: string): string {
  return `${job.articleId}:${job.contentHash}:${pipelineVersion}`;
}

/**
 * Enqueues analysis jobs `{articleId, contentHash}` (never the text: the worker reads it from the store).
 * This is what `isnad ingest --queue` calls after storing each batch of raw articles.
 * @returns how many jobs were new.
 */
export async function enqueueAnalyses(queue: Queue<AnalysisJob>, jobs: AnalysisJob[], pipelineVersion: string): Promise<number> {
  return queue.send(jobs.map((j) => ({ data: { articleId: j.articleId, contentHash: j.contentHash }, key: analysisJobKey(j, pipelineVersion) })));
}

/** What `enqueuePending` did. */
export interface EnqueueReport {
  /** Articles without an analysis (or failure) for the pipeline version. */
  pending: number;
  /** Jobs newly queued (the others were queued already). */
  enqueued: number;
}

/**
 * Enqueues every article that has neither an analysis nor a recorded failure for `pipelineVersion`:
 * after a pipeline change (`isnad reanalyze`: the articles analysed by an older version), or what an
 * interrupted `ingest --queue` stored without enqueueing. Pages through the store by id.
 */
export async function enqueuePending(store: Store, queue: Queue<AnalysisJob>, pipelineVersion: string, options: { batch?: number; onProgress?: (r: EnqueueReport) => void } = {}): Promise<EnqueueReport> {
  const batch = options.batch ?? 1000;
  const report: EnqueueReport = { pending: 0, enqueued: 0 };
  let afterId = 0;
  for (;;) {
    const jobs = await store.listArticlesNeedingAnalysis(pipelineVersion, { afterId, limit: batch });
    if (jobs.length === 0) break;
    report.pending += jobs.length;
    report.enqueued += await enqueueAnalyses(queue, jobs, pipelineVersion);
    afterId = jobs[jobs.length - 1]!.articleId;
    options.onProgress?.({ ...report });
  }
  return report;
}
