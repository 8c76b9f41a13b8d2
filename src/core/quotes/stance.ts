// The stance of a source toward its content, from the cue's class and markers inside the content.
import type { Stance } from '../analysis.js';
import { CONCERN_WORDS, FALSITY_WORDS, HEDGE_WORDS } from './function-words.js';
import { HeadFilter, type CueClass } from './lexicon.js';
import { cueAt, type Word } from './words.js';

/** What the stance rules look at. */
export interface StanceInput {
  cls: CueClass | 'according' | 'continuation';
  /** The attitude noun of an express cue (أعرب عن قلقه → قلقه), when there is one. */
  attitude: string | null;
  words: Word[];
  /** Word range of the content. */
  from: number;
  to: number;
}

const CONDITIONALS = new Set(['اذا', 'لو', 'حال']);
/** Words that put the truth of the content under the condition: إذا صح، إذا ثبت، إذا كان هذا صحيحا. */
const TRUTH_WORDS = new Set(['صح', 'صحت', 'ثبت', 'ثبتت', 'صحيحا', 'صحيحه', 'تاكد', 'تاكدت']);

/** The first letters of the hedge words of three letters or more: every word of every content is asked (`isHedgeWord`). */
const HEDGE_HEADS = new HeadFilter([...HEDGE_WORDS].filter((w) => w.length >= 3));

/** `HEDGE_WORDS.has(n)`, most words being ruled out by their first three letters before the set hashes them. */
function isHedgeWord(n: string): boolean {
  return (n.length < 3 || HEDGE_HEADS.mayBe(n)) && HEDGE_WORDS.has(n);
}

/** Words after قد that are past verbs or particles, not the imperfect of possibility (قد تم، قد اكتمل). */
const QAD_PAST = new Set(['تم', 'تمت', 'ت']);

/**
 * Decides the stance: denial cues deny; worry (قلق، مخاوف) early in the content or as the attitude of
 * أعرب عن is concern; likelihood and conditionals (من المحتمل، ربما، إذا، قد + imperfect) hedge.
 *
 * @example
 * // وأضاف “إذا كان هذا صحيحا، فإنه سيمثل ...” → hedges
 * // وقال ميلر “إننا نشعر بالقلق إزاء ...” → concern
 */
export function decideStance(s: StanceInput): Stance {
  if (s.cls === 'deny') return 'denies';
  if (s.cls === 'concern') return 'concern';
  if (s.attitude && CONCERN_WORDS.has(s.attitude)) return 'concern';
  const { words, from, to } = s;
  if (s.cls === 'describe') {
    for (let k = from; k < Math.min(to, from + 6); k++) if (FALSITY_WORDS.has(words[k]!.n)) return 'denies';
  }
  // A content that opens with a denial (أنه "ينفي بشكل قاطع ...") denies.
  for (let k = from; k < Math.min(to, from + 3); k++) {
    const n = words[k]!.n;
    if (n === 'ينفي' || n === 'ننفي' || n === 'تنفي' || n === 'نفي') return 'denies';
  }
  if (saysUntrue(words, from, to)) return 'denies';
  let seen = 0;
  for (let k = from; k < to && seen < 8; k++) {
    const w = words[k]!;
    if (w.kind !== 'word') continue;
    seen++;
    // اللاعبين أبدوا تخوفهم: worry voiced by a nested source is not the outer source's.
    const cue = cueAt(words, k);
    if (cue && cue.form !== 'noun') break;
    if (CONCERN_WORDS.has(w.n)) return 'concern';
  }
  if (s.cls === 'hedge') return 'hedges';
  let position = 0;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.kind !== 'word') continue;
    position++;
    if (isHedgeWord(w.n)) {
      const prev = words[k - 1]?.n ?? '';
      // A condition hedges the claim when it opens the content (“إذا كان هذا صحيحا، فإنه ...”) or bears
      // on its truth (إذا صحت، إذا ثبت); a trailing condition on an action (مستعدة للضرب إذا ظهر ...) asserts.
      if (CONDITIONALS.has(w.n) && position > 3 && !TRUTH_WORDS.has(words[k + 1]?.n ?? '') && !TRUTH_WORDS.has(words[k + 2]?.n ?? '')) continue;
      // ما إذا / عما إذا is "whether", not a condition.
      if ((w.n === 'اذا') && (prev === 'ما' || prev === 'عما' || prev === 'مما')) continue;
      // في حال needs في before it; من شأن needs أن after it.
      if (w.n === 'حال' && prev !== 'في') continue;
      if ((w.n === 'شانها' || w.n === 'شانه') && words[k + 1]?.n !== 'ان') continue;
      return 'hedges';
    }
    if ((w.n === 'قد' || w.n === 'وقد') && words[k - 1]?.n !== 'ما') {
      const next = words[k + 1];
      if (next && next.kind === 'word' && /^[يتن]/.test(next.n) && !QAD_PAST.has(next.n) && next.n.length >= 3) return 'hedges';
    }
  }
  return 'asserts';
}

const BASELESS_OF = new Set(['له', 'لها', 'لهم', 'لهما']);
const TRUTH = new Set(['الصحه', 'الحقيقه']);

/**
 * A content that calls what it speaks of untrue (تلك الادعاءات لا أساس لها من الصحة، هذه الأنباء عارية تماما من
 * الصحة، لا صحة لها، غير صحيحة) denies it, whatever the cue.
 */
function saysUntrue(words: Word[], from: number, to: number): boolean {
  const n = (k: number) => (k < to ? words[k]?.n ?? '' : '');
  for (let k = from; k < Math.min(to, from + 20); k++) {
    const w = n(k);
    if (w === 'لا' && n(k + 1) === 'اساس' && BASELESS_OF.has(n(k + 2)) && n(k + 3) === 'من' && TRUTH.has(n(k + 4))) return true;
    if (w === 'لا' && n(k + 1) === 'صحه' && BASELESS_OF.has(n(k + 2))) return true;
    if (w === 'عاريه' || w === 'عار') {
      const at = n(k + 1) === 'تماما' ? k + 2 : k + 1;
      if ((n(at) === 'من' || n(at) === 'عن') && TRUTH.has(n(at + 1))) return true;
    }
    if (w === 'غير' && (n(k + 1) === 'صحيحه' || n(k + 1) === 'صحيح')) return true;
  }
  return false;
}
