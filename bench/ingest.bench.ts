// Ingest throughput into SQLite over the Saudi corpus (../shared/data/news/saudinewsnet/articles.jsonl.gz):
// articles/s with all cores, peak RSS, database size per 1,000 articles, and where the time goes.
// ISNAD_BENCH_LIMIT=N reads only the first N lines; ISNAD_BENCH_DB=FILE keeps the database (for search.bench).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PIPELINE_VERSION } from '../src/core/index.js';
import {
  groupNearDuplicates, ingest, prepareArticle, readInputs, runTask, trackClaims, workerPoolAnalyzer, type InputItem, type RawArticle,
} from '../src/app/index.js';
import { openSqliteStore } from '../src/store/index.js';

const CORPUS = resolve(import.meta.dirname, '../../shared/data/news/saudinewsnet/articles.jsonl.gz');

/** Yields at most `limit` items. */
async function* take(items: AsyncIterable<InputItem>, limit: number): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const i of items) {
    if (n++ >= limit) return;
    yield i;
  }
}

/** Per-article cost of each step on one thread, over a sample: tells whether storage or analysis bounds the rate. */
async function breakdown(sample: number): Promise<void> {
  const arts: RawArticle[] = [];
  for await (const i of take(readInputs([CORPUS]), sample)) if (i.kind === 'article') arts.push(i.article);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  const store = openSqliteStore(join(dir, 'b.db'));
  // Wall time depends on what else runs on the machine; CPU time of this thread much less so.
  const step = async <T>(fn: () => T | Promise<T>): Promise<[T, number, number]> => {
    const w = performance.now();
    const c = process.cpuUsage();
    const out = await fn();
    const cpu = process.cpuUsage(c);
    return [out, performance.now() - w, (cpu.user + cpu.system) / 1000];
  };
  const [prepared, wPrep, cPrep] = await step(() => arts.map(prepareArticle));
  const [outs, wPut, cPut] = await step(() => store.putArticles(prepared));
  const tasks = prepared.map((a, i) => ({ articleId: outs[i]!.articleId, contentHash: a.contentHash, text: a.text, title: a.title, published: a.published }));
  // A first pass warms the analyser up (compiled code, caches), as it is warm through most of an ingest.
  tasks.forEach(runTask);
  const [results, wAn, cAn] = await step(() => tasks.map(runTask));
  const [, wSave, cSave] = await step(() => store.saveAnalyses(results.flatMap((r) => (r.ok ? [{ articleId: r.articleId, contentHash: r.contentHash, analysis: r.analysis }] : []))));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const per = (wall: number, cpu: number) => `${(wall / arts.length).toFixed(2)} ms wall / ${(cpu / arts.length).toFixed(2)} ms CPU`;
  console.log(`per article, one thread, ${arts.length} articles:`);
  console.log(`  prepare (hash, search layers, MinHash): ${per(wPrep, cPrep)}`);
  console.log(`  store raw article + index:              ${per(wPut, cPut)}`);
  console.log(`  analyse (the core pipeline, warm):      ${per(wAn, cAn)}`);
  console.log(`  store analysis rows:                    ${per(wSave, cSave)}`);
  const storage = (cPrep + cPut + cSave) / arts.length;
  const cores = availableParallelism();
  console.log(`  ceiling on ${cores} cores from CPU time: storage side alone ${(1000 / storage).toFixed(0)} articles/s (one writer thread), whole ingest ${(cores * 1000 / (storage + cAn / arts.length)).toFixed(0)} articles/s`);
}

/** Runs the ingest benchmark and prints its figures. */
export async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`ingest bench skipped: ${CORPUS} is absent`);
    return;
  }
  const limit = Number(process.env.ISNAD_BENCH_LIMIT ?? Infinity);
  const keep = process.env.ISNAD_BENCH_DB;
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  const file = keep ? resolve(keep) : join(dir, 'bench.db');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
  await breakdown(Number(process.env.ISNAD_BENCH_SAMPLE ?? 500));

  const store = openSqliteStore(file);
  const analyzer = workerPoolAnalyzer();
  const t0 = performance.now();
  const report = await ingest(store, take(readInputs([CORPUS]), limit), { analyzer, pipelineVersion: PIPELINE_VERSION });
  const tIngest = performance.now() - t0;
  await analyzer.close();
  const t1 = performance.now();
  const grouping = await groupNearDuplicates(store);
  const tGroup = performance.now() - t1;
  const t2 = performance.now();
  const tracking = await trackClaims(store);
  const tTrack = performance.now() - t2;
  const stats = await store.stats();
  await store.close();
  const size = statSync(file).size;
  const items = report.added + report.duplicates + report.failed;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`ingest: ${items} lines, added ${report.added}, duplicates ${report.duplicates}, failed ${report.failed} in ${(tIngest / 1000).toFixed(1)} s`);
  console.log(`throughput: ${(items / (tIngest / 1000)).toFixed(0)} articles/s stored and analysed (${availableParallelism()} cores, ${analyzer.concurrency} analysis workers)`);
  console.log(`near-duplicate grouping: ${(tGroup / 1000).toFixed(1)} s, ${stats.duplicateGroups} groups holding ${stats.articlesInDuplicateGroups} articles (${grouping.merges} merges)`);
  console.log(`claim tracking: ${(tTrack / 1000).toFixed(1)} s, ${tracking.claims} article claims in ${tracking.trackedClaims} tracked claims, ${tracking.acrossArticles} across articles, ${tracking.acrossSources} across independent sources`);
  console.log(`peak RSS: ${rss.toFixed(0)} MB (main thread and workers)`);
  console.log(`database: ${(size / 1048576).toFixed(1)} MB, ${((size / 1048576) / (stats.articles / 1000)).toFixed(2)} MB per 1,000 articles`);
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
