import type { Candidate } from './candidates.js';
import { sourceCut } from './keys.js';
import { HONORIFICS, ROLE_HEADS, TITLES, ORG_HEADS } from './registry-data.js';
import { readingsOf, type Word } from './words.js';
import { normalizeKey } from '../normalize/ar.js';

const TITLE_WORDS = new Set([...TITLES, ...HONORIFICS, ...ROLE_HEADS].flatMap((t) => t.split(/\s+/)).map((t) => normalizeKey(t)));
const TITLE_OPENERS = new Set([...TITLES, ...HONORIFICS, ...ROLE_HEADS].map((t) => normalizeKey(t.split(/\s+/)[0]!)));
const LINKERS = new Set(['باسم', 'لشؤون', 'العام', 'الاول'].map((w) => normalizeKey(w)));
/** A governor's title (أمير) and the heads of the regions it governs (أمير منطقة، أمير محافظة), normalised. */
export const AMIR = normalizeKey('أمير');
export const REGION_HEADS: ReadonlySet<string> = new Set(['منطقة', 'محافظة', 'مدينة', 'إمارة', 'دولة'].map((w) => normalizeKey(w)));
const HEADS = new Set(ORG_HEADS.map((h) => normalizeKey(h)));

/**
 * The role or title written before a person's name, by apposition: `الرئيس الأوكراني` before
 * `فولوديمير زيلينسكي`, `المتحدث باسم وزارة الخارجية` before `ماثيو ميللر`, `اللفتنانت كولونيل` before
 * `تشارلي ديتز`. Walks back over titles, definite words, institution heads and `باسم` up to a word that is none of
 * these, and starts the role at the earliest title among them.
 *
 * @returns The role as written (proclitics of its first word off), or null.
 */
export function roleBefore(text: string, words: readonly Word[], c: Candidate): string | null {
  let k = c.w0 - 1;
  let earliest = -1;
  let steps = 0;
  while (k >= 0 && steps < 8) {
    const w = words[k]!;
    if (!w.lexical || !/^\s+$/.test(text.slice(w.end, words[k + 1]!.start))) break;
    const rest = readingsOf(w);
    const bare = rest.at(-1)!.rest;
    const isTitle = TITLE_WORDS.has(w.norm) || rest.some((r) => TITLE_WORDS.has(r.rest));
    const ok = isTitle || bare.startsWith('ال') || w.norm.startsWith('ال') || LINKERS.has(w.norm) || HEADS.has(bare) || HEADS.has(w.norm);
    if (!ok) break;
    if (isTitle && (TITLE_OPENERS.has(w.norm) || rest.some((r) => TITLE_OPENERS.has(r.rest)))) earliest = k;
    k--;
    steps++;
  }
  if (earliest < 0) return null;
  const first = words[earliest]!;
  const readings = readingsOf(first);
  const r = readings.find((x) => TITLE_WORDS.has(x.rest)) ?? readings[0]!;
  const start = sourceCut(text, first.start, r.cut);
  return text.slice(start, words[c.w0 - 1]!.end);
}

/**
 * The role set after a person's name by apposition: `تشارلي ديتز، المتحدث باسم القوات المسلحة`. The comma must
 * follow the name, and a title must open the phrase; it runs to the next punctuation (eight words at most).
 *
 * @returns The role as written, or null.
 */
export function roleAfter(text: string, words: readonly Word[], c: Candidate): string | null {
  const comma = words[c.w1];
  // فيصل بن مشعل أمير منطقة القصيم: a governor's title right after a name, in construct with its region.
  if (comma?.lexical && c.kind === 'PERS' && comma.norm === AMIR && REGION_HEADS.has(words[c.w1 + 1]?.norm ?? '') && words[c.w1 + 2]?.lexical) {
    return text.slice(comma.start, words[c.w1 + 2]!.end);
  }
  if (!comma || (comma.norm !== '،' && comma.norm !== ',')) return null;
  const first = words[c.w1 + 1];
  if (!first || !first.lexical) return null;
  const readings = readingsOf(first);
  if (!readings.some((r) => TITLE_OPENERS.has(r.rest)) || first.norm[0] === 'و') return null;
  let k = c.w1 + 1;
  while (k + 1 < words.length && k - c.w1 < 8 && words[k + 1]!.lexical && /^\s+$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) k++;
  return text.slice(first.start, words[k]!.end);
}
