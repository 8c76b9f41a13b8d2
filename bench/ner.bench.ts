// NER throughput: the tagger alone and the whole entity stage (tagger, registry, rules, linking), in tokens per
// second on one core, over the news articles in ../shared (or the project's own fixtures when it is absent).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../src/core/normalize/ar.js';
import { tokenize } from '../src/core/tokenize/tokenize.js';
import { parseArticle } from '../src/core/article/parse-article.js';
import { splitSentences } from '../src/core/sentences/split-sentences.js';
import { findEntities } from '../src/core/entities/find-entities.js';
import { wordsOf } from '../src/core/entities/words.js';
import { tagIndexes } from '../src/core/entities/tagger.js';
import { measure, type BenchContext, type SuiteResult } from './harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.ISNAD_SHARED ?? `${root}../shared`;

function corpus(): string[] {
  const ahdath = `${shared}/data/news/ahdath/articles.jsonl`;
  if (existsSync(ahdath)) return readFileSync(ahdath, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const dir = `${root}test/fixtures/ar`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((d) => `${dir}/${d}/input.txt`).filter(existsSync).map((f) => readFileSync(f, 'utf8'));
}

/**
 * The entity stage's throughput. Under `npm run bench ner` (with the harness context) it returns the harness row;
 * standalone (`npx tsx bench/ner.bench.ts`) it prints the tagger's and the stage's tokens/s.
 */
export async function run(ctx?: BenchContext): Promise<SuiteResult | undefined> {
  if (ctx) {
    const docs = ctx.corpus.map((a) => prepare(a.text));
    const { runsMs, cpuMs } = measure(ctx, () => {
      let n = 0;
      for (const d of docs) n += findEntities(d.ctx).length;
      return n;
    });
    // The tagger alone, over the same words (features, emissions, Viterbi).
    const tagger = measure(ctx, () => {
      let n = 0;
      for (const d of docs) for (const c of d.chunks) n += tagIndexes(c).length;
      return n;
    });
    const words = docs.reduce((a, d) => a + d.nWords, 0);
    const ms = [...tagger.cpuMs].sort((a, b) => a - b)[Math.floor(tagger.cpuMs.length / 2)]!;
    const notes = [`tagger alone: ${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s (CPU, median; ${words.toLocaleString('en-US')} words)`];
    return { label: 'entities (tagger + registry + linking)', tokens: ctx.tokens, bytes: ctx.bytes, runsMs, cpuMs, notes };
  }
  standalone();
  return undefined;
}

function prepare(text: string) {
  const tokens = tokenize(text);
  const structure = parseArticle(text, { title: null });
  const sentences = splitSentences(text, tokens, structure);
  const ctx = { text, norm: normalizeArabic(text), tokens, language: 'ar' as const, published: null, ...structure, sentences };
  const { words, chunks } = wordsOf(text, tokens, sentences);
  return { ctx, chunks: chunks.map((c) => words.slice(c.from, c.to).map((w) => w.norm)), nTokens: tokens.length, nWords: words.length, nonSpace: tokens.filter((t) => t.kind !== 'space' && t.kind !== 'newline').length };
}

function standalone(): void {
  const texts = corpus();
  if (!texts.length) {
    console.log('ner bench: skipped, no corpus (../shared/data/news/ahdath or test/fixtures/ar)');
    return;
  }
  const prepared = texts.map(prepare);
  const tokens = prepared.reduce((a, p) => a + p.nTokens, 0);
  const words = prepared.reduce((a, p) => a + p.nWords, 0);
  const nonSpace = prepared.reduce((a, p) => a + p.nonSpace, 0);
  // Warm up (unpacking the model, JIT), then interleave the two measures, best of three.
  for (const p of prepared.slice(0, 20)) findEntities(p.ctx);
  let bestTagger = 0;
  let bestStage = 0;
  for (let round = 0; round < 3; round++) {
    // CPU time of this process (user + system), so that other load on the machine counts less than wall time.
    let t0 = process.cpuUsage();
    for (const p of prepared) for (const c of p.chunks) tagIndexes(c);
    let used = process.cpuUsage(t0);
    bestTagger = Math.max(bestTagger, words / ((used.user + used.system) / 1e6));
    t0 = process.cpuUsage();
    for (const p of prepared) findEntities(p.ctx);
    used = process.cpuUsage(t0);
    bestStage = Math.max(bestStage, nonSpace / ((used.user + used.system) / 1e6));
  }
  console.log(`ner: ${texts.length} articles, ${tokens} tokens (${words} non-space)`);
  console.log(`ner: tagger ${Math.round(bestTagger).toLocaleString('en')} words/s; entity stage ${Math.round(bestStage).toLocaleString('en')} non-space tokens/s (CPU time, best of 3)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
