import { performance } from 'node:perf_hooks';
import type { BenchContext, SuiteResult } from './harness.js';
import { measure, median } from './harness.js';
import { analyze } from '../src/core/analyze.js';
import { identifyLanguage } from '../src/core/language/identify.js';
import { normalizeArabic } from '../src/core/normalize/ar.js';
import { tokenize } from '../src/core/tokenize/tokenize.js';
import { parseArticle } from '../src/core/article/parse-article.js';
import { splitSentences } from '../src/core/sentences/split-sentences.js';
import { findEntities } from '../src/core/entities/find-entities.js';
import { findTimes } from '../src/core/dates/find-times.js';
import { findQuotes } from '../src/core/quotes/find-quotes.js';
import { groupClaims } from '../src/core/claims/group-claims.js';
import type { AnalysisContext } from '../src/core/context.js';

const STAGES = ['text layer', 'structure', 'entities', 'times', 'attributions'] as const;
type Stage = (typeof STAGES)[number];

/**
 * The full pipeline: `analyze(text, {published})` over every article. Failures are counted, not hidden.
 * Then the same stages called one by one with a clock around each, so the report says where the time goes
 * and how far attribution (quotes + claims) takes the pipeline below the text layer alone.
 */
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
  notes.push(...stageBreakdown(ctx));
  return { label: 'analyze (full pipeline)', tokens: ctx.tokens, bytes: ctx.bytes, runsMs, cpuMs, notes };
}

/** Times each stage of `analyze` separately over the corpus (median of the timed passes). */
function stageBreakdown(ctx: BenchContext): string[] {
  const passes: Record<Stage, number>[] = [];
  for (let i = 0; i < ctx.warmup + ctx.runs; i++) {
    const ms: Record<Stage, number> = { 'text layer': 0, structure: 0, entities: 0, times: 0, attributions: 0 };
    for (const a of ctx.corpus) {
      const text = a.text;
      const day = a.published?.slice(0, 10) ?? null;
      let t = performance.now();
      const norm = normalizeArabic(text);
      const tokens = tokenize(text);
      let u = performance.now();
      ms['text layer'] += u - t;
      t = u;
      const { language } = identifyLanguage(text);
      const structure = parseArticle(text, { title: null });
      u = performance.now();
      ms.structure += u - t;
      t = u;
      const sentences = splitSentences(text, tokens, structure);
      u = performance.now();
      ms['text layer'] += u - t;
      t = u;
      const base = { text, norm, tokens, language, published: day, ...structure, sentences };
      const analysed = language === 'ar';
      const entities = analysed ? findEntities(base) : [];
      u = performance.now();
      ms.entities += u - t;
      t = u;
      const times = findTimes({ text, norm, tokens, language }, day);
      u = performance.now();
      ms.times += u - t;
      t = u;
      const c: AnalysisContext = { ...base, entities, times };
      if (analysed) groupClaims(c, findQuotes(c).quotes);
      ms.attributions += performance.now() - t;
    }
    if (i >= ctx.warmup) passes.push(ms);
  }
  const med = Object.fromEntries(STAGES.map((s) => [s, median(passes.map((p) => p[s]))])) as Record<Stage, number>;
  const total = STAGES.reduce((sum, s) => sum + med[s], 0);
  const rate = (ms: number) => Math.round(ctx.tokens / (ms / 1000)).toLocaleString('en-US');
  const lines = [`stages, called one by one (median ms, share, tokens/s of the stage alone):`];
  for (const s of STAGES) lines.push(`  ${s.padEnd(13)} ${med[s].toFixed(0).padStart(7)} ms  ${((100 * med[s]) / total).toFixed(1).padStart(5)}%  ${rate(med[s]).padStart(12)}`);
  const tl = med['text layer'];
  const withAttr = tl + med.attributions;
  lines.push(
    `text layer + attributions: ${rate(withAttr)} tokens/s = ${((100 * tl) / withAttr).toFixed(0)}% of the text layer alone (target >= 50%)`,
  );
  return lines;
}
