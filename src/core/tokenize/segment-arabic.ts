import type { Segment } from './types.js';
import { foldCodeUnit } from '../normalize/ar.js';
import { PROTECTED_PREFIX, PROTECTED_SUFFIX } from './clitic-lexicon.js';
import { CodeSet } from './code-set.js';

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
 * @param oneToOne True when the caller knows the word has no marks, tatweel, joiners or presentation forms.
 * @returns The segments tiling the token (proclitics, stem, enclitic), or undefined when it has no clitic.
 */
export function segmentArabic(text: string, start: number, end: number, normal: string, oneToOne = false): Segment[] | undefined {
  const m = normal.length;
  if (m < 2 || m > MAX_LETTERS) return undefined;
  const first = normal.charCodeAt(0);
  const last = normal.charCodeAt(m - 1);
  // Hot path: most words neither begin with a proclitic letter nor end with a pronoun letter. The raw last
  // unit decides the ending: `حكومة` normalises to a final ه, but its ة is no pronoun.
  const rawLast = text.charCodeAt(end - 1);
  if (!isProcliticFirst(first) && (rawLast === 0x0629 || !isEncliticLast(last))) return undefined;
  if (oneToOne && m === end - start) {
    // No marks, tatweel or joiners: letter k is code unit start + k.
    for (let k = 0; k < m; k++) {
      POS[k] = start + k;
      RAW[k] = text.charCodeAt(start + k);
    }
  } else {
    // Letter positions in the source (marks, tatweel and joiners are dropped by the normaliser).
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
  }

  let cuts = 0;
  let p = 0;
  let article = false;
  let future = false;

  // 1. Conjunction و / ف.
  if ((first === WAW || first === FA) && !isHostForm(normal, 0) && (isHamzaAlef(RAW[1]!) || !PREFIX.has(normal)) && acceptsProclitic(normal, 1, true)) {
    CUTS[cuts] = 1;
    KINDS[cuts++] = 'conjunction';
    p = 1;
  }
  // 2. Future marker, or preposition (+ article), or the article alone.
  const c = normal.charCodeAt(p);
  if (c === SIN) {
    if (isFutureVerb(normal, p) && !PREFIX.has(normal, p, m)) {
      CUTS[cuts] = p + 1;
      KINDS[cuts++] = 'future';
      p += 1;
      future = true;
    }
  } else if (c === BA || c === LAM || c === KAF) {
    // `بأنه` is ب + أن + ه: a hamza after the preposition wins over the host reading `بان`.
    if (!isHostForm(normal, p) || isHamzaAlef(RAW[p + 1]!)) {
      if (c === LAM && normal.charCodeAt(p + 1) === LAM && m - (p + 2) >= 2 && !ARTICLE_EXCEPTIONS.has(normal, p, m) && !PREFIX.has(normal, p, m)) {
        // لل: the preposition ل and the article whose alef is dropped (`للحكومة`).
        CUTS[cuts] = p + 1;
        KINDS[cuts++] = 'preposition';
        CUTS[cuts] = p + 2;
        KINDS[cuts++] = 'article';
        p += 2;
        article = true;
      } else if (hasArticleAt(normal, p + 1) && !(mayBeArticleException(normal, p + 1) && ARTICLE_EXCEPTIONS.has(normal, p + 1, m))) {
        CUTS[cuts] = p + 1;
        KINDS[cuts++] = 'preposition';
        CUTS[cuts] = p + 3;
        KINDS[cuts++] = 'article';
        p += 3;
        article = true;
      } else if (c !== KAF && (isHamzaAlef(RAW[p + 1]!) || !PREFIX.has(normal, p, m)) && acceptsProclitic(normal, p + 1, false)) {
        CUTS[cuts] = p + 1;
        KINDS[cuts++] = 'preposition';
        p += 1;
      }
    }
  } else if (hasArticleAt(normal, p) && !(mayBeArticleException(normal, p) && ARTICLE_EXCEPTIONS.has(normal, p, m))) {
    CUTS[cuts] = p + 2;
    KINDS[cuts++] = 'article';
    p += 2;
    article = true;
  }

  // 3. Enclitic pronoun (never with the article: `الكتابه` is not a word).
  const enclitic = article ? 0 : findEnclitic(normal, p, future);

  if (cuts === 0 && enclitic === 0) return undefined;
  // An array of exactly the right length (a growing `push` array reserves room for seventeen).
  const segments: Segment[] = new Array<Segment>(cuts + (enclitic > 0 ? 2 : 1));
  let from = 0;
  for (let k = 0; k < cuts; k++) {
    const to = CUTS[k]!;
    segments[k] = makeSegment(start, end, normal, from, to, 'proclitic', KINDS[k]!);
    from = to;
  }
  const stemEnd = m - enclitic;
  segments[cuts] = makeSegment(start, end, normal, from, stemEnd, 'stem', null);
  if (enclitic > 0) segments[cuts + 1] = makeSegment(start, end, normal, stemEnd, m, 'enclitic', 'pronoun');
  return segments;
}

/** The corpus lexicon as code sets: looked up on ranges of the word, with no slicing. */
const PREFIX = new CodeSet(PROTECTED_PREFIX);
const SUFFIX = new CodeSet(PROTECTED_SUFFIX);

const CUTS = new Int32Array(4);
const KINDS: NonNullable<Segment['clitic']>[] = ['conjunction', 'conjunction', 'conjunction', 'conjunction'];

/** و ف ب ل ك س, and the alef of the article. */
function isProcliticFirst(c: number): boolean {
  return c === WAW || c === FA || c === BA || c === LAM || c === KAF || c === SIN || c === ALEF;
}

/** The last letters of the pronouns: ه (ها هما كما نا end in ا), م (هم كم), ن (هن كن), ي, ك. */
function isEncliticLast(c: number): boolean {
  return c === HA || c === ALEF || c === MIM || c === NUN || c === YA || c === KAF;
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

const HA = 0x0647;
const MIM = 0x0645;

/** A hamza on or under alef, or alef madda: أ إ آ */
function isHamzaAlef(c: number): boolean {
  return c === 0x0623 || c === 0x0625 || c === 0x0622;
}

/**
 * Short function words that may follow و / ف (and ب / ل with a hamza-alef) though they have only two
 * letters: `وهو`, `فلا`, `ولم`, `وقد`, `لأن`. Keys are normalised.
 */
const SHORT_STEMS = new CodeSet('هو هي هم هن لا لم لن ما من في عن مع قد ان لو او ام بل ثم كل اي له لك به بك ذا اذ كي'.split(' '));

/** Words that begin with ال without carrying the article (relative pronouns, إلى/إلا/الآن written plainly, الله). */
const ARTICLE_EXCEPTIONS = new CodeSet(
  'الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي اللائي الا الي الان الله اللهم لله الاف المانيا البانيا الف الفا الفين الاء اليه اليها اليهم اليك الينا اليهما'.split(' '),
);

/** True when the stem after a one-letter proclitic at `at` is long enough (or a short function word). */
function acceptsProclitic(normal: string, at: number, conjunction: boolean): boolean {
  const left = normal.length - at;
  if (left >= 3) return true;
  if (left < 2) return false;
  // `وهو`, `فلا`, `ولم`; after ب / ل only with a hamza (`لأن`, `بأن`) so that `بين`, `لدى` stay whole.
  if (!SHORT_STEMS.has(normal, at, normal.length)) return false;
  return conjunction || isHamzaAlef(RAW[at]!);
}

/**
 * Cheap filter before the article exceptions are looked up: the letter after ال of every exception
 * (`الذي` ذ, `التي` ت, `الله` ل, `الان` ا, `الي` ي, `الف` ف, `المانيا` م, `البانيا` ب), and at most seven letters.
 */
function mayBeArticleException(normal: string, at: number): boolean {
  if (normal.length - at > 7) return false;
  const c = normal.charCodeAt(at + 2);
  return c === 0x0630 || c === TA || c === LAM || c === ALEF || c === YA || c === FA || c === MIM || c === BA || c === 0x0621 || c === 0x0647;
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
const HOSTS = new CodeSet('من عن في مع كل ان ل ب لدي علي الي لكن لان بان كان بين حول ضد دون عند منذ لعل ليت مثل'.split(' '));

/** True when `normal[from..]` is a host particle with its pronoun (`لكنه`, `لديها`, `بينهم`, `فيه`): no proclitic to strip. */
function isHostForm(normal: string, from: number): boolean {
  const m = normal.length;
  // Hosts have at most three letters and pronouns at most three: longer words are never host forms.
  if (m - from > 6) return false;
  const len = pronounLength(normal, from);
  if (len === 0 || m - from <= len) return false;
  if (!HOSTS.has(normal, from, m - len)) return false;
  return !(normal.charCodeAt(m - 1) === YA && m - from === 2);
}

/**
 * The length of the pronoun letters ending `normal` (after letter `at`), read from the last letters:
 * هما كما (3), ها نا هم كم هن كن (2), ه ك ي (1), or 0. A final ة is no ه (the raw letter decides).
 */
function pronounLength(normal: string, at: number): number {
  const m = normal.length;
  const last = normal.charCodeAt(m - 1);
  const prev = m - 2 >= at ? normal.charCodeAt(m - 2) : 0;
  if (last === ALEF) {
    if (prev === MIM) {
      const prev2 = m - 3 >= at ? normal.charCodeAt(m - 3) : 0;
      return prev2 === HA || prev2 === KAF ? 3 : 0;
    }
    return prev === HA || prev === NUN ? 2 : 0;
  }
  if (last === MIM || last === NUN) return prev === HA || prev === KAF ? 2 : 0;
  if (last === HA) return 1;
  if (last === KAF || last === YA) return 1;
  return 0;
}


/**
 * The length of the enclitic pronoun at the end of `normal[at..]`, or 0.
 * After a host (`منه`, `عليها`, `لديك`) every pronoun splits; after an open-class stem only the
 * unambiguous ones (not ك or ي), with a stem of three letters or more, and never for the corpus-listed
 * words that merely end with those letters. The raw letters matter: ة is no ه (`حكومة` has no pronoun;
 * `حكومته` does), and a stem ending in ا before نا is an accusative (`أحيانا`, `بيانا`), not a pronoun.
 */
function findEnclitic(normal: string, at: number, future: boolean): number {
  const m = normal.length;
  const rawLast = RAW[m - 1];
  if (rawLast === 0x0629 || rawLast === 0x0649) return 0; // ة ى are word-final letters, not pronouns
  const len = pronounLength(normal, at);
  if (len === 0) return 0;
  const stemLength = m - at - len;
  if (stemLength < 1) return 0;
  // The host's own last letter: `فيه` (في + ه), `عليه` (على + ه), `لكنه` (لكن + ه).
  if (stemLength <= 3 && HOSTS.has(normal, at, m - len)) {
    // `في` + `ي` and `لدي` + `ي` merge into one letter: there is nothing to split.
    if (len === 1 && normal.charCodeAt(m - 1) === YA && normal.charCodeAt(m - 2) === YA) return 0;
    return len;
  }
  const lastCode = normal.charCodeAt(m - 1);
  if (len === 1 && (lastCode === KAF || lastCode === YA)) return 0; // open-class ك / ي: `ذلك`, `عربي`
  if (stemLength < 3) return 0;
  if (SUFFIX.has(normal, at, m)) return 0;
  if (len === 2 && lastCode === ALEF && normal.charCodeAt(m - 2) === NUN && normal.charCodeAt(m - 3) === ALEF) return 0;
  // After the future marker the stem is a verb: `سيقولها` keeps its pronoun, a lone ه is a root letter.
  if (future && len === 1) return 0;
  return len;
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
  // Clitics are a closed set of short strings: reuse constants rather than slicing each time.
  const text = clitic ? cliticString(normal, from, to) : normal.slice(from, to);
  return clitic ? { start: s, end: e, role, normal: text, clitic } : { start: s, end: e, role, normal: text };
}

/** The clitic `normal[from..to)` as a constant string (falls back to a slice for anything unexpected). */
function cliticString(normal: string, from: number, to: number): string {
  const a = normal.charCodeAt(from);
  const len = to - from;
  if (len === 1) {
    switch (a) {
      case WAW: return '\u0648';
      case FA: return '\u0641';
      case BA: return '\u0628';
      case LAM: return '\u0644';
      case KAF: return '\u0643';
      case SIN: return '\u0633';
      case HA: return '\u0647';
      case YA: return '\u064a';
    }
  } else if (len === 2) {
    const b = normal.charCodeAt(from + 1);
    if (a === ALEF && b === LAM) return '\u0627\u0644'; // ال
    if (a === HA) {
      if (b === ALEF) return '\u0647\u0627'; // ها
      if (b === MIM) return '\u0647\u0645'; // هم
      if (b === NUN) return '\u0647\u0646'; // هن
    } else if (a === KAF) {
      if (b === MIM) return '\u0643\u0645'; // كم
      if (b === NUN) return '\u0643\u0646'; // كن
    } else if (a === NUN && b === ALEF) return '\u0646\u0627'; // نا
  } else if (len === 3 && normal.charCodeAt(from + 1) === MIM) {
    if (a === HA) return '\u0647\u0645\u0627'; // هما
    if (a === KAF) return '\u0643\u0645\u0627'; // كما
  }
  return normal.slice(from, to);
}
