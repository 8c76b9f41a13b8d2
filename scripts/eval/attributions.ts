// Runs the analysis over every ../shared/eval/gold/<id>.txt (or another folder of gold files) and scores it with
// ../shared/eval/score.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/index.js';
import { SHARED } from './shared.js';

export interface AttributionEvalOptions {
  verbose?: boolean;
  /** Keep the predictions in this folder instead of a temporary one. */
  out?: string;
  /** Score this folder of gold files (`<id>.txt` beside `<id>.json`, GUIDELINE.md) instead of `../shared/eval/gold`. */
  gold?: string;
}

/** Scores attributions and entities on the gold set; returns the scorer's printed lines and its JSON figures. */
export async function evalAttributions(options: AttributionEvalOptions = {}): Promise<{ lines: string[]; figures: Record<string, number>; misses: string[] }> {
  const goldDir = options.gold ?? join(SHARED, 'eval', 'gold');
  const scorer = join(SHARED, 'eval', 'score.mjs');
  if (!existsSync(goldDir) || !existsSync(scorer)) return { lines: [`attributions: skipped, ${goldDir} is absent`], figures: {}, misses: [] };
  const predDir = options.out ?? mkdtempSync(join(tmpdir(), 'isnad-eval-'));
  mkdirSync(predDir, { recursive: true });
  try {
    for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.txt'))) {
      const id = f.slice(0, -4);
      const text = readFileSync(join(goldDir, f), 'utf8');
      const gold = JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8')) as { published?: string | null };
      const analysis = analyze(text, { published: gold.published ?? null });
      writeFileSync(join(predDir, `${id}.json`), JSON.stringify(analysis));
    }
    const run = (extra: string[]) => execFileSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predDir, ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    const lines = run([]).trim().split('\n');
    const figures = JSON.parse(run(['--json'])) as Record<string, unknown>;
    let misses: string[] = [];
    if (options.verbose) {
      const r = spawnScorer(scorer, goldDir, predDir);
      misses = r.split('\n').filter(Boolean);
    }
    const flat: Record<string, number> = {};
    for (const [k, v] of Object.entries(figures)) if (typeof v === 'number') flat[k] = v;
    return { lines, figures: flat, misses };
  } finally {
    if (!options.out) rmSync(predDir, { recursive: true, force: true });
  }
}

/** The scorer prints its misses on stderr with --verbose. */
function spawnScorer(scorer: string, goldDir: string, predDir: string): string {
  const r = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predDir, '--verbose'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return r.stderr ?? '';
}
