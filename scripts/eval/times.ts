// Scores the time finder: extraction P/R/F1 (a found span overlapping a gold span matches it, one to one)
// and value accuracy over the matched pairs, on eval/times/written.json (sentences written for isnad) and
// eval/times/saudi.json (hand annotations of dated ../shared/data/news/saudinewsnet articles: ids and
// offsets only; the text is read from ../shared). Standalone: `npx tsx scripts/eval/times.ts [--verbose]`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { TimeExpression } from '../../src/core/analysis.js';
import { findTimes } from '../../src/core/dates/find-times.js';
import { normalizeArabic } from '../../src/core/normalize/ar.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { SHARED } from './shared.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface GoldTime {
  start: number;
  end: number;
  value: string | null;
}
interface Doc {
  id: string;
  text: string;
  published: string | null;
  gold: GoldTime[];
  /** Annotation batch: 1 read while writing or fixing rules, 2 written afterwards and scored blind. */
  batch?: number;
}

/** Counts of one set. */
interface Score {
  tp: number;
  fp: number;
  fn: number;
  valueRight: number;
  misses: string[];
}

function times(text: string, published: string | null): TimeExpression[] {
  return findTimes({ text, norm: normalizeArabic(text), tokens: tokenize(text), language: 'ar' }, published);
}

function score(docs: Doc[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, valueRight: 0, misses: [] };
  for (const d of docs) {
    const found = times(d.text, d.published);
    const used = new Set<number>();
    for (const g of d.gold) {
      // The unmatched found span that overlaps the gold span most.
      let best = -1;
      let bestOverlap = 0;
      found.forEach((f, i) => {
        const o = Math.min(f.end, g.end) - Math.max(f.start, g.start);
        if (o > bestOverlap && !used.has(i)) {
          best = i;
          bestOverlap = o;
        }
      });
      if (best < 0) {
        s.fn++;
        s.misses.push(`${d.id} missed  «${d.text.slice(g.start, g.end)}» ${g.value}`);
        continue;
      }
      used.add(best);
      s.tp++;
      const f = found[best]!;
      if (f.value === g.value) s.valueRight++;
      else s.misses.push(`${d.id} value   «${f.raw}» ${f.value} ≠ ${g.value}`);
    }
    found.forEach((f, i) => {
      if (used.has(i)) return;
      s.fp++;
      s.misses.push(`${d.id} extra   «${f.raw}» ${f.value}`);
    });
  }
  return s;
}

function figures(name: string, s: Score): { line: string; figures: Record<string, number> } {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const acc = s.valueRight / Math.max(1, s.tp);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    line: `${name.padEnd(10)} gold ${String(s.tp + s.fn).padStart(3)}  found ${String(s.tp + s.fp).padStart(3)}  P ${r3(p).toFixed(3)}  R ${r3(r).toFixed(3)}  F1 ${r3(f1).toFixed(3)}  value ${r3(acc).toFixed(3)} (${s.valueRight}/${s.tp})`,
    figures: { [`times.${name}.precision`]: r3(p), [`times.${name}.recall`]: r3(r), [`times.${name}.f1`]: r3(f1), [`times.${name}.valueAccuracy`]: r3(acc) },
  };
}

/** The written set: each gold expression is found in its sentence in order (they are written, not offsets). */
function writtenDocs(): Doc[] {
  const data = JSON.parse(readFileSync(join(ROOT, 'eval', 'times', 'written.json'), 'utf8')) as { items: { published: string; text: string; batch?: number; times: [string, string | null][] }[] };
  return data.items.map((it, k) => {
    let cursor = 0;
    const gold = it.times.map(([raw, value]) => {
      const start = it.text.indexOf(raw, cursor);
      if (start < 0) throw new Error(`written.json item ${k}: «${raw}» is not in its sentence`);
      cursor = start + raw.length;
      return { start, end: cursor, value };
    });
    return { id: `w${k}`, text: it.text, published: it.published, gold, batch: it.batch ?? 1 };
  });
}

/** The Saudi set: offsets into articles read from ../shared (null when the data is absent). */
function saudiDocs(): Doc[] | null {
  const file = join(SHARED, 'data', 'news', 'saudinewsnet', 'articles.jsonl.gz');
  if (!existsSync(file)) return null;
  const ann = JSON.parse(readFileSync(join(ROOT, 'eval', 'times', 'saudi.json'), 'utf8')) as { items: { id: string; published: string; batch?: number; times: GoldTime[] }[] };
  const want = new Set(ann.items.map((i) => i.id));
  const texts = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (!line) continue;
    const idm = /"id":\s*"([^"]+)"/.exec(line);
    if (!idm || !want.has(idm[1]!)) continue;
    const a = JSON.parse(line) as { id: string; text: string };
    texts.set(a.id, a.text);
  }
  return ann.items.map((it) => {
    const text = texts.get(it.id);
    if (text === undefined) throw new Error(`saudi.json: article ${it.id} is not in ${file}`);
    for (const g of it.times) {
      if (g.end > text.length || g.end <= g.start || !text.slice(g.start, g.end).trim()) throw new Error(`saudi.json: ${it.id} [${g.start}, ${g.end}) no longer slices to an expression`);
    }
    return { id: it.id, text, published: it.published, gold: it.times, batch: it.batch ?? 1 };
  });
}

/** Scores the time finder on both sets; returns printable lines and flat figures. */
export async function evalTimes(options: { verbose?: boolean } = {}): Promise<{ lines: string[]; figures: Record<string, number>; misses: string[] }> {
  const lines: string[] = [];
  const all: Record<string, number> = {};
  const misses: string[] = [];
  const written = writtenDocs();
  const w = score(written);
  const fw = figures('written', w);
  lines.push(fw.line);
  Object.assign(all, fw.figures);
  misses.push(...w.misses);
  for (const b of [1, 2]) {
    const docs = written.filter((d) => d.batch === b);
    if (!docs.length) continue;
    const fb = figures(`written-${b}`, score(docs));
    lines.push(`${fb.line}  (${docs.length} sentences, ${b === 1 ? 'development' : 'written after, first scored blind'})`);
    Object.assign(all, fb.figures);
  }
  const saudi = saudiDocs();
  if (saudi === null) lines.push(`saudi      skipped: ${join(SHARED, 'data', 'news', 'saudinewsnet')} is absent`);
  else {
    const s = score(saudi);
    const fs = figures('saudi', s);
    lines.push(`${fs.line}  (${saudi.length} articles)`);
    Object.assign(all, fs.figures);
    misses.push(...s.misses);
    for (const b of [1, 2]) {
      const docs = saudi.filter((d) => d.batch === b);
      if (!docs.length) continue;
      const fb = figures(`saudi-${b}`, score(docs));
      lines.push(`${fb.line}  (${docs.length} articles, ${b === 1 ? 'seen while fixing rules' : 'annotated after, first scored blind'})`);
      Object.assign(all, fb.figures);
    }
  }
  if (options.verbose) lines.push(...misses.map((m) => `  ${m}`));
  return { lines, figures: all, misses };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await evalTimes({ verbose: process.argv.includes('--verbose') });
  for (const l of r.lines) console.log(l);
}
