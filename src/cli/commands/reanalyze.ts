import type { Command } from 'commander';
import { PIPELINE_VERSION } from '../../core/index.js';
import { databaseLocation } from '../../store/index.js';
import { analysePending, workerPoolAnalyzer, inProcessAnalyzer, type IngestReport } from '../../app/index.js';
import { isPostgresUrl, openStore } from '../../app/open-store.js';
import { enqueuePending, openAnalysisQueue } from '../../app/enqueue.js';
import { wholeNumber } from './worker.js';

interface ReanalyzeFlags {
  db?: string;
  json?: boolean;
  workers?: number;
}

/**
 * `isnad reanalyze`: after a pipeline change, the articles analysed with an older version (and any never
 * analysed) are analysed again. On PostgreSQL they are enqueued for the workers; on a SQLite file they are
 * analysed in this process.
 */
export function registerReanalyze(program: Command): void {
  program
    .command('reanalyze')
    .description(`analyse again the articles not analysed by this pipeline version (${PIPELINE_VERSION}): PostgreSQL enqueues them for the workers, SQLite analyses them here`)
    .option('--db <url>', 'database (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--workers <n>', 'SQLite: analysis threads (default: one per core; 0 analyses on the main thread)', wholeNumber(0))
    .option('--json', 'print {"pending": N, "enqueued": N} (PostgreSQL) or {"analysed": N, "failed": N} (SQLite) as one JSON line')
    .action(async (flags: ReanalyzeFlags) => {
      const location = databaseLocation(flags.db);
      const store = await openStore(location);
      try {
        if (isPostgresUrl(location)) {
          const queue = await openAnalysisQueue(location, { supervise: false, poolSize: 2 });
          try {
            const r = await enqueuePending(store, queue, PIPELINE_VERSION);
            process.stdout.write(flags.json ? JSON.stringify(r) + '\n' : `${r.pending} articles lack an analysis by pipeline ${PIPELINE_VERSION}; ${r.enqueued} newly queued (${r.pending - r.enqueued} were queued already). Run isnad worker to analyse them.\n`);
          } finally {
            await queue.close();
          }
          return;
        }
        const analyzer = flags.workers === 0 ? inProcessAnalyzer() : workerPoolAnalyzer(flags.workers);
        try {
          const report: IngestReport = { added: 0, duplicates: 0, failed: 0, analysed: 0, failures: [] };
          await analysePending(store, { analyzer, pipelineVersion: PIPELINE_VERSION }, report);
          process.stdout.write(flags.json ? JSON.stringify({ analysed: report.analysed, failed: report.failed }) + '\n' : `${report.analysed} articles analysed by pipeline ${PIPELINE_VERSION}, ${report.failed} failed\n`);
          if (report.failed) process.exitCode = 1;
        } finally {
          await analyzer.close();
        }
      } finally {
        await store.close();
      }
    });
}
