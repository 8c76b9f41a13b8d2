// Speaker phrases: the noun phrase of a source beside its cue (VSO after it, SVO before it), its type,
// and its resolution to the fullest name of the same source in the article.
import type { Entity, SpeakerType } from '../analysis.js';
import type { Span } from '../source/span.js';
import {
  AFFILIATED, ANAPHORS, WAW_MASDARS, ANONYMOUS_HEADS, COMPLEMENTISERS, COUNTRY_NAMES, DOCUMENT_HEADS, GROUP_HEADS, NAME_ENDERS, NP_STOPS, ORGANIZATION_HEADS,
  PERSON_TITLES, RESUMPTIVES, SOURCE_HEADS, SUBJUNCTIVE_TRIGGERS, SVO_OPENERS,
} from './function-words.js';
import { GIVEN_KEYS } from '../entities/propagate.js';
import { corpusLabel } from '../entities/tagger.js';
import { cueAt, cueOf, isComma, isSentenceEnd, type Word } from './words.js';

/** A noun phrase as a range of words `[from, to)`. */
export interface Phrase {
  from: number;
  to: number;
  /** Code units to skip at the start of the first word: the conjunction و of a split conjunct (وبيونغ يانغ). */
  lead?: number;
  /**
   * The first word is ل + a definite noun written لل (وفقا للمصادر العسكرية): its name and keys read the article
   * (المصادر), its mention stays the text as written.
   */
  article?: boolean;
}

/** Options of the noun-phrase walker. */
export interface PhraseOptions {
  /** Stop before a word carrying an attached pronoun (تدخله): the object of a deny verb starts there. */
  stopAtPronoun?: boolean;
  /** Stop before an indefinite verbal noun after a definite word (الحكومة الرواندية | إحداث). */
  stopAtMasdar?: boolean;
  /** At most this many words (8 by default). */
  max?: number;
  /** Let the phrase open with a dative لل- word (ووفقا للشرطة); a subject never does (وقالت للصحف ...). */
  allowDative?: boolean;
}

const NAME_ENDINGS_WITH_HA = new Set(['الله', 'عبدالله']);
/**
 * Quantifiers that open a group subject before a definite plural: with من (عدد من المزارعين، العديد من السكان; عدد
 * السوريين is a number), or directly for the partitives (بعض الخبراء، معظم المشاركين).
 */
const SUBJECT_QUANTIFIERS = new Set(['عدد', 'بعض', 'معظم', 'اغلب', 'كثير', 'العديد', 'عشرات', 'مئات', 'الاف', 'غالبيه', 'اغلبيه']);
const PARTITIVES = new Set(['بعض', 'معظم', 'اغلب', 'غالبيه', 'اغلبيه']);
/** ل before an outlet's head noun: the outlet a source spoke to (لوكالة، لصحيفة، لقناة). */
export const OUTLET_DATIVE = /^ل(?:وكاله|صحيفه|قناه|موقع|جريده|مجله|شبكه|اذاعه|تلفزيون)$/;
const MASDAR = /^(?:ا..ا.|ت..ي.|ت.ا..|است...ا.|م.ا..ه)$/u;

/** A verbal noun without the article (تحرير، إعلان، استئناف): after a verb it is the object, not the subject. */
export function isBareMasdar(w: Word | undefined): boolean {
  return !!w && w.kind === 'word' && !w.person && !w.org && !w.n.startsWith('ال') && MASDAR.test(w.n);
}

/** True when a word may be part of a speaker phrase. */
function isPhraseWord(w: Word): boolean {
  if (w.kind !== 'word') return false;
  if (NP_STOPS.has(w.n) || COMPLEMENTISERS.has(w.n) || RESUMPTIVES.has(w.n)) return false;
  const cue = cueOf(w);
  // A cue verb ends the phrase (وحسب المصدر ذاته دعا ...), but a noun like تصريح or قول does not start one.
  if (cue && cue.form !== 'noun') return false;
  return true;
}

/**
 * True when the quotation from `open` to `close` is a short name that a noun in construct before it names (المشرف على
 * مبادرة «نرسم بسمتهم»، أن ...; مصرف «مورغان ستانلي» أن ...; مدير عام "تعليم الخرج" الدكتور ... أن): at most five
 * words, and a complementiser follows it in the same clause. A noun with the article, a name, a cue or a punctuation
 * mark before the quotation leaves it a quotation (قال الوزير “...”، قال ميلر “...”). Right after an institution's
 * name, a quotation of up to three words is its acronym (ومكافحة الفساد "نزاهة").
 */
export function namedQuote(words: Word[], open: number, close: number, limit: number): boolean {
  const before = words[open - 1];
  // (Or the acronym after an institution's name: الهيئة الوطنية لحماية النزاهة ومكافحة الفساد "نزاهة".)
  if (!before || before.kind !== 'word' || (before.n.startsWith('ال') && !before.org) || before.person || cueAt(words, open - 1)) return false;
  if (close < 0 || close - open > 5) return false;
  if (before.org && close - open <= 3) return true;
  for (let k = close + 1; k < Math.min(limit, close + 10); k++) {
    const w = words[k]!;
    if (w.kind === 'quote' || isSentenceEnd(w, words[k + 1])) return false;
    if (w.kind !== 'word') continue;
    if (COMPLEMENTISERS.has(w.n) && !w.n.startsWith('و')) return !SUBJUNCTIVE_TRIGGERS.has(words[k - 1]!.n);
    if (cueAt(words, k)) return false;
  }
  return false;
}

/**
 * The noun phrase that starts at word `i` (VSO subject or according-to source), or null.
 * Walks words until a comma, a complementiser, a preposition, a time word, a cue verb or a quotation
 * mark; a short quoted name right after an organisation head stays inside (صحيفة “لا ريبوبليكا”).
 *
 * @example
 * // وقال اللفتنانت كولونيل تشارلي ديتز، المتحدث ... → "اللفتنانت كولونيل تشارلي ديتز"
 */
export function phraseAfter(words: Word[], i: number, limit: number, opts: PhraseOptions = {}): Phrase | null {
  const max = opts.max ?? 8;
  let first = i;
  let j = i;
  let count = 0;
  let sawDefinite = false;
  while (j < limit && count < max) {
    const w = words[j]!;
    if (w.kind === 'quote') {
      // صحيفة “لا ريبوبليكا”: a quoted name of at most three words after an organisation head.
      const prev = words[j - 1];
      let orgPhrase = false;
      for (let k = first; k < j; k++) if (ORGANIZATION_HEADS.has(words[k]!.n) || ORGANIZATION_HEADS.has(bareKey(words[k]!.n.replace(/^و/, '')))) orgPhrase = true;
      if (count > 0 && prev) {
        let k = j + 1;
        while (k < limit && k <= j + 4 && words[k]!.kind === 'word') k++;
        // Or a name a noun in construct gives before the complementiser (مدير عام "تعليم الخرج" الدكتور ... أن).
        if (k < limit && words[k]!.kind === 'quote' && k > j + 1 && (orgPhrase || namedQuote(words, j, k, limit))) {
          count += k - j - 1;
          j = k + 1;
          continue;
        }
      }
      break;
    }
    if (w.kind === 'punct' && w.n === '(' && count === 0) { j++; first = j; continue; }
    // عدد من المزارعين، بعض الخبراء، العديد من السكان: a quantifier opens a group subject.
    if (count === 0 && SUBJECT_QUANTIFIERS.has(w.n)) {
      const of = words[j + 1]?.n === 'من' ? 1 : 0;
      const head = of || PARTITIVES.has(w.n) ? words[j + 1 + of] : undefined;
      if (head && head.kind === 'word' && head.n.startsWith('ال') && isPhraseWord(head)) { j += 1 + of; count += 1 + of; continue; }
    }
    if (w.kind === 'punct' && w.n === '-' && count > 0 && words[j + 1]?.kind === 'word') { j++; continue; }
    if (w.kind === 'number' && count > 0 && words[j - 1] && SOURCE_HEADS.has(words[j - 1]!.n)) { j++; count++; continue; } // إحصاء 2014
    // بيان صادر عن الحزب: the issuer stays inside a document phrase.
    if (w.n === 'عن' && count > 0 && /^(?:ال)?صادر|^صدر/.test(words[j - 1]!.n)) { j++; count++; continue; }
    // المقدم علي الشهراني: علي after a title and before a name is the name, not على, which normalises alike.
    // (The entities tell them apart by the written alef maqsura: the name is inside a person's mention.)
    if (w.n === 'علي' && w.person && count > 0 && (PERSON_TITLES.has(words[j - 1]!.n) || NAME_ENDERS.has(words[j - 1]!.n))) { j++; count++; continue; }
    if (!isPhraseWord(w)) break;
    // A preposition written apart (لـ«الشرق الأوسط»، بـ"التاريخية") opens a dative or an object, not a name; after a
    // document head it names the issuer (بلاغ لـ"المؤسسة").
    if ((w.n === 'ل' && !(count > 0 && DOCUMENT_HEADS.has(words[j - 1]!.n))) || w.n === 'ب') break;
    // أبلغ الرئيس شي جين بينغ ضباطًا أن ...: an accusative after the subject is the object; right after the verb it
    // is an adverb or the object (تقر ضمنًا أن، قال مسبقًا), never the subject.
    if (w.accusative) break;
    // (Not inside a name the entities know: شركة المياه الوطنية.)
    if (count > 0 && opts.stopAtPronoun && !w.taa && !w.org && !w.person && /(?:ه|ها|هم|هما)$/.test(w.n) && w.n.length >= 4 && !NAME_ENDINGS_WITH_HA.has(w.n)) break;
    // (Not the name a spokesman speaks for: المتحدث باسم أنصار الله.)
    if (count > 0 && opts.stopAtMasdar && sawDefinite && !w.n.startsWith('ال') && words[j - 1]!.n !== 'باسم' && MASDAR.test(w.n)) break;
    // نفت الوزارة وجود أي إصابات، استبعدت المصادر عقد الاجتماع: after a definite noun, a common word without the article
    // can be neither its adjective nor its genitive; it opens the object (a name the entities know may follow a title).
    if (count > 0 && opts.stopAtMasdar && words[j - 1]!.n.startsWith('ال') && !words[j - 1]!.person && !PERSON_TITLES.has(words[j - 1]!.n) &&
      !w.n.startsWith('ال') && !w.person && !w.org && /^[\u0621-\u064a]{3,}$/.test(w.n) && (!/^[بلو]/.test(w.n) || WAW_MASDARS.has(w.n)) && corpusLabel(w.n)?.label === 'O') break;
    // The outlet spoken to (قال المصدر لوكالة الصحافة الفرنسية، باسم بوينغ لوكالة ...) ends a subject, except after a
    // title whose complement it is (المدير العام لصحيفة الرياض).
    if (count > 0 && OUTLET_DATIVE.test(w.n) && !PERSON_TITLES.has(words[j - 1]!.n) && !PERSON_TITLES.has(words[j - 2]?.n ?? '')) break;
    // A dative لل- word (قال للصحفيين) ends a subject, except right after a document head (بلاغ للوزارة).
    if (count === 0 && !opts.allowDative && w.n.startsWith('لل')) break;
    // (Not inside an organisation's name: مدير عام الهيئة العامة للسياحة والتراث الوطني; nor an institution after a
    // title and its adjective: المتحدث الإعلامي للدفاع المدني, not المتحدث الرسمي للصحفيين.)
    // (Nor a body's parent after التابعة: الأكاديمية ... التابعة للهيئة العامة للطيران المدني.)
    if (count > 0 && w.n.startsWith('لل') && !DOCUMENT_HEADS.has(words[j - 1]!.n) && !SOURCE_HEADS.has(words[j - 1]!.n) && !AFFILIATED.has(words[j - 1]!.n) &&
      !(count < 3 && (ORGANIZATION_HEADS.has(words[first]!.n) || ((w.org || words[j + 1]?.org) && PERSON_TITLES.has(words[first]!.n)))) && !(w.org && words[j - 1]!.org)) break;
    // بتعزيز، بالعمل: a prepositional phrase or verbal noun with ب ends the subject (تعهدا بتعزيز العلاقات).
    if (count > 0 && (w.n.startsWith('بال') || (w.n.startsWith('ب') && MASDAR.test(w.n.slice(1))))) break;
    if (w.n.startsWith('ال')) sawDefinite = true;
    j++;
    count++;
  }
  // A long title phrase cut at the limit right after its rank (المتحدث باسم الدفاع المدني بمنطقة مكة المكرمة
  // العقيد ...): the name that follows belongs to it.
  // Or cut inside the name that follows the rank (المقدم علي | الشهراني).
  const rank = count >= max && j > first ? (PERSON_TITLES.has(words[j - 1]!.n) ? j : j - 1 > first && (PERSON_TITLES.has(words[j - 2]!.n) || NAME_ENDERS.has(words[j - 2]!.n)) ? j - 1 : -1) : -1;
  if (rank > 0 && !/^[بل]/.test(words[rank]?.n ?? '')) {
    // (علي after a rank is the name, not the preposition على, which normalises alike: المقدم علي الشهراني.)
    const ali = words[rank]?.n === 'علي' && words[rank]!.person;
    let e = rank;
    while (e < limit && e - rank < 4 && (isNameWord(words, e) || (e === rank && ali) || (e > rank && isNisba(words, e)))) e++;
    if (e > rank) j = Math.max(j, e);
  }
  // Drop a trailing hyphen or bracket, and a ب- word the word limit cut from what it governs (... الوطني بمنطقة).
  while (j > first && words[j - 1]!.kind !== 'word' && words[j - 1]!.kind !== 'quote' && words[j - 1]!.kind !== 'number') j--;
  if (count >= max && j - first > 1 && words[j - 1]!.n.startsWith('ب') && !words[j - 1]!.person && !words[j - 1]!.org && words[j]?.kind === 'word') j--;
  return j > first ? { from: first, to: j } : null;
}

/**
 * The noun phrase that ends just before word `i` (SVO subject: `سيول تقول`, `موسكو وبيونغ يانغ نفتا`),
 * or null when the words before the cue do not start at a clause boundary.
 */
export function phraseBefore(words: Word[], i: number, regionStart: number, max = 8, anyStart = false): Phrase | null {
  let j = i;
  let count = 0;
  while (j > regionStart && count < max) {
    const w = words[j - 1]!;
    if (w.kind === 'quote' && count > 0) {
      // A quoted name inside the phrase: "ديفا" الأغنية الشعبية
      let k = j - 2;
      while (k > regionStart && k >= j - 5 && words[k]!.kind === 'word') k--;
      if (k >= regionStart && words[k]!.kind === 'quote' && k < j - 2) { j = k; count += 1; continue; }
      break;
    }
    if (w.kind !== 'word' || !isPhraseWord(w)) break;
    j--;
    count++;
  }
  if (j === i) return null;
  // The phrase must open its clause: the sentence start, a comma, a complementiser or a conjunction.
  const before = words[j - 1];
  const ok = j === regionStart || !before || isSentenceEnd(before, words[j]) || isComma(before) || (before.kind === 'punct' && before.n !== '-') ||
    SVO_OPENERS.has(before.n) || COMPLEMENTISERS.has(before.n) || before.sentence !== words[j]!.sentence;
  if (ok) return { from: j, to: i };
  // The antecedent of a relative pronoun needs no boundary, but must look like a source, not a thing:
  // ماثيو ميللر، الذي ردد ... is a source; هذا في الوقت، الذي قال ... is not.
  return anyStart && looksLikeSource(phraseKeys(words, { from: j, to: i })) ? { from: j, to: i } : null;
}

/** A head or title word of a source phrase (الوزير، وزارة، مسؤولون، مصدر، روسيا، الدراسة), or a nisba surname. */
export function isHeadWord(k: string): boolean {
  const b = 'ال' + bareKey(k);
  return PERSON_TITLES.has(k) || ORGANIZATION_HEADS.has(k) || GROUP_HEADS.has(k) || ANONYMOUS_HEADS.has(k) || COUNTRY_NAMES.has(k) || SOURCE_HEADS.has(k) ||
    PERSON_TITLES.has(b) || ORGANIZATION_HEADS.has(b) || SOURCE_HEADS.has(b);
}

/** A phrase that can name a source: a title, an organisation or group head, or a word without the article (a name). */
export function looksLikeSource(keys: string[]): boolean {
  return keys.some((k) => PERSON_TITLES.has(k) || ORGANIZATION_HEADS.has(k) || GROUP_HEADS.has(k) || ANONYMOUS_HEADS.has(k) || COUNTRY_NAMES.has(k) || SOURCE_HEADS.has(k) ||
    (!k.startsWith('ال') && !k.startsWith('لل')) || isLikelyNameWord(k));
}

/**
 * The personal name inside a phrase: its last run of name words (given names, nisba surnames, name
 * particles): `رئيس المجلس ...، إدريس اليزمي` → إدريس اليزمي. Null when the phrase holds none.
 */
export function nameRun(words: Word[], p: Phrase): Phrase | null {
  let best: Phrase | null = null;
  for (let k = p.from; k < p.to; k++) {
    if (!isNameWord(words, k)) continue;
    let e = k + 1;
    while (e < p.to && (isNameWord(words, e) || isNisba(words, e) || (words[e]!.kind === 'punct' && words[e]!.n === '-' && isNameWord(words, e + 1)))) e++;
    // Not a name set in quotation marks (مدير عام قنوات «فوكس إنترناشونال»): an outlet's or a programme's.
    const quoted = words[k - 1]?.kind === 'quote' && words[e]?.kind === 'quote';
    if (e - k >= 2 && !quoted) best = { from: k, to: e };
    k = e;
  }
  return best;
}

/** Words that may form a personal name: no article, no particle, no cue (كارونكوزي أندري مارتن، عبد الله ساعف). */
function isNameWord(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.kind !== 'word' || w.n.length < 2) return false;
  const n = w.n;
  if (NP_STOPS.has(n) || COMPLEMENTISERS.has(n) || cueOf(w) || PERSON_TITLES.has(n) || NAME_ENDERS.has(n) || ORGANIZATION_HEADS.has(n) || SOURCE_HEADS.has(n)) return false;
  if (n.startsWith('ال')) return n === 'الله' || n === 'الدين' || n === 'الاله' || n === 'الرحمن';
  return !/^(?:لل|بال|وال|كال)/.test(n);
}

/** A word that carries a name on: a name word, a nisba, or a hyphen before a name word (إيان ليدل - غرينجر). */
function continuesName(words: Word[], k: number): boolean {
  return isNameWord(words, k) || isNisba(words, k) || (words[k]?.n === '-' && isNameWord(words, k + 1));
}

/** A surname with the article after a given name: إدريس اليزمي، سعد الدين العثماني. */
function isNisba(words: Word[], k: number): boolean {
  const w = words[k];
  return !!w && w.kind === 'word' && w.n.startsWith('ال') && w.n.length >= 5 && w.n.endsWith('ي') && !PERSON_TITLES.has(w.n) && !NAME_ENDERS.has(w.n);
}

/**
 * A title phrase (النقيب السابق، مدير مركز ...) often has its name in apposition a few words on:
 * `وقال النقيب السابق للجمعية ...، كارونكوزي أندري مارتن، "..."`. Returns the phrase extended to the
 * end of that name, or the phrase itself.
 */
export function extendToApposedName(words: Word[], p: Phrase, limit: number): Phrase {
  const head = words[p.from]!.n;
  if (!PERSON_TITLES.has(head) && !PERSON_TITLES.has('ال' + head)) return p;
  // Already holds a name: وزير الداخلية محمد حصاد.
  for (let k = p.from + 1; k < p.to; k++) if (isNameWord(words, k) && isNameWord(words, k + 1) && k + 1 < p.to) return p;
  let best = -1;
  // A title's complement may run long before its name (الكاتب العام للوزارة المنتدبة لدى رئيس الحكومة المكلفة
  // بالشؤون العامة والحكامة، عزيز اجبيلو، إن): past ten words, only a person the entities know, the first one.
  for (let k = p.to; k < Math.min(limit, p.to + 16) && !(best > 0 && k >= p.to + 10); k++) {
    const w = words[k]!;
    if (w.kind === 'quote' || isSentenceEnd(w, words[k + 1]) || (w.kind === 'word' && (COMPLEMENTISERS.has(w.n) || cueOf(w)))) break;
    if (w.kind === 'punct' && w.n === ':') break;
    if (k >= p.to + 10 && !w.person) continue;
    // (Not a verbal noun with ب: وعدت الفنانة ...، بتقديم حفل متميز.)
    if (!w.person && w.n.startsWith('ب') && MASDAR.test(w.n.slice(1))) continue;
    if (isNameWord(words, k) && (isNameWord(words, k + 1) || isNisba(words, k + 1) || givenAndFamily(words, k))) {
      const prev = words[k - 1]!;
      // After a comma, a definite word, or a country (سفير خادم الحرمين الشريفين في مصر أحمد قطان).
      if (!(isComma(prev) || prev.n.startsWith('ال') || prev.n.startsWith('لل') || COUNTRY_NAMES.has(prev.n)) || NP_STOPS.has(prev.n)) continue;
      let e = k + 1;
      // إيان ليدل - غرينجر: a hyphen inside a name.
      while (e + 1 < limit && continuesName(words, e + 1) && e - k < 4) e++;
      const after = words[e + 1];
      // ... before a complementiser, a stop word, punctuation or the outlet spoken to (فلان لـ«الوطن»).
      if (!after || after.kind !== 'word' || COMPLEMENTISERS.has(after.n) || NP_STOPS.has(after.n) || after.n === 'ل') best = e + 1;
      k = e;
    }
  }
  return best > 0 ? { from: p.from, to: best } : p;
}

/**
 * A common given name, then a family name with the article (محند العنصر، نبيل بنعبد الله is covered by name words): the
 * family name need not read as a nisba.
 */
export function givenAndFamily(words: Word[], k: number): boolean {
  const next = words[k + 1];
  return GIVEN_KEYS.has(words[k]?.n ?? '') && !!next && next.kind === 'word' && next.n.startsWith('ال') && next.n.length >= 4 &&
    !NP_STOPS.has(next.n) && !PERSON_TITLES.has(next.n) && !NAME_ENDERS.has(next.n) && !COUNTRY_NAMES.has(next.n) && !cueOf(next);
}

/** The text of a phrase's words, normalised, one entry per word. */
export function phraseKeys(words: Word[], p: Phrase): string[] {
  const out: string[] = [];
  for (let k = p.from; k < p.to; k++) if (words[k]!.kind === 'word' || words[k]!.kind === 'number') out.push(words[k]!.n);
  if (p.lead && out.length) out[0] = out[0]!.slice(1);
  if (p.article && out.length && out[0]!.startsWith('لل')) out[0] = 'ال' + out[0]!.slice(2);
  return out;
}

/** The source span of a phrase. */
export function phraseSpan(words: Word[], p: Phrase): Span {
  return { start: words[p.from]!.start + (p.lead ?? 0), end: words[p.to - 1]!.end };
}

/** Strips the article and a dative لـ: للوزارة → وزارة, الحكومة → حكومة. */
export function bareKey(w: string): string {
  let s = w;
  if (s.startsWith('لل') && s.length > 4) s = s.slice(2);
  else if (s.startsWith('ال') && s.length > 4) s = s.slice(2);
  return s;
}

/** A loose key for spelling variants: doubled letters collapsed (ميللر/ميلر), ابن/بن unified. */
export function looseKey(w: string): string {
  const b = bareKey(w);
  if (b === 'ابن') return 'بن';
  // Asked for many words of every article: most have no doubled letter and are returned as they are.
  let i = 1;
  while (i < b.length && b.charCodeAt(i) !== b.charCodeAt(i - 1)) i++;
  if (i >= b.length) return b;
  let out = b.slice(0, i);
  for (; i < b.length; i++) if (b.charCodeAt(i) !== b.charCodeAt(i - 1)) out += b[i];
  return out;
}

/**
 * `looseKey(w) === key`, read off `w` without building its loose key: the surname search asks it of many words of an
 * article, nearly all of which differ at their first letters.
 */
export function hasLooseKey(w: string, key: string): boolean {
  // bareKey: the article or a dative لـ off a word of five letters or more.
  const from = w.length > 4 && (w.startsWith('ال') || w.startsWith('لل')) ? 2 : 0;
  if (w.length - from === 3 && w.startsWith('ابن', from)) return key === 'بن';
  let k = 0;
  for (let i = from; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // A doubled letter counts once.
    if (i > from && c === w.charCodeAt(i - 1)) continue;
    if (key.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === key.length;
}

/** Types a speaker phrase from its head word and the country table. */
export function typeOfPhrase(keys: string[]): SpeakerType {
  const head = keys[0] ?? '';
  const joined = keys.join(' ');
  if (COUNTRY_NAMES.has(joined) || (keys.length <= 2 && COUNTRY_NAMES.has(head))) return 'country';
  if (ANONYMOUS_HEADS.has(head)) return 'anonymous';
  if (GROUP_HEADS.has(head)) return 'group';
  if (ORGANIZATION_HEADS.has(head) || ORGANIZATION_HEADS.has(bareKey(head)) || ORGANIZATION_HEADS.has('ال' + bareKey(head))) return 'organization';
  return 'person';
}

/** The country a phrase names (a capital stands for its country), or null. */
export function countryOf(keys: string[]): string | null {
  return COUNTRY_NAMES.get(keys.join(' ')) ?? null;
}

/** Entity types of the analysis mapped onto speaker types. */
export function speakerTypeOfEntity(e: Entity): SpeakerType {
  switch (e.type) {
    case 'person': return 'person';
    case 'organization': return 'organization';
    case 'country': return 'country';
    case 'group': return 'group';
    case 'location': return 'country';
    default: return 'unknown';
  }
}

/** A source already seen in the article: its fullest name so far and its type. */
export interface KnownSource {
  name: string;
  keys: string[];
  type: SpeakerType;
  entity: string | null;
  span: Span;
}

/** True when every key of `small` matches a key of `big` (loosely). */
export function keysWithin(small: readonly string[], big: readonly string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  const pool = big.map(looseKey);
  // ووفقا للا روزا: a dative ل glued to the first word of a name.
  return small.every((k) => pool.includes(looseKey(k)) || (k.startsWith('ل') && pool.includes(looseKey(k.slice(1)))));
}

/** True when a phrase is only a title or a common head (الوزير، المجلس، رئيس الحكومة), not a name. */
export function isCommonPhrase(keys: string[]): boolean {
  return keys.every((k) => PERSON_TITLES.has(k) || ORGANIZATION_HEADS.has(k) || SOURCE_HEADS.has(k) || GROUP_HEADS.has(k) || ANAPHORS.has(k) ||
    DOCUMENT_HEADS.has(k) || k.startsWith('ال') && !isLikelyNameWord(k));
}

/** Nisba surnames with the article (العثماني، اليزمي) look like adjectives; a surname stands alone after a cue. */
function isLikelyNameWord(k: string): boolean {
  return k.length >= 5 && /ي$/.test(k) && !PERSON_TITLES.has(k);
}

/** True when a phrase is an anaphor of the last source (المصدر ذاته، المتحدث، الأخير). */
export function isAnaphor(keys: string[]): boolean {
  return keys.length <= 2 && keys.some((k) => ANAPHORS.has(k));
}

/** True when a phrase names a document (بلاغ، البيان) whose source is its issuer. */
export function isDocument(keys: string[]): boolean {
  return keys.length > 0 && DOCUMENT_HEADS.has(keys[0]!);
}
