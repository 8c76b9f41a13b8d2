import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { PIPELINE_VERSION } from '../../core/index.js';
import { databaseLocation, openStore } from '../../store/index.js';
import { fail } from '../shared.js';
import {
  groupNearDuplicates, inProcessAnalyzer, ingest, measureInputs, readInputs, trackClaims, workerPoolAnalyzer, type IngestProgress,
} from '../../app/index.js';
import { enqueueAnalyses, enqueuePending, openAnalysisQueue } from '../../app/enqueue.js';

interface IngestFlags {
  db?: string;
  json?: boolean;
  workers?: number;
  source?: string;
  batch?: number;
  queue?: boolean;
}

const count = (v: string): number => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a whole number');
  return Number(v);
};

/** `isnad ingest PATH...`: store articles from files, folders, JSONL(.gz), HTML, RSS/Atom and URLs, then analyse them. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store and analyse articles: files, folders (recursively), JSONL (.gz), HTML pages, RSS/Atom feeds (files or URLs), plain text')
    .argument('<paths...>', 'files, folders or feed/page URLs')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--json', 'print the failures as JSON lines, then the summary {"added","duplicates","failed"} as the last line')
    .option('--workers <n>', 'analysis worker threads (default: one per core; 0 analyses on the main thread)', count)
    .option('--source <name>', 'the source (outlet) of every article read')
    .option('--batch <n>', 'articles per transaction (default 500)', count)
    .option('--queue', 'store the raw articles and queue them for `isnad worker` (PostgreSQL) instead of analysing here')
    .action(async (paths: string[], flags: IngestFlags) => {
      const location = databaseLocation(flags.db);
      // --queue needs PostgreSQL: openAnalysisQueue says so plainly for a SQLite path.
      let queue: Awaited<ReturnType<typeof openAnalysisQueue>> | null = null;
      if (flags.queue) {
        try {
          queue = await openAnalysisQueue(location, { supervise: false });
        } catch (e) {
          fail((e as Error).message);
        }
      }
      const store = await openStore(location);
      const analyzer = queue || flags.workers === 0 ? inProcessAnalyzer() : workerPoolAnalyzer(flags.workers);
      const tty = process.stderr.isTTY === true && !flags.json;
      let bar: cliProgress.SingleBar | null = null;
      const started = Date.now();
      let onProgress: ((p: IngestProgress) => void) | undefined;
      if (tty) {
        const total = Math.max(1, await measureInputs(paths));
        bar = new cliProgress.SingleBar({
          format: ' {bar} {percentage}% | {articles} articles, {analysed} analysed | {rate} articles/s | ETA {eta_formatted} | {failed} failed',
          hideCursor: true, etaBuffer: 50, fps: 5, stream: process.stderr,
        }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, { articles: 0, analysed: 0, rate: '0', failed: 0 });
        onProgress = (p) => {
          const secs = Math.max(0.001, (Date.now() - started) / 1000);
          bar!.update(Math.min(total, p.position), { articles: p.added + p.duplicates, analysed: p.analysed, rate: ((p.added + p.duplicates) / secs).toFixed(0), failed: p.failed });
        };
      }
      try {
        const report = await ingest(store, readInputs(paths, { source: flags.source ?? null, fetch: globalThis.fetch }), {
          analyzer, pipelineVersion: PIPELINE_VERSION, ...(flags.batch ? { batchSize: flags.batch } : {}), ...(onProgress ? { onProgress } : {}),
          ...(queue ? { enqueue: (jobs: Parameters<typeof enqueueAnalyses>[1]) => enqueueAnalyses(queue!, jobs, PIPELINE_VERSION) } : {}),
        });
        // What an interrupted --queue run stored without enqueueing is queued now.
        if (queue) await enqueuePending(store, queue, PIPELINE_VERSION);
        bar?.update(bar.getTotal());
        bar?.stop();
        bar = null;
        const grouped = await groupNearDuplicates(store);
        // With --queue the analyses do not exist yet: the workers rebuild tracked claims when the queue drains.
        const tracked = queue ? { trackedClaims: 0, acrossArticles: 0 } : await trackClaims(store);
        const secs = (Date.now() - started) / 1000;
        const summary = { added: report.added, duplicates: report.duplicates, failed: report.failed };
        if (flags.json) {
          for (const f of report.failures) process.stdout.write(JSON.stringify({ failure: f }) + '\n');
          process.stdout.write(JSON.stringify(summary) + '\n');
        } else {
          const out = process.stdout;
          out.write(`${store.location}\n`);
          out.write(`added ${report.added}, duplicates ${report.duplicates}, failed ${report.failed} (${secs.toFixed(1)} s, ${((report.added + report.duplicates) / Math.max(secs, 0.001)).toFixed(0)} articles/s)\n`);
          out.write(`analysed ${report.analysed}; near-duplicates linked ${grouped.linked}; tracked claims ${tracked.trackedClaims} (${tracked.acrossArticles} across articles)\n`);
          const reasons = new Map<string, number>();
          for (const f of report.failures) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
          if (reasons.size) {
            out.write('failures:\n');
            for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) out.write(`  ${n} × ${reason}\n`);
            for (const f of report.failures.slice(0, 20)) process.stderr.write(`isnad: ${f.origin}: ${f.reason}\n`);
            if (report.failures.length > 20) process.stderr.write(`isnad: ... and ${report.failures.length - 20} more (--json lists them all)\n`);
          }
        }
        if (report.failed) process.exitCode = 1;
      } finally {
        bar?.stop();
        await analyzer.close();
        await queue?.close();
        await store.close();
      }
    });
}
