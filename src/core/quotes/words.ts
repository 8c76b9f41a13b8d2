// The word view the attribution rules walk: every non-space token of the body, with its normalised
// form, its region (paragraph or headline) and its sentence, in text order. Built once in O(n).
import type { AnalysisContext } from '../context.js';
import type { TokenKind } from '../tokenize/types.js';
import { COMPLEMENTISERS } from './function-words.js';
import { lookupCue, type CueMatch } from './lexicon.js';

/** One non-space token of a body paragraph or an embedded headline. */
export interface Word {
  start: number;
  end: number;
  kind: TokenKind;
  /** Normalised form (`normalizeArabic` of the token). */
  n: string;
  /** Index of the region (paragraph or headline) in `WordView.regions`. */
  region: number;
  /** Index into `ctx.sentences`, or -1. */
  sentence: number;
  /** True when the word ends in a taa marbuta (ة), which normalises to the pronoun-like ه. */
  taa: boolean;
  /** True when the word is written with tanween fath (ضباطًا، رئيساً): an accusative, so never a subject. */
  accusative: boolean;
  /** The word's cue, looked up on first use (`undefined` until then): the rules ask about a word many times. */
  cue: CueMatch | null | undefined;
  /** The word's cue in its context (`cueAt`), decided on first use once the name marks are set (`undefined` until then). */
  cueHere: CueMatch | null | undefined;
  /** True when the word lies inside a mention of a person (set by the attribution stage from the entities). */
  person: boolean;
  /** True when the word lies inside a mention of an organisation or a named group (set likewise). */
  org: boolean;
}

/** A paragraph or a headline, with the range of its words. */
export interface Region {
  start: number;
  end: number;
  headline: boolean;
  /** Index of the first word and one past the last. */
  from: number;
  to: number;
}

/** Words of the body and headlines in text order, plus their regions. */
export interface WordView {
  words: Word[];
  regions: Region[];
  /**
   * The last code unit of each word's normal form, by word index: a search for the occurrences of a word (a
   * surname) reads these rather than every word's string, taken here while the strings are at hand.
   */
  lastUnits: Uint16Array;
}

/**
 * Builds the word view from the tokens, the paragraphs, the headlines and the sentences.
 * Tokens outside every paragraph and headline (site names, credits) are left out.
 */
export function buildWordView(ctx: AnalysisContext): WordView {
  const regions: Region[] = [
    ...ctx.paragraphs.map((p) => ({ start: p.start, end: p.end, headline: false, from: 0, to: 0 })),
    ...ctx.headlines.map((h) => ({ start: h.start, end: h.end, headline: true, from: 0, to: 0 })),
  ].sort((a, b) => a.start - b.start);
  const { sentences, tokens, text } = ctx;
  const words: Word[] = [];
  const lastUnits = new Uint16Array(tokens.length);
  let r = 0;
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const kind = t.kind;
    if (kind === 'space' || kind === 'newline') continue;
    const start = t.start;
    while (r < regions.length && regions[r]!.end <= start) r++;
    const region = regions[r];
    if (!region || start < region.start) continue;
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = s < sentences.length && sentences[s]!.start <= start ? s : -1;
    if (region.from === region.to && (words.length === 0 || words[words.length - 1]!.region !== r)) region.from = words.length;
    const end = t.end;
    const last = text.charCodeAt(end - 1);
    // Tanween fath on one of the last two code units (ـًا or ـاً).
    const accusative = last === 0x064b || text.charCodeAt(end - 2) === 0x064b;
    // آن (Anne, آن الأوان) normalises to ان, the complementiser; written with madda it never is one.
    const n = t.normal === 'ان' && text.charCodeAt(start) === 0x0622 ? 'آن' : t.normal;
    lastUnits[words.length] = n.charCodeAt(n.length - 1);
    words.push({ start, end, kind, n, region: r, sentence, taa: last === 0x0629, accusative, cue: undefined, cueHere: undefined, person: false, org: false });
    region.to = words.length;
  }
  return { words, regions, lastUnits: lastUnits.subarray(0, words.length) };
}

/** The cue a word is (`lookupCue` of its normal form), remembered on the word. Punctuation is never a cue. */
export function cueOf(w: Word): CueMatch | null {
  if (w.cue === undefined) w.cue = w.kind === 'word' ? lookupCue(w.n) : null;
  return w.cue;
}

/** Sentence-final punctuation. */
export function isSentenceEnd(w: Word | undefined, next: Word | undefined): boolean {
  if (!w || w.kind !== 'punct') return false;
  const c = w.n;
  if (c === '؟' || c === '?' || c === '!' || c === '؛' || c === ';') return true;
  if (c === '.' || c === '..' || c === '...' || c === '…') {
    // A dot between digits is a decimal point (3.8), not a sentence end.
    if (next && next.kind === 'number' && next.start === w.end) return false;
    return true;
  }
  return false;
}

/** Clause commas (Arabic and Latin). */
export function isComma(w: Word | undefined): boolean {
  return !!w && w.kind === 'punct' && (w.n === '،' || w.n === ',');
}

/** The noun عدم (not, lack of) with its proclitics: the word after it is a verbal noun (عدم ذكر اسمه). */
const NEGATING_NOUNS = new Set(['عدم', 'وعدم', 'بعدم', 'لعدم']);

/**
 * The cue at word `k`, with the context checks a bare lookup cannot make: عبر is "via" unless عن follows, زاد reports
 * only with its complement right after it, أبرز after كان or من or before ما is the elative, a verb after عدم is its
 * verbal noun.
 */
export function cueAt(words: Word[], k: number): CueMatch | null {
  const w = words[k];
  if (!w || w.kind !== 'word') return null;
  // The rules ask about the same words many times; the answer is kept on the word.
  if (w.cueHere === undefined) w.cueHere = cueInContext(words, k, w);
  return w.cueHere;
}

function cueInContext(words: Word[], k: number, w: Word): CueMatch | null {
  const c = cueOf(w);
  if (!c) {
    // Most words: no cue. Tell بين by its last letters first, which is cheaper than comparing strings.
    const n = w.n;
    const last = n.length - 1;
    return (last === 2 || last === 3) && n.charCodeAt(last) === 0x0646 && n.charCodeAt(last - 1) === 0x064a && (n === 'بين' || n === 'وبين') ? explained(words, k) : null;
  }
  if (c.lemma === 'عبر' && !c.enclitic && words[k + 1]?.n !== 'عن' && words[k + 2]?.n !== 'عن') return null;
  // وزاد: «...»، وزاد أن: added, only with its complement right after it (وزاد الطين بلة، زادت الأسعار increase).
  if (c.lemma === 'زاد') {
    const next = words[k + 1];
    if (!next || !(next.kind === 'quote' || (next.kind === 'punct' && next.n === ':') || COMPLEMENTISERS.has(next.n))) return null;
  }
  // وكان أبرز ما قيل، من أبرز: the elative (most prominent), not the verb أبرز (highlighted).
  if (c.lemma === 'ابرز' && c.form === 'past' && (words[k + 1]?.n === 'ما' || /^[وف]?(?:كان|من)$/.test(words[k - 1]?.n ?? ''))) return null;
  // فضل عدم ذكر اسمه: after عدم (not) the word is a verbal noun, reporting nothing and ending no phrase.
  if (c.form !== 'noun' && k > 0 && NEGATING_NOUNS.has(words[k - 1]!.n)) return null;
  return c;
}

/** بيّن (explained) with and without و, for `explained`. */
const EXPLAINED: Record<string, CueMatch> = {
  'بين': { cls: 'say', form: 'past', weak: true, lemma: 'بين', plural: false, proclitic: '', enclitic: '' },
  'وبين': { cls: 'say', form: 'past', weak: true, lemma: 'بين', plural: false, proclitic: 'و', enclitic: '' },
};

/**
 * بين at word `k` as the verb بيّن (explained): at the head of a clause (وبين، or after a stop or a comma), with a
 * complementiser that opens a clause right after it or after its subject (وبين أنه، وبين مدير المستشفى، فلان، أن).
 * Not the preposition: its two terms are joined by و (بين الحكومة والمعارضة), بين أن يعود وأن يبقى (between
 * returning and staying) has a verb right after أن, and a noun before a bare بين governs it.
 */
function explained(words: Word[], k: number): CueMatch | null {
  const w = words[k]!;
  const prev = words[k - 1];
  if (w.n === 'بين' && prev && prev.kind === 'word') return null;
  for (let j = k + 1; j < Math.min(words.length, k + 10); j++) {
    const x = words[j]!;
    if (isComma(x)) continue;
    if (x.kind !== 'word' || x.n === 'و' || (x.n.startsWith('وال') && !COMPLEMENTISERS.has(x.n))) return null;
    if (!COMPLEMENTISERS.has(x.n)) continue;
    const after = words[j + 1]?.n ?? '';
    if ((x.n === 'ان' || x.n === 'وان') && /^[يتن]/.test(after) && after.length > 3) return null;
    return EXPLAINED[w.n]!;
  }
  return null;
}
