import { createRequire } from 'node:module';
import type { BenchContext, SuiteResult } from './harness.js';
import { measure } from './harness.js';

interface NlpjsAr {
  NormalizerAr: new () => { normalize(text: string): string };
  TokenizerAr: new () => { tokenize(text: string, normalize?: boolean): string[] };
  StemmerAr: new () => { stem(tokens: string[]): string[] };
}

/**
 * The nlp.js Arabic pipeline over the same texts: NormalizerAr, TokenizerAr, StemmerAr. Fresh instances
 * for each pass, since the tokenizer caches whole texts and the stemmer caches words (a second pass over
 * the same corpus would otherwise be a cache lookup).
 */
export function run(ctx: BenchContext): SuiteResult {
  const require = createRequire(import.meta.url);
  const { NormalizerAr, TokenizerAr, StemmerAr } = require('@nlpjs/lang-ar') as NlpjsAr;
  let ownTokens = 0;
  const { runsMs, cpuMs } = measure(ctx, () => {
    const normalizer = new NormalizerAr();
    const tokenizer = new TokenizerAr();
    const stemmer = new StemmerAr();
    let n = 0;
    for (const a of ctx.corpus) {
      const tokens = tokenizer.tokenize(normalizer.normalize(a.text), false);
      const stems = stemmer.stem(tokens);
      n += stems.length;
    }
    ownTokens = n;
    return n;
  });
  return {
    label: 'nlp.js lang-ar (normaliser + tokenizer + stemmer)',
    tokens: ctx.tokens,
    bytes: ctx.bytes,
    runsMs,
    cpuMs,
    notes: [`nlp.js produced ${ownTokens} tokens per pass (isnad's non-space tokens: ${ctx.tokens}); tokens/s uses isnad's count for both`],
  };
}
