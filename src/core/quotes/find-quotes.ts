// Attributions: who said what, with which cue and stance (GUIDELINE.md). Rule-based and linear:
// one pass over the words finds cues (a Map lookup per word), quotations, according-to phrases and
// continuations; a second pass resolves every speaker to the fullest name of its source.
import type { Diagnostic, Entity, Quote, QuoteKind, Speaker, SpeakerType, Stance } from '../analysis.js';
import type { AnalysisContext } from '../context.js';
import type { Span } from '../source/span.js';
import { GIVEN_KEYS } from '../entities/propagate.js';
import { lookupRegistry } from '../entities/registry.js';
import { HONORIFICS, TITLES } from '../entities/registry-data.js';
import { normalizeKey } from '../normalize/ar.js';
import { firstTokenAfter } from '../tokenize/first-token.js';
import { corpusLabel } from '../entities/tagger.js';
import { isVerbalNoun } from '../entities/keys.js';
import { StringCache } from '../entities/string-cache.js';
import {
  ACCORDING, ANONYMOUS_HEADS, CLAIM_NOUNS, GROUP_HEADS, ORGANIZATION_HEADS, QUANTIFIERS, COMPLEMENTISERS, CONCERN_WORDS, NEGATIONS, NP_STOPS, RESUMPTIVES, SOURCE_HEADS, SUBJUNCTIVE_TRIGGERS,
  MANNER_PARTICIPLES, NAME_ENDERS, PERSON_TITLES, WEAK_ACCORDING,
} from './function-words.js';
import { HeadFilter, mayBeCue, type CueClass, type CueMatch } from './lexicon.js';
import { pairMarks, type MarkPair } from './marks.js';
import {
  OUTLET_DATIVE, bareKey, namedQuote, countryOf, extendToApposedName, givenAndFamily, isAnaphor, isBareMasdar, hasLooseKey, isHeadWord, looksLikeSource, isCommonPhrase, isDocument, keysWithin, looseKey, nameRun, phraseAfter, phraseBefore, phraseKeys, phraseSpan,
  speakerTypeOfEntity, typeOfPhrase, type Phrase,
} from './speakers.js';
import { decideStance } from './stance.js';
import { buildWordView, cueAt, cueOf, isComma, isSentenceEnd, type Word } from './words.js';

/** An attribution before its speaker is resolved. */
interface Draft {
  kind: QuoteKind;
  content: Span;
  /** Word range of the content (for stance and claims). */
  cfrom: number;
  cto: number;
  cue: Span | null;
  cueWord: number;
  /** The speaker phrase, or null when implied. */
  phrase: Phrase | null;
  /** Implied speakers inherit from the previous attribution (وأضاف، مضيفا، continuation). */
  inherit: boolean;
  /** The cue is dual or plural: an implied subject is a group, not the last single source. */
  plural?: boolean;
  /** The cue lies inside the content of another attribution (أن بودريقة وعد ...): not "the last source". */
  nested?: boolean;
  /** For a participle: the subject phrase of the verb that governs it (قال X ...، مضيفا), used for its name. */
  via?: Phrase | null;
  /** For a verb joined by و with no subject: `via` is the subject of the sentence's governing verb, named there. */
  joined?: boolean;
  /** Said before the story, in a clause of سبق لـ ... أن (had already said): not the last source for what follows. */
  background?: boolean;
  stance: Stance;
  headline: boolean;
  sentence: number;
  /** The region (paragraph) of the cue or content. */
  region: number;
}

/**
 * The words that open a report without being cues of the lexicon (`RegionFinder.visit`): according-to heads, جاء في,
 * القول and بيّن (read by its context, `cueAt`).
 */
const OPENERS = new HeadFilter([...ACCORDING, 'جاء', 'وجاء', 'ورد', 'القول', 'بين', 'وبين']);
/** Words that may sit between a cue and its complement without ending the search. */
const MAX_GAP = 45;
/**
 * Prepositions that take the content of some cues as a noun phrase: أشار إلى، شدد على، أعلن عن. A Map, not an object:
 * looking a word up as an object's key costs more (and a word such as `constructor` would find Object's own).
 */
const PREP_COMPLEMENT = new Map<string, readonly string[]>([
  ['الي', ['اشار', 'لفت', 'نبه', 'نوه', 'دعا', 'خلص', 'توصل', 'ناشد', 'اضاف', 'حذر']],
  ['علي', ['اكد', 'شدد']],
  ['عن', ['اعلن', 'كشف', 'افصح', 'اعرب', 'عبر', 'ابدي']],
  ['من', ['حذر']],
]);
const PREPOSITIONS = new Set(PREP_COMPLEMENT.keys());

/** True when the preposition `prep` (normalised) takes the content of the cue of `lemma` (أشار إلى، أعلن عن). */
function takesContent(prep: string, lemma: string): boolean {
  return PREP_COMPLEMENT.get(prep)?.includes(lemma) ?? false;
}
/**
 * Cues whose preposition + noun right after them is often literal (شددت الحصار على، توصلوا إلى هذه النتيجة، تضيف
 * الشوارع إلى جمال المدينة): the first pass looks past it for أن or a quotation.
 */
const LITERAL_WITH_NOUN = new Set(['شدد', 'توصل', 'خلص', 'اضاف']);
const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'الذين', 'والتي', 'والذي', 'اللذين', 'اللتين']);
const NOUN_PREPOSITIONS = new Set(['من', 'في', 'علي', 'عن', 'الي', 'مع', 'بعد', 'قبل', 'حول', 'بسبب', 'رغم', 'دون']);
/** Honorifics with a pronoun that stand for a dignitary (سموه، معاليه), normalised. */
const HONORIFIC_ANAPHORS = new Set(['سموه', 'سموها', 'معاليه', 'معاليها', 'سعادته', 'سعادتها', 'فضيلته', 'سماحته', 'جلالته']);
/** The resumptive pronoun of a relative clause on a statement (بيانا قالت فيه، بتعليق قالت فيه). */
const RESUMPTIVE_IN = new Set(['فيه', 'فيها', 'فيهما']);
/** Verbs of stating that take a noun of a proposition for their object (أكد ضرورة، شدد على أهمية), normalised lemmas. */
const PROPOSITION_CUES = new Set(['اكد', 'شدد', 'جدد', 'ابرز']);
/** Nouns that state a proposition in construct with what it is about (ضرورة الحوار، أهمية التعاون، حرص المملكة على). */
const PROPOSITION_NOUNS = new Set(['ضرورة', 'أهمية', 'حرص', 'وجود', 'التزام', 'استعداد', 'رفض', 'عزم', 'تمسك', 'تضامن', 'عدم', 'أحقية', 'مشروعية', 'استحالة', 'صعوبة'].map((w) => normalizeKey(w)));
/** Definite verbal nouns of stating after مع (، مع التأكيد أن، مع الإشارة إلى أن), normalised. */
const STATEMENT_MASDARS = new Set(['التأكيد', 'الإشارة', 'التشديد', 'التنويه', 'التذكير', 'التوضيح'].map((w) => normalizeKey(w)));
/** Nouns of a statement a person makes (تصريحات لـ..., رسالة لـ...), normalised. */
const STATEMENT_NOUNS = new Set(['تصريح', 'تصريحات', 'بيان', 'بيانا', 'رسالة', 'رسالتين', 'كلمة', 'مقابلة', 'حوار', 'مقال', 'مقالا', 'تغريدة', 'تدوينة', 'منشور', 'خطاب', 'خطابا', 'تسجيل', 'مداخلة'].map((w) => normalizeKey(w)));
/** Words that open a topic phrase (as for ...): what follows them is no subject. */
const TOPIC_OPENERS = new Set(['فيما', 'وفيما', 'بخصوص', 'وبخصوص', 'بشان', 'وبشان', 'حول', 'وحول']);
/** Adverbs that may stand between a verb and its subject (قال أمس الوزير، نصحها حينها الأطباء). */
/** Words that open a clause of a sentence and are no part of what it says (بينما، فيما، إذ، حيث، لكن). */
const CLAUSE_OPENERS = new Set(['بينما', 'فيما', 'اذ', 'حيث', 'لكن', 'وبينما', 'ولكن']);
/** Times a source may be followed by (كما أعلنت الاستخبارات الأسبوع الماضي), beside `TIME_NOUNS`, normalised. */
const SOURCE_TIMES = new Set(['الليله', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الماضي', 'الماضيه']);
const TIME_ADVERBS = new Set(['حينها', 'حينذاك', 'امس', 'اليوم', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'مجددا', 'مؤخرا', 'اذاك', 'وقتها']);
/** Outlets that report what others publish (bare heads): صحيفة، جريدة، مجلة، موقع، وكالة، قناة. */
const OUTLET_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'موقع', 'وكاله', 'قناه', 'نشره']);
/** Documents that can be published by a source: دراسة، تقرير، استطلاع (bare heads). */
const STUDY_HEADS = new Set(['دراسه', 'تقرير', 'استطلاع', 'بحث', 'مسح']);
/** Words that open an explanatory clause after an object: ، إذ ...، حيث ... */
const EXPLANATORY = new Set(['اذ', 'حيث', 'بحيث', 'والتي', 'والذي', 'التي', 'الذي']);
/** Verbs of finding whose object noun phrase is reported content when a group or institution finds it. */
const FINDING_LEMMAS = new Set(['اكتشف', 'كشف', 'وجد']);
/** Prepositions carrying a pronoun (عنه، عليه، بها): the object they stand for was named before. */
const PRONOUN_PREPOSITIONS = new Set(['عنه', 'عنها', 'عنهم', 'عليه', 'عليها', 'عليهم', 'به', 'بها', 'بهم', 'اليه', 'اليها', 'منه', 'منها']);
/** Time nouns after a demonstrative: هذا الأسبوع، هذه السنة. */
const TIME_NOUNS = new Set(['الاسبوع', 'الشهر', 'العام', 'السنه', 'اليوم', 'الصباح', 'المساء', 'الموسم', 'الصيف', 'الشتاء', 'الخريف', 'الربيع']);
/** Month names (Gregorian, Maghrebi and Levantine), normalised: dates between a cue and its object. */
const MONTHS = new Set(['يناير', 'فبراير', 'مارس', 'ابريل', 'ماي', 'مايو', 'يونيو', 'يوليو', 'يوليوز', 'غشت', 'اغسطس', 'شتنبر', 'سبتمبر',
  'اكتوبر', 'نونبر', 'نوفمبر', 'دجنبر', 'ديسمبر', 'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين']);
/** The words that open a title or an honorific (الرئيس، صاحب السمو، البروفيسور، سعادة), normalised. */
const TITLE_WORDS = new Set([...TITLES, ...HONORIFICS, 'البروفسور', 'بروفسور', 'بروفيسور'].map((t) => normalizeKey(t.split(' ')[0]!)));
/** Verbs of publishing after حسب ما / وفق ما (نشرته صحيفة، بثته وكالة، أوردته): their subject is the source. */
const PUBLISHED = /^(?:نشر|بث|اورد|كتب)(?:ت|ته|تها|ه|ها)?$/;
/** Name particles: the word after them is part of a name (أبو طالب). */
const NAME_PARTICLES = new Set(['ابو', 'ابي', 'ابن', 'بن', 'بنت', 'عبد', 'ام']);
/**
 * Verbs whose object takes ب for what it is charged with, called or promised (اتهم الجيش بالتسييس، وصف الأجواء
 * بالمشحونة، وعد الصينيين بالدعم): a single noun before the ب is that object. Not a promise or threat made (تعهدت
 * بريطانيا باتخاذ، هدد الرئيس بالانسحاب) nor a demand (طالب العواملة بحزمة): there it is the subject.
 */
const CHARGE_LEMMAS = new Set(['اتهم', 'وصف', 'نعت', 'شبه', 'وعد', 'نصح', 'طمان']);
/** A word of four letters or more that opens with ب (بأداء، بالهيئة): a preposition and its noun, or a name (بوتين). */
function opensWithBa(w: Word): boolean {
  return w.kind === 'word' && w.n.length > 3 && w.n.charCodeAt(0) === 0x0628;
}

/** True when a normalised word heads a text, norm, need or time (`RULE_HEADS`), its preposition ل taken off. */
function isRuleHead(word: string): boolean {
  const head = bareKey(word);
  return RULE_HEADS.has(head) || RULE_HEADS.has(head.replace(/^ل/, ''));
}

/** The verbal noun القول (the saying) as a cue: it reports only in نقل عن X القول إن. */
const SAYING: CueMatch = { cls: 'say', form: 'noun', weak: false, lemma: 'قال', plural: false, proclitic: '', enclitic: '' };
/** Nouns of hope with their pronoun (أمله، آمالهم، تطلعها), normalised: the content follows في. */
const HOPES = /^(?:امل|امال|تطلع)(?:ه|ها|هم|هما|نا|ي)$/;
/** Texts, norms, needs and times that rule rather than say: وفقا للقانون، بحسب المادة 12، طبقا للنظام، وفق التقاليد. */
const RULE_HEADS = new Set(['نص', 'نصوص', 'قانون', 'قوانين', 'ماده', 'مواد', 'فصل', 'دستور', 'نظام', 'انظمه', 'لائحه', 'تعليمات', 'قواعد',
  'ضوابط', 'شروط', 'معايير', 'مرسوم', 'ظهير', 'اتفاقيه', 'عقد', 'بند', 'بنود', 'قرار', 'قرارات', 'تقاليد', 'اعراف', 'عادات', 'احكام',
  'مبادئ', 'اجراءات', 'شريعه', 'منهج', 'منهجيه', 'رؤيه', 'استراتيجيه', 'خطه', 'اليه', 'اليات', 'جدول', 'برنامج', 'مخطط',
  // Needs, circumstances and times: حسب احتياج سوق العمل، وفق متطلبات السوق، حسب ظروف كل منطقة، وفقا لفترة زمنية حددتها الوزارة.
  'احتياج', 'احتياجات', 'حاجه', 'حاجات', 'متطلبات', 'ظروف', 'طبيعه', 'امكانيات', 'امكانات', 'قدرات', 'فتره', 'مده', 'موعد', 'مواعيد',
  'توقيت', 'وقت', 'اوقات', 'تاريخ']
  .flatMap((w) => [w, 'ال' + w]));

/** Words that open a subordinate clause whose verb may report anew: الذي شدد على أنه، حيث وجد أن، قبل أن يلاحظ. */
/** A connective with the pronoun of a subject named before: لكنها، ولكنه، (إلا) أنها، (غير) أنه. */
const PRONOUN_CONNECTIVES = /^و?(?:لكن|ان)(?:ه|ها|هم|هما)$/;

const SUBORDINATORS = new Set(['الذي', 'التي', 'الذين', 'ان', 'حيث', 'اذ', 'بينما', 'فيما']);

/** Adverbials that may sit between a cue (or its subject) and the complement: أيضا، بدوره، الثلاثاء. */
function isAdverbial(w: Word): boolean {
  return w.kind === 'word' && NP_STOPS.has(w.n) && !PREPOSITIONS.has(w.n) && !COMPLEMENTISERS.has(w.n) && !CLAIM_NOUNS.has(w.n) && !QUANTIFIERS.has(w.n);
}

/**
 * Finds every attribution of the article.
 *
 * @param ctx The analysis context (text layer, structure, sentences, entities).
 * @returns The attributions sorted by content start, ids `q0..` in that order, and diagnostics
 *   (`unbalanced-quote` for a mark left open in a paragraph).
 * @example
 * findQuotes(ctx).quotes[0]; // { kind: 'indirect', cue: {...}, speaker: { name: 'الوزير', ... }, stance: 'asserts' }
 */
export function findQuotes(ctx: AnalysisContext): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const { words, regions, lastUnits } = buildWordView(ctx);
  markNames(ctx, words);
  const diagnostics: Diagnostic[] = [];
  // The source mentions are indexed on first use: an article without a cue never needs them.
  const sources = lazySourceMentions(ctx);
  const isSource = sourceTest(words, sources);
  const opensSource = sourceOpener(ctx, sources);
  const drafts: Draft[] = [];

  for (let r = 0; r < regions.length; r++) {
    const region = regions[r]!;
    const { from, to } = region;
    if (from >= to) continue;
    const { pairs, unbalanced } = pairMarks(words, from, to);
    if (unbalanced > 0) {
      diagnostics.push({ code: 'unbalanced-quote', severity: 'info', stage: 'quotes', message: 'A quotation mark is left open in this paragraph.', span: { start: region.start, end: region.end }, params: { count: unbalanced } });
    }
    const pairAt = new Map<number, MarkPair>();
    for (const p of pairs) pairAt.set(p.open, p);
    const regionDrafts: Draft[] = [];
    // The paragraph before (a body paragraph, not a headline) and the drafts already made: a report of "that" that opens
    // this one may name its source.
    const before = r > 0 && !regions[r - 1]!.headline && regions[r - 1]!.from < regions[r - 1]!.to ? regions[r - 1]! : null;
    const finder = new RegionFinder(words, from, to, r, region.headline, pairAt, regionDrafts, isSource, ctx.entities.length > 0, opensSource, before, drafts);
    for (let i = from; i < to; i++) finder.visit(i);
    finder.attachLooseQuotes(pairs, drafts);
    drafts.push(...regionDrafts);
  }

  drafts.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  const quotes = drafts.length ? resolveSpeakers(ctx, words, lastUnits, dedupe(drafts), sources()) : [];
  return { quotes, diagnostics };
}

/** The article's source mentions (`sourceMentions`), indexed on the first call. */
function lazySourceMentions(ctx: AnalysisContext): () => SourceMentions {
  let mentions: SourceMentions | null = null;
  return () => (mentions ??= sourceMentions(ctx));
}

/**
 * Whether a person or an organisation is named right after the proclitic of a word (والصليب الأحمر): where a
 * coordinated subject splits (not a country's adjective, مصادر مصرية وفرنسية, nor a place, صحف بروكسل ولاهاي).
 */
function sourceOpener(ctx: AnalysisContext, sources: () => SourceMentions): (w: Word) => boolean {
  return (w) => {
    const index = sources();
    for (let k = firstMentionFrom(index, w.start + 1); k < index.list.length && index.list[k]!.start < w.end; k++) {
      const m = index.list[k]!;
      const type = ctx.entities[m.entity]!.type;
      if (m.start > w.start && (type === 'person' || type === 'organization')) return true;
    }
    return false;
  };
}

/**
 * A cue-shaped word inside a person's name is a name (مارك روته, not روته "she told it"): every word of a person
 * mention after its first is marked as no cue, so it neither reports nor ends a speaker phrase; so is the first
 * word of a shorter form of a fuller name (روته once مارك روته is known). The last word of a mention stays a cue
 * unless it reads as a bare past verb with an object pronoun: the tagger's spans sometimes take in the verb after
 * a name (نور الدين فيرى، المراغي يضيف), which still reports. Words inside a person's mention are flagged `person`,
 * inside an organisation's or a named group's (أنصار الله) `org`.
 */
function markNames(ctx: AnalysisContext, words: Word[]): void {
  for (const e of ctx.entities) {
    if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'group') continue;
    for (const m of e.mentions) {
      let lo = firstTokenAfter(words, m.start);
      if (lo < words.length && words[lo]!.start < m.start) lo++;
      if (e.type !== 'person') {
        for (let k = lo; k < words.length && words[k]!.end <= m.end; k++) words[k]!.org = true;
        continue;
      }
      for (let k = lo; k < words.length && words[k]!.end <= m.end; k++) words[k]!.person = true;
      if (lo < words.length && words[lo]!.start === m.start && m.raw === e.name) lo++;
      for (let k = lo; k < words.length && words[k]!.end <= m.end; k++) {
        const w = words[k]!;
        if (k + 1 >= words.length || words[k + 1]!.end > m.end) {
          const cue = cueOf(w);
          if (cue && !(cue.form === 'past' && cue.enclitic && !cue.proclitic)) continue;
        }
        w.cue = null;
      }
    }
  }
}

/**
 * Drops drafts with the same content and cue (a cue reached twice), and for one content claimed by two
 * cues (أوضح ...، قائلا: «...») keeps the cue nearest before it.
 */
function dedupe(drafts: Draft[]): Draft[] {
  // The drafts come sorted by content, so the drafts of one content are adjacent: each run of them is decided on
  // its own, with no map keyed by offsets.
  const out: Draft[] = [];
  for (let a = 0; a < drafts.length;) {
    const { start, end } = drafts[a]!.content;
    let b = a + 1;
    while (b < drafts.length && drafts[b]!.content.start === start && drafts[b]!.content.end === end) b++;
    // The nearest cue before the content; and whether some cue outside it reports it: a cue inside such a content
    // (وخلص إلى أن "المجلس ... يبدي أسفه ...") is the quoted speaker's own words, not a second report of the whole quotation.
    let nearest = -1;
    let reportedFromOutside = false;
    for (let k = a; k < b; k++) {
      const d = drafts[k]!;
      nearest = Math.max(nearest, cueBefore(d));
      if (d.cue && !within(d.cue, d.content)) reportedFromOutside = true;
    }
    const kept = out.length;
    for (let k = a; k < b; k++) {
      const d = drafts[k]!;
      const at = cueBefore(d);
      if (d.cue && at >= 0 && at < nearest) continue;
      if (d.cue && within(d.cue, d.content) && reportedFromOutside) continue;
      if (end <= start || repeats(out, kept, d)) continue;
      out.push(d);
    }
    a = b;
  }
  return out;
}

/** Where a draft's cue starts when it stands before the content, else -1. */
function cueBefore(d: Draft): number {
  return d.cue && d.cue.start < d.content.start ? d.cue.start : -1;
}

/** True when a draft kept from `from` on (the same content) has the same cue and speaker phrase as `d` (a cue reached twice). */
function repeats(out: Draft[], from: number, d: Draft): boolean {
  for (let k = from; k < out.length; k++) {
    const x = out[k]!;
    if ((x.cue?.start ?? -1) === (d.cue?.start ?? -1) && (x.phrase?.from ?? -1) === (d.phrase?.from ?? -1)) return true;
  }
  return false;
}

/** True when span `a` lies inside span `b`. */
function within(a: Span, b: Span): boolean {
  return b.start <= a.start && a.end <= b.end;
}

/** The cue and complement rules, run over one region (a paragraph or a headline). */
class RegionFinder {
  constructor(
    private readonly words: Word[],
    private readonly from: number,
    private readonly to: number,
    private readonly region: number,
    private readonly headline: boolean,
    private readonly pairAt: Map<number, MarkPair>,
    private readonly out: Draft[],
    private readonly isSource: (p: Phrase) => boolean,
    /** True when the entity tagger ran: a source test then rests on entities, not on any name-like word. */
    private readonly strictSources: boolean,
    /** True when a source mention starts inside a word, after its first letter (its proclitic). */
    private readonly opensSource: (w: Word) => boolean,
    /** The body paragraph before this one, if any (word range). */
    private readonly previous: { from: number; to: number } | null = null,
    /** Drafts of the paragraphs before. */
    private readonly earlier: readonly Draft[] = [],
  ) {}

  /** The named subject of the last negated cue (ولم تذكر الوزارة ...), which a pronoun after لكن or إلا أن takes up. */
  private negatedSubject: { sentence: number; phrase: Phrase } | null = null;

  visit(i: number): void {
    const w = this.words[i]!;
    // Most words open nothing: ruled out by their first three letters before any lookup.
    if (w.kind !== 'word' || !(mayBeCue(w.n) || OPENERS.mayBe(w.n))) return;
    if (ACCORDING.has(w.n)) { this.according(i); return; }
    if ((w.n === 'جاء' || w.n === 'وجاء' || w.n === 'ورد') && this.words[i + 1]?.n === 'في') { this.cameIn(i); return; }
    const cue = cueAt(this.words, i);
    if (cue && (this.asReported(i, cue) || this.reportsBack(i, cue))) return;
    if (cue) this.cue(i, cue);
    // ونقلت الصحيفة عن الوزير القول إن: the definite verbal noun, reporting only with the source after عن.
    else if (w.n === 'القول') this.nounCue(i, SAYING);
  }

  /**
   * كما أعلنت الاستخبارات الأفغانية الأسبوع الماضي: "as X said", a past verb after كما whose subject a comma or the
   * sentence end follows, has no complement of its own; like حسبما it reports the clause before it (توفي في أبريل، كما
   * أعلنت ...). With a complementiser after the subject كما is "also" (كما أكد أن ...).
   */
  private asReported(i: number, cue: CueMatch): boolean {
    const { words } = this;
    const subject = this.asideSubject(i, cue);
    if (!subject) return false;
    let k = subject.to;
    while (k < this.to && !isComma(words[k]) && !isSentenceEnd(words[k], words[k + 1])) k++;
    // The clause before it, back to a comma or the sentence start. وأضاف أن الاتفاق نهائي، كما قال الرئيس: a clause
    // with a report of its own is that report's content. لكن، كما قال الوزير، ...: a connective or a topic alone
    // (three words or fewer) is no clause; the clause after it is reported.
    let words0 = 0;
    let c = isComma(words[i - 2]) ? i - 3 : i - 2;
    for (; c >= this.from && !isComma(words[c]) && !isSentenceEnd(words[c], words[c + 1]); c--) {
      if (words[c]!.kind !== 'word') continue;
      words0++;
      const other = cueAt(words, c);
      if (other && other.form !== 'noun') return true;
    }
    if (words0 < 4 && !isComma(words[k])) return true;
    this.accordingFrom(i - 1, subject.to, subject, i, true, words0 < 4 ? 'after' : 'before');
    return true;
  }

  /**
   * أوضح ذلك المتحدث الرسمي لوزارة الصحة فلان، صرّح بذلك الأمين العام: a past report of "that" names the source of the
   * sentence before it (in its paragraph, or the last of the paragraph before when it opens its own), which is its
   * content, when no report has claimed it yet.
   */
  private reportsBack(i: number, cue: CueMatch): boolean {
    const { words } = this;
    const that = words[i + 1];
    if (cue.form !== 'past' || cue.enclitic || !that || (that.n !== 'ذلك' && that.n !== 'بذلك')) return false;
    const subject = phraseAfter(words, i + 2, this.to, { max: 10 });
    if (!subject || !this.isSource(subject)) return false;
    const s = this.sentenceStart(i);
    if (s !== i) return true;
    // The sentence before: in this paragraph, or the last of the paragraph before when the report opens this one.
    const lo = s > this.from ? this.from : this.previous?.from ?? -1;
    let end = s > this.from ? s : this.previous?.to ?? -1;
    if (lo < 0) return true;
    while (end > lo && words[end - 1]!.kind === 'punct') end--;
    if (end <= lo) return true;
    let from = end - 1;
    while (from > lo && !isSentenceEnd(words[from - 1], words[from])) from--;
    const span = this.trimmed(from, end);
    const claimed = (d: Draft) => d.content.end > (span?.start ?? 0) && d.content.start < (span?.end ?? 0);
    if (!span || countWords(words, from, end) < 4 || this.out.some(claimed) || this.earlier.some(claimed)) return true;
    // The conjunction that opens the sentence (وتم إنقاذ) is no part of what was said.
    const first = words[from]!;
    if (first.n.startsWith('و') && first.n.length > 3 && first.start === span.start) span.start = first.start + 1;
    const kind: QuoteKind = this.containsPair(from, end) ? 'mixed' : 'indirect';
    this.out.push(this.draft(kind, span.start, span.end, from, end, i, subject, false, cue.cls, null));
    return true;
  }

  /**
   * The subject of a past report after كما with nothing after it but a time and a comma or the sentence end (كما
   * أعلنت الاستخبارات الأفغانية الأسبوع الماضي.), or null. Past reports only: كما يقول X in a feature introduces what
   * follows (nor تابع, also "went on with"); and not at the sentence start.
   */
  private asideSubject(i: number, cue: CueMatch): Phrase | null {
    const { words } = this;
    const prev = words[i - 1];
    if (!prev || (prev.n !== 'كما' && prev.n !== 'وكما') || cue.form !== 'past' || cue.enclitic || cue.lemma === 'تابع' || i - 1 === this.sentenceStart(i)) return null;
    const subject = phraseAfter(words, i + 1, this.to, { max: 8 });
    if (!subject || !this.isSource(subject)) return null;
    // A time after the subject (الأسبوع الماضي، أمس) still leaves the verb without a complement.
    let k = subject.to;
    while (k < this.to && words[k]!.kind === 'word' && ((isAdverbial(words[k]!) && !PREPOSITIONS.has(words[k]!.n)) || TIME_NOUNS.has(words[k]!.n) || SOURCE_TIMES.has(words[k]!.n))) k++;
    return k >= this.to || isComma(words[k]) || isSentenceEnd(words[k], words[k + 1]) ? subject : null;
  }

  /** A cue word: find its speaker and complement. */
  private cue(i: number, found: CueMatch): void {
    const { words } = this;
    const prev = i > this.from ? words[i - 1] : undefined;
    // لم ينفيا ذلك: a negated cue reports nothing; ما قاله ديتز: an object clause, not a new attribution. Not ruling
    // out is allowing for: ولم يستبعد البكري أن يكون ... hedges.
    const negated = prev !== undefined && prev.kind === 'word' && NEGATIONS.has(prev.n);
    if (negated && (found.lemma !== 'استبعد' || prev.n === 'ما')) {
      const subject = phraseAfter(words, i + 1, this.to, { max: 5, stopAtPronoun: true, stopAtMasdar: true });
      this.negatedSubject = subject && this.isSource(subject) ? { sentence: words[i]!.sentence, phrase: subject } : null;
      return;
    }
    const cue: CueMatch = negated ? { ...found, cls: 'hedge' } : found;
    // أبو طالب، عبد الحفيظ: a cue-shaped word after a name particle is a name.
    if (prev && NAME_PARTICLES.has(prev.n)) return;
    // من رفضهم إجراء ...: after a preposition the word is a verbal noun, not a verb.
    if (prev && cue.form !== 'noun' && NOUN_PREPOSITIONS.has(prev.n)) return;
    // التقارير التي تفيد بأن ...: a report noun's relative clause is part of the content, not a source.
    if (prev && (prev.n === 'التي' || prev.n === 'الذي') && CLAIM_NOUNS.has(words[i - 2]?.n ?? '')) return;
    // النشرات التي تعلنها: a relative verb with a resumptive object pronoun has the antecedent as object
    // (unless its own subject follows: التي وصفتها (فوربس مغازين) ب"التاريخية").
    if (prev && RELATIVE_PRONOUNS.has(prev.n) && cue.enclitic && cue.form !== 'noun') {
      // Only a description has content of its own there: التي وصفتها (فوربس مغازين) ب"التاريخية".
      if (cue.cls !== 'describe') return;
      const subject = phraseAfter(words, i + 1, this.to);
      if (!subject || !this.isSource(subject)) return;
    }
    // وجدته قويا: a weak verb with an object pronoun reports only with أن right after it (طمأنهم بأنه).
    if (cue.weak && cue.cls === 'say' && cue.enclitic && cue.form !== 'noun' && !this.hasComplementAt(i + 1, cue)) return;
    if (cue.form === 'noun') {
      // في تصريح لـ...: a frame of the verb before it, not an attribution of its own.
      if (prev && (prev.n === 'في' || prev.n === 'وفي')) return;
      this.nounCue(i, cue);
      return;
    }

    // The speaker: VSO after the verb, else SVO before it, else implied (dropped pronoun).
    let phrase: Phrase | null = null;
    let background = false;
    let after = i + 1;
    const deny = cue.cls === 'deny' || cue.cls === 'describe' || cue.cls === 'object' || cue.cls === 'express';
    if (cue.form !== 'participle') {
      // SVO first: a noun phrase that opens the clause right before the verb is its subject
      // (العثماني أشار أن، أن بودريقة وعد اللاعبين، سيول تقول إن). Then VSO, unless the verb is dual or
      // plural: Arabic VSO verbs stay singular, so what follows a plural verb is its object (نفتا عمليات).
      // ماثيو ميللر، الذي ردد ...: the antecedent of a relative pronoun; وكان الحزب قد أعلن: the subject before قد.
      // A relative pronoun is the verb's subject only when they agree: حادث الجمعة، الذي قالت إنه ... has
      // the antecedent as the object (she said of it), and المشروع الذي قالت الوزيرة إنه ... names its subject after.
      const relative = prev !== undefined && (prev.n === 'الذي' || prev.n === 'التي' || prev.n === 'الذين');
      let rel = prev && ((relative && agreesWithRelative(prev.n, words[i]!, cue)) || prev.n === 'قد' || prev.n === 'لقد' || negated) ? i - 1 : i;
      // مواقع إعلامية كانت قد أشارت إلى أن ...: the subject before كان ... قد.
      if (rel === i - 1 && prev!.n === 'قد' && /^[وف]?كان(?:ت|وا)?$/.test(words[i - 2]?.n ?? '')) rel = i - 2;
      let before = phraseBefore(words, rel, this.from);
      if (!before && rel !== i && isComma(words[rel - 1])) before = phraseBefore(words, rel - 1, this.from, 6, true);
      // عزيمة المدرب لويس فان غال الذي أكد: a named antecedent of the relative pronoun, inside a longer clause.
      if (!before && relative && rel === i - 1) before = this.namedBefore(rel);
      // A clause-initial phrase before the verb is its subject only if it can name a source
      // (نسبة المشاركة ... تعبر عن is a predicate inside the content, not a new attribution).
      // وفيما يتعلق باختصاصات المركز، بين أنه ...: a topic phrase before the verb is no subject.
      // بيانا قالت فيه: the noun before a relative clause on a statement is the statement, not the subject.
      phrase = before && this.isSource(before) && !TOPIC_OPENERS.has(words[before.from]!.n) && !RESUMPTIVE_IN.has(words[i + 1]?.n ?? '') ? before : null;
      // تصريحات للشيخ الطيب قال فيها: the person the statement belongs to speaks in it.
      if (!phrase && RESUMPTIVE_IN.has(words[i + 1]?.n ?? '')) phrase = this.statementOwner(i);
      // أعلن «اتحاد تنسيقيات الثورة» أن ...: a short quoted name right after the verb is its subject.
      const quoted = !phrase ? this.pairAt.get(i + 1) : undefined;
      if (quoted && quoted.close > i + 2 && quoted.close - i <= 6) {
        const next = words[quoted.close + 1];
        if (next && next.kind === 'word') {
          // "ديفا" الأغنية الشعبية: the quoted name and the words that describe it.
          const rest = COMPLEMENTISERS.has(next.n) ? null : phraseAfter(words, quoted.close + 1, this.to, { max: 4 });
          phrase = { from: i + 2, to: rest ? rest.to : quoted.close };
          after = rest ? rest.to : quoted.close + 1;
        }
      }
      // وسبق لوسائل إعلام إسبانية أن ذكرت أن: the subject of a verb after سبق لـ ... أن is the phrase after the ل.
      if (!phrase && prev?.n === 'ان') background = !!(phrase = this.precededBy(i - 1));
      // ولم تذكر الوزارة عدد الضحايا، لكنها قالت إن ...: the pronoun after لكن or إلا أن is the subject of the negated cue.
      if (!phrase && this.negatedSubject?.sentence === words[i]!.sentence && PRONOUN_CONNECTIVES.test(prev?.n ?? '')) phrase = this.negatedSubject.phrase;
      // أما وزير الخارجية، فلان، فقال إن ...: the topic of أما is the subject of the verb that takes ف.
      if (!phrase && cue.proclitic === 'ف') phrase = this.topicOf(i);
      if (!phrase && !cue.plural) {
        phrase = phraseAfter(words, i + 1, this.to, { stopAtPronoun: deny, stopAtMasdar: deny });
        // ثم أعلن تحرير 59 رهينة: a verbal noun right after an announcing or calling verb is its object; not one that
        // names a source (تقرير، إيران) nor a given name (توفيق، تيسير).
        if (phrase && this.strictSources && (cue.cls === 'object' || cue.cls === 'deny') && isBareMasdar(words[phrase.from]) && !GIVEN_KEYS.has(words[phrase.from]!.n) &&
          !this.isSource({ from: phrase.from, to: phrase.from + 1 })) phrase = null;
        // ودعا المواطنين إلى التصويت، ودعا الوزير المواطنين إلى: a plural in the oblique case after a call, demand or
        // description is its object (the subject would read المواطنون); the subject ends before it or is implied.
        if (phrase && (cue.cls === 'object' || cue.cls === 'describe')) {
          let k = phrase.from;
          while (k < phrase.to && !obliquePlural(words[k]!.n)) k++;
          if (k < phrase.to) phrase = k > phrase.from ? { ...phrase, to: k } : null;
        }
        // وقالت لا ريبوبليكا إن: a name that opens with the article لا (La Repubblica, La Rosa), not the negation.
        if (!phrase && words[i + 1]?.n === 'لا' && words[i + 2]?.kind === 'word' && !/^[يتن]/.test(words[i + 2]!.n) &&
          words[i + 3] && (COMPLEMENTISERS.has(words[i + 3]!.n) || isComma(words[i + 3]))) {
          phrase = { from: i + 1, to: i + 3 };
        }
        // وقال لـ«الاقتصادية» صالح العواجي: the outlet spoken to, quoted after a detached لـ, before the subject.
        if (!phrase && words[i + 1]?.n === 'ل') {
          const outlet = this.pairAt.get(i + 2);
          if (outlet && outlet.close > i + 2 && outlet.close - i <= 7) {
            phrase = phraseAfter(words, outlet.close + 1, this.to, { stopAtPronoun: deny, stopAtMasdar: deny });
            if (phrase && !this.isSource(phrase)) phrase = null;
          }
        }
        // نصحها حينها الأطباء: an adverb between the verb and its subject.
        if (!phrase && words[i + 1] && isAdverbial(words[i + 1]!) && TIME_ADVERBS.has(words[i + 1]!.n)) {
          phrase = phraseAfter(words, i + 2, this.to, { stopAtPronoun: deny, stopAtMasdar: deny });
        }
        // وصف الأجواء ... بالـ«...»: after an object-taking verb, a phrase that cannot name a source is the object;
        // so is a single noun followed by the ب of the charge (واتهم الجيش بـ"تسييس" الملف: the army is accused).
        // A complementiser after the phrase makes it the subject of a denial (ينفي المقاتلون أن يكونوا ...) or, when it
        // names a source, of a strong verb (تعهدت المملكة المتحدة بأنه، تصفهم الأمم المتحدة بأنهم); after a weak verb or
        // a phrase that names no source it is still the object (وعد الصينيين بأن، يصف الصفقة بأنها).
        if (phrase && deny && !looksLikeSource(phraseKeys(words, phrase))) {
          const subject = COMPLEMENTISERS.has(words[phrase.to]?.n ?? '') && (cue.cls === 'deny' || (!cue.weak && this.isSource(phrase)));
          if (!subject) phrase = null;
        }
        if (phrase && CHARGE_LEMMAS.has(cue.lemma) && phrase.to - phrase.from === 1 && /^ب/.test(words[phrase.to]?.n ?? '') && !COMPLEMENTISERS.has(words[phrase.to]!.n)) phrase = null;
        // فقالت باندفاع، وقال لأستاذه: a manner adverb or a dative (ب-, ل-) after the verb is no subject
        // unless it opens a named source (بوتين، لا ريبوبليكا).
        if (phrase && this.strictSources && /^[بل]/.test(words[phrase.from]!.n) && !words[phrase.from]!.n.startsWith('لا') &&
          !this.isSource({ from: phrase.from, to: phrase.from + 1 })) {
          phrase = null;
        }
        // ويبدي مواطنون مخاوف من أن ...: the attitude noun of an express verb ends its subject.
        if (phrase && cue.cls === 'express') {
          let k = phrase.from;
          while (k < phrase.to && !CONCERN_WORDS.has(words[k]!.n)) k++;
          if (k < phrase.to) phrase = k > phrase.from ? { from: phrase.from, to: k } : null;
        }
        // وطالب العواملة بحزمة إجراءات ...، نفى أوغلو بشدة: a ب- word right after a person's name opens the complement
        // of a demand, promise or charge, or is an adverb (not بوتين، بشار: names the entities know).
        if (phrase && (cue.cls === 'object' || cue.cls === 'deny')) phrase = this.endAtBWord(phrase);
        // وأكد الوزير حرص المملكة على ...: the noun of a proposition opens the object, not the subject's next word.
        // وأكد ضرورة عدم ...: one right after the verb leaves it no subject. (Not عدم inside a subject: مصدر طلب عدم
        // ذكر اسمه.)
        if (phrase && PROPOSITION_CUES.has(cue.lemma)) {
          let k = phrase.from;
          while (k < phrase.to && !(PROPOSITION_NOUNS.has(words[k]!.n) && (k === phrase.from || words[k]!.n !== 'عدم'))) k++;
          if (k < phrase.to) phrase = k > phrase.from ? { from: phrase.from, to: k } : null;
        }
        if (phrase) phrase = this.withAffiliation(phrase);
        // وطالب معاليه المجتمع الدولي بـ ...: an honorific right after the verb is its subject, whatever follows it.
        if (HONORIFIC_ANAPHORS.has(words[i + 1]?.n ?? '')) phrase = { from: i + 1, to: i + 2 };
        if (phrase) {
          after = phrase.to;
          phrase = extendToApposedName(words, phrase, this.to);
        }
      }
    }
    // رد رئيس الحكومة سعد الدين العثماني، أكد أنه: the source named before the comma when the sentence has no other report.
    if (!phrase && cue.form !== 'participle' && isComma(prev) && !this.out.some((d) => d.sentence === words[i]!.sentence)) {
      const cand = phraseBefore(words, i - 1, this.from, 8, true);
      const start = this.sentenceStart(i);
      const opener = words[cand?.from !== undefined ? cand.from - 1 : -1];
      if (cand && this.isSource(cand) && !TOPIC_OPENERS.has(words[cand.from]!.n) && (cand.from === start || (cand.from - 1 === start && opener && !NP_STOPS.has(opener.n)))) phrase = cand;
    }
    // وكان مسؤول في الإدارة المحلية ذكر أن ...: the subject of كان that opens the sentence, a past verb right after it
    // (a short prepositional phrase or a relative clause between them, no other clause).
    if (!phrase && cue.form === 'past' && !cue.proclitic) {
      const s = this.sentenceStart(i);
      if (s < i - 1 && /^[وف]?كان$/.test(words[s]!.n)) {
        const subject = phraseAfter(words, s + 1, i, { max: 14 });
        let plain = true;
        for (let k = subject ? subject.to : i; k < i && plain; k++) plain = (words[k]!.kind === 'word' || words[k]!.kind === 'number') && !cueAt(words, k);
        const gap = subject ? i - subject.to : 0;
        const fits = gap <= 4 || (gap <= 10 && RELATIVE_PRONOUNS.has(words[subject!.to]!.n));
        if (subject && plain && fits && this.isSource(subject)) phrase = subject;
      }
    }
    // A conjoined verb with no subject (كوريا الشمالية ترسل تحذيرا ... وتقول إن): the subject of the
    // sentence's first verb, when the sentence opens with a short noun phrase and an imperfect verb.
    if (!phrase && cue.proclitic === 'و' && cue.form !== 'participle') phrase = this.sentenceSubject(i);
    // Impersonal present (يذكر أن، يشار إلى أن) at a sentence start: the narrator speaks.
    const sentenceStart = i === this.from || isSentenceEnd(prev, words[i]) || (prev?.sentence ?? -1) !== words[i]!.sentence;
    // Whether the subject is a group or an institution: asked only by verbs of finding (`complement`), so typed only for them.
    const collective = FINDING_LEMMAS.has(cue.lemma) && phrase !== null && typeOfPhrase(phraseKeys(words, phrase).map(bareKey)) !== 'person';
    // وأبدى محسن العتيبي أن ...: an express verb whose subject is followed by a complementiser reports like قال.
    const asSay = cue.cls === 'express' && phrase !== null && COMPLEMENTISERS.has(words[after]?.n ?? '');
    const comp = this.complement(after, asSay ? { ...cue, cls: 'say' } : cue, collective);
    if (!comp) {
      this.postposed(i, cue, phrase);
      return;
    }
    // A cue with no subject inside a quotation is the quoted source's own words ("ينفي بشكل قاطع ...");
    // inside another report's content, its subject is that content's own (عدم تسجيل ... يؤكد أن ...).
    if (!phrase && cue.form === 'imperfect' && this.insidePair(i)) return;
    // A past verb with its complementiser right after it (قال إن، قالوا إنه) or after a subordinator
    // (حيث قال) reports anew even there.
    const reportsAnew = cue.form === 'past' && (this.hasComplementAt(i + 1, cue) || (prev !== undefined && (SUBORDINATORS.has(prev.n) || prev.n === 'و')));
    if (!phrase && cue.form !== 'participle' && (!cue.proclitic || cue.form === 'imperfect') && !reportsAnew &&
      this.out.some((d) => d.cueWord >= 0 && d.cfrom <= i && d.cto > i)) return;
    // Impersonal present (يذكر أن، يشار إلى أن) at a sentence start: the narrator speaks. Not يقول/يضيف, whose
    // passives are written apart (يقال، يضاف): a singular one with no subject is the last source's (he says that).
    const active = !cue.plural && (cue.lemma === 'قال' || cue.lemma === 'اضاف');
    if (!phrase && cue.form === 'imperfect' && !cue.proclitic && sentenceStart && !comp.direct && !active) return;
    const before = this.out.length;
    this.emit(i, cue, phrase, comp, cue.form === 'participle' || !phrase);
    if (background) for (let k = before; k < this.out.length; k++) this.out[k]!.background = true;
    // A participle, or a verb with no subject of its own joined by و or in a relative clause on a statement (وأعرب
    // الأمير ... عن استنكاره، وقال: «...»; أشاد رئيس النادي بالمعسكر، وقال; وأصدرت الوزارة بيانا قالت فيه), has the
    // subject of the verb that governs its sentence, reporting or not.
    if (cue.form === 'participle' || (!phrase && (cue.proclitic === 'و' || (cue.form === 'past' && RESUMPTIVE_IN.has(words[i + 1]?.n ?? ''))))) {
      const via = this.governingSubject(i);
      if (cue.form === 'participle' || (via && this.namesSubject(via))) {
        for (let k = before; k < this.out.length; k++) {
          this.out[k]!.via = via;
          if (cue.form !== 'participle') this.out[k]!.joined = true;
        }
      }
    }
  }

  /**
   * The subject of the verb a participle depends on: the nearest verb cue before it in the sentence
   * (أكد رئيس المجلس، إدريس اليزمي، ...، قائلا), else the phrase after the sentence's first word (وزاد اليزمي مؤكدا).
   */
  private governingSubject(i: number): Phrase | null {
    const { words } = this;
    const s = this.sentenceStart(i);
    for (let k = i - 1; k >= s; k--) {
      // وشكلت ...، حسب المتحدث، ...، مضيفا: the source of an according-to phrase governs.
      // Not a rule, need or time (حسب احتياج سوق العمل، منوها): no source.
      if (words[k]!.kind === 'word' && ACCORDING.has(words[k]!.n)) {
        // وشدد بحاح بحسب سكاي نيوز على أن ...، قائلا: between a verb and its complement the outlet relays the verb's
        // subject, which governs.
        if (this.out.some((d) => d.cueWord >= s && d.cueWord < k && d.cfrom > k && d.phrase)) continue;
        // بما وفق الله إليه عباده، مبينا: an according word inside an earlier report's content is part of what was said.
        if (this.out.some((d) => d.cueWord >= 0 && d.cueWord < k && d.cfrom <= k && d.cto > k)) continue;
        const p = phraseAfter(words, k + 1, i);
        if (p && !isRuleHead(words[p.from]!.n)) return p;
      }
      const c = cueAt(words, k);
      if (!c || c.form === 'participle' || c.form === 'noun') continue;
      // A cue inside the content of an earlier one (أن اللاعبين أبدوا ...) is nested, not governing;
      // so is a relative clause (الأغنية الشعبية، التي أعلنت أنها ...).
      if (this.out.some((d) => d.cueWord >= 0 && d.cueWord < k && d.cfrom <= k && d.cto > k)) continue;
      if (words[k - 1] && (NEGATIONS.has(words[k - 1]!.n) || RELATIVE_PRONOUNS.has(words[k - 1]!.n))) continue;
      const own = this.out.find((d) => d.cueWord === k && d.phrase);
      if (own?.phrase) return own.phrase;
      const topic = c.proclitic === 'ف' ? this.topicOf(k) : null;
      if (topic) return topic;
      const before = phraseBefore(words, k, this.from);
      if (before) return before;
      if (c.plural) continue;
      const after = phraseAfter(words, k + 1, this.to);
      // ووصفت بالاحتراف ومؤكدا، بمشاركة نساء: a ب- complement (a definite noun or a verbal noun) is no subject; a name
      // that opens with ب (بوعيدة، بوطوالة) is.
      const lead = after ? words[after.from]!.n : '';
      if (after && /^ب/.test(lead) && (lead.startsWith('بال') || isVerbalNoun(lead.slice(1))) && !this.isSource({ from: after.from, to: after.from + 1 })) continue;
      if (after) return extendToApposedName(words, this.endAtBWord(after), this.to);
    }
    // The sentence's verb opens it, or follows an opener (من جانبها، من جهته، بدوره) or a particle (كما ثمن، وقد رفع،
    // ولهذا يعتقد):
    // its subject comes after the verb.
    let v = s;
    // عبد الرحمن الفيفي- سبق- فيفاء: يعاني ...: a credit line and dateline (dashes, then a colon) open the story's first
    // sentence; a colon alone is a headline's source (أوكرانيا: مقتل ...), which stays.
    let dash = false;
    for (let k = s; k < Math.min(i - 1, s + 9); k++) {
      const w = words[k]!;
      if (w.kind !== 'punct') continue;
      if (w.n === '-' || w.n === '–' || w.n === 'ـ') dash = true;
      else if (w.n === ':') { if (dash) v = k + 1; break; }
    }
    while (v < i - 1 && /^[وف]?(?:كما|قد|لقد|ثم|لهذا|لذلك|لذا|بالتالي)$/.test(words[v]!.n)) v++;
    if (/^و?من$/.test(words[v]?.n ?? '') && /^(?:جانب|جهت|ناحيت)(?:ه|ها|هم|هما)$/.test(words[v + 1]?.n ?? '')) v += 2;
    else if (/^و?بدور(?:ه|ها|هم|هما)$/.test(words[v]?.n ?? '')) v += 1;
    // في البداية، في المقابل، وعلى صعيد آخر،: a prepositional phrase opens the sentence before the verb (up to its
    // comma, or a preposition and its definite noun).
    else if (NOUN_PREPOSITIONS.has((words[v]?.n ?? '').replace(/^و/, ''))) {
      let c = v + 1;
      while (c < i && c - v <= 4 && words[c]!.kind === 'word') c++;
      if (c < i && c - v <= 4 && isComma(words[c])) v = c;
      else if (words[v + 1]?.kind === 'word' && words[v + 1]!.n.startsWith('ال') && v + 2 < i) v += 2;
    }
    if (isComma(words[v])) v++;
    // ونشرت " الزروالي " عبر حسابها: a short quoted name right after the verb is its subject.
    const quoted = this.pairAt.get(v + 1);
    const after = quoted && quoted.close > v + 2 && quoted.close - v <= 5 ? { from: v + 2, to: quoted.close } : phraseAfter(words, v + 1, i);
    const p = after && this.beforeObject(this.endAtBWord(after));
    // وحققت نجاحا كاسحا، مؤكدة: what follows the verb must name a subject, or it is the verb's object.
    return p && p.to <= i && this.namesSubject(p) ? p : null;
  }

  /**
   * Whether a phrase found before or after a verb names its subject rather than its object: it can name a source,
   * and so can its first word, or that word is a title or a given name, or a person is named in it (كما ثمن رعاية سمو
   * أمير المنطقة، مشيرا: the sponsorship is the object; ولهذا يعتقد أحمد بان: the resolver finds the person).
   */
  private namesSubject(p: Phrase): boolean {
    const { words } = this;
    if (!this.isSource(p)) return false;
    const first = words[p.from]!.n;
    if (this.isSource({ from: p.from, to: p.from + 1 }) || TITLE_WORDS.has(first) || GIVEN_KEYS.has(first)) return true;
    for (let k = p.from; k < p.to; k++) if (words[k]!.person) return true;
    return false;
  }

  /**
   * The phrase cut before a ب- word right after a person's name (وطالب العواملة بحزمة إجراءات، أشاد هذيل آل شرمة بنجاح
   * المعسكر): the complement of a demand, charge or praise, or an adverb, unless it names a source itself; and before
   * a verbal noun right after a person's or an organisation's name (أعلنت شركة المياه الوطنية الانتهاء من ...): the
   * object.
   */
  private endAtBWord(phrase: Phrase): Phrase {
    const { words } = this;
    for (let k = phrase.from + 1; k < phrase.to; k++) {
      const before = words[k - 1]!;
      const w = words[k]!;
      // عميد السلك الدبلوماسي العربي | التأكيد على: a definite verbal noun after a definite adjective.
      if (!w.person && !w.org && /^ال.*(?:ي|يه)$/.test(before.n) && w.n.startsWith('ال') && !/(?:ي|يه)$/.test(w.n) && isVerbalNoun(w.n)) {
        return { from: phrase.from, to: k };
      }
      if ((!before.person && !before.org) || w.person || w.org) continue;
      const n = w.n;
      if (before.person && opensWithBa(w) && !this.isSource({ from: k, to: k + 1 })) return { from: phrase.from, to: k };
      // وتمنى البلوي لنايف هزازي التوفيق: a ل- word opening another person's name is the one spoken to.
      if (/^ل[^ل]/.test(n) && words[k + 1]?.person) return { from: phrase.from, to: k };
      if (isVerbalNoun(n) && !this.isSource({ from: k, to: k + 1 })) return { from: phrase.from, to: k };
      break;
    }
    return phrase;
  }

  /**
   * The subject named after سبق لـ (had already) before the أن at `k` (وسبق للوزير أن أكد، سبق لوسائل إعلام أن ذكرت):
   * the phrase of the ل- word right after سبق, without its ل.
   */
  private precededBy(k: number): Phrase | null {
    const { words } = this;
    for (let j = k - 2; j >= Math.max(this.from, k - 8); j--) {
      if (!/^[وف]?سبق$/.test(words[j]!.n)) continue;
      const first = words[j + 1];
      if (!first || first.kind !== 'word' || !first.n.startsWith('ل') || first.n.length < 3) return null;
      const p = phraseAfter(words, j + 1, k, { max: 8, allowDative: true });
      if (!p || p.to !== k) return null;
      return first.n.startsWith('لل') ? { ...p, article: true } : { ...p, lead: 1 };
    }
    return null;
  }

  /** True when a closed quotation holds only the words of a person's or an organisation's name (“خالد عويضة”). */
  /**
   * The person a statement noun right before a resumptive cue belongs to (تصريحات للشيخ الطيب قال فيها، رسالة لوزير
   * الخارجية جاء فيها): the persons' words before the cue, after the ل of ownership on them or on their title.
   */
  private statementOwner(i: number): Phrase | null {
    const { words } = this;
    let from = i;
    while (from > this.from && from > i - 5 && words[from - 1]!.kind === 'word' && words[from - 1]!.person) from--;
    if (from === i) return null;
    let k = from;
    const title = (n: string) => TITLE_WORDS.has(n.startsWith('لل') ? 'ال' + n.slice(2) : n.slice(1));
    if (!words[k]!.n.startsWith('ل')) {
      k = from - 1;
      if (words[k]?.kind !== 'word' || !words[k]!.n.startsWith('ل') || !title(words[k]!.n)) return null;
    }
    const noun = words[k - 1];
    return noun?.kind === 'word' && STATEMENT_NOUNS.has(noun.n) ? { from: k, to: i } : null;
  }

  private quotedName(pair: MarkPair): boolean {
    if (pair.close <= pair.open + 1 || pair.close - pair.open > 6) return false;
    for (let k = pair.open + 1; k < pair.close; k++) if (!this.words[k]!.person && !this.words[k]!.org) return false;
    return true;
  }

  /** The person or organisation mention that ends right before word `k`, as a phrase, or null. */
  private namedBefore(k: number): Phrase | null {
    const { words } = this;
    const last = words[k - 1];
    if (!last || !(last.person || last.org)) return null;
    const person = last.person;
    let from = k - 1;
    while (from > this.from && (person ? words[from - 1]!.person : words[from - 1]!.org)) from--;
    return { from, to: k };
  }

  /**
   * An institution's or a title's phrase with the institution it belongs to, named after ب (أعلنت إدارة المتاحف بالهيئة
   * العامة للسياحة والتراث الوطني عن ...): one subject, so that the complement and an apposed name are looked for after it.
   */
  private withAffiliation(phrase: Phrase): Phrase {
    const { words } = this;
    const w = words[phrase.to];
    const head = words[phrase.from]!.n;
    // An institution, or a title whose holder works there (المدير العام لإدارة المتاحف بالهيئة الدكتور فلان).
    const definite = 'ال' + head;
    const institution = words[phrase.to - 1]!.org || ORGANIZATION_HEADS.has(head) || PERSON_TITLES.has(head) || ORGANIZATION_HEADS.has(definite) || PERSON_TITLES.has(definite);
    if (!w || !institution || !opensWithBa(w) || !this.opensSource(w)) return phrase;
    let to = phrase.to + 1;
    while (to < this.to && words[to]!.org) to++;
    return { from: phrase.from, to };
  }

  /**
   * The subject of a verb that reports nothing, cut before a ب- word (وأشاد المدرب بأداء اللاعبين، متمنيا: the praise's
   * object), unless a source is named after the ب (ببوتين) or the word is in a name (المتحدث باسم).
   */
  private beforeObject(phrase: Phrase): Phrase {
    const { words } = this;
    for (let k = phrase.from + 1; k < phrase.to; k++) {
      const w = words[k]!;
      if (opensWithBa(w) && w.n !== 'باسم' && !w.person && !w.org && !this.opensSource(w)) return { from: phrase.from, to: k };
    }
    return phrase;
  }

  /**
   * The topic of a sentence opened by أما (أما مدير المشروع، فرانك مرداك، فأبرز ...): the subject of the verb at `i`
   * that takes ف, when it can name a source.
   */
  private topicOf(i: number): Phrase | null {
    const { words } = this;
    const s = this.sentenceStart(i);
    if (s >= i - 1 || !/^و?اما$/.test(words[s]!.n)) return null;
    const p = phraseAfter(words, s + 1, i, { max: 12 });
    if (!p) return null;
    const full = extendToApposedName(words, p, i);
    return this.isSource(full) ? full : null;
  }

  /** Verbal-noun cues (تصريح X أنه، قوله إن، اعتبارهم): a complementiser or quote must follow. */
  private nounCue(i: number, cue: CueMatch): void {
    const { words } = this;
    let phrase: Phrase | null = null;
    let after = i + 1;
    if (cue === SAYING || (cue.lemma === 'قال' && cue.enclitic)) {
      // ونقلت الصحيفة عن X قوله إن: the source is the phrase after عن; على حد قوله: the last source.
      for (let k = i - 1; k >= Math.max(this.from, i - 12); k--) {
        if (words[k]!.n === 'عن') {
          phrase = phraseAfter(words, k + 1, i, { max: 8 });
          if (phrase) phrase = extendToApposedName(words, phrase, i);
          break;
        }
        if (isSentenceEnd(words[k], words[k + 1])) break;
      }
      if (words[i - 1]?.n === 'حد' && words[i - 2]?.n === 'علي') {
        this.accordingFrom(i - 2, i + 1, null);
        return;
      }
      // يمكن القول إن: with no source named, the saying is the narrator's.
      if (cue === SAYING && !phrase) return;
    } else if (!cue.enclitic) {
      phrase = phraseAfter(words, i + 1, this.to, { max: 9 });
      if (phrase) after = phrase.to;
      // خلال تصريحات لـ«الشرق الأوسط»، تصريح للصحفيين: statements made to someone frame the verb that reports
      // them (قال X، خلال تصريحات لـ...، إن); the dative is who was told, not who spoke. (A communiqué's ل is its
      // issuer: بلاغ للوزارة.)
      if (cue.lemma === 'صرح' && /^ل/.test(words[i + 1]?.n ?? '')) return;
    }
    const comp = this.complement(after, { ...cue, weak: true, cls: cue.cls === 'object' ? 'say' : cue.cls });
    if (!comp) return;
    this.emit(i, cue, phrase, comp, !phrase);
  }

  /**
   * The complement after a cue and its subject: a complementiser (أن، إن، بأن), a colon or quotation,
   * a preposition that takes the content (أشار إلى، أعلن عن), or an object noun phrase.
   */
  private complement(after: number, cue: CueMatch, collective = false): { start: number; direct: MarkPair | null; attitude: string | null; quotedFrame: boolean } | null {
    const { words } = this;
    let j = after;
    // Adverbials and short parentheticals: "، الثلاثاء،" "، في ندوة صحفية بالرباط،".
    let gap = 0;
    let attitude: string | null = null;
    let quotedFrame = false;
    if (cue.cls === 'express') {
      // أعرب X عن “قلقهم” إزاء ...: the attitude noun, then the content after إزاء/من/بشأن.
      while (j < this.to && gap < 8 && (isComma(words[j]) || isAdverbial(words[j]!))) { j++; gap++; }
      // عبر للاعبين عن امتعاضه: a dative before عن.
      if (words[j]?.n.startsWith('ل') && words[j + 1]?.n === 'عن') j++;
      const about = words[j]?.n === 'عن';
      if (about) j++;
      if (words[j]?.kind === 'quote') { quotedFrame = true; j++; }
      const att = words[j];
      if (!att || att.kind !== 'word') return null;
      // أعرب عن أن «...»: no attitude noun, the clause itself.
      if (about && COMPLEMENTISERS.has(att.n)) return j + 1 < this.to ? { start: j + 1, direct: this.pairAt.get(j + 1) ?? null, attitude: null, quotedFrame } : null;
      attitude = att.n;
      j++;
      if (words[j]?.kind === 'quote') j++;
      if (isComma(words[j]) && COMPLEMENTISERS.has(words[j + 1]?.n ?? '')) j++;
      const prep = words[j];
      if (prep && ['ازاء', 'من', 'بشان', 'حول', 'تجاه', 'حيال', 'ل'].includes(prep.n)) {
        j++;
        // قلقه من أن تتدهور ...: the content starts after the complementiser.
        if (COMPLEMENTISERS.has(words[j]?.n ?? '') && j + 1 < this.to) j++;
      }
      // عن اعتقاده أن، عن ثقته بأن، عن أمله في أن: a belief or a hope and its clause.
      else if (prep && COMPLEMENTISERS.has(prep.n)) j++;
      else if (prep?.n === 'في' && COMPLEMENTISERS.has(words[j + 1]?.n ?? '')) j += 2;
      // عن أملها في بلوغ الأدوار النهائية: a hope and the verbal noun it hopes for.
      else if (prep?.n === 'في' && HOPES.test(attitude)) j++;
      else if (!CONCERN_WORDS.has(attitude)) return null;
      if (j >= this.to) return null;
      return { start: j, direct: null, attitude, quotedFrame };
    }
    // Pass 1: a complementiser, a colon, a quotation or a prepositional complement.
    const objectLike = cue.cls === 'object' || cue.cls === 'deny';
    let laterQuote: MarkPair | null = null;
    const reach = objectLike ? 4 : MAX_GAP;
    for (let k = after; k < this.to && gap <= reach; k++, gap++) {
      const w = words[k]!;
      if (isSentenceEnd(w, words[k + 1]) && !this.semicolonAsComma(k)) break;
      // أعلنت الوزارة، اليوم (الاثنين)، أن ...; أعلن في أبريل (نيسان) أن ...: a day or month glossed in brackets
      // adds nothing to the distance.
      if (w.kind === 'punct' && w.n === '(' && words[k + 2]?.n === ')' && (isAdverbial(words[k + 1]!) || MONTHS.has(words[k + 1]!.n))) {
        k += 2;
        gap--;
        continue;
      }
      if (w.kind === 'quote') {
        const pair = this.pairAt.get(k);
        if (!pair) continue;
        // A quotation right after the cue and subject, after a colon or after a parenthetical comma is the
        // direct content: قال ميلر “...”، قالت X، في تصريح لـY، "..."; وصفتها بـ"التاريخية".
        const before = words[k - 1];
        // قال مصدر لـ«الشرق الأوسط» إن ...، قال لوكالة «رويترز»: a quoted name after a detached dative or an outlet's
        // noun in the dative is the outlet spoken to.
        // قال المدير “خالد بن إبراهيم عويضة” لـ“عين اليوم” إن: a name set in quotation marks is no content either.
        if ((before?.kind === 'word' && (before.n === 'ل' || OUTLET_DATIVE.test(before.n)) && pair.close > k && pair.close - k <= 5) || this.quotedName(pair) || namedQuote(words, pair.open, pair.close, this.to)) {
          gap += pair.close - k;
          k = pair.close;
          continue;
        }
        if (k - after <= 2 || isComma(before) || (before?.kind === 'punct' && before.n === ':') || cue.cls === 'describe') return { start: k, direct: pair, attitude, quotedFrame };
        if (pair.close < 0) break;
        // وتقر بالمخاطر التي تكتنف عالم الأعمال "لقد تحملت ...": a full quoted sentence that closes the
        // sentence of a say verb is its direct content.
        if (!laterQuote && cue.cls === 'say' && countWords(words, k + 1, pair.close) >= 4 && (pair.close + 1 >= this.to || isSentenceEnd(words[pair.close + 1], words[pair.close + 2]))) laterQuote = pair;
        gap += pair.close - k;
        k = pair.close;
        continue;
      }
      if (w.kind === 'punct' && w.n === ':') {
        const next = words[k + 1];
        if (next?.kind === 'quote' && this.pairAt.has(k + 1)) return { start: k + 1, direct: this.pairAt.get(k + 1)!, attitude, quotedFrame };
        // وقال المصدر: إن ...: the complementiser after the colon opens the content.
        const from = next && next.kind === 'word' && COMPLEMENTISERS.has(next.n) ? k + 2 : k + 1;
        return from < this.to ? { start: from, direct: this.pairAt.get(from) ?? null, attitude, quotedFrame } : null;
      }
      if (w.kind !== 'word') continue;
      if (COMPLEMENTISERS.has(w.n)) {
        const p = words[k - 1];
        if (p && SUBJUNCTIVE_TRIGGERS.has(p.n)) break;
        // يسجل على أنها: a preposition the cue does not govern makes أن part of another phrase.
        if (p && PREPOSITIONS.has(p.n) && !takesContent(p.n, cue.lemma)) break;
        const next = k + 1;
        if (next >= this.to) return null;
        return { start: next, direct: this.pairAt.get(next) ?? null, attitude, quotedFrame };
      }
      // أكد حرص المملكة على ...: the preposition belongs to the noun of a proposition that opens the object.
      if ((gap < 3 || isComma(words[k - 1])) && !(k > after && PROPOSITION_CUES.has(cue.lemma) && PROPOSITION_NOUNS.has(words[after]?.n ?? ''))) {
        if (takesContent(w.n, cue.lemma)) {
          const next = words[k + 1];
          if (next && COMPLEMENTISERS.has(next.n)) continue;
          if (LITERAL_WITH_NOUN.has(cue.lemma)) continue;
          if (next && next.kind !== 'punct') return { start: k + 1, direct: next.kind === 'quote' ? this.pairAt.get(k + 1) ?? null : null, attitude, quotedFrame };
        }
      }
      const c = cueAt(words, k);
      if (c && c.form !== 'noun' && k > after) break;
    }
    if (laterQuote) return { start: laterQuote.open, direct: laterQuote, attitude, quotedFrame };
    // Pass 2: an object noun phrase (نفى X تدخله، رفضت روسيا هذه المزاعم، أعلن إعفاء ...، دعا X إلى ...).
    let k = after;
    let skipped = 0;
    let pronounObject = false;
    // Adverbials between the subject and the object: زوال يومه الثلاثاء 28 مارس بالحسيمة.
    while (k < this.to && skipped < 8) {
      const x = words[k]!;
      if (PRONOUN_PREPOSITIONS.has(x.n)) pronounObject = true;
      // هذا الأسبوع، هذا الشهر: a demonstrative with a time noun is an adverbial, not the object.
      if ((x.n === 'هذا' || x.n === 'هذه') && TIME_NOUNS.has(words[k + 1]?.n ?? '')) { k += 2; skipped += 2; continue; }
      if (!(isComma(x) || isAdverbial(x) || x.kind === 'number' || MONTHS.has(x.n) || (skipped > 0 && x.n.startsWith('بال')))) break;
      k++;
      skipped++;
    }
    const w = words[k];
    // أعلنت عنه في وقت سابق: the object is a pronoun, already said; there is no content here.
    if (pronounObject) return null;
    if (!w || w.kind !== 'word' || PREPOSITIONS.has(w.n) || COMPLEMENTISERS.has(w.n)) {
      // أعلن عن إعفاء ...: the preposition that takes the object.
      // أضاف إلى + noun adds a thing (تضيف الحدائق إلى جمال المدينة); شدد على ضرورة ... does report.
      if (w && w.kind === 'word' && takesContent(w.n, cue.lemma) && cue.lemma !== 'اضاف' && words[k + 1]?.kind === 'word') {
        return { start: k + 1, direct: null, attitude, quotedFrame };
      }
      return null;
    }
    // Weak object verbs (وعد، نصح) take a person and a ب- complement: وعد اللاعبين بالعمل; the person's name may be
    // long, and set off by a comma (وعدت جمهور موازين إيقاعات العالم، بتقديم ...).
    let bComplement = w.n === 'ما';
    for (let m = k, end = k + 5; m < Math.min(this.to, end) && !bComplement; m++) {
      const x = words[m]!;
      if (isSentenceEnd(x, words[m + 1])) break;
      if (isComma(x) && m + 1 === end) end++;
      if (x.kind === 'word' && x.n.startsWith('ب') && x.n.length > 3) bComplement = true;
    }
    // اكتشف باحثون أكثر من ألف تطبيق ...: researchers, studies and institutions find or reveal a noun phrase.
    const finding = collective && FINDING_LEMMAS.has(cue.lemma);
    // أكد ضرورة ...، مؤكدا حرص الإدارة على ...: a verb of stating with a noun of a proposition for its object.
    const proposition = PROPOSITION_CUES.has(cue.lemma) && PROPOSITION_NOUNS.has(w.n);
    const objectOk = finding || proposition || (cue.cls === 'object' && (!cue.weak || bComplement)) ||
      (cue.cls === 'deny' && (!cue.weak || CLAIM_NOUNS.has(w.n))) || (cue.cls === 'describe' && !cue.weak);
    return objectOk ? { start: k, direct: null, attitude, quotedFrame } : null;
  }

  /**
   * A semicolon written where a comma belongs, between a speaker and the complementiser (وأكد الحربي؛ أن ...،
   * أوضح ريان درار؛ مستشار مالي، أن ...): one right before the complementiser, or before a short apposition
   * that a comma closes.
   */
  private semicolonAsComma(k: number): boolean {
    const { words } = this;
    if (words[k]!.n !== '؛') return false;
    if (COMPLEMENTISERS.has(words[k + 1]?.n ?? '')) return true;
    for (let m = k + 1; m < Math.min(this.to, k + 6); m++) {
      const x = words[m]!;
      if (isComma(x)) return COMPLEMENTISERS.has(words[m + 1]?.n ?? '');
      if (x.kind !== 'word' || cueAt(words, m)) return false;
    }
    return false;
  }

  /** A cue with no complement after it may follow its quotation: «...» يقول ممثل الاتحاد. */
  private postposed(i: number, cue: CueMatch, phrase: Phrase | null): void {
    const { words } = this;
    if (cue.form === 'noun') return;
    // Inserted in its quotation: "هذا سيمكننا ، تقول ليلى الزمراني ، من التواجد".
    if (isComma(words[i - 1])) {
      for (const pair of this.pairAt.values()) {
        const close = pair.close < 0 ? this.to : pair.close;
        if (pair.open < i && close > i) {
          this.out.push(this.draft('direct', pair.start, pair.end, pair.open + 1, close, i, phrase, !phrase, cue.cls, null));
          return;
        }
      }
    }
    let k = i - 1;
    while (k >= this.from && (isComma(words[k]) || (words[k]!.kind === 'punct' && words[k]!.n !== '.'))) k--;
    if (k < this.from || words[k]!.kind !== 'quote') return;
    // Find the pair that closes at k.
    for (const pair of this.pairAt.values()) {
      if (pair.close !== k) continue;
      // وبحسب «رويترز» سجلت ...: a quoted name after an according-to word is its source, not a quotation.
      const lead = words[pair.open - 1]?.n === 'ل' ? words[pair.open - 2] : words[pair.open - 1];
      if (lead && ACCORDING.has(lead.n)) return;
      const cfrom = pair.open + 1;
      this.out.push(this.draft('direct', pair.start, pair.end, cfrom, pair.close, i, phrase, !phrase, cue.cls, null));
      return;
    }
  }

  /** Emits the attribution of a cue once its complement is known. */
  private emit(i: number, cue: CueMatch, phrase: Phrase | null, comp: { start: number; direct: MarkPair | null; attitude: string | null; quotedFrame: boolean }, inherit: boolean): void {
    if (comp.direct && comp.direct.open === comp.start && this.trailingWords(comp.direct) < 3) {
      const pair = comp.direct;
      const cto = pair.close >= 0 ? pair.close : this.lastWord() + 1;
      this.out.push(this.draft('direct', pair.start, pair.end, pair.open + 1, cto, i, phrase, inherit, cue.cls, comp.attitude));
      return;
    }
    let end = this.clauseEnd(comp.start);
    if (end <= comp.start) return;
    // وعد اللاعبين بالعمل على ...، إذ اتفق معهم: an object phrase ends before an explanatory clause.
    if (cue.cls === 'object' || cue.cls === 'deny') {
      for (let k = comp.start + 1; k < end - 1; k++) {
        if (isComma(this.words[k]) && EXPLANATORY.has(this.words[k + 1]!.n)) { end = k; break; }
      }
    }
    const span = this.trimmed(comp.start, end);
    if (!span) return;
    const hasQuote = this.containsPair(comp.start, end);
    const kind: QuoteKind = hasQuote || comp.quotedFrame ? 'mixed' : 'indirect';
    const split = phrase ? splitCoordinated(this.words, phrase, cue.plural, this.opensSource) : [null];
    for (const p of split) {
      const d = this.draft(kind, span.start, span.end, comp.start, end, i, p, inherit, cue.cls, comp.attitude);
      if (cue.plural) d.plural = true;
      this.out.push(d);
    }
  }

  private draft(kind: QuoteKind, start: number, end: number, cfrom: number, cto: number, cueWord: number, phrase: Phrase | null, inherit: boolean, cls: CueClass | 'according' | 'continuation', attitude: string | null): Draft {
    const { words } = this;
    const nested = cueWord >= 0 && this.out.some((d) => d.cueWord >= 0 && d.cueWord !== cueWord && d.cfrom <= cueWord && d.cto > cueWord);
    const cw = cueWord >= 0 ? words[cueWord]! : null;
    const stance = decideStance({ cls, attitude, words, from: cfrom, to: cto });
    return {
      kind, content: { start, end }, cfrom, cto, cue: cw ? { start: cw.start, end: cw.end } : null, cueWord, phrase, inherit: inherit || !phrase,
      stance, headline: this.headline, sentence: (cw ?? words[cfrom])?.sentence ?? -1, region: this.region, nested,
    };
  }

  private sentenceSubject(i: number): Phrase | null {
    const { words } = this;
    const s = this.sentenceStart(i);
    if (s >= i - 2) return null;
    let k = s;
    while (k < i && k - s < 5 && words[k]!.kind === 'word' && !/^[يت]/.test(words[k]!.n) && !NP_STOPS.has(words[k]!.n) && !cueAt(words, k)) k++;
    const verb = words[k];
    if (k === s || k - s >= 5 || !verb || verb.kind !== 'word' || !/^[يت]/.test(verb.n) || verb.n.length < 4) return null;
    return { from: s, to: k };
  }

  private insidePair(i: number): boolean {
    for (const pair of this.pairAt.values()) {
      const close = pair.close < 0 ? this.to : pair.close;
      if (pair.open < i && close > i) return true;
    }
    return false;
  }

  /** Words after a quotation before the next comma or clause end: أنه “من المحتمل جدًا” مقتل ستة ضباط → mixed. */
  private trailingWords(pair: MarkPair): number {
    if (pair.close < 0) return 0;
    let n = 0;
    for (let k = pair.close + 1; k < this.to; k++) {
      const w = this.words[k]!;
      if (isComma(w) || isSentenceEnd(w, this.words[k + 1]) || w.kind === 'quote') break;
      if (w.kind === 'word') {
        const c = cueAt(this.words, k);
        if (c && c.form !== 'noun') break;
        n++;
      }
    }
    return n;
  }

  private lastWord(): number {
    let k = this.to - 1;
    while (k > this.from && this.words[k]!.kind === 'punct') k--;
    return k;
  }

  /** True when a quotation mark pair opens inside `[from, to)`. */
  private containsPair(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.words[k]!.kind === 'quote' && this.pairAt.has(k)) return true;
    return false;
  }

  /** The source span of words `[from, to)` without leading/trailing punctuation. */
  private trimmed(from: number, to: number): Span | null {
    let a = from;
    let b = to;
    const { words } = this;
    while (a < b && words[a]!.kind === 'punct') a++;
    while (b > a && (words[b - 1]!.kind === 'punct')) b--;
    if (b <= a) return null;
    return { start: words[a]!.start, end: words[b - 1]!.end };
  }

  /**
   * Where the reported clause that starts at `from` ends (exclusive word index): the sentence end
   * outside quotations, a semicolon, a comma before another cue (، مضيفا أن), or a conjoined cue (ووصفتها).
   */
  private clauseEnd(from: number): number {
    const { words } = this;
    for (let k = from; k < this.to; k++) {
      const w = words[k]!;
      if (w.kind === 'quote') {
        const pair = this.pairAt.get(k);
        if (pair) {
          if (pair.close < 0) return this.to;
          k = pair.close;
        }
        continue;
      }
      if (isSentenceEnd(w, words[k + 1])) return k;
      if (isComma(w)) {
        // الأغنية الشعبية، التي أعلنت أنها ستحيي ...، أنه "...": a bare complementiser after a comma
        // resumes the outer verb, so the inner clause ends here.
        const nextWord = words[k + 1];
        if (k > from && nextWord && nextWord.kind === 'word' && COMPLEMENTISERS.has(nextWord.n) && !nextWord.n.startsWith('و')) return k;
        // ...، سائلا المولى أن ...: a participle of manner describes the speaker, not what was said.
        if (k > from && nextWord?.kind === 'word' && MANNER_PARTICIPLES.has(nextWord.n)) return k;
        // ...، مع التأكيد أن ...، مع الإشارة إلى أن ...: the speaker's next statement, in a verbal noun.
        if (k > from && nextWord?.n === 'مع' && STATEMENT_MASDARS.has(words[k + 2]?.n ?? '')) {
          const x = words[k + 3];
          const y = x && (x.n === 'علي' || x.n === 'الي') ? words[k + 4] : x;
          if (y?.kind === 'word' && COMPLEMENTISERS.has(y.n)) return k;
        }
        for (let m = k + 1; m < Math.min(this.to, k + 7); m++) {
          const c = words[m]!;
          if (c.kind !== 'word') break;
          const cue = cueAt(words, m);
          if (cue && cue.form !== 'noun' && !NEGATIONS.has(words[m - 1]!.n) && this.cueHasComplement(m, cue)) return k;
          // ، كما أعلنت الاستخبارات.: "as X said" closes the clause before it.
          if (m === k + 2 && cue && this.asideSubject(m, cue)) return k;
          if (ACCORDING.has(c.n) && m === k + 1) {
            // ، بحسب العلماء. at the end: the content stops before it; an inserted ، حسب المتحدث، stays; ، وحسب مصادر
            // عليمة فإن ... opens a clause of its own.
            if (opensWithAnd(c.n) || this.accordingRunsToEnd(m)) return k;
          }
        }
        continue;
      }
      if (k > from && w.kind === 'word') {
        const cue = cueAt(words, k);
        if (cue && cue.proclitic === 'و' && cue.form !== 'noun') return k;
        // ، و وصف ...: a conjunction written apart.
        if (w.n === 'و' && words[k + 1]) {
          const next = cueAt(words, k + 1);
          if (next && next.form !== 'noun') return k;
        }
        // ... الأسبوع المقبل لافتا إلى أن ...: a participle with its own complement opens a new report.
        if (cue && cue.form === 'participle' && (this.hasComplementAt(k + 1, cue) || words[k + 1]?.kind === 'quote')) return k;
      }
    }
    return this.to;
  }

  /** A cue after a comma ends the clause before it only when it reports something itself (، مضيفا أن; not ، التي بلغت 43). */
  private cueHasComplement(m: number, cue: CueMatch): boolean {
    if (cue.form === 'participle') return true;
    // A bare verb after a comma continues the content (الانتخابات، التي بلغت ...، تعبر عن ...) unless it
    // opens a relative or subordinate clause, agrees with a source before it, or has a source after it.
    const prev = this.words[m - 1]!;
    // ...، كما أشار المدير إلى أن ...: "as also" before a verb opens the next report, when a source says it or its
    // complement follows the verb (not ...، كما أعلنت ندمها عن ...: her regret is the object; she still speaks).
    if (prev.n === 'كما' && isComma(this.words[m - 2]) && !cue.proclitic) {
      const subject = phraseAfter(this.words, m + 1, this.to);
      if (!(subject && this.isSource(subject)) && !this.hasComplementAt(m + 1, cue)) return false;
    } else if (!cue.proclitic && !isComma(prev) && !SUBORDINATORS.has(prev.n)) {
      const before = phraseBefore(this.words, m, this.from);
      if (!before || !this.isSource(before)) return false;
    } else if (!cue.proclitic && isComma(prev)) {
      // ...، يؤكد أن: a bare present after a comma is the predicate of the content's own subject.
      const after = phraseAfter(this.words, m + 1, this.to);
      if (!(after && this.isSource(after)) && (cue.form === 'imperfect' || !this.hasComplementAt(m + 1, cue))) return false;
    }
    for (let k = m + 1; k < Math.min(this.to, m + 8); k++) {
      const w = this.words[k]!;
      if (w.kind === 'quote' || (w.kind === 'punct' && w.n === ':')) return true;
      if (w.kind === 'word' && (COMPLEMENTISERS.has(w.n) || (k === m + 1 && takesContent(w.n, cue.lemma)))) return true;
      if (isSentenceEnd(w, this.words[k + 1])) break;
    }
    // ...، كما كشفت جوجل أيضا عن عزمها ...: the preposition that takes the content after a named subject.
    const subject = phraseAfter(this.words, m + 1, this.to);
    if (subject && this.isSource(subject)) {
      let k = subject.to;
      while (k < this.to && k - subject.to < 3 && isAdverbial(this.words[k]!)) k++;
      const w = this.words[k];
      if (w?.kind === 'word' && takesContent(w.n, cue.lemma)) return true;
    }
    return cue.cls !== 'say';
  }

  /** True when a complementiser, colon or quotation follows word `k` directly (، قائلا: ...، قبل أن يلاحظ أن). */
  private hasComplementAt(k: number, cue: CueMatch): boolean {
    const w = this.words[k];
    if (!w) return false;
    if (w.kind === 'quote' || (w.kind === 'punct' && w.n === ':')) return true;
    // تعبر عن قدر كبير: an attitude verb's عن is its frame, not a reported content.
    if (cue.cls === 'express') return false;
    return w.kind === 'word' && (COMPLEMENTISERS.has(w.n) || takesContent(w.n, cue.lemma));
  }

  /** True when an according-to phrase at word `m` runs to its sentence end (a trailing source). */
  private accordingRunsToEnd(m: number): boolean {
    const p = phraseAfter(this.words, m + 1, this.to, { max: 10 });
    const end = p ? p.to : m + 1;
    const w = this.words[end];
    return end >= this.to || isSentenceEnd(w, this.words[end + 1]);
  }

  /** وجاء في البيان: "..." / أن ...: the document is the source. */
  private cameIn(i: number): void {
    const phrase = phraseAfter(this.words, i + 2, this.to, { max: 6 });
    if (!phrase) return;
    const keys = phraseKeys(this.words, phrase);
    if (!SOURCE_HEADS.has(keys[0] ?? '') && !SOURCE_HEADS.has('ال' + bareKey(keys[0] ?? ''))) return;
    const comp = this.complement(phrase.to, { cls: 'say', form: 'past', weak: true, lemma: 'جاء', plural: false, proclitic: '', enclitic: '' });
    if (!comp) return;
    const cueWord = this.words[i]!;
    const before = this.out.length;
    this.emit(i, { cls: 'say', form: 'past', weak: true, lemma: 'جاء', plural: false, proclitic: '', enclitic: '' }, phrase, comp, false);
    for (let k = before; k < this.out.length; k++) this.out[k]!.cue = { start: cueWord.start, end: this.words[i + 1]!.end };
  }

  /** بحسب، حسب، وفقا لـ، نقلا عن: a source without a verb. */
  private according(i: number): void {
    const { words } = this;
    const w = words[i]!;
    let j = i + 1;
    // وقال وفقا لما نقلته X إن: the verb after لما names the source, as after حسبما (not وطبقا لما يراه X، ...، فإن,
    // which fronts its clause).
    const lima = words[j]?.n === 'لما' && !opensWithAnd(w.n);
    // نقلا عن X، وفقا لـ X (with ل split off or glued), حسبما أفاد X
    if (words[j]?.n === 'عن' || words[j]?.n === 'ل' || words[j]?.n === 'لما') j++;
    let phrase: Phrase | null = null;
    const next = words[j];
    if (!next) return;
    if (next.n === 'ما' || w.n.endsWith('ما') || next.n === 'لما' || lima) {
      // حسب ما أفاد X / بحسب ما أعلن بيان ... / حسب ما نشرته صحيفة ...: the source is the subject of the verb;
      // وفق ما جاء على لسان X: the one on whose tongue it came.
      let v = next.n === 'ما' || next.n === 'لما' ? j + 1 : j;
      const verb = words[v];
      if (!verb) return;
      if (verb.n === 'جاء' && words[v + 1]?.n === 'علي' && words[v + 2]?.n === 'لسان') v += 2;
      else if (!cueOf(verb) && !PUBLISHED.test(verb.n)) return;
      phrase = phraseAfter(words, v + 1, this.to, { max: 8 });
      if (!phrase) return;
      // After a cue of its clause (يعتبرون وفق ما جاء على لسان X في مقدمة الكتاب أن ...) it qualifies that cue.
      this.accordingFrom(i, phrase.to, phrase, v, true);
      return;
    }
    // بحسب «رويترز»، وفقا لـ«بوينغ»: a short source in quotation marks.
    const pair = next.kind === 'quote' ? this.pairAt.get(j) : undefined;
    if (pair && pair.close > j + 1 && pair.close - j <= 5) {
      const quoted: Phrase = { from: j + 1, to: pair.close };
      // بحسب "الفرنسية": one quoted adjective of a country names its news agency, which the country is not.
      if (pair.close === j + 2 && lookupRegistry(words[j + 1]!.n)?.kind === 'demonym') return;
      if (!this.isSource(quoted) && !isSourceLike(phraseKeys(words, quoted))) return;
      this.accordingFrom(i, pair.close + 1, quoted);
      return;
    }
    phrase = phraseAfter(words, j, this.to, { max: 8, allowDative: true });
    if (!phrase) return;
    // وفقا لتقارير أمنية: the source is تقارير أمنية; the ل is the preposition وفقا takes (بحسب لجنة keeps its lam,
    // and so does للوزارة, whose second lam is the article's).
    const first = words[phrase.from]!;
    const takesLam = /^[وف]?(?:وفقا|طبقا|تبعا)$/.test(w.n) && phrase.from === j && first.n.length > 3 && !phrase.lead;
    const dative = takesLam && /^ل[^ل]/.test(first.n);
    if (takesLam && first.n.startsWith('لل')) phrase = { ...phrase, article: true };
    // نقلا عن مسؤولين قولهم إن ...: the reported قول after the source carries the attribution.
    for (let k = phrase.to; k < Math.min(this.to, phrase.to + 4); k++) {
      const c = cueOf(words[k]!);
      if (c && c.form === 'noun' && c.lemma === 'قال') return;
    }
    const keys = phraseKeys(words, phrase);
    // وفقا لنصوص القانون، طبقا للمادة 12: in accordance with a rule, not reported speech.
    if (isRuleHead(keys[0] ?? '')) return;
    // بحسب التقديرات، حسب الحاجة: the phrase must name a source (a source noun, a group, an entity).
    const led: Phrase = { ...phrase, lead: 1 };
    const source = isSourceLike(keys) || (this.isSource(phrase) && (!WEAK_ACCORDING.has(w.n) || this.strictSources));
    // Without its ل a source noun shows (وطبقا لمصدر مطلع); a source found with it is named without it.
    if (!source && !(dative && isSourceLike(phraseKeys(words, led)))) return;
    this.accordingFrom(i, phrase.to, dative ? led : phrase);
  }

  /**
   * Emits an according-to attribution whose source phrase ends at word `after`.
   * Fronted (وبحسب X، فإن ...): the content follows. Trailing or inserted: the content is the clause around it;
   * with `edgesOnly`, one inserted after a cue of its clause qualifies that cue and reports nothing.
   */
  /**
   * @param attached The phrase (كما قال X) reports the clause before it or the one after it, whatever stands around
   *   it; and its verb `cueWord` is the cue then.
   */
  accordingFrom(i: number, after: number, phrase: Phrase | null, cueWord = i, edgesOnly = false, attached?: 'before' | 'after'): void {
    const { words } = this;
    // و حسب ...: a conjunction written apart still fronts the phrase.
    const prev = words[i - 1]?.n === 'و' ? words[i - 2] : words[i - 1];
    const at = words[i - 1]?.n === 'و' ? i - 1 : i;
    // حيث إنه وفقا لإحصائيات عالمية فإنه ...: after a complementiser the phrase fronts its clause.
    const fronted = attached === 'after' || (attached !== 'before' && at === this.from) || isSentenceEnd(prev, words[at]) || (prev?.sentence ?? -1) !== words[i]!.sentence ||
      (prev?.kind === 'word' && COMPLEMENTISERS.has(prev.n)) ||
      prev?.kind === 'quote' || (prev?.kind === 'punct' && prev.n === ':') || (isComma(prev) && (at !== i || opensWithAnd(words[i]!.n)));
    if (fronted) {
      let k = after;
      // وبحسب صحيفة X التي تصدر في هونغ كونغ، فإن ...: a relative clause after the source describes it.
      if (RELATIVE_PRONOUNS.has(words[k]?.n ?? '')) {
        let c = k + 1;
        while (c < this.to && c - k <= 15 && !isComma(words[c]) && !isSentenceEnd(words[c], words[c + 1])) c++;
        if (isComma(words[c])) k = c;
      } else if (!isComma(words[k]) && !RESUMPTIVES.has(words[k]?.n ?? '')) {
        // وفقا لدراسة قام بها مركز المعلومات ...، فإن ...: words that describe the source, up to the resumptive فإن.
        for (let c = k + 1; c < this.to && c - k <= 12 && !isSentenceEnd(words[c], words[c + 1]) && !cueAt(words, c); c++) {
          if (RESUMPTIVES.has(words[c]!.n) && words[c]!.n.startsWith('ف')) { k = c; break; }
        }
      }
      while (k < this.to && (isComma(words[k]) || (words[k]!.kind === 'word' && RESUMPTIVES.has(words[k]!.n)))) k++;
      if (k >= this.to) return;
      const end = this.clauseEnd(k);
      const span = this.trimmed(k, end);
      if (!span) return;
      const kind: QuoteKind = this.containsPair(k, end) ? 'mixed' : 'indirect';
      this.out.push(this.draftAt(kind, span, k, end, attached ? cueWord : i, phrase));
      return;
    }
    // Clause start: the sentence start, or the last comma when an earlier cue shares the sentence.
    let s = i - 1;
    let lastComma = -1;
    let clauseComma = -1;
    let sawCue = false;
    while (s > this.from && !isSentenceEnd(words[s - 1], words[s]) && words[s - 1]!.sentence === words[i]!.sentence) {
      if (isComma(words[s]) && lastComma < 0) lastComma = s;
      if (isComma(words[s]) && clauseComma < 0 && s < i - 1) clauseComma = s;
      const c = cueAt(words, s);
      if (c && c.form !== 'noun') sawCue = true;
      s--;
    }
    // اتهموا قيادة طالبان ...، بينما توفي في أبريل، كما أعلنت الاستخبارات: after another report in its sentence or a
    // contrasting clause, "as X said" reports the clause between the commas, past its opener; else the whole sentence
    // before it.
    if (attached === 'before') {
      const opening = cueAt(words, s);
      if (opening && opening.form !== 'noun') sawCue = true;
      // ...، بينما توفي في أبريل، كما أعلنت: a contrasting clause (بينما، فيما) is a statement of its own.
      const contrast = clauseComma > s && /^و?(?:بينما|فيما)$/.test(words[clauseComma + 1]?.n ?? '');
      if ((sawCue || contrast) && clauseComma > s) {
        s = clauseComma + 1;
        if (CLAUSE_OPENERS.has(words[s]?.n ?? '') && s + 1 < i - 1) s++;
      }
    } else if (sawCue && lastComma > s) s = lastComma + 1;
    while (s < i && (isComma(words[s]) || words[s]!.kind === 'punct')) s++;
    // A leading conjunction و is part of the word; the content starts at the word itself. Time words after the
    // source (حسبما أكدت كييف أمس.) leave it at the end of its sentence.
    let tail = after;
    while (tail < this.to && words[tail]!.kind === 'word' && isAdverbial(words[tail]!) && !PREPOSITIONS.has(words[tail]!.n)) tail++;
    const runsToEnd = attached === 'before' || tail >= this.to || isSentenceEnd(words[tail], words[tail + 1]);
    // (So does one right after its cue when that cue opens the sentence: قالت وفقا لما ذكره راديو فرنسا إن ...)
    if (edgesOnly && !runsToEnd && (sawCue || (cueAt(words, i - 1)?.form ?? 'noun') !== 'noun')) return;
    let end: number;
    if (runsToEnd) {
      end = i;
      while (end > s && (isComma(words[end - 1]) || words[end - 1]!.kind === 'punct')) end--;
    } else {
      end = this.clauseEnd(after);
    }
    if (end <= s) return;
    const span = this.trimmed(s, end);
    if (!span) return;
    // The leading و of a sentence-initial word (وكلما) is not part of the content.
    const first = words[s]!;
    if (first.n.startsWith('و') && first.n.length > 3 && s === this.sentenceStart(s)) span.start = Math.min(span.end, first.start + 1);
    const kind: QuoteKind = this.containsPair(s, end) ? 'mixed' : 'indirect';
    const d = this.draftAt(kind, span, s, end, cueWord, phrase);
    // وشدد بحاح بحسب سكاي نيوز على أن ...، قائلا: the outlet inside another report relays it; the report's own
    // speaker stays the one its participles and continuations take.
    if (sawCue) d.background = true;
    this.out.push(d);
  }

  private sentenceStart(k: number): number {
    let s = k;
    while (s > this.from && !isSentenceEnd(this.words[s - 1], this.words[s]) && this.words[s - 1]!.sentence === this.words[k]!.sentence) s--;
    return s;
  }

  private draftAt(kind: QuoteKind, span: Span, cfrom: number, cto: number, cueWord: number, phrase: Phrase | null): Draft {
    const d = this.draft(kind, span.start, span.end, cfrom, cto, cueWord, phrase, !phrase, 'according', null);
    return d;
  }

  /**
   * Quotations no cue claimed: a cue inside them (هذا سيمكننا، تقول ليلى، من ...) or a continuation
   * (a quoted sentence with no cue belongs to the last speaker).
   */
  attachLooseQuotes(pairs: MarkPair[], earlier: Draft[]): void {
    const { words } = this;
    for (const pair of pairs) {
      const claimed = this.out.some((d) => d.content.start <= pair.start && d.content.end >= pair.end - 1) ||
        this.out.some((d) => d.cue && d.cue.start > words[pair.open]!.start && d.cue.start < pair.end);
      if (claimed) continue;
      const cto = pair.close >= 0 ? pair.close : this.lastWord() + 1;
      const size = countWords(words, pair.open + 1, cto);
      if (size < 4) continue; // scare quotes and names: شركة "عالم الفن"
      // Only a quotation that opens its sentence continues a speaker: “مثل هذه الخطوة ...”
      const prev = pair.open > this.from ? words[pair.open - 1] : undefined;
      const opensSentence = !prev || isSentenceEnd(prev, words[pair.open]) || prev.kind === 'punct' && prev.n === ':';
      if (!opensSentence) continue;
      const last = this.out.length ? this.out : earlier;
      const recent = last[last.length - 1];
      if (!recent || this.region - recent.region > 2) continue;
      this.out.push(this.draft('direct', pair.start, pair.end, pair.open + 1, cto, -1, null, true, 'continuation', null));
    }
  }
}

/**
 * Whether a verb cue agrees in gender and number with the relative pronoun before it (الذي قال، التي قالت،
 * الذين قالوا): only then is the antecedent its subject. Past feminine by its ت ending (قالت), imperfect by its
 * prefix (يقول / تقول).
 */
function agreesWithRelative(relative: string, w: Word, cue: CueMatch): boolean {
  if (relative === 'الذين') return cue.plural;
  if (cue.plural || (cue.form !== 'past' && cue.form !== 'imperfect')) return relative !== 'الذي';
  const stem = w.n.slice(cue.proclitic.length, w.n.length - cue.enclitic.length);
  const feminine = cue.form === 'past' ? stem.endsWith('ت') && !cue.lemma.endsWith('ت') : stem.startsWith('ت');
  return feminine === (relative === 'التي');
}

/** An according-to word with the conjunction و (وحسب، ووفقا; not وفقا, whose و is its own): it opens a clause. */
function opensWithAnd(n: string): boolean {
  return n.charCodeAt(0) === 0x0648 && ACCORDING.has(n.slice(1));
}

function countWords(words: Word[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (words[k]!.kind === 'word' || words[k]!.kind === 'number') n++;
  return n;
}

/**
 * Whether a phrase can name a source: a title, an organisation, group or anonymous head, a country, or
 * an entity of the article (person, organisation, country, group). Without entities (the tagger did not
 * run), any phrase with a word that has no article (a name) passes.
 */
function sourceTest(words: Word[], sources: () => SourceMentions): (p: Phrase) => boolean {
  return (p: Phrase) => {
    const keys = phraseKeys(words, p);
    const mentions = sources();
    if (!mentions.list.length) return looksLikeSource(keys);
    if (keys.some((k) => isHeadWord(k))) return true;
    const s = phraseSpan(words, p);
    const list = mentions.list;
    for (let k = firstMentionFrom(mentions, s.start); k < list.length && list[k]!.start < s.end; k++) if (list[k]!.end > s.start) return true;
    return false;
  };
}

/** Sources an according-to phrase may name without a verb: source nouns, groups, known names. */
function isSourceLike(keys: string[]): boolean {
  const head = keys[0] ?? '';
  if (SOURCE_HEADS.has(head) || SOURCE_HEADS.has('ال' + bareKey(head)) || SOURCE_HEADS.has(bareKey(head))) return true;
  // Human plurals with the article: المتتبعين، المنظمين.
  if (/^(?:ال|لل)..+(?:ين|ون)$/.test(head) && head.length >= 7) return true;
  const t = typeOfPhrase(keys.map(bareKey));
  if (t === 'group' || t === 'anonymous' || t === 'country') return true;
  // A name (two words or more, none of them a common noun): ووفقا للا روزا is caught by resolution.
  return false;
}

/**
 * One source per conjunct when a dual or plural verb has a coordinated subject:
 * `موسكو وبيونغ يانغ نفتا` → موسكو | بيونغ يانغ.
 */
function splitCoordinated(words: Word[], p: Phrase, plural: boolean, opensSource: (w: Word) => boolean): Phrase[] {
  const parts: Phrase[] = [];
  let start = p.from;
  for (let k = p.from + 1; k < p.to; k++) {
    const w = words[k]!;
    // A singular verb splits only where a new source head or a named source starts (صحيفة ... ووكالة الأنباء ...،
    // الشرطة والصليب الأحمر): وزارة التجهيز والنقل is one ministry.
    const conjunct = w.kind === 'word' && w.n.startsWith('و') && w.n.length > 2 && k > start &&
      (plural ? (!w.n.startsWith('وال') || isConjunctHead(w.n.slice(1))) : isSourceHead(w.n.slice(1)) || opensSource(w));
    if (conjunct) {
      parts.push(start === p.from ? { from: start, to: k } : { from: start, to: k, lead: 1 });
      start = k;
    }
  }
  parts.push(start === p.from ? { from: start, to: p.to } : { from: start, to: p.to, lead: 1 });
  return parts.length > 1 ? parts : [p];
}

function isSourceHead(n: string): boolean {
  return ORGANIZATION_HEADS.has(n) || countryOf([n]) !== null || GROUP_HEADS.has(n) || ANONYMOUS_HEADS.has(n);
}

function isConjunctHead(n: string): boolean {
  return typeOfPhrase([n]) !== 'person' || countryOf([n]) !== null;
}

// ---------------------------------------------------------------------------------------------
// Speaker resolution.

interface Resolved {
  name: string;
  type: SpeakerType;
  entity: string | null;
}

/**
 * Resolves every draft's speaker in text order: entity mentions first, then the fullest phrase of the
 * article that contains the mention's words (ميلر → ماثيو ميللر, الوزير → وزير الداخلية محمد حصاد),
 * documents to their issuer (بلاغ للوزارة → the ministry), anaphors and implied speakers to the last source.
 */
function resolveSpeakers(ctx: AnalysisContext, words: Word[], lastUnits: Uint16Array, drafts: Draft[], mentions: SourceMentions): Quote[] {
  const text = ctx.text;
  // Every speaker phrase and entity name of the article: the pool of full names.
  const pool: PoolEntry[] = [];
  for (const d of drafts) {
    if (!d.phrase) continue;
    const keys = phraseKeys(words, d.phrase);
    const bare = keys.map(bareKey);
    const span = phraseSpan(words, d.phrase);
    // A phrase that names a person after a title or role (مدير مرور منطقة الرياض العميد الدكتور محمد بن شباب البقمي)
    // stands for that person when the role is met again (وبين مدير مرور الرياض أن).
    const person = isTitleWord(keys[0] ?? '') ? personIn(ctx, mentions, span) : null;
    pool.push(person ? { keys, bare, name: person.name, start: span.start, type: 'person', entity: person.id } :
      { keys, bare, name: phraseText(text, words, d.phrase), start: span.start, type: typeOfPhrase(bare), entity: null });
  }
  // Each entity's name as keys, once: for the pool and for matching mentions (`ArticleIndex.entityKeys`).
  const entityKeys: Array<readonly string[]> = [];
  for (const e of ctx.entities) {
    const { keys, bare } = nameKeys(e.name);
    entityKeys.push(keys);
    pool.push({ keys, bare, name: e.name, start: e.mentions[0]?.start ?? 0, type: speakerTypeOfEntity(e), entity: e.id });
  }
  const index: ArticleIndex = { pool, mentions, entityKeys, lastUnits, families: null, roles: null };

  // Order by cue (or content) position so "the last source" means the last one read.
  const order = drafts.map((d, idx) => ({ d, idx, at: d.cue?.start ?? d.content.start })).sort((a, b) => a.at - b.at);
  const resolved: Array<Resolved | null> = new Array(drafts.length).fill(null);
  let last: Resolved | null = null;
  let lastGroup: Resolved | null = null;
  const bySentence = new Map<number, Resolved>();
  for (const { d, idx } of order) {
    let r: Resolved | null = null;
    if (d.phrase) {
      r = resolvePhrase(ctx, words, d.phrase, index, last);
    } else if (d.via) {
      r = resolvePhrase(ctx, words, d.via, index, last);
    } else if (d.inherit) {
      r = (d.sentence >= 0 ? bySentence.get(d.sentence) : undefined) ?? (d.plural ? lastGroup ?? last : last);
      // فيما زود الأمير فيصل بن تركي اللاعبين ...؛ حيث طالبهم ...، أكد أن: the first report of an article, with no subject,
      // is the person the paragraph opened with.
      if (!r && !last && !d.plural && !d.nested && !d.headline) {
        r = leadPerson(ctx, words, mentions, d);
        // ... and, in the article's first paragraph (a news story's lead), the last source read for the reports that
        // follow (وتابع «...»); deeper in a feature, a person named in passing is no speaker of what comes after.
        if (r && words[d.cueWord >= 0 ? d.cueWord : d.cfrom]?.region === words[0]?.region) last = r;
      }
    }
    resolved[idx] = r;
    // A person named by a rule, not by the entities (محند العنصر in apposition): later mentions find the full name.
    if (r && d.phrase && r.type === 'person' && !r.entity && r.name.includes(' ') && !pool.some((e) => e.name === r!.name)) {
      const { keys, bare } = nameKeys(r.name);
      pool.push({ keys, bare, name: r.name, start: d.cue?.start ?? d.content.start, type: 'person', entity: null, named: true });
    }
    if (r && d.phrase && (r.type === 'group' || d.plural)) lastGroup = r;
    // A source named in the text is the last one read, whether it is the cue's own subject or the subject of the verb
    // its و joins it to (وأعرب الأمير جلوي عن ...، وقال: «...». وأكد سموه أن: his highness is the prince).
    if (r && !d.phrase && d.joined && !d.nested) last = r;
    if (r && d.phrase && !d.nested && !d.background) {
      last = r;
      if (d.sentence >= 0 && !bySentence.has(d.sentence)) bySentence.set(d.sentence, r);
    }
  }

  const quotes: Quote[] = drafts.map((d, idx) => {
    const r = resolved[idx];
    const mention = d.phrase ? phraseSpan(words, d.phrase) : null;
    const speaker: Speaker | null = r ? { name: r.name, type: r.type, mention, entity: r.entity } : null;
    if (speaker && !mention && d.cue) speaker.evidence = [d.cue];
    const q: Quote = { id: `q${idx}`, kind: d.kind, content: d.content, cue: d.cue, speaker, stance: d.stance, headline: d.headline, sentence: d.sentence };
    return q;
  });
  return quotes;
}

/**
 * The first person named in the paragraph of an implied report, before its cue: the subject of the story's first
 * sentence (زار الوزير فلان ...، وأكد أن), for a report that no earlier source can claim.
 */
function leadPerson(ctx: AnalysisContext, words: Word[], mentions: SourceMentions, d: Draft): Resolved | null {
  const at = d.cue?.start ?? d.content.start;
  const region = words[d.cueWord >= 0 ? d.cueWord : d.cfrom]?.region;
  // The reporter a byline credits is no source of the story (AHDATH INFO-فلانة).
  const credited = new Set(ctx.credits?.contributors ?? []);
  for (const m of mentions.list) {
    if (m.start >= at) break;
    const e = ctx.entities[m.entity]!;
    if (e.type !== 'person' || credited.has(e.name) || ctx.bylines.some((b) => b.start <= m.start && m.end <= b.end)) continue;
    if (words[firstTokenAfter(words, m.start)]?.region === region) return { name: e.name, type: 'person', entity: e.id };
  }
  return null;
}

/** A name as keys and as bare keys (`bareKey` of each): shared by every article that names it, so never changed. */
interface NameKeys {
  keys: readonly string[];
  bare: readonly string[];
}

/**
 * An entity name as keys: `normKey` of each word of its NFC form (NFC skipped where it changes nothing), with
 * their bare forms. Every article resolves the names of all its entities and the same names recur across
 * articles (countries, leaders, ministries): each name is split once.
 */
function nameKeys(name: string): NameKeys {
  return (NAME_KEYS ??= new StringCache<NameKeys>(1 << 15, splitName)).get(name);
}
let NAME_KEYS: StringCache<NameKeys> | undefined;

function splitName(name: string): NameKeys {
  const keys = plainName(name) ? name.split(' ').map(normKey) : name.normalize('NFC').split(/\s+/).map(normKey);
  return { keys, bare: keys.map(bareKey) };
}

/**
 * True when splitting at single spaces and skipping NFC gives the same keys: no white space but single
 * inner spaces, and nothing NFC changes (combining marks of the Latin, Greek or hamza/madda kind, Greek
 * singletons, anything past the Arabic block).
 */
function plainName(s: string): boolean {
  if (s.length === 0 || s.charCodeAt(0) === 0x20 || s.charCodeAt(s.length - 1) === 0x20) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0300 && c <= 0x03ff) || (c >= 0x0653 && c <= 0x0655) || c > 0x06ff) return false;
    if (c === 0x20 ? s.charCodeAt(i + 1) === 0x20 : c <= 0x20 || c === 0x85 || c === 0xa0) return false;
  }
  return true;
}

/** Harakat and tatweel dropped, alef forms to ا, ى to ي, ة to ه: how entity names compare with word keys. */
function normKey(s: string): string {
  return NORM_KEY_CHARS.test(s) ? s.replace(NORM_KEY_ALL, normKeyChar) : s;
}
const NORM_KEY_CHARS = /[\u064B-\u065F\u0670\u0640\u0622\u0623\u0625\u0671\u0649\u0629]/;
const NORM_KEY_ALL = /[\u064B-\u065F\u0670\u0640\u0622\u0623\u0625\u0671\u0649\u0629]/g;
function normKeyChar(c: string): string {
  switch (c) {
    case '\u0622': case '\u0623': case '\u0625': case '\u0671': return '\u0627';
    case '\u0649': return '\u064A';
    case '\u0629': return '\u0647';
    default: return '';
  }
}

/** A full name the resolver may give a speaker: a speaker phrase or an entity of the article. */
interface PoolEntry {
  keys: readonly string[];
  /** `keys` without the article or a dative لـ (`bareKey`). */
  bare: readonly string[];
  name: string;
  start: number;
  type: SpeakerType;
  entity: string | null;
  /** A person's full name a speaker rule gave (not an entity's, not a phrase's text). */
  named?: boolean;
}

/** What speaker resolution looks up many times in one article, built once. */
interface ArticleIndex {
  pool: PoolEntry[];
  mentions: SourceMentions;
  /** Each entity's name as keys (`normKey` of its words), by entity index. */
  entityKeys: Array<readonly string[]>;
  /** The last code unit of each word (`WordView.lastUnits`): where a surname may occur (`extendName`). */
  lastUnits: Uint16Array;
  /** The first person named with each family name (`looseKey` of the last word of a name of two words or more). */
  families: Map<string, Entity> | null;
  /** Each person's roles as keys (`familyOf`, `roleHolder`), built on first use. */
  roles: Array<{ person: Entity; keys: readonly string[] }> | null;
}

/** Mentions of sources (persons, organisations, countries, groups) by start, with their entity's index. */
interface SourceMentions {
  list: Array<{ start: number; end: number; entity: number }>;
  /** The longest of those mentions, so that a search by start can stop. */
  longest: number;
}

function sourceMentions(ctx: AnalysisContext): SourceMentions {
  const list: SourceMentions['list'] = [];
  let longest = 0;
  ctx.entities.forEach((e, i) => {
    if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'country' && e.type !== 'group') return;
    for (const m of e.mentions) {
      list.push({ start: m.start, end: m.end, entity: i });
      longest = Math.max(longest, m.end - m.start);
    }
  });
  list.sort((a, b) => a.start - b.start);
  return { list, longest };
}

/** The first mention that may end after `offset` (binary search: none before it starts late enough). */
function firstMentionFrom(mentions: SourceMentions, offset: number): number {
  const list = mentions.list;
  const from = offset - mentions.longest;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The source mentions overlapping a span, in the order of the article's entities and then of their mentions
 * (the order the resolver reads them in).
 */
/** Honorifics before a title (سمو أمير المنطقة، معالي وزير ...), normalised: left out when a role is matched. */
const ROLE_HONORIFICS = new Set(['سمو', 'صاحب', 'السمو', 'الملكي', 'معالي', 'فخامه', 'سعاده', 'فضيله', 'سماحه']);

/**
 * The person of the article whose role (a title after or before the name: أمير منطقة القصيم) holds all the words of
 * a title phrase, its honorifics aside; the phrase must open with a title and say more than the title alone.
 */
function roleHolder(ctx: AnalysisContext, index: ArticleIndex, keys: string[]): Entity | null {
  let k = 0;
  while (k < keys.length && ROLE_HONORIFICS.has(keys[k]!)) k++;
  const rest = keys.slice(k);
  if (rest.length < 2 || !(isTitleWord(rest[0]!) || NAME_ENDERS.has(rest[0]!))) return null;
  index.roles ??= ctx.entities.flatMap((e) => (e.type === 'person' ? e.roles.map((r) => ({ person: e, keys: nameKeys(r).keys })) : []));
  for (const r of index.roles) if (keysWithin(rest, r.keys)) return r.person;
  return null;
}

/** A title or an honorific's first word (الرئيس، وزير، الدكتور، صاحب), normalised. */
function isTitleWord(n: string): boolean {
  return PERSON_TITLES.has(n) || TITLE_WORDS.has(n);
}

/** Whether a title stands among the words from `from` up to offset `at` (أحد مستشاري الرئيس الروسي | بوتين). */
function titledBefore(words: Word[], from: number, at: number): boolean {
  for (let k = from; k < words.length && words[k]!.start < at; k++) if (isTitleWord(words[k]!.n)) return true;
  return false;
}

/** The first person the entities name in a span (a mention that starts inside it), or null. */
function personIn(ctx: AnalysisContext, mentions: SourceMentions, span: Span): Entity | null {
  const list = mentions.list;
  for (let k = firstMentionFrom(mentions, span.start); k < list.length && list[k]!.start < span.end; k++) {
    const e = ctx.entities[list[k]!.entity]!;
    if (e.type === 'person' && list[k]!.start >= span.start) return e;
  }
  return null;
}

function mentionsOver(index: ArticleIndex, span: Span): Array<{ start: number; end: number; entity: number }> {
  const list = index.mentions.list;
  const out: Array<{ start: number; end: number; entity: number }> = [];
  for (let k = firstMentionFrom(index.mentions, span.start); k < list.length && list[k]!.start < span.end; k++) if (list[k]!.end > span.start) out.push(list[k]!);
  return out.length > 1 ? out.sort((a, b) => a.entity - b.entity || a.start - b.start) : out;
}

function phraseText(text: string, words: Word[], p: Phrase): string {
  const s = phraseSpan(words, p);
  const raw = text.slice(s.start, s.end);
  // للمصادر العسكرية → المصادر العسكرية (the preposition's lam took the article's alif).
  const named = p.article && raw.startsWith('لل') ? 'ال' + raw.slice(2) : raw;
  // Most phrases hold no quotation mark and no white space but single inner spaces: they are their own text.
  if (!UNCLEAN_PHRASE.test(named) && named.charCodeAt(0) !== 0x20 && named.charCodeAt(named.length - 1) !== 0x20) return named;
  return named.replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim();
}
/** A quotation mark, white space other than a plain space, or two spaces in a row: what `phraseText` cleans. */
const UNCLEAN_PHRASE = /["“”«»]|[^\S ]| {2}/;

/**
 * A frequent word of the news corpus that is not a common given name (رسمت، أشاد، سجل): it does not extend a name
 * backwards (الراهن، رسمت نبيلة منيب is نبيلة منيب). The corpus lexicon marks given names as common words too.
 */
/**
 * A definite sound masculine plural in the oblique case (المواطنين، اللاعبين): the news knows its nominative
 * (المواطنون); not a name that ends alike (البحرين، الكرملين).
 */
function obliquePlural(n: string): boolean {
  return n.length >= 7 && n.startsWith('ال') && n.endsWith('ين') && corpusLabel(n.slice(0, -2) + 'ون') !== null;
}

function isCommonWord(n: string): boolean {
  const seen = corpusLabel(n);
  return seen !== null && seen.label === 'O' && seen.bucket === 4 && !GIVEN_KEYS.has(n);
}

/** Name particles that keep a following definite word inside a name: عبد الإله، سعد الدين، أبو حفص. */
const NAME_LINKS = new Set(['عبد', 'ابو', 'ابن', 'بن', 'بنت', 'ابي', 'ام', 'ال']);
const NAME_TAILS = new Set(['الدين', 'الله', 'الاله', 'الرحمن', 'الرحيم', 'الكريم', 'العزيز', 'الحق', 'الاسلام', 'الحسن', 'الحسين']);

function resolvePhrase(ctx: AnalysisContext, words: Word[], p: Phrase, index: ArticleIndex, last: Resolved | null): Resolved {
  const text = ctx.text;
  const pool = index.pool;
  const span = phraseSpan(words, p);
  const keys = phraseKeys(words, p);
  const raw = phraseText(text, words, p);
  // Countries and capitals, anaphors and documents first; then entity mentions; then the article's own phrases.
  const bare = keys.map(bareKey);
  // وبينت بحريني أن، وأضاف المصري أن: one word that ends the name of a person of the article is that person's
  // family name, before it is a demonym.
  const family = keys.length === 1 ? familyOf(ctx, index, keys[0]!) : null;
  if (family) return family;
  const country = countryOf(bare.length ? keys : []) ?? countryOf(bare);
  if (country) return { name: country, type: 'country', entity: null };
  if (isAnaphor(keys) && last) return last;
  // وأكد سمو أمير منطقة القصيم: a role the article gave a person names that person.
  const holder = roleHolder(ctx, index, keys);
  if (holder) return { name: holder.name, type: 'person', entity: holder.id };
  // ورحب سموه with no source read before: the dignitary the article opens with, the first person given a title.
  if (keys.length === 1 && HONORIFIC_ANAPHORS.has(keys[0]!)) {
    const dignitary = ctx.entities.find((e) => e.type === 'person' && e.roles.length > 0);
    if (dignitary) return { name: dignitary.name, type: 'person', entity: dignitary.id };
  }
  // وذكرت الجامعة ... بجامعة أوكسفورد ... وأضافت الجامعة أن: a bare definite head names the last source with that head,
  // the one speaking, before the last institution mentioned with it.
  if (keys.length === 1 && keys[0]!.startsWith('ال') && last && last.type !== 'person') {
    const head = bareKey(normKey(last.name.split(' ')[0]!));
    if (head === bareKey(keys[0]!)) return last;
  }
  if (isDocument(keys)) {
    // بلاغ للوزارة → الوزارة's fullest form; بيان صادر عن X → X; البيان → the last organisation.
    const rest = keys.slice(1).filter((k) => k !== 'رسمي' && k !== 'صادر');
    // An institution named inside the phrase is the issuer (بلاغ لمجلس النواب).
    for (const m of mentionsOver(index, span)) {
      const e = ctx.entities[m.entity]!;
      if (m.start > span.start && (e.type === 'organization' || e.type === 'country')) return { name: e.name, type: 'organization', entity: e.id };
    }
    if (rest.length) {
      const inner = fullest(rest.map(bareKey), pool, span.start);
      if (inner) return { name: inner.name, type: 'organization', entity: inner.entity };
    }
    const issuer = issuerAfter(words, p.to);
    if (issuer) return { name: phraseText(text, words, issuer), type: 'organization', entity: null };
    if (last && (last.type === 'organization' || last.type === 'country')) return last;
  }
  // دراسة ... نشرتها اللجنة الوطنية ...: a study or report published by a named source speaks for it; not one a
  // newspaper reported (الدراسة التي نشرتها صحيفة الديلي ميل: the study still speaks).
  if (STUDY_HEADS.has(bareKey(keys[0] ?? ''))) {
    for (let k = p.to; k < Math.min(words.length, p.to + 4); k++) {
      if (words[k]!.kind === 'word' && /^(?:نشر|اعد|اصدر|انجز)ت?(?:ها|ه)$/.test(words[k]!.n)) {
        const issuer = phraseAfter(words, k + 1, Math.min(words.length, k + 10), { max: 8 });
        if (issuer && !OUTLET_HEADS.has(bareKey(words[issuer.from]!.n))) return { name: phraseText(text, words, issuer), type: 'organization', entity: null };
      }
    }
  }
  // أحد مستشاري الرئيس الروسي بوتين: one of a group is that member, not the person the group belongs to (named after a
  // title), unless the member is named in full (أحد محامي حبري إبراهيم دياوارا).
  if ((keys[0] === 'احد' || keys[0] === 'احدي') && keys.length > 1 && !mentionsOver(index, span).some((m) =>
    ctx.entities[m.entity]!.type === 'person' && index.entityKeys[m.entity]!.length > 1 && !titledBefore(words, p.from, m.start))) {
    return { name: raw, type: typeOfPhrase(bare), entity: null };
  }
  // A person mention anywhere in the phrase, or any entity mention that covers the phrase's head word
  // (رئيس المجلس الوطني ... is a person, not the council it heads).
  let hit: Resolved | null = null;
  const run = trimPlaces(ctx, words, nameRun(words, p));
  const runText = run ? phraseText(text, words, run) : null;
  const runKeys = run ? phraseKeys(words, run) : [];
  // Of several persons after a title, the one named last: the title's complement comes before the name (سفير خادم
  // الحرمين الشريفين في مصر أحمد قطان); a phrase that opens with a name is that person's (مضاوي بنت محمد ...).
  const over = mentionsOver(index, span);
  const persons = over.filter((m) => ctx.entities[m.entity]!.type === 'person').sort((a, b) => b.start - a.start);
  const titled = persons.length > 1 && persons[persons.length - 1]!.start > span.start;
  for (const m of titled ? [...persons, ...over.filter((x) => !persons.includes(x))] : over) {
    const e = ctx.entities[m.entity]!;
    if (e.type === 'person') {
      // The phrase's own name run wins when it holds the entity's name and more (كارونكوزي أندري مارتن),
      // or when the entity is another part of the phrase (a title tagged as a name: كولونيل).
      const eKeys = index.entityKeys[m.entity]!;
      if (runText && runKeys.length > eKeys.length && keysWithin(eKeys, runKeys)) return { name: runText, type: 'person', entity: e.id };
      if (runText && !eKeys.some((k) => runKeys.some((r) => looseKey(r) === looseKey(k)))) continue;
      return { name: e.name, type: 'person', entity: e.id };
    }
    if (m.start <= span.start && m.end > span.start) hit = { name: e.name, type: speakerTypeOfEntity(e), entity: e.id };
  }
  if (hit) return hit;
  // رئيس الحكومة الإسبانية، ماريانو راخوي: a title, a comma and a name in apposition: the name.
  for (let k = p.from + 1; k < p.to - 2; k++) {
    if (!isComma(words[k])) continue;
    let e = k + 1;
    while (e < p.to && !isComma(words[e])) e++;
    const seg = nameRun(words, { from: k + 1, to: e }) ?? (e === k + 3 && givenAndFamily(words, k + 1) ? { from: k + 1, to: e } : null);
    if (seg && seg.from === k + 1 && seg.to === e) {
      const name = phraseText(text, words, seg);
      const known = ctx.entities.find((x) => x.type === 'person' && x.mentions.some((m) => m.raw === name));
      return known ? { name: known.name, type: 'person', entity: known.id } : { name, type: 'person', entity: null };
    }
  }
  // روبيرتا جاكوبسون مساعدة وزير الخارجية ...: a name that opens the phrase, then a role in apposition: the name.
  let role = p.from + 2;
  while (role < p.to && !NAME_ENDERS.has(words[role]!.n) && !PERSON_TITLES.has(words[role]!.n)) role++;
  const opening = role < p.to ? nameRun(words, { from: p.from, to: role }) : null;
  const openingName = opening && opening.from === p.from && opening.to === role ? phraseText(text, words, opening) : null;
  // The name must be known: a person the article names so, or one opened by a common given name.
  if (openingName) {
    const known = ctx.entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.raw === openingName));
    if (known) return { name: known.name, type: 'person', entity: known.id };
    if (GIVEN_KEYS.has(words[p.from]!.n)) return { name: openingName, type: 'person', entity: null };
  }
  const type = typeOfPhrase(bare);
  if (isCommonPhrase(keys)) {
    const f = fullest(bare, pool, span.start, true) ?? (bare.length > 1 ? fullest(bare.slice(0, 1), pool, span.start, true) : null);
    if (f) return { name: f.name, type: f.type === 'person' || type === 'person' ? f.type : type, entity: f.entity };
    return { name: raw, type, entity: null };
  }
  // A name: the longest form of it in the pool, else the name extended backwards over given names.
  const f = fullest(bare, pool, span.start);
  const extended = extendName(text, words, keys, index.lastUnits);
  const best = [f?.name ?? raw, extended ?? raw, raw].sort((a, b) => b.split(' ').length - a.split(' ').length)[0]!;
  return { name: best, type: f && f.type !== 'person' ? f.type : type, entity: f?.entity ?? null };
}

/**
 * A name run without the place names that open it and the title words before them (حاكم ولاية تكساس جريج أبوت,
 * رئيس وزراء هولندا مارك روته → جريج أبوت، مارك روته): words inside a mention of a place or a country are no part
 * of a personal name, and neither is what comes before them. Null when fewer than two words are left.
 */
/**
 * The person of the article whose name of two words or more ends with `key` (بحريني for رها بحريني), among the
 * entities, then among the persons the speaker rules named (the pool's persons without an entity): of several,
 * the first named (the full name comes first in news prose; a tagger span that took in the word before the family
 * name, سيركز نتنياهو, comes later). A common given name or `الله` alone is no family name.
 */
function familyOf(ctx: AnalysisContext, index: ArticleIndex, key: string): Resolved | null {
  if (GIVEN_KEYS.has(key) || key === 'الله') return null;
  const own = looseKey(key);
  if (!index.families) {
    index.families = new Map();
    ctx.entities.forEach((e, k) => {
      const eKeys = index.entityKeys[k]!;
      const family = eKeys.length >= 2 && e.type === 'person' ? looseKey(eKeys[eKeys.length - 1]!) : null;
      if (family !== null && !index.families!.has(family)) index.families!.set(family, e);
    });
  }
  const e = index.families.get(own);
  if (e) return { name: e.name, type: 'person', entity: e.id };
  // A person a rule named earlier (محند العنصر in apposition, which the tagger missed).
  for (const p of index.pool) {
    if (p.named && looseKey(p.keys[p.keys.length - 1]!) === own) return { name: p.name, type: 'person', entity: null };
  }
  return null;
}

function trimPlaces(ctx: AnalysisContext, words: Word[], run: Phrase | null): Phrase | null {
  if (!run) return null;
  let from = run.from;
  while (from < run.to && inPlace(ctx, words[from]!)) from++;
  // A place inside the run ends the title before the name, unless a person is named before it (فابيوس لوسائل
  // اعلام فرنسية محلية: the run is no name at all, and the person at its head is the speaker).
  for (let k = run.to - 2; k >= from; k--) {
    if (!inPlace(ctx, words[k]!)) continue;
    const a = words[run.from]!.start;
    const b = words[k]!.end;
    if (!ctx.entities.some((e) => e.type === 'person' && e.mentions.some((m) => m.start >= a && m.end <= b))) from = k + 1;
    break;
  }
  return from === run.from ? run : run.to - from >= 2 ? { from, to: run.to } : null;
}

/** True when a word lies inside a mention of a place or a country. */
function inPlace(ctx: AnalysisContext, w: Word): boolean {
  return ctx.entities.some((e) => (e.type === 'location' || e.type === 'country') && e.mentions.some((m) => m.start <= w.start && w.end <= m.end));
}

/** `بيان ... صدر عن مكتب الوزير الأول`: the issuer after صادر/صدر عن. */
function issuerAfter(words: Word[], from: number): Phrase | null {
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    if (words[k]!.n === 'عن' && /^(?:صادر|صدر|الصادر)/.test(words[k - 1]?.n ?? '')) return phraseAfter(words, k + 1, Math.min(words.length, k + 8), { max: 6 });
    if (words[k]!.n === 'عن') return phraseAfter(words, k + 1, Math.min(words.length, k + 8), { max: 6 });
  }
  return null;
}

/** The pool entry with the most words that contains every key (heads compared without the article). */
function fullest(keys: string[], pool: PoolEntry[], at: number, headOnly = false): { name: string; type: SpeakerType; entity: string | null } | null {
  let best: { name: string; type: SpeakerType; entity: string | null; size: number; dist: number } | null = null;
  for (const e of pool) {
    const bare = e.bare;
    if (bare.length <= keys.length) continue;
    const ok = headOnly ? looseKey(bare[0] ?? '') === looseKey(keys[0] ?? '') && keysWithin(keys, bare) : keysWithin(keys, bare);
    if (!ok) continue;
    const dist = e.start <= at ? at - e.start : (e.start - at) * 2;
    if (!best || bare.length > best.size || (bare.length === best.size && dist < best.dist)) best = { name: e.name, type: e.type, entity: e.entity, size: bare.length, dist };
  }
  return best;
}

/**
 * The fullest form of a surname in the text: its occurrences extended backwards over given names
 * (words without the article, or name particles: عبد الإله، سعد الدين). ميلر → ماثيو ميللر.
 */
function extendName(text: string, words: Word[], keys: string[], lastUnits: Uint16Array): string | null {
  if (keys.length === 0 || keys.length > 3) return null;
  const lastKey = looseKey(keys[keys.length - 1]!);
  const lastUnit = lastKey.charCodeAt(lastKey.length - 1);
  // Occurrences of the surname, loosely: the loose key keeps the last letter, so only words ending in it are read.
  let best: { from: number; to: number } | null = null;
  for (let h = 0; h < words.length; h++) {
    if (lastUnits[h] !== lastUnit || words[h]!.kind !== 'word' || !hasLooseKey(words[h]!.n, lastKey)) continue;
    let s = h;
    while (s > 0) {
      const w = words[s - 1]!;
      if (w.kind !== 'word' || w.region !== words[h]!.region) break;
      const n = w.n;
      const inName = !n.startsWith('ال') && !NP_STOPS.has(n) && !cueOf(w) && !COMPLEMENTISERS.has(n) && !n.startsWith('و') && n.length >= 2 &&
        !SOURCE_HEADS.has(n) && !/^(?:ب|ل|ك)ال/.test(n) && !isCommonWord(n);
      const linked = NAME_TAILS.has(n) && s - 2 >= 0 && NAME_LINKS.has(words[s - 2]!.n) || NAME_TAILS.has(n);
      if (!inName && !linked) break;
      s--;
      if (h - s >= 4) break;
    }
    if (h - s + 1 > keys.length && (!best || h - s > best.to - best.from - 1)) best = { from: s, to: h + 1 };
  }
  if (!best) return null;
  return text.slice(words[best.from]!.start, words[best.to - 1]!.end);
}
