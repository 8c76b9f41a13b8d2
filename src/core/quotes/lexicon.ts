// The cue lexicon of Arabic attribution, as data. Every verb is listed once by its base forms (past 3ms,
// imperfect 3ms, active participle, verbal nouns); `buildCueLexicon` generates the inflections (gender,
// number, person, tense, participles) and keys them by their normalised form, so the hot path is one
// Map lookup per word (after peeling the و/ف proclitics and attached pronouns).
import { normalizeKey } from '../normalize/ar.js';
import { StringCache } from '../entities/string-cache.js';

/**
 * What a cue does to its content.
 * - `say`: verbs of saying, stating, finding (قال، أكد، كشف، أظهرت الدراسة) that take a clause.
 * - `object`: verbs whose content may be a noun phrase (أعلن إعفاء..., دعا إلى..., اتهم X بـ...).
 * - `deny`: denial and rejection (نفى، رفض، كذّب، استبعد), stance `denies`.
 * - `describe`: وصف/نعت X بأنه ...; denies when the description is a falsity (كاذبة، عارية من الصحة).
 * - `express`: أعرب/عبّر/أبدى عن + attitude noun (قلق → concern, أمل → asserts).
 * - `hedge`: verbs that present the content as likely (توقع، رجّح), stance `hedges`.
 * - `concern`: verbs of worry (خشي، تخوّف), stance `concern`.
 */
export type CueClass = 'say' | 'object' | 'deny' | 'describe' | 'express' | 'hedge' | 'concern';

/** How a form was derived: the participle and noun forms never take a subject of their own. */
export type CueForm = 'past' | 'imperfect' | 'participle' | 'noun';

/** One lexicon entry: the base forms of a cue verb. Empty strings mean "no such form is a cue". */
interface CueEntry {
  /** Past, 3rd person masculine singular: قال، أضاف، نفى. */
  past: string;
  /** Imperfect, 3rd person masculine singular: يقول، يضيف، ينفي. */
  imperfect: string;
  /** Active participle, masculine, without the accusative alef: قائل، مضيف، ناف. */
  participle: string;
  /** Verbal nouns that act as cues: تصريح، إعلان. */
  nouns?: string[];
  cls: CueClass;
  /** True when the bare form is also a common non-cue word (ذكر، رأي، بين): it needs a complementiser or a quote. */
  weak?: boolean;
}

const E = (past: string, imperfect: string, participle: string, cls: CueClass, extra: { nouns?: string[]; weak?: boolean } = {}): CueEntry => ({ past, imperfect, participle, cls, ...extra });

/** The cue verbs. Weak entries are cues only with a complementiser, a colon or a quotation. */
const ENTRIES: CueEntry[] = [
  // Saying and stating.
  E('قال', 'يقول', 'قائل', 'say', { nouns: ['قول'] }),
  E('أضاف', 'يضيف', 'مضيف', 'say'),
  E('أكد', 'يؤكد', 'مؤكد', 'say', { nouns: ['تأكيد'] }),
  E('أوضح', 'يوضح', 'موضح', 'say'),
  E('أفاد', 'يفيد', '', 'say', { weak: true }),
  E('كشف', 'يكشف', 'كاشف', 'say', { weak: true }),
  E('أفصح', 'يفصح', 'مفصح', 'say', { weak: true }),
  E('أبرز', 'يبرز', 'مبرز', 'say', { weak: true }),
  E('شدد', 'يشدد', 'مشدد', 'say', { nouns: ['تشديد'] }),
  E('أشار', 'يشير', 'مشير', 'say'),
  E('لفت', 'يلفت', 'لافت', 'say', { weak: true }),
  E('ذكر', 'يذكر', '', 'say', { weak: true }),
  E('صرح', 'يصرح', 'مصرح', 'say', { nouns: ['تصريح', 'تصريحات'] }),
  E('اعتبر', 'يعتبر', 'معتبر', 'describe', { nouns: ['اعتبار'], weak: true }),
  E('رأى', 'يرى', '', 'say', { weak: true }),
  E('زعم', 'يزعم', 'زاعم', 'say', { weak: true }),
  E('ادعى', 'يدعي', 'مدعي', 'say', { weak: true }),
  E('تابع', 'يتابع', 'متابع', 'say', { weak: true }),
  E('أردف', 'يردف', 'مردف', 'say'),
  // وزاد: «...» (he added); only the past, and only before a complementiser or a quotation: زادت الأسعار increases.
  E('زاد', '', '', 'say', { weak: true }),
  E('استطرد', 'يستطرد', 'مستطرد', 'say'),
  E('أبان', 'يبين', 'مبين', 'say', { weak: true }),
  // بيّن (explained): its bare past is also بين (between), which the attribution stage reads as a cue by its context.
  E('بيّن', 'يبيّن', 'مبيّن', 'say', { weak: true }),
  E('نبه', 'ينبه', 'منبه', 'say', { weak: true }),
  // نوّه إلى أن (noted that); نوّه بجهود (praised) has no clause and reports nothing.
  E('نوه', 'ينوه', 'منوه', 'say', { weak: true }),
  E('سجل', 'يسجل', 'مسجل', 'say', { weak: true }),
  E('لاحظ', 'يلاحظ', 'ملاحظ', 'say', { weak: true }),
  E('خلص', 'يخلص', '', 'say', { weak: true }),
  E('توصل', 'يتوصل', '', 'say', { weak: true }),
  E('أظهر', 'يظهر', '', 'say', { weak: true }),
  E('أثبت', 'يثبت', '', 'say', { weak: true }),
  E('اكتشف', 'يكتشف', '', 'say', { weak: true }),
  E('وجد', 'يجد', '', 'say', { weak: true }),
  E('كتب', 'يكتب', '', 'say', { weak: true }),
  E('أخبر', 'يخبر', '', 'say', { weak: true }),
  E('أبلغ', 'يبلغ', '', 'say', { weak: true }),
  E('أقر', 'يقر', '', 'say', { weak: true }),
  E('اعترف', 'يعترف', 'معترف', 'say', { weak: true }),
  E('أعلن', 'يعلن', 'معلن', 'object', { nouns: ['إعلان'] }),
  E('روى', 'يروي', 'راوي', 'say', { weak: true }),
  E('طمأن', 'يطمئن', '', 'say', { weak: true }),
  E('جزم', 'يجزم', 'جازم', 'say', { weak: true }),
  // Demands, calls, promises, threats, accusations, warnings: asserted.
  E('اتهم', 'يتهم', '', 'object', { nouns: ['اتهام'] }),
  E('حذر', 'يحذر', 'محذر', 'say', { nouns: ['تحذير'] }),
  E('طالب', 'يطالب', '', 'object', { nouns: ['مطالبة'] }),
  E('دعا', 'يدعو', 'داعي', 'object'),
  E('تعهد', 'يتعهد', 'متعهد', 'object'),
  // هدد بالانسحاب، هدد بأن: the threat is its ب- or أن complement; تهدد قطاع النفط threatens a thing and says nothing.
  E('هدد', 'يهدد', '', 'object', { nouns: ['تهديد'], weak: true }),
  E('وعد', '', '', 'object', { weak: true }),
  E('نصح', 'ينصح', '', 'object', { weak: true }),
  E('ناشد', 'يناشد', 'مناشد', 'object'),
  E('ردد', 'يردد', 'مردد', 'object', { weak: true }),
  // Denial and rejection.
  E('نفى', 'ينفي', 'نافي', 'deny'),
  E('رفض', 'يرفض', 'رافض', 'deny', { weak: true }),
  E('كذب', 'يكذب', '', 'deny', { weak: true }),
  E('استبعد', 'يستبعد', 'مستبعد', 'deny'),
  E('أنكر', 'ينكر', 'منكر', 'deny', { weak: true }),
  E('فند', 'يفند', 'مفند', 'deny'),
  E('دحض', 'يدحض', '', 'deny'),
  E('شكك', 'يشكك', 'مشكك', 'deny', { weak: true }),
  // Descriptions.
  E('وصف', 'يصف', 'واصف', 'describe'),
  E('نعت', 'ينعت', '', 'describe', { weak: true }),
  E('شبه', 'يشبه', '', 'describe', { weak: true }),
  // Attitudes with content.
  E('أعرب', 'يعرب', 'معرب', 'express'),
  E('عبر', 'يعبر', 'معبر', 'express', { weak: true }),
  E('أبدى', 'يبدي', 'مبدي', 'express'),
  // Hopes and wishes with their clause (تمنى أن تكون المباراة ...، يأمل أن): asserted, as أعرب عن أمله is. Weak: تمنى له
  // التوفيق wishes a thing; the past أمل is also the noun hope, so only the imperfect of أمل reports.
  E('تمنى', 'يتمنى', 'متمني', 'say', { weak: true }),
  E('أمل', 'يأمل', '', 'say', { weak: true }),
  // Likelihood and worry.
  E('توقع', 'يتوقع', '', 'hedge', { weak: true }),
  E('رجح', 'يرجح', 'مرجح', 'hedge', { weak: true }),
  E('خشي', 'يخشى', '', 'concern', { weak: true }),
  E('اشتكى', 'يشتكي', '', 'concern', { weak: true }),
  E('شكا', 'يشكو', '', 'concern', { weak: true }),
];

/**
 * Forms that are never cues although the generator makes them: common words that collide with an
 * inflection (`يعد` "is considered", `مبلغ` "amount", `بين` "between", `رأي` "opinion", `عبر` "via" stays
 * weak). Normalised.
 */
const NOT_CUES = new Set(['يعد', 'تعد', 'بين', 'راي', 'مبلغ', 'كاتب', 'متهم', 'مطالب', 'لافت', 'مفيد', 'ذكري', 'ذكرا', 'تابعه', 'متابعه', 'ملاحظه', 'ملاحظات', 'سجلات', 'كتاب', 'شبه', 'عبره', 'نصف', 'اضافه', 'بالاضافه', 'امل', 'امله', 'املها', 'املهم']
  .map(normalizeKey));

/** A cue form found in the lexicon. */
export interface CueInfo {
  cls: CueClass;
  form: CueForm;
  weak: boolean;
  /** The normalised base (past 3ms or imperfect), the lemma used in tests and reports. */
  lemma: string;
  /** True for dual and plural verb forms (نفتا، قالوا): several sources may share the verb. */
  plural: boolean;
}

const ENCLITICS = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ني', 'نا', 'ك', 'كم'];

/** Generates the inflections of one entry, paired with their form and plurality. */
function inflect(e: CueEntry): Array<[string, CueForm, boolean]> {
  const out: Array<[string, CueForm, boolean]> = [];
  const past = normalizeKey(e.past);
  if (past) {
    // Weak-final verbs (نفى، دعا، رأى، أبدى): the final letter drops before ت and وا.
    const defective = /[يا]$/.test(past) && past.length >= 3;
    const stem = defective ? past.slice(0, -1) : past;
    out.push([past, 'past', false], [stem + 'ت', 'past', false]);
    out.push([stem + 'وا', 'past', true], [stem + 'تا', 'past', true], [past + 'ن', 'past', true]);
    out.push([defective ? stem + 'يا' : past + 'ا', 'past', true]);
    if (defective && past.endsWith('ا')) out.push([stem + 'وا', 'past', true]);
  }
  const imp = normalizeKey(e.imperfect);
  if (imp) {
    const body = imp.slice(1);
    // يرى has a body of two letters: يرون، يروا.
    const defective = /[يوا]$/.test(body) && body.length >= 2;
    const stem = defective ? body.slice(0, -1) : body;
    // Third persons only: the first (نقول، ندعو، أؤكد) is the narrator's voice, or the quoted speaker's own words
    // inside a quotation already reported; neither is an attribution (GUIDELINE: the narrator's statements do not count).
    for (const p of ['ي', 'ت']) out.push([p + body, 'imperfect', false]);
    for (const p of ['ي', 'ت']) {
      out.push([p + stem + 'ون', 'imperfect', true], [p + (defective ? body : stem) + 'ان', 'imperfect', true]);
    }
    out.push(['ي' + body + 'ن', 'imperfect', true]);
    // Jussive and subjunctive duals and plurals (لم ينفيا، لن يقولوا).
    for (const p of ['ي', 'ت']) out.push([p + body + 'ا', 'imperfect', true], [p + stem + 'وا', 'imperfect', true]);
  }
  const part = normalizeKey(e.participle);
  if (part) {
    // Defective participles report in the accusative (نافيا، داعية، داعين); their bare form (ناف، داع) does not, and
    // collides with nouns (وداع, farewell).
    const defective = part.endsWith('ي');
    const base = defective ? part.slice(0, -1) : part;
    const forms = defective ? [part + 'ا', part + 'ه', base + 'ين'] : [part, part + 'ا', part + 'ه', part + 'ين', part + 'ون', part + 'ات'];
    const plural = defective ? 2 : 3;
    forms.forEach((f, i) => out.push([f, 'participle', i >= plural]));
  }
  for (const n of e.nouns ?? []) out.push([normalizeKey(n), 'noun', false]);
  return out;
}

/** The compiled lexicon: normalised form → cue info. */
export type CueLexicon = ReadonlyMap<string, CueInfo>;

/** Builds the cue lexicon once; the result is frozen data keyed by normalised forms. */
export function buildCueLexicon(): CueLexicon {
  const map = new Map<string, CueInfo>();
  for (const e of ENTRIES) {
    const lemma = normalizeKey(e.past || e.imperfect);
    for (const [form, kind, plural] of inflect(e)) {
      if (!form || form.length < 3 || NOT_CUES.has(form)) continue;
      if (map.has(form)) continue;
      map.set(form, { cls: e.cls, form: kind, weak: e.weak ?? false, lemma, plural });
    }
  }
  return map;
}

/** The shared lexicon instance. */
export const CUES: CueLexicon = buildCueLexicon();

/** A cue match on one word: the info and how many code units of proclitic precede the stem. */
export interface CueMatch extends CueInfo {
  /** The proclitic peeled off (`و`, `ف` or empty). */
  proclitic: string;
  /** The pronoun peeled off (`ها` of ووصفتها), or empty. */
  enclitic: string;
}

/**
 * Looks a normalised word up in the lexicon, peeling و/ف and attached pronouns.
 *
 * @example
 * lookupCue('ووصفتها'); // { lemma: 'وصف', cls: 'describe', proclitic: 'و', enclitic: 'ها', ... }
 */
export function lookupCue(word: string, lexicon: CueLexicon = CUES): CueMatch | null {
  // Every word of every article is looked up and nearly all miss: a bitmap of the forms' first three letters rules
  // them out; the rest are walked once through a trie of the forms, and only a form followed by a known pronoun matches.
  if (word.length < 3) return null;
  if (lexicon !== CUES) return matchWord(word, trieOf(lexicon));
  // The bitmap rules most words out at once; the few it lets through (cues and their look-alikes) recur across
  // articles, so their answer is remembered: one match object per word type, shared and never changed.
  if (!mayBeCue(word)) return null;
  const trie = DEFAULT_TRIE!;
  return (CUE_CACHE ??= new StringCache<CueMatch | null>(1 << 16, (w) => matchWord(w, trie))).get(word);
}

/**
 * False when `word` is surely no cue of the shared lexicon: no form opens with its first three letters, or (for four
 * letters or more) no form with a pronoun opens with its first four, from its start or after a proclitic و or ف. True
 * lets the word through to `lookupCue` (words may collide in the bitmaps).
 */
export function mayBeCue(word: string): boolean {
  if (word.length < 3) return false;
  const trie = (DEFAULT_TRIE ??= trieOf(CUES));
  if (opensForm(trie, word, 0)) return true;
  const c = word.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && word.length >= 4 && opensForm(trie, word, 1);
}

/**
 * Whether `word` read from `from` may be a form of the lexicon with one of `ENCLITICS` after it (the only words
 * `matchFrom` matches): its first three letters open a form, and its first four open a form with its pronoun.
 * The four-letter test rules out most words that merely share a form's first three letters (اعلام beside اعلن),
 * which would otherwise each cost a lookup in the cue cache.
 */
function opensForm(trie: Trie, word: string, from: number): boolean {
  return hasHead(trie.heads, head3(word, from)) && (word.length - from < 4 || hasHead(trie.heads4, head4(word, from)));
}

/**
 * A set of `head3` hashes, one bit each: 8 KiB. Every word of every article is tested, at random places of the table,
 * right after the entity stage has filled the caches with its own tables: a table of one byte per hash (64 KiB) was
 * mostly out of cache then, one of bits stays in.
 */
type HeadBits = Uint32Array;

function newHeadBits(): HeadBits {
  return new Uint32Array((1 << 16) >>> 5);
}

function addHead(bits: HeadBits, h: number): void {
  bits[h >>> 5]! |= 1 << (h & 31);
}

function hasHead(bits: HeadBits, h: number): boolean {
  return (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** A bitmap of the first three letters (`head3`) of a few words: rules out at once a word none of them can be. */
export class HeadFilter {
  private readonly heads = newHeadBits();

  /** @param words The words let through, each of three code units or more. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < 3) throw new Error(`HeadFilter: "${w}" is shorter than three code units`);
      addHead(this.heads, head3(w, 0));
    }
  }

  /** False when `word` is none of the words (true may be a collision: compare the word itself then). */
  mayBe(word: string): boolean {
    return word.length >= 3 && hasHead(this.heads, head3(word, 0));
  }
}

/** Remembered answers of the shared lexicon for words past the bitmap. */
let CUE_CACHE: StringCache<CueMatch | null> | undefined;

/** The cue of a whole word: from its start, else after a proclitic و or ف. */
function matchWord(word: string, trie: Trie): CueMatch | null {
  const bare = matchFrom(word, 0, trie);
  if (bare) return bare;
  const c = word.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && word.length >= 4 ? matchFrom(word, 1, trie) : null;
}

/** The cue of `word` read from `from` (after a proclitic و or ف, or from its start), or null. */
function matchFrom(word: string, from: number, trie: Trie): CueMatch | null {
  // Most words go no further: no form of the lexicon opens with their first three letters.
  if (!hasHead(trie.heads, head3(word, from))) return null;
  // The best match: the form whose pronoun comes first in ENCLITICS ('' before ه ...).
  let best: CueInfo | null = null;
  let bestRank = ENCLITICS.length;
  let bestEnd = 0;
  let node: TrieNode | undefined = trie.root;
  for (let i = from; i < word.length && node; i++) {
    node = node.next.get(word.charCodeAt(i));
    if (!node?.info || i + 1 - from < 3) continue;
    const rank = ENCLITIC_RANK.get(word.slice(i + 1));
    // Participles take no object pronoun in news prose: ملاحظة is "observation", not ملاحظ + ه.
    if (rank === undefined || rank >= bestRank || (rank > 0 && node.info.form === 'participle')) continue;
    best = node.info;
    bestRank = rank;
    bestEnd = i + 1;
  }
  if (!best || NOT_CUES.has(word.slice(from))) return null;
  return { ...best, proclitic: from === 0 ? '' : word[0]!, enclitic: word.slice(bestEnd) };
}

/** The trie of the shared lexicon, built on first use. */
let DEFAULT_TRIE: Trie | undefined;

/**
 * The trie of a lexicon's forms, with bitmaps of their first three letters (`head3`) and of the first four letters of
 * each form with each pronoun of `ENCLITICS` (`head4`).
 */
interface Trie {
  root: TrieNode;
  heads: HeadBits;
  heads4: HeadBits;
}

/** One node of the lexicon trie: the next nodes by UTF-16 code unit, and the cue when a form ends here. */
interface TrieNode {
  next: Map<number, TrieNode>;
  info: CueInfo | null;
}

/** Position of each pronoun in ENCLITICS: the lookup prefers the earliest, as the list is ordered. */
const ENCLITIC_RANK = new Map(ENCLITICS.map((e, i) => [e, i]));

/**
 * The trie of each lexicon and a bitmap of its forms' first three letters (`head3`), built on first use.
 * The bitmap is 8 KiB, one bit per hash (`HeadBits`): a word is ruled out with one load from a table that stays in cache.
 */
const TRIES = new WeakMap<CueLexicon, Trie>();

/**
 * A 16-bit hash of the first four code units of `word` from `at` (the word has four or more from there). Words may
 * collide: a filter.
 */
function head4(word: string, at: number): number {
  const h = ((word.charCodeAt(at) * 31 + word.charCodeAt(at + 1)) * 31 + word.charCodeAt(at + 2)) * 31 + word.charCodeAt(at + 3);
  return Math.imul(h, 0x9e3779b1) >>> 16;
}

/**
 * A 16-bit hash of the first three code units of `word` from `at` (the forms are at least three long).
 * Words may collide: a filter, the trie has the last word.
 */
function head3(word: string, at: number): number {
  return ((word.charCodeAt(at) & 0x3f) << 10 | (word.charCodeAt(at + 1) & 0x1f) << 5 | (word.charCodeAt(at + 2) & 0x1f)) ^
    ((word.charCodeAt(at + 1) >> 5 & 0x3f) << 10);
}

function trieOf(lexicon: CueLexicon): Trie {
  let trie = TRIES.get(lexicon);
  if (!trie) {
    const root: TrieNode = { next: new Map(), info: null };
    const heads = newHeadBits();
    const heads4 = newHeadBits();
    for (const [form, info] of lexicon) {
      addHead(heads, head3(form, 0));
      for (const pronoun of ENCLITICS) {
        const written = form + pronoun;
        if (written.length >= 4) addHead(heads4, head4(written, 0));
      }
      let node = root;
      for (let i = 0; i < form.length; i++) {
        const c = form.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), info: null }));
        node = child;
      }
      node.info = info;
    }
    trie = { root, heads, heads4 };
    TRIES.set(lexicon, trie);
  }
  return trie;
}
