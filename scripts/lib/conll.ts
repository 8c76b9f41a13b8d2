// Reading CoNLL-style NER files and scoring entity spans (exact match, CoNLL 2003 style).
import { readFileSync } from 'node:fs';

/** A sentence of tokens with their BIO tags. */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Reads `token<TAB or SPACE>tag` lines, sentences separated by blank lines. */
export function readConll(path: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim()) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const cut = l.includes('\t') ? l.lastIndexOf('\t') : l.lastIndexOf(' ');
    if (cut <= 0) continue;
    cur.words.push(l.slice(0, cut));
    cur.tags.push(l.slice(cut + 1).trim() || 'O');
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** Entity spans `type:start:end` of a BIO sequence (an I- without a matching open entity starts one). */
export function spansOf(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = -1;
  const close = (i: number) => {
    if (start >= 0) out.push(`${type}:${start}:${i}`);
    start = -1;
    type = '';
  };
  tags.forEach((t, i) => {
    if (t === 'O' || t === '') return close(i);
    const [bio, ty] = [t.slice(0, 1), t.slice(2)];
    if (bio === 'B' || ty !== type) {
      close(i);
      start = i;
      type = ty;
    }
  });
  close(tags.length);
  return out;
}

/** Entity-level precision, recall and F1 per type, micro and macro over `types`. */
export function scoreSpans(gold: string[][], pred: string[][], types: readonly string[]): Record<string, number> {
  const tp = new Map<string, number>(), gp = new Map<string, number>(), pp = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  gold.forEach((g, i) => {
    const p = new Set(pred[i] ?? []);
    for (const s of g) { inc(gp, s.split(':')[0]!); if (p.has(s)) inc(tp, s.split(':')[0]!); }
    for (const s of pred[i] ?? []) inc(pp, s.split(':')[0]!);
  });
  const out: Record<string, number> = {};
  let T = 0, G = 0, P = 0, macro = 0;
  for (const t of types) {
    const a = tp.get(t) ?? 0, g = gp.get(t) ?? 0, p = pp.get(t) ?? 0;
    T += a; G += g; P += p;
    const pr = p ? a / p : 0, rc = g ? a / g : 0, f = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
    out[`${t}_p`] = pr; out[`${t}_r`] = rc; out[`${t}_f1`] = f;
    macro += f;
  }
  const pr = P ? T / P : 0, rc = G ? T / G : 0;
  out.micro_p = pr; out.micro_r = rc; out.micro_f1 = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  out.macro_f1 = macro / types.length;
  return out;
}
