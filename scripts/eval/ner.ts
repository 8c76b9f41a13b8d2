// NER figures: the committed tagger on the ANERcorp test split (entity level, CoNLL exact spans, P/R/F1 micro
// and macro over PERS/LOC/ORG). Standalone: `npx tsx scripts/eval/ner.ts`; also run by `npm run eval`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from '../../src/core/normalize/ar.js';
import { createTagger, tagIndexes, type PackedModel } from '../../src/core/entities/tagger.js';
import { TAGS } from '../../src/core/entities/features.js';
import { readConll, scoreSpans, spansOf } from '../lib/conll.js';
import { SHARED } from './shared.js';

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

function scoreTagger(tagger: (words: readonly string[]) => Uint8Array, label: string): { lines: string[]; figures: Record<string, number> } | null {
  const path = `${SHARED}/data/ner/anercorp/test.txt`;
  if (!existsSync(path)) return null;
  const sents = readConll(path);
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
  const pct = (x: number | undefined) => (100 * (x ?? 0)).toFixed(1);
  const lines = [
    `ANERcorp test (${sents.length} sentences, ${tokens} tokens), ${label}: macro-F1 ${pct(f.macro_f1)}, micro P ${pct(f.micro_p)} R ${pct(f.micro_r)} F1 ${pct(f.micro_f1)}`,
    ...TYPES.map((t) => `  ${t}: P ${pct(f[`${t}_p`])} R ${pct(f[`${t}_r`])} F1 ${pct(f[`${t}_f1`])}`),
    `  tagger speed (second pass, normalisation included): ${Math.round(tokens / secs)} tokens/s`,
  ];
  return { lines, figures: { ...f, tokens_per_second: tokens / secs } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await evalNer();
  for (const l of r.lines) console.log(l);
}
