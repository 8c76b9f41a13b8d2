import { cliticReadings, sourceCut, toKey } from './keys.js';
import { lookupKey, startsRegistryForm, type RegistryHit } from './registry.js';
import { TAGS } from './features.js';
import { NAMES_WITH_WAW, ORG_HEADS, ORG_LINKERS, PLACE_HEADS, STOP_WORDS } from './registry-data.js';
import type { Chunk, Word } from './words.js';
import { normalizeKey } from '../normalize/ar.js';

/** Entity classes before linking. */
export type Kind = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/** A mention found by the tagger, the registry or a rule, before linking. */
export interface Candidate {
  /** Source span, proclitics taken off. */
  start: number;
  end: number;
  /** Word range `[w0, w1)`. */
  w0: number;
  w1: number;
  kind: Kind;
  /** The registry entity, when the mention names one. */
  hit?: RegistryHit;
  /** How it was found. */
  by: 'tagger' | 'registry' | 'rule';
  /** Matching key of the mention (`toKey` of its text, proclitics off). */
  key: string;
}

const keySet = (xs: readonly string[]) => new Set(xs.map((x) => normalizeKey(x)));
const ORG_HEAD_SET = keySet(ORG_HEADS);
const PLACE_HEAD_SET = keySet(PLACE_HEADS);
const WAW_NAMES = keySet(NAMES_WITH_WAW);
const STOPS = keySet(STOP_WORDS);
const LINKERS = keySet(ORG_LINKERS);

/** Tagger spans as candidates (tag indexes per word of each chunk). */
export function taggerCandidates(words: readonly Word[], chunks: readonly Chunk[], tags: readonly Uint8Array[]): Candidate[] {
  const out: Candidate[] = [];
  chunks.forEach((c, ci) => {
    const t = tags[ci]!;
    let open = -1;
    let kind: Kind = 'PERS';
    const close = (i: number) => {
      if (open >= 0) out.push({ start: words[c.from + open]!.start, end: words[c.from + i - 1]!.end, w0: c.from + open, w1: c.from + i, kind, by: 'tagger', key: '' });
      open = -1;
    };
    for (let i = 0; i < t.length; i++) {
      const tag = TAGS[t[i]!]!;
      if (tag === 'O') close(i);
      else if (tag.startsWith('B-') || tag.slice(2) !== kind || open < 0) {
        close(i);
        open = i;
        kind = tag.slice(2) as Kind;
      }
    }
    close(t.length);
  });
  return out;
}

/** True when only spaces, dots or hyphens lie between two words: `أ.ف.ب`, `بيونغ يانغ`. */
function joined(text: string, a: Word, b: Word): boolean {
  return /^[\s.\-\u00a0]*$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 3;
}

/**
 * Registry matches: the longest registry form at each word, the first word read with and without its proclitics
 * (`بالأمم المتحدة` → `الأمم المتحدة`), across spaces, dots and hyphens.
 */
export function registryCandidates(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical) continue;
    let best: { n: number; hit: RegistryHit; cut: number; last: number; key: string } | null = null;
    for (const r of cliticReadings(w.norm)) {
      const longest = startsRegistryForm(r.rest);
      if (!longest) continue;
      let key = r.rest;
      let j = i;
      for (let n = 1; n <= longest; n++) {
        if (n > 1) {
          let k = j + 1;
          while (k < words.length && !words[k]!.lexical && words[k]!.norm === '.') k++;
          if (k >= words.length || !words[k]!.lexical || !joined(text, words[j]!, words[k]!) || (k > j + 1 && !joined(text, words[k - 1]!, words[k]!))) break;
          j = k;
          key += ' ' + words[j]!.norm;
        }
        const hit = lookupKey(key);
        if (hit && (!best || n > best.n)) best = { n, hit, cut: r.cut, last: j, key };
      }
    }
    if (!best) continue;
    const start = sourceCut(text, w.start, best.cut);
    // The key is the form as read (`للأمم المتحدة` reads `الامم المتحده`), so it compares with the name.
    out.push({ start, end: words[best.last]!.end, w0: i, w1: best.last + 1, kind: kindOf(best.hit), hit: best.hit, by: 'registry', key: best.key });
    i = best.last;
  }
  return out;
}

function kindOf(hit: RegistryHit): Kind {
  return hit.record.type === 'organization' || hit.record.type === 'group' ? 'ORG' : 'LOC';
}

/** The word with its proclitics off, when they are clitics: `والنقل` → `النقل`. */
function bare(norm: string): string {
  const r = cliticReadings(norm);
  for (let k = r.length - 1; k > 0; k--) if (r[k]!.rest.startsWith('ال')) return r[k]!.rest;
  return norm;
}

/**
 * Institution names opened by a head noun and continued by definite words: `وزارة التجهيز والنقل واللوجستيك والماء`,
 * `المجلس الوطني لحقوق الإنسان`, `حزب العدالة والتنمية`. One indefinite word may sit in a construct chain when a
 * definite word follows it (`اتحاد صناعة السيارات`). Time words end the name (`مجلس النواب الثلاثاء`).
 */
export function ruleCandidates(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical) continue;
    const head = bare(w.norm);
    const isOrg = ORG_HEAD_SET.has(head) || ORG_HEAD_SET.has(cliticReadings(w.norm).at(-1)!.rest);
    if (!isOrg) continue;
    let j = i;
    // A definite head takes adjectives only (المجلس الوطني); an indefinite head opens a construct chain whose first
    // noun may be indefinite (اتحاد صناعة السيارات, جامعة محمد الخامس).
    let indefinite = head.startsWith('ال') ? 1 : 0;
    while (j + 1 < words.length && j - i < 7) {
      const nx = words[j + 1]!;
      if (!nx.lexical || !joined(text, words[j]!, nx)) break;
      const b = bare(nx.norm);
      if (STOPS.has(nx.norm) || STOPS.has(b)) break;
      if (b.startsWith('ال') || /^لل/.test(nx.norm)) {
        j++;
        continue;
      }
      const after = words[j + 2];
      const defAfter = !!after && after.lexical && bare(after.norm).startsWith('ال') && joined(text, nx, after);
      // المجلس الوطني لحقوق الإنسان: a linking noun with ل before a definite word continues the name.
      if (LINKERS.has(nx.norm) && defAfter) {
        j += 2;
        continue;
      }
      if (indefinite === 0 && j === i && after && after.lexical && bare(after.norm).startsWith('ال') && !STOPS.has(bare(after.norm)) && joined(text, nx, after)) {
        indefinite++;
        j++;
        continue;
      }
      break;
    }
    if (j === i) continue;
    const cut = cutOf(w.norm, head);
    const start = sourceCut(text, w.start, cut);
    out.push({ start, end: words[j]!.end, w0: i, w1: j + 1, kind: 'ORG', by: 'rule', key: toKey(text.slice(start, words[j]!.end)) });
  }
  return out;
}

/** How many letters of proclitics `norm` carries before `rest`. */
function cutOf(norm: string, rest: string): number {
  return norm.endsWith(rest) ? norm.length - rest.length : 0;
}

/** Place names opened by a head noun before a known place: `إقليم تنغير`, `جهة العيون الساقية الحمراء`. */
export function placeCandidates(text: string, words: readonly Word[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byStart = new Map<number, Candidate>();
  for (const c of found) if (c.kind === 'LOC' && (!byStart.has(c.w0) || byStart.get(c.w0)!.w1 < c.w1)) byStart.set(c.w0, c);
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const head = cliticReadings(w.norm).at(-1)!.rest;
    if (!PLACE_HEAD_SET.has(head) && !PLACE_HEAD_SET.has(w.norm)) continue;
    const next = byStart.get(i + 1);
    if (!next || !joined(text, w, words[i + 1]!)) continue;
    const rest = PLACE_HEAD_SET.has(w.norm) ? w.norm : head;
    const start = sourceCut(text, w.start, cutOf(w.norm, rest));
    out.push({ start, end: next.end, w0: i, w1: next.w1, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, next.end)) });
  }
  return out;
}

/**
 * Takes proclitics off the first word of a tagger or rule mention when they are clitics: always before the
 * article (`بالرباط` → `الرباط`), and otherwise when the bare form is seen elsewhere in the article
 * (`وزيلينسكي` when `زيلينسكي` occurs) or the word opens with the conjunction و before a name of three letters or
 * more that is not itself a name with و (`وليد`).
 */
export function stripProclitics(text: string, words: readonly Word[], c: Candidate, seen: ReadonlySet<string>): Candidate {
  const w = words[c.w0]!;
  if (c.start !== w.start) return c;
  const readings = cliticReadings(w.norm);
  let cut = 0;
  for (let k = readings.length - 1; k > 0; k--) {
    const r = readings[k]!;
    if (r.rest.startsWith('ال') || seen.has(r.rest) || (c.kind !== 'PERS' && ORG_HEAD_SET.has(r.rest))) {
      cut = r.cut;
      break;
    }
  }
  if (cut === 0 && c.kind === 'PERS' && readings.length > 1 && w.norm[0] === 'و' && w.norm.length >= 4 && !WAW_NAMES.has(w.norm)) cut = 1;
  if (cut === 0) return { ...c, key: toKey(text.slice(c.start, c.end)) };
  const start = sourceCut(text, w.start, cut);
  return { ...c, start, key: toKey(text.slice(start, c.end)) };
}
