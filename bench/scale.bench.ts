// npm run bench -- scale [--saudi N]
//
// Distributed analysis on PostgreSQL: articles/s with 1, 2 and 4 `isnad worker` processes sharing the
// pg-boss queue, the scaling ratio, and the database cost per article (statements from
// pg_stat_statements, WAL bytes, storage bytes) to project a year of 10 million articles.
//
// PostgreSQL: ISNAD_BENCH_PG_URL, else ISNAD_TEST_PG_URL, else a throwaway cluster started with
// scripts/pg/start.sh (Debian's postgresql package) and stopped at the end. Each worker count gets fresh
// schemas; the articles are stored and the workers started (and ready) before the clock starts, then
// the jobs are enqueued and the clock runs until every article has its analysis.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PIPELINE_VERSION } from '../src/core/index.js';
import { prepareArticle } from '../src/app/prepare-article.js';
import { openPostgresStore } from '../src/store/postgres/index.js';
import { enqueueAnalyses, openAnalysisQueue } from '../src/app/enqueue.js';
import type { AnalysisJob } from '../src/store/index.js';
import type { BenchContext } from './harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/isnad.js');
/** Articles per measured run (default 800; ISNAD_BENCH_SCALE_ARTICLES changes it). */
const ARTICLES = Number(process.env.ISNAD_BENCH_SCALE_ARTICLES ?? 800);
const WORKER_COUNTS = [1, 2, 4];
/** A year of the target: 10 million articles. */
const YEAR = 10_000_000;

interface RunResult {
  workers: number;
  articles: number;
  ms: number;
  /** Statements per article: the store's, the queue's (pg-boss), and all. */
  storeQueries: number;
  queueQueries: number;
  /** Statements run inside functions and triggers (merge_entity's, pg-boss's), per article. */
  nestedQueries: number;
  /** Rows returned or changed per article, top-level statements. */
  rows: number;
  walBytes: number;
  /** CPU ms per article: the worker processes (analysis, store and queue clients) and PostgreSQL. */
  workerCpu: number;
  dbCpu: number;
  /** Store bytes per article once the raw articles are stored, before analysis. */
  rawBytes: number;
  storeBytes: number;
  queueBytes: number;
}

/** Starts a throwaway cluster unless a URL is given; returns the URL and how to stop it. */
function database(): { url: string; stop: () => void } {
  const given = process.env.ISNAD_BENCH_PG_URL || process.env.ISNAD_TEST_PG_URL;
  if (given) return { url: given, stop: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-pg-'));
  const r = spawnSync('bash', [join(ROOT, 'scripts/pg/start.sh'), dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot start PostgreSQL (scripts/pg/start.sh): ${r.stderr.trim()}`);
  return { url: r.stdout.trim(), stop: () => void spawnSync('bash', [join(ROOT, 'scripts/pg/stop.sh'), dir]) };
}

/**
 * Spawns a worker with every core allowed: the bench runner pins its child to one core, and a spawned
 * process inherits that affinity, which would put all the workers on one core.
 */
function spawnWorker(url: string): { child: ChildProcess; ready: Promise<void>; stderr: string[] } {
  const args = [BIN, 'worker', '--db', url, '--batch', '8', '--poll', '100', '--maintenance', '30'];
  const all = `0-${cpus().length - 1}`;
  const child = existsSync('/usr/bin/taskset')
    ? spawn('taskset', ['-c', all, process.execPath, ...args], { env: { ...process.env, ISNAD_FROM_SRC: '1' }, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { env: { ...process.env, ISNAD_FROM_SRC: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8');
  const ready = new Promise<void>((resolveReady, reject) => {
    child.stderr!.on('data', (d: string) => {
      stderr.push(d);
      if (/concurrency \d+, pipeline/.test(stderr.join(''))) resolveReady();
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${stderr.join('')}`)));
  });
  return { child, ready, stderr };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** CPU time (user + system) used so far by each process, in ms, from /proc; processes gone are left out. */
function cpuMsOf(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, ((Number(f[11]) + Number(f[12])) * 1000) / TICKS);
    } catch {
      // gone
    }
  }
  return out;
}

/** CPU ms used between two readings: processes started since count whole (database connections opened mid-run). */
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}

/** The PostgreSQL server processes of the machine (the bench's own cluster when it started one). */
function postgresPids(): number[] {
  if (!existsSync('/proc')) return [];
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres') out.push(Number(d));
    } catch {
      // gone
    }
  }
  return out;
}

async function measureRun(url: string, db: pg.Client, ctx: BenchContext, workers: number, statements: boolean): Promise<RunResult> {
  const schema = `isnad_bench_${workers}_${Date.now().toString(36)}`;
  const location = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
  const store = await openPostgresStore(location);
  const articles = ctx.corpus.slice(0, ARTICLES).map((a, i) => prepareArticle({ text: a.text, title: null, url: null, published: a.published, source: 'bench', author: null, origin: `bench:${i}` }));
  const jobs: AnalysisJob[] = [];
  for (let i = 0; i < articles.length; i += 250) {
    const outcomes = await store.putArticles(articles.slice(i, i + 250));
    outcomes.forEach((o, k) => { if (o.status === 'added') jobs.push({ articleId: o.articleId, contentHash: articles[i + k]!.contentHash }); });
  }
  const rawBytes = await schemaBytes(db, schema);
  await store.close();
  const queue = await openAnalysisQueue(location, { supervise: false, poolSize: 2, expireInSeconds: 300 });
  const procs = Array.from({ length: workers }, () => spawnWorker(location));
  try {
    await Promise.all(procs.map((p) => p.ready));
    if (statements) await db.query('SELECT pg_stat_statements_reset()');
    const wal0 = String((await db.query('SELECT pg_current_wal_lsn() AS l')).rows[0].l);
    const workerPids = procs.map((p) => p.child.pid!).filter(Boolean);
    const dbPids = postgresPids();
    const cpu0 = { worker: cpuMsOf(workerPids), db: cpuMsOf(dbPids) };
    const t0 = performance.now();
    await enqueueAnalyses(queue, jobs, PIPELINE_VERSION);
    for (;;) {
      const n = Number((await db.query(`SELECT /* isnad_bench_poll */ count(*)::int AS n FROM ${schema}.analyses`)).rows[0].n);
      if (n >= jobs.length) break;
      if (procs.every((p) => p.child.exitCode !== null)) throw new Error(`every worker exited: ${procs[0]!.stderr.join('')}`);
      await sleep(50);
    }
    const ms = performance.now() - t0;
    const cpu1 = { worker: cpuMsOf(workerPids), db: cpuMsOf(postgresPids()) };
    const wal = Number((await db.query('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::bigint AS b', [wal0])).rows[0].b);
    // Statements of this run, without the bench's own polling and bookkeeping.
    const stats = !statements ? [] : (await db.query(`SELECT query, toplevel, calls::bigint AS calls, rows::bigint AS rows FROM pg_stat_statements
      WHERE query NOT LIKE '%isnad_bench_poll%' AND query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE '%pg_current_wal_lsn%'`)).rows as Array<{ query: string; toplevel: boolean; calls: string; rows: string }>;
    let storeQ = 0;
    let queueQ = 0;
    let nested = 0;
    let rows = 0;
    for (const s of stats) {
      if (!s.toplevel) nested += Number(s.calls);
      else if (/_queue\./.test(s.query)) queueQ += Number(s.calls);
      else storeQ += Number(s.calls);
      if (s.toplevel) rows += Number(s.rows);
    }
    const n = jobs.length;
    const storeBytes = await schemaBytes(db, schema);
    const queueBytes = await schemaBytes(db, `${schema}_queue`);
    return {
      workers, articles: n, ms, storeQueries: storeQ / n, queueQueries: queueQ / n, nestedQueries: nested / n, rows: rows / n, walBytes: wal / n,
      workerCpu: cpuSpent(cpu0.worker, cpu1.worker) / n, dbCpu: cpuSpent(cpu0.db, cpu1.db) / n, rawBytes: rawBytes / n, storeBytes: storeBytes / n, queueBytes: queueBytes / n,
    };
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => (p.child.exitCode === null ? new Promise((r) => p.child.once('exit', r)) : null)));
    await queue.close();
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  }
}

async function schemaBytes(db: pg.Client, schema: string): Promise<number> {
  const { rows } = await db.query(`SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'm')`, [schema]);
  return Number(rows[0].b);
}

const f = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const gb = (bytes: number) => `${f(bytes / 1e9, 1)} GB`;

/** The scale suite: see the header comment. Prints its own report (the runner passes it through). */
export async function run(ctx: BenchContext): Promise<void> {
  const { url, stop } = database();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    // Statement counts need pg_stat_statements preloaded (scripts/pg/start.sh does it); without it they are skipped.
    const statements = await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').then(() => db.query('SELECT 1 FROM pg_stat_statements LIMIT 1')).then(() => true, () => false);
    const results: RunResult[] = [];
    for (const w of WORKER_COUNTS) {
      process.stderr.write(`scale: ${w} worker(s)...\n`);
      results.push(await measureRun(url, db, ctx, w, statements));
    }
    const rate = (r: RunResult) => r.articles / (r.ms / 1000);
    const one = results[0]!;
    const cpu = (r: RunResult) => r.workerCpu + r.dbCpu;
    const notes = results.map((r) => `${r.workers} worker process(es): ${f(rate(r), 1)} articles/s (${r.articles} articles in ${f(r.ms / 1000, 1)} s), x${f(rate(r) / rate(one), 2)} over one worker; CPU per article ${f(r.workerCpu, 1)} ms in workers + ${f(r.dbCpu, 1)} ms in PostgreSQL (x${f(cpu(one) / cpu(r), 2)} the efficiency of one worker)`);
    const last = results[results.length - 1]!;
    notes.push(`machine: ${cpus().length} cores shared by PostgreSQL, the workers and any other load; wall-time scaling cannot pass the core count here, and on a busy machine it measures CPU share: the CPU cost per article is the steadier figure`);
    notes.push(`capacity by CPU cost: ${f(1000 / cpu(last), 1)} articles/s per core at ${last.workers} workers (PostgreSQL ${f((100 * last.dbCpu) / cpu(last), 0)}% of it), so N cores of workers and database process about ${f(1000 / cpu(last), 1)} x N articles/s`);
    if (!statements) notes.push('statement counts unavailable: pg_stat_statements is not preloaded on this server');
    notes.push(`database cost per article (${last.workers} workers): ${f(last.storeQueries, 1)} store statements + ${f(last.queueQueries, 1)} queue statements (round trips; ${f(last.nestedQueries, 1)} more run inside functions), ${f(last.rows, 0)} rows, ${f(last.walBytes / 1024, 1)} KiB WAL`);
    notes.push(`storage per article: ${f(last.storeBytes / 1024, 1)} KiB in the store (${f(last.rawBytes / 1024, 1)} KiB of it raw article, text index and fingerprint), ${f(last.queueBytes / 1024, 2)} KiB of queue rows until archived`);
    const perSec = YEAR / (365 * 86400);
    notes.push(`10 million articles a year = ${f(perSec, 2)} articles/s on average: ${gb(last.storeBytes * YEAR)} of store, ${gb(last.walBytes * YEAR)} of WAL, ${f((last.storeQueries + last.queueQueries) * perSec, 1)} statements/s on average; one core keeps up with ${f(1000 / cpu(last) / perSec, 0)}x that average (a backlog of a year takes ${f(YEAR * cpu(last) / 1000 / 3600, 0)} core-hours)`);
    const load = loadavg().map((x) => x.toFixed(1)).join(' ');
    console.log(`\nscale: ${one.articles} articles (the bench corpus, in order) analysed through PostgreSQL by isnad worker processes; load average now ${load}`);
    for (const n of notes) console.log(`  ${n}`);
  } finally {
    await db.end();
    stop();
  }
}
