import type { Segment } from './types.js';
import { foldCodeUnit } from '../normalize/ar.js';
import { PROTECTED_PREFIX, PROTECTED_SUFFIX } from './clitic-lexicon.js';

/**
 * Conservative clitic segmentation of one Arabic word, on its normalised letters.
 *
 * Proclitics: the conjunctions و ف, the prepositions ب ل ك, the future marker س and the article ال, in
 * their grammatical order (`وبالحكومة` = و + ب + ال + حكومة, `للحكومة` = ل + ل(ال) + حكومة, `وسيقول` =
 * و + س + يقول). Enclitics: the attached pronouns ه ها هم هن هما كم كن كما نا (and ي ك after the closed
 * class of prepositions and particles: `منك`, `لي`).
 *
 * Conservative by design, since a wrong split makes `وزير` a "و + زير":
 * - a stem must keep at least three letters (two after the article), except after the closed list of
 *   short function words (`وهو`, `فلا`, `وله`);
 * - `ك` splits only with the article (`كالعادة`): `كبير`, `كوريا`, `كندا` begin with ك far more often;
 * - `س` needs an imperfect verb after it (`سيقول`, `ستكون`, `سأعمل`) and no noun ending (ة, ات);
 * - the article needs a bare alef (`ألمانيا` with hamza is no article) and is never split from the relative
 *   pronouns or `الله`;
 * - a hamza-alef after و ف ب ل is taken as a clitic boundary at once (`وأضاف`, `لأن`): roots rarely
 *   begin with و followed by hamza;
 * - otherwise a corpus-derived lexicon (`clitic-lexicon.ts`) lists frequent words that merely begin with
 *   a clitic letter (`وزير`, `فرنسا`, `بلاغ`, `ليبيا`, `لجنة`) or end with pronoun letters (`يمكن`,
 *   `محاكم`, `اتجاه`) and are never split.
 *
 * @param text The source text.
 * @param start Start of the word token.
 * @param end End of the word token.
 * @param normal The token's normalised form (one code unit per base letter).
 * @returns The segments tiling the token (proclitics, stem, enclitic), or undefined when it has no clitic.
 */
export function segmentArabic(text: string, start: number, end: number, normal: string): Segment[] | undefined {
  const m = normal.length;
  if (m < 2 || m > MAX_LETTERS) return undefined;
  const first = normal.charCodeAt(0);
  const last = normal.charCodeAt(m - 1);
  // Hot path: most words neither begin with a proclitic letter nor end with a pronoun letter.
  if (!PROCLITIC_FIRST.has(first) && !ENCLITIC_LAST.has(last)) return undefined;
  // Letter positions in the source (marks, tatweel and joiners are skipped by the normaliser).
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (foldCodeUnit(c) === -1) continue;
    if (count >= m) return undefined;
    POS[count] = i;
    RAW[count] = c;
    count++;
  }
  // Presentation forms expand under normalisation: no one-to-one letters, no segmentation.
  if (count !== m) return undefined;

  const cuts: number[] = [];
  const kinds: NonNullable<Segment['clitic']>[] = [];
  let p = 0;
  let article = false;
  let future = false;

  // 1. Conjunction و / ف.
  if ((first === WAW || first === FA) && !isHostForm(normal) && (isHamzaAlef(RAW[1]!) || !PROTECTED_PREFIX.has(normal)) && acceptsProclitic(normal, 1, true)) {
    cuts.push(1);
    kinds.push('conjunction');
    p = 1;
  }
  // 2. Future marker, or preposition (+ article), or the article alone.
  const c = normal.charCodeAt(p);
  const rest = normal.slice(p);
  if (c === SIN && !PROTECTED_PREFIX.has(rest) && isFutureVerb(normal, p)) {
    cuts.push(p + 1);
    kinds.push('future');
    p += 1;
    future = true;
  } else if ((c === BA || c === LAM || c === KAF) && !isHostForm(rest)) {
    if (c === LAM && normal.charCodeAt(p + 1) === LAM && m - (p + 2) >= 2 && !ARTICLE_EXCEPTIONS.has(rest) && !PROTECTED_PREFIX.has(rest)) {
      // لل: the preposition ل and the article whose alef is dropped (`للحكومة`).
      cuts.push(p + 1, p + 2);
      kinds.push('preposition', 'article');
      p += 2;
      article = true;
    } else if (hasArticleAt(normal, p + 1) && !ARTICLE_EXCEPTIONS.has(normal.slice(p + 1))) {
      cuts.push(p + 1, p + 3);
      kinds.push('preposition', 'article');
      p += 3;
      article = true;
    } else if (c !== KAF && (isHamzaAlef(RAW[p + 1]!) || !PROTECTED_PREFIX.has(rest)) && acceptsProclitic(normal, p + 1, false)) {
      cuts.push(p + 1);
      kinds.push('preposition');
      p += 1;
    }
  } else if (hasArticleAt(normal, p) && !ARTICLE_EXCEPTIONS.has(rest)) {
    cuts.push(p + 2);
    kinds.push('article');
    p += 2;
    article = true;
  }

  // 3. Enclitic pronoun (never with the article: `الكتابه` is not a word).
  let enclitic = 0;
  if (!article) enclitic = findEnclitic(normal, p, future);

  if (cuts.length === 0 && enclitic === 0) return undefined;
  const segments: Segment[] = [];
  let from = 0;
  for (let k = 0; k < cuts.length; k++) {
    const to = cuts[k]!;
    segments.push(makeSegment(start, end, normal, from, to, 'proclitic', kinds[k]!));
    from = to;
  }
  const stemEnd = m - enclitic;
  segments.push(makeSegment(start, end, normal, from, stemEnd, 'stem', null));
  if (enclitic > 0) segments.push(makeSegment(start, end, normal, stemEnd, m, 'enclitic', 'pronoun'));
  return segments;
}

const MAX_LETTERS = 48;
const POS = new Int32Array(MAX_LETTERS);
const RAW = new Int32Array(MAX_LETTERS);

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const SIN = 0x0633;
const ALEF = 0x0627;
const YA = 0x064a;
const TA = 0x062a;
const NUN = 0x0646;

const PROCLITIC_FIRST = new Set([WAW, FA, BA, LAM, KAF, SIN, ALEF]);
const ENCLITIC_LAST = new Set([0x0647, ALEF, 0x0645, NUN, YA, KAF]); // ه ا م ن ي ك

/** A hamza on or under alef, or alef madda: أ إ آ */
function isHamzaAlef(c: number): boolean {
  return c === 0x0623 || c === 0x0625 || c === 0x0622;
}

/**
 * Short function words that may follow و / ف (and ب / ل with a hamza-alef) though they have only two
 * letters: `وهو`, `فلا`, `ولم`, `وقد`, `لأن`. Keys are normalised.
 */
const SHORT_STEMS = new Set(
  'هو هي هم هن لا لم لن ما من في عن مع قد ان لو او ام بل ثم كل اي له لك به بك ذا اذ كي'.split(' '),
);

/** Words that begin with ال without carrying the article (relative pronouns, إلى/إلا/الآن written plainly, الله). */
const ARTICLE_EXCEPTIONS = new Set(
  'الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي اللائي الا الي الان الله اللهم لله الاف المانيا البانيا الف الفا الفين الاء اليه اليها اليهم اليك الينا اليهما'.split(' '),
);

/** True when the stem after a one-letter proclitic at `at` is long enough (or a short function word). */
function acceptsProclitic(normal: string, at: number, conjunction: boolean): boolean {
  const left = normal.length - at;
  if (left >= 3) return true;
  if (left < 2) return false;
  // `وهو`, `فلا`, `ولم`; after ب / ل only with a hamza (`لأن`, `بأن`) so that `بين`, `لدى` stay whole.
  const stem = normal.slice(at);
  if (!SHORT_STEMS.has(stem)) return false;
  return conjunction || isHamzaAlef(RAW[at]!);
}

/** True when `normal` has the article at `at`: a bare alef (not أ إ آ) then lam, and a stem of two letters. */
function hasArticleAt(normal: string, at: number): boolean {
  return normal.charCodeAt(at) === ALEF && RAW[at] === ALEF && normal.charCodeAt(at + 1) === LAM && normal.length - (at + 2) >= 2;
}

/**
 * True when `س` at `at` marks the future: an imperfect prefix follows (ي ت ن, or أ with its hamza written)
 * and the verb has at least three letters after the prefix; nouns ending in ة or ات are excluded
 * (`سنوات`, `سياسة`, `ستة`).
 */
function isFutureVerb(normal: string, at: number): boolean {
  const m = normal.length;
  if (m - (at + 1) < 4) return false;
  const next = normal.charCodeAt(at + 1);
  const prefix = next === YA || next === TA || next === NUN || (next === ALEF && RAW[at + 1] === 0x0623);
  if (!prefix) return false;
  if (RAW[m - 1] === 0x0629) return false; // ة
  if (normal.charCodeAt(m - 1) === TA && normal.charCodeAt(m - 2) === ALEF) return false; // ات
  return true;
}

/** Prepositions and particles that take every pronoun, keyed by their normalised form. */
const HOSTS = new Set('من عن في مع كل ان ل ب لدي علي الي لكن لان بان كان بين حول ضد دون عند منذ لعل ليت مثل'.split(' '));

/** True when `word` is a host particle with its pronoun (`لكنه`, `لديها`, `بينهم`, `فيه`): no proclitic to strip. */
function isHostForm(word: string): boolean {
  for (const [pronoun] of PRONOUNS) {
    if (word.length > pronoun.length && word.endsWith(pronoun) && HOSTS.has(word.slice(0, word.length - pronoun.length))) {
      return !(pronoun === 'ي' && word.length === pronoun.length + 1);
    }
  }
  return false;
}

/** Pronoun suffixes, longest first, as [normalised form, allowed after open-class stems]. */
const PRONOUNS: readonly (readonly [string, boolean])[] = [
  ['هما', true],
  ['كما', true],
  ['هم', true],
  ['هن', true],
  ['ها', true],
  ['كم', true],
  ['كن', true],
  ['نا', true],
  ['ه', true],
  ['ك', false],
  ['ي', false],
];

/**
 * The length of the enclitic pronoun at the end of `normal[at..]`, or 0.
 * After a host (`منه`, `عليها`, `لديك`) every pronoun splits; after an open-class stem only the
 * unambiguous ones, with a stem of three letters or more, and never for the corpus-listed words that
 * merely end with those letters. The raw letters matter: ة is no ه (`حكومة` has no pronoun; `حكومته`
 * does), and a stem ending in ا before نا is an accusative (`أحيانا`, `بيانا`), not a pronoun.
 */
function findEnclitic(normal: string, at: number, future: boolean): number {
  const m = normal.length;
  if (RAW[m - 1] === 0x0629 || RAW[m - 1] === 0x0649) return 0; // ة ى are word-final letters, not pronouns
  const word = normal.slice(at);
  for (const [pronoun, open] of PRONOUNS) {
    const len = pronoun.length;
    if (m - at <= len || !word.endsWith(pronoun)) continue;
    const stem = word.slice(0, word.length - len);
    // The host's own last letter: `فيه` (في + ه), `عليه` (على + ه), `لكنه` (لكن + ه).
    if (HOSTS.has(stem)) {
      // `في` + `ي` and `لدي` + `ي` merge into one letter: there is nothing to split.
      if (pronoun === 'ي' && stem.endsWith('ي')) return 0;
      return len;
    }
    if (!open) return 0;
    if (stem.length < 3) return 0;
    if (PROTECTED_SUFFIX.has(word)) return 0;
    if (pronoun === 'نا' && stem.charCodeAt(stem.length - 1) === ALEF) return 0;
    // After the future marker the stem is a verb: `سيقولها` keeps its pronoun, but `ستين` or `سيكون` have none.
    if (future && len === 1) return 0;
    return len;
  }
  return 0;
}

function makeSegment(
  start: number,
  end: number,
  normal: string,
  from: number,
  to: number,
  role: Segment['role'],
  clitic: Segment['clitic'] | null,
): Segment {
  const s = from === 0 ? start : POS[from]!;
  const e = to >= normal.length ? end : POS[to]!;
  const segment: Segment = { start: s, end: e, role, normal: normal.slice(from, to) };
  if (clitic) segment.clitic = clitic;
  return segment;
}
