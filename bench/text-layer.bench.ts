import type { BenchContext, SuiteResult } from './harness.js';
import { measure } from './harness.js';
import { normalizeArabic } from '../src/core/normalize/ar.js';
import { tokenize } from '../src/core/tokenize/tokenize.js';
import { splitSentences } from '../src/core/sentences/split-sentences.js';
import type { ArticleStructure } from '../src/core/context.js';

/** Lines as paragraphs: the regions the sentence splitter works in (built outside the timed loop). */
function lineStructure(text: string): ArticleStructure {
  const paragraphs: ArticleStructure['paragraphs'] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: at, end: at + line.length, index: paragraphs.length });
    at += line.length + 1;
  }
  return { paragraphs, headlines: [], dateline: null, bylines: [], credits: null, boilerplate: [], diagnostics: [] };
}

/** The isnad text layer: normalise (with offset map) + tokenise (with clitic segments) + split sentences. */
export function run(ctx: BenchContext): SuiteResult {
  const docs = ctx.corpus.map((a) => ({ text: a.text, structure: lineStructure(a.text) }));
  const { runsMs, cpuMs } = measure(ctx, () => {
    let n = 0;
    for (const d of docs) {
      const norm = normalizeArabic(d.text);
      const tokens = tokenize(d.text);
      const sentences = splitSentences(d.text, tokens, d.structure);
      n += norm.text.length + tokens.length + sentences.length;
    }
    return n;
  });
  return { label: 'text layer (normalise + tokenise + split)', tokens: ctx.tokens, bytes: ctx.bytes, runsMs, cpuMs };
}
