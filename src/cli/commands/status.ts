import type { Command } from 'commander';
import { PIPELINE_VERSION } from '../../core/index.js';
import { databaseLocation, type StoreStats } from '../../store/index.js';
import { PostgresStore } from '../../store/postgres/index.js';
import type { DeadJob, QueueCounts } from '../../queue/index.js';
import type { AnalysisJob } from '../../store/index.js';
import { isPostgresUrl, openStore } from '../../app/open-store.js';
import { openAnalysisQueue } from '../../app/enqueue.js';

interface StatusFlags {
  db?: string;
  json?: boolean;
}

/** What `isnad status --json` prints. */
export interface StatusReport {
  store: string;
  pipelineVersion: string;
  articles: StoreStats;
  /** Analyses per pipeline version (PostgreSQL). */
  versions?: Array<{ pipelineVersion: string; ok: number; failed: number }>;
  /** The job queue (PostgreSQL): queued, active, done, failed for good, and throughput. */
  queue?: QueueCounts & { location: string; perSecond: number; recentFailures: Array<{ articleId: number; error: string; retryCount: number; failedAt: string }> };
}

/** `isnad status`: what the database holds and what the queue is doing. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show the articles stored and analysed, and the queue: queued, active, done, failed, throughput')
    .option('--db <url>', 'database (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--json', 'print the status as one JSON object')
    .action(async (flags: StatusFlags) => {
      const location = databaseLocation(flags.db);
      const store = await openStore(location);
      try {
        const report: StatusReport = { store: store.location, pipelineVersion: PIPELINE_VERSION, articles: await store.stats() };
        if (store instanceof PostgresStore) report.versions = await store.analysisVersions();
        if (isPostgresUrl(location)) {
          // Status only reads: this process neither runs maintenance nor changes the queue's settings.
          const queue = await openAnalysisQueue(location, { supervise: false, poolSize: 1 });
          try {
            const counts = await queue.counts();
            const dead: Array<DeadJob<AnalysisJob>> = await queue.deadJobs(5);
            report.queue = {
              location: queue.location, ...counts, perSecond: counts.doneLastMinute / 60,
              recentFailures: dead.map((d) => ({ articleId: d.data.articleId, error: d.error.message, retryCount: d.retryCount, failedAt: d.failedAt.toISOString() })),
            };
          } finally {
            await queue.close();
          }
        }
        if (flags.json) {
          process.stdout.write(JSON.stringify(report) + '\n');
          return;
        }
        const a = report.articles;
        const out: string[] = [
          report.store,
          `articles   ${a.articles} (${a.latestArticles} latest versions), ${a.ingestFailures} input items failed`,
          `analysed   ${a.analysed}, analysis failures ${a.analysisFailures} (pipeline ${PIPELINE_VERSION})`,
        ];
        for (const v of report.versions ?? []) out.push(`  version ${v.pipelineVersion}: ${v.ok} analysed, ${v.failed} failed${v.pipelineVersion === PIPELINE_VERSION ? ' (current)' : ' (older: isnad reanalyze)'}`);
        out.push(`duplicates ${a.duplicateGroups} groups of near-copies (${a.articlesInDuplicateGroups} articles)`);
        out.push(`claims     ${a.trackedClaims} tracked (${a.trackedClaimsAcrossArticles} across articles)`);
        const q = report.queue;
        if (q) {
          out.push(`queue      ${q.location}`);
          out.push(`  queued ${q.queued} (retrying ${q.retrying}), active ${q.active}, done ${q.done}, failed ${q.dead}`);
          out.push(`  throughput ${q.perSecond.toFixed(1)} articles/s over the last minute (${q.doneLastMinute} done)`);
          for (const f of q.recentFailures) out.push(`  failed: article ${f.articleId} after ${f.retryCount + 1} attempts at ${f.failedAt}: ${f.error}`);
        } else {
          out.push('queue      none (a SQLite file: ingest analyses in process; set ISNAD_DATABASE_URL=postgres://... for workers)');
        }
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
