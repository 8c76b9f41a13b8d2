// The HTTP API under concurrent load: throughput and p50/p99 latency of POST /api/analyze and GET /api/claims
// (plus GET /api/search), measured with autocannon on loopback against `isnad serve` in a child process, so the
// load generator and the server do not share a thread. Each endpoint runs for a fixed time (ISNAD_API_BENCH_SECONDS,
// default 10 s) after a short warm-up.
//
// The database: ISNAD_BENCH_DB when it holds an ingested corpus, else the first ISNAD_API_BENCH_ARTICLES (default
// 1,500) non-empty Saudi articles, added through the API in JSONL batches (stored, analysed, claims tracked).
// ISNAD_API_BENCH_WORKERS sets the server's analysis worker threads (default 0: the server thread).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const SAUDI = resolve(ROOT, '../shared/data/news/saudinewsnet/articles.jsonl.gz');

/** The part of autocannon's result this bench reads (the package ships no types). */
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (options: {
  url: string; connections: number; duration: number; method?: string; headers?: Record<string, string>; body?: string;
  requests?: Array<{ method?: string; path: string; headers?: Record<string, string>; body?: string }>;
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface SaudiRow {
  text?: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  source?: string | null;
}

/** The first `n` non-empty Saudi articles, as JSONL lines for the API. */
function saudiLines(n: number): string[] {
  const lines: string[] = [];
  for (const line of gunzipSync(readFileSync(SAUDI)).toString('utf8').split('\n')) {
    if (lines.length >= n) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as SaudiRow;
    if (!r.text?.trim()) continue;
    lines.push(JSON.stringify({ text: r.text, title: r.title ?? null, url: r.url ?? null, published: r.published ?? null, source: r.source ?? null }));
  }
  return lines;
}

/** Starts `isnad serve` on a free port and resolves with its URL (read from its first line on stderr). */
function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  // The bench runner pins each suite to one core; the server gets every core back, so that it does not share one
  // with the load generator.
  const args = [join(ROOT, 'bin/isnad.js'), 'serve', '--db', db, '--port', '0', '--workers', String(WORKERS)];
  const widen = existsSync('/usr/bin/taskset') && cpus().length > 1;
  const child = spawn(widen ? '/usr/bin/taskset' : process.execPath, widen ? ['-c', `0-${cpus().length - 1}`, process.execPath, ...args] : args, {
    env: { ...process.env, ISNAD_FROM_SRC: '1', ISNAD_API_TOKEN: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let err = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      err += d;
      const m = / at (http:\/\/[^\s]+)/.exec(err);
      if (m) resolvePromise({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`isnad serve exited (${code}): ${err}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

/** Worker threads of the server (`isnad serve --workers`): 0 analyses in the server thread. */
const WORKERS = Number(process.env.ISNAD_API_BENCH_WORKERS ?? 0);

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

/** Runs the API benchmark and prints its figures. */
export async function run(): Promise<void> {
  const seconds = Number(process.env.ISNAD_API_BENCH_SECONDS ?? 10);
  const connections = Number(process.env.ISNAD_API_BENCH_CONNECTIONS ?? 16);
  let db = process.env.ISNAD_BENCH_DB;
  let tmp: string | null = null;
  if (!db || !existsSync(db)) {
    if (!existsSync(SAUDI)) {
      console.log(`api bench skipped: no ISNAD_BENCH_DB and no corpus at ${SAUDI}`);
      return;
    }
    tmp = await mkdtemp(join(tmpdir(), 'isnad-api-bench-'));
    db = join(tmp, 'api-bench.db');
  }
  const { url, child } = await startServer(db);
  try {
    if (tmp) {
      const n = Number(process.env.ISNAD_API_BENCH_ARTICLES ?? 1500);
      const lines = saudiLines(n);
      const t0 = performance.now();
      // Batches of 250: each is stored in one transaction, analysed, then claims are re-tracked.
      for (let i = 0; i < lines.length; i += 250) {
        const res = await fetch(`${url}/api/articles?wait=1`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: lines.slice(i, i + 250).join('\n') });
        if (res.status !== 201) throw new Error(`adding articles failed: ${res.status} ${await res.text()}`);
      }
      const s = (performance.now() - t0) / 1000;
      console.log(`added ${lines.length} Saudi articles through POST /api/articles (JSONL, batches of 250) in ${fmt(s, 1)} s: ${fmt(lines.length / s, 1)} articles/s, analysis ${WORKERS ? `on ${WORKERS} worker threads` : 'in the server thread'}`);
    }
    const claims = (await (await fetch(`${url}/api/claims?limit=1`)).json()) as { items: Array<{ id: number }> };
    const sample = saudiLines(40).map((l) => JSON.parse(l) as { text: string; published: string | null });
    // A typical article for /api/analyze: the median length of the first 40.
    const article = [...sample].sort((a, b) => a.text.length - b.text.length)[sample.length >> 1]!;
    const body = JSON.stringify({ text: article.text, published: article.published });

    const cases: Array<{ label: string; method: string; path: string; headers?: Record<string, string>; body?: string }> = [
      { label: `POST /api/analyze (${fmt(article.text.length)} chars)`, method: 'POST', path: '/api/analyze', headers: { 'content-type': 'application/json' }, body },
      { label: 'GET /api/claims?limit=50', method: 'GET', path: '/api/claims?limit=50' },
      { label: 'GET /api/claims?limit=50&stance=denies', method: 'GET', path: '/api/claims?limit=50&stance=denies' },
      ...(claims.items[0] ? [{ label: 'GET /api/claims/{id}', method: 'GET', path: `/api/claims/${claims.items[0].id}` }] : []),
      { label: 'GET /api/search?q=الرياض', method: 'GET', path: `/api/search?q=${encodeURIComponent('الرياض')}` },
    ];
    console.log(`\nautocannon on loopback: ${connections} connections, ${seconds} s per endpoint after a 2 s warm-up; server: isnad serve --workers ${WORKERS}`);
    const head = ['endpoint'.padEnd(44), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'max ms'.padStart(8), 'requests'.padStart(9), 'non-2xx'.padStart(8), 'errors'.padStart(7)];
    console.log(head.join(' '));
    console.log('-'.repeat(head.join(' ').length));
    for (const c of cases) {
      const options = { url: url + c.path, connections, method: c.method, ...(c.headers ? { headers: c.headers } : {}), ...(c.body ? { body: c.body } : {}) };
      await autocannon({ ...options, duration: 2 });
      const r = await autocannon({ ...options, duration: seconds });
      console.log([
        c.label.padEnd(44), fmt(r.requests.average, 1).padStart(9), fmt(r.latency.p50, 1).padStart(8), fmt(r.latency.p99, 1).padStart(8),
        fmt(r.latency.max, 0).padStart(8), fmt(r.requests.total).padStart(9), fmt(r.non2xx).padStart(8), fmt(r.errors + r.timeouts).padStart(7),
      ].join(' '));
    }
  } finally {
    await stopServer(child);
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

// Run directly (`tsx bench/api.bench.ts`) as well as through the bench runner.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
