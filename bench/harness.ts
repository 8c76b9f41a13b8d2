import { performance } from 'node:perf_hooks';
import { readCorpus, type CorpusArticle } from './corpus.js';
import { tokenize } from '../src/core/tokenize/tokenize.js';

/** What a suite measured: one row of the report. */
export interface SuiteResult {
  /** Row label, e.g. `text layer (normalise + tokenise + split)`. */
  label: string;
  /** Tokens processed per run: the isnad tokeniser's non-space tokens over the corpus (the common unit). */
  tokens: number;
  /** UTF-8 bytes of the corpus processed per run. */
  bytes: number;
  /** Wall time of each measured run, in milliseconds. */
  runsMs: number[];
  /** CPU time (user + system) of each measured run, in milliseconds: steadier than wall time on a shared machine. */
  cpuMs?: number[];
  /** Free-form notes (failures, the suite's own token count...). */
  notes?: string[];
}

/** A bench suite: `bench/<name>.bench.ts` exports `run(ctx)`. */
export interface BenchContext {
  corpus: readonly CorpusArticle[];
  /** Non-space tokens of the corpus by the isnad tokeniser (the shared unit of throughput). */
  tokens: number;
  bytes: number;
  warmup: number;
  runs: number;
}

/** The fixed bench corpus and its size, read once per child process. */
export async function loadContext(warmup: number, runs: number, saudiLimit: number): Promise<BenchContext> {
  const corpus = await readCorpus(saudiLimit);
  let tokens = 0;
  let bytes = 0;
  for (const a of corpus) {
    bytes += Buffer.byteLength(a.text, 'utf8');
    for (const t of tokenize(a.text)) if (t.kind !== 'space' && t.kind !== 'newline') tokens++;
  }
  return { corpus, tokens, bytes, warmup, runs };
}

/**
 * Times `once` (one pass over the corpus): `warmup` passes are discarded, then `runs` passes are timed.
 * `once` returns a value that is folded into a sink so the work cannot be optimised away.
 */
export function measure(ctx: BenchContext, once: () => number): { runsMs: number[]; cpuMs: number[]; sink: number } {
  let sink = 0;
  for (let i = 0; i < ctx.warmup; i++) sink += once();
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += once();
    runsMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  return { runsMs, cpuMs, sink };
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
