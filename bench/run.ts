// npm run bench [-- <suite>...] [--runs N] [--warmup N] [--saudi N] [--no-pin]
//
// Runs each suite (`bench/<name>.bench.ts`, exporting `run(ctx)`) in its own child process, so that each
// peak RSS is its own, pinned to one core (taskset) when available, except the suites that measure all cores
// (ingest, api, scale). With no suite named, all but scale run. Every child reads the same fixed
// corpus: all ahdath articles and the first N (3,000) non-empty Saudi articles of ../shared/data. Each
// suite warms up, then times at least five passes; the report gives medians.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasCorpus, SHARED } from './corpus.js';
import { loadContext, median, type BenchContext, type SuiteResult } from './harness.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/**
 * The suites run when none is named: the text layer against nlp.js, the pipeline, the tagger, ingest into SQLite
 * over the whole Saudi corpus, search over what it stored, the HTTP API (about six minutes in all). `scale`
 * (PostgreSQL and worker processes) runs when named.
 */
const DEFAULT_SUITES = ['text-layer', 'nlpjs', 'analyze', 'ner', 'ingest', 'search', 'api'];
/** Suites that measure all cores (worker threads, a server and its load generator): never pinned. */
const ALL_CORES = new Set(['ingest', 'api', 'scale']);
const MARK = '@@bench ';

interface Options {
  suites: string[];
  runs: number;
  warmup: number;
  saudi: number;
  pin: boolean;
  child: string | null;
}

interface ChildReport {
  /** Null for suites that print their own report (`run()` returning nothing). */
  result: SuiteResult | null;
  /** Peak resident set size of the child, bytes. */
  maxRss: number;
  /** Resident set size once the corpus is loaded, before the suite runs, bytes. */
  baseRss: number;
  articles: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { suites: [], runs: 5, warmup: 2, saudi: 3000, pin: true, child: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = (name: string) => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${name} expects a whole number, got ${argv[i]}`);
      return v;
    };
    if (a === '--runs') o.runs = Math.max(5, num(a));
    else if (a === '--warmup') o.warmup = num(a);
    else if (a === '--saudi') o.saudi = num(a);
    else if (a === '--no-pin') o.pin = false;
    else if (a === '--child') o.child = argv[++i] ?? null;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.suites.push(a);
  }
  return o;
}

function availableSuites(): string[] {
  return readdirSync(HERE)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.bench.ts'.length))
    .sort();
}

async function runChild(o: Options): Promise<void> {
  const name = o.child!;
  const mod = (await import(pathToFileURL(resolve(HERE, `${name}.bench.ts`)).href)) as {
    run: (ctx: BenchContext) => SuiteResult | undefined | void | Promise<SuiteResult | undefined | void>;
  };
  const ctx = await loadContext(o.warmup, o.runs, o.saudi);
  const baseRss = process.memoryUsage().rss;
  const result = (await mod.run(ctx)) ?? null;
  // maxRSS is in kilobytes on Linux and macOS.
  const report: ChildReport = { result, maxRss: process.resourceUsage().maxRSS * 1024, baseRss, articles: ctx.corpus.length };
  process.stdout.write(MARK + JSON.stringify(report) + '\n');
}

function spawnSuite(name: string, o: Options): ChildReport {
  const args = [...process.execArgv, SELF, '--child', name, '--runs', String(o.runs), '--warmup', String(o.warmup), '--saudi', String(o.saudi)];
  const pinned = o.pin && !ALL_CORES.has(name) && existsSync('/usr/bin/taskset');
  const cpu = String(cpus().length - 1);
  const r = pinned ? spawnSync('taskset', ['-c', cpu, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }) : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines = r.stdout.split('\n');
  const line = lines.find((l) => l.startsWith(MARK));
  // Whatever the suite printed itself (its own tables, notes) is passed through.
  const own = lines.filter((l) => !l.startsWith(MARK)).join('\n').trim();
  if (own) console.log(own);
  if (r.status !== 0 || !line) {
    throw new Error(`suite ${name} failed (exit ${r.status}):\n${r.stderr.split('\n').slice(0, 20).join('\n')}`);
  }
  return JSON.parse(line.slice(MARK.length)) as ChildReport;
}

const fmt = (x: number, digits = 0) => Number.isNaN(x) ? '-' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) return runChild(o);
  if (!hasCorpus()) {
    console.log(`bench skipped: the news corpus is not in ${SHARED}/data (needs ahdath/articles.jsonl and saudinewsnet/articles.jsonl.gz).`);
    return;
  }
  const available = availableSuites();
  const suites = o.suites.length ? o.suites : DEFAULT_SUITES;
  for (const s of suites) {
    if (!available.includes(s)) throw new Error(`unknown suite "${s}"; available: ${available.join(', ')}`);
  }
  // Search (and the API) read the database ingest wrote, rather than ingesting the corpus again.
  let tempDb: string | null = null;
  if (suites.includes('ingest') && !process.env.ISNAD_BENCH_DB) {
    tempDb = join(mkdtempSync(join(tmpdir(), 'isnad-bench-')), 'bench.db');
    process.env.ISNAD_BENCH_DB = tempDb;
  }
  try {
    await runSuites(o, suites);
  } finally {
    if (tempDb) rmSync(dirname(tempDb), { recursive: true, force: true });
  }
}

async function runSuites(o: Options, suites: string[]): Promise<void> {
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`isnad bench: ${suites.join(', ')} | ${o.warmup} warm-up + ${o.runs} timed passes each, medians | corpus: ahdath + first ${o.saudi} Saudi articles`);
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, load average ${load}${o.pin ? `, each suite pinned to one core (but ${[...ALL_CORES].join(', ')})` : ''}`);
  if (Number(loadavg()[0]) > cpus().length * 0.5) console.log('warning: the machine is busy; figures will be noisy');

  const reports = new Map<string, ChildReport>();
  for (const s of suites) {
    process.stdout.write(`running ${s}...\n`);
    reports.set(s, spawnSuite(s, o));
  }
  const rows = [...reports].filter((e): e is [string, ChildReport & { result: SuiteResult }] => e[1].result !== null);
  if (rows.length === 0) return;
  const first = rows[0]![1];
  console.log(`\ncorpus: ${first.articles} articles, ${fmt(first.result.bytes / 1e6, 2)} MB UTF-8, ${fmt(first.result.tokens)} tokens (isnad, non-space)\n`);
  const head = [
    pad('suite', 52), pad('median ms', 10, true), pad('cpu ms', 9, true), pad('tokens/s', 12, true), pad('MB/s', 7, true),
    pad('cpu tok/s', 12, true), pad('cpu MB/s', 9, true), pad('peak RSS MB', 12, true), pad('after load', 11, true),
  ];
  console.log(head.join(' '));
  console.log('-'.repeat(head.join(' ').length));
  const mbps = new Map<string, { wall: number; cpu: number }>();
  for (const [s, rep] of rows) {
    const ms = median(rep.result.runsMs);
    const cpu = rep.result.cpuMs?.length ? median(rep.result.cpuMs) : NaN;
    const mb = rep.result.bytes / 1e6;
    mbps.set(s, { wall: mb / (ms / 1000), cpu: mb / (cpu / 1000) });
    console.log(
      [
        pad(rep.result.label, 52), pad(fmt(ms, 1), 10, true), pad(fmt(cpu, 1), 9, true), pad(fmt(rep.result.tokens / (ms / 1000)), 12, true),
        pad(fmt(mb / (ms / 1000), 2), 7, true), pad(fmt(rep.result.tokens / (cpu / 1000)), 12, true), pad(fmt(mb / (cpu / 1000), 2), 9, true),
        pad(fmt(rep.maxRss / 1048576, 0), 12, true), pad(fmt(rep.baseRss / 1048576, 0), 11, true),
      ].join(' '),
    );
  }
  console.log('');
  for (const [s, rep] of rows) {
    const runs = rep.result.runsMs.map((x) => x.toFixed(0)).join(', ');
    const cpu = (rep.result.cpuMs ?? []).map((x) => x.toFixed(0)).join(', ');
    console.log(`${s}: wall ms [${runs}]${cpu ? `, cpu ms [${cpu}]` : ''}`);
    for (const note of rep.result.notes ?? []) console.log(`  ${note}`);
  }
  const text = mbps.get('text-layer');
  const nlp = mbps.get('nlpjs');
  if (text && nlp) {
    console.log(`\nratio text layer / nlp.js: ${(text.wall / nlp.wall).toFixed(2)}x by wall time, ${(text.cpu / nlp.cpu).toFixed(2)}x by CPU time (target >= 5x)`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
