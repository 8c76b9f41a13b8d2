import type { BenchContext, SuiteResult } from './harness.js';
import { measure } from './harness.js';
import { analyze } from '../src/core/analyze.js';

/** The full pipeline: `analyze(text, {published})` over every article. Failures are counted, not hidden. */
export function run(ctx: BenchContext): SuiteResult {
  let failures = 0;
  let firstError = '';
  const { runsMs, cpuMs } = measure(ctx, () => {
    let n = 0;
    failures = 0;
    for (const a of ctx.corpus) {
      try {
        const r = analyze(a.text, { published: a.published });
        n += r.sentences.length + r.quotes.length;
      } catch (e) {
        failures++;
        if (!firstError) firstError = e instanceof Error ? e.message : String(e);
      }
    }
    return n;
  });
  const notes = failures ? [`analyze threw on ${failures} articles per pass (first: ${firstError})`] : [];
  return { label: 'analyze (full pipeline)', tokens: ctx.tokens, bytes: ctx.bytes, runsMs, cpuMs, notes };
}
