// NER figures: the committed tagger on the ANERcorp test split (entity level, CoNLL exact spans, P/R/F1 micro
// and macro over PERS/LOC/ORG). Standalone: `npx tsx scripts/eval/ner.ts`; also run by `npm run eval`.
// Standalone options for choosing settings: `--dev` scores the development set (`scripts/lib/ner-dev.ts`) instead of
// the test split, `--model DIR` scores the model a training run wrote there (`npm run train:ner -- --out-dir DIR`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { normalizeKey } from '../../src/core/normalize/ar.js';
import { createTagger, tagIndexes, type PackedModel } from '../../src/core/entities/tagger.js';
import { TAGS } from '../../src/core/entities/features.js';
import { readConll, scoreSpans, spansOf } from '../lib/conll.js';
import { SHARED } from './shared.js';
import { anercorpDev } from '../lib/ner-dev.js';
import type { TaggedSentence } from '../lib/conll.js';

const TYPES = ['PERS', 'LOC', 'ORG'] as const;

/** Scores the committed tagger on ANERcorp test; skips when ../shared is absent. */
export async function evalNer(): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const lines: string[] = [];
  const committed = scoreTagger(tagIndexes, 'committed model (NewsFANE train)');
  if (!committed) return { lines: [`ner: skipped, ${SHARED}/data/ner/anercorp/test.txt is absent (set ISNAD_SHARED)`], figures: {} };
  lines.push(...committed.lines);
  // A model trained on ANERcorp train (not committed: its license is not stated), when one was trained with
  // `npm run train:ner -- --train ../shared/data/ner/anercorp/train.txt --format anercorp --out-dir artifacts/ner-anercorp`.
  const other = new URL('../../artifacts/ner-anercorp/ner-ar.ts', import.meta.url);
  if (existsSync(other)) {
    const mod = (await import(other.href)) as { NER_MODEL: PackedModel };
    lines.push(...(scoreTagger(createTagger(mod.NER_MODEL), 'ANERcorp-train model (not committed)')?.lines ?? []));
  }
  return { lines, figures: committed.figures };
}

function scoreTagger(tagger: (words: readonly string[]) => Uint8Array, label: string, split: 'test' | 'dev' = 'test'): { lines: string[]; figures: Record<string, number> } | null {
  const path = `${SHARED}/data/ner/anercorp/${split === 'test' ? 'test' : 'train'}.txt`;
  if (!existsSync(path)) return null;
  const sents: TaggedSentence[] = split === 'test' ? readConll(path) : anercorpDev(SHARED);
  const gold: string[][] = [];
  const pred: string[][] = [];
  let tokens = 0;
  for (const s of sents) {
    gold.push(spansOf(s.tags.map((t) => (t.endsWith('MISC') ? 'O' : t))));
    const tags = [...tagger(s.words.map((w) => normalizeKey(w)))].map((t) => TAGS[t]!);
    pred.push(spansOf(tags.map((t) => (t.endsWith('MISC') ? 'O' : t))));
    tokens += s.words.length;
  }
  // Speed: a second pass, once the model is unpacked and the word caches are warm.
  const t1 = performance.now();
  for (const s of sents) tagger(s.words.map((w) => normalizeKey(w)));
  const secs = (performance.now() - t1) / 1000;
  const f = scoreSpans(gold, pred, TYPES);
  // Names the training split never names (by their words): how far the tagger carries to new names, as on the test split.
  const known = split === 'dev' ? knownNames() : null;
  let unseen = 0, unseenHit = 0;
  if (known) sents.forEach((s, i) => {
    const p = new Set(pred[i]);
    for (const g of gold[i]!) {
      const [, a, b] = g.split(':');
      if (known.has(s.words.slice(Number(a), Number(b)).map((w) => normalizeKey(w)).join(' '))) continue;
      unseen++;
      if (p.has(g)) unseenHit++;
    }
  });
  const pct = (x: number | undefined) => (100 * (x ?? 0)).toFixed(1);
  const lines = [
    `ANERcorp ${split === 'test' ? 'test' : 'development set'} (${sents.length} sentences, ${tokens} tokens), ${label}: macro-F1 ${pct(f.macro_f1)}, micro P ${pct(f.micro_p)} R ${pct(f.micro_r)} F1 ${pct(f.micro_f1)}`,
    ...TYPES.map((t) => `  ${t}: P ${pct(f[`${t}_p`])} R ${pct(f[`${t}_r`])} F1 ${pct(f[`${t}_f1`])}`),
    ...(known ? [`  names unseen in NewsFANE train: ${unseen}, recall ${pct(unseenHit / unseen)}`] : []),
    `  tagger speed (second pass, normalisation included): ${Math.round(tokens / secs)} tokens/s`,
  ];
  return { lines, figures: { ...f, tokens_per_second: tokens / secs } };
}

/** The names of NewsFANE train (normalised words joined by spaces), whatever their class. */
function knownNames(): Set<string> {
  const out = new Set<string>();
  for (const s of readConll(`${SHARED}/data/ner/newsfane/train.txt`)) for (const sp of spansOf(s.tags)) {
    const [, a, b] = sp.split(':');
    out.add(s.words.slice(Number(a), Number(b)).map((w) => normalizeKey(w)).join(' '));
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const dir = args.includes('--model') ? args[args.indexOf('--model') + 1] : undefined;
  if (!dir && !args.includes('--dev')) {
    const r = await evalNer();
    for (const l of r.lines) console.log(l);
  } else {
    const tagger = dir ? createTagger(((await import(pathToFileURL(resolve(dir, 'ner-ar.ts')).href)) as { NER_MODEL: PackedModel }).NER_MODEL) : tagIndexes;
    const r = scoreTagger(tagger, dir ?? 'committed model', args.includes('--dev') ? 'dev' : 'test');
    for (const l of r?.lines ?? [`ner: skipped, ${SHARED} is absent`]) console.log(l);
  }
}
