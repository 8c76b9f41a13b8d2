// Rough Arabic stems for comparing contents: normalised words with clitics and inflectional endings
// stripped (والجنود → جنود, كوريين → كوري, يقاتلون → قاتل), function words dropped. Light stemming in
// the style of Larkey's light10: cheap, and good enough to see that two contents share their nouns and verbs.
import { normalizeKey } from '../normalize/ar.js';
import { firstTokenAfter } from '../tokenize/first-token.js';
import type { Token } from '../tokenize/types.js';

const STOP = new Set(
  `في من على الى عن مع ان او ثم قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت يكون تكون
   عند بين حيث كما بعد قبل حتى اذا لكن بل كل بعض اي غير منذ خلال عبر ضد نحو لدى لها له لهم به بها فيه فيها منه منها
   انه انها انهم وان فان اما ايضا جدا الان وقد فقد لقد`.split(/\s+/).filter(Boolean).map(normalizeKey),
);
const SUFFIXES = ['هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'يه', 'ها', 'هم', 'ه', 'ي', 'ا'];
const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FA = 0x0641;

/**
 * The light stem of one normalised word: the first proclitic of وال فال بال كال لل ال و ف that leaves three
 * letters, an imperfect prefix (ي ت ن) on a word of five letters or more, and the first ending of
 * `SUFFIXES` that leaves three. One slice: claim grouping stems every word of every content.
 */
export function lightStem(word: string): string {
  let from = 0;
  const len = word.length;
  const c0 = word.charCodeAt(0);
  const c1 = word.charCodeAt(1);
  if ((c0 === WAW || c0 === FA || c0 === 0x0628 || c0 === 0x0643) && c1 === ALEF && word.charCodeAt(2) === LAM && len >= 6) from = 3;
  else if (((c0 === LAM && c1 === LAM) || (c0 === ALEF && c1 === LAM)) && len >= 5) from = 2;
  else if ((c0 === WAW || c0 === FA) && len >= 4) from = 1;
  // Imperfect prefixes of verbs (يقاتل، تقاتل) when the word is long enough to be a verb.
  const c = word.charCodeAt(from);
  if ((c === 0x064a || c === 0x062a || c === 0x0646) && len - from >= 5) from++;
  let to = len;
  for (const s of SUFFIXES) {
    if (to - from - s.length >= 3 && endsWithUnits(word, s)) { to -= s.length; break; }
  }
  return from === 0 && to === len ? word : word.slice(from, to);
}

/** `word.endsWith(s)` by comparing code units, which costs less than the built-in call for endings of one to three. */
function endsWithUnits(word: string, s: string): boolean {
  const d = word.length - s.length;
  for (let i = s.length - 1; i >= 0; i--) if (word.charCodeAt(d + i) !== s.charCodeAt(i)) return false;
  return true;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
const PLAIN = /^[\p{L}\p{N}]+$/u;

/** `PLAIN.test(s)`, with Arabic letters and ASCII letters and digits decided without the Unicode regex. */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) continue;
    return PLAIN.test(s);
  }
  return s.length > 0;
}

/** Whether a normalised word has a content stem: three letters or more, not a function word, not a number. */
function isContentWord(raw: string): boolean {
  return raw.length >= 3 && !allDigits(raw) && !STOP.has(raw);
}

/** `/^\d+$/.test(s)` for a non-empty string, read off its code units (every word of every content is asked). */
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Calls `add` with the content stem of each word of one normalised chunk of text (function words and digits dropped). */
function eachStem(key: string, add: (stem: string) => void): void {
  if (key.length < 3) return;
  for (const raw of PLAIN.test(key) ? [key] : key.split(NON_WORD)) if (isContentWord(raw)) add(lightStem(raw));
}

/** The set of content stems of a text (function words and digits dropped). */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  eachStem(normalizeKey(text), (st) => out.add(st));
  return out;
}

/** Not yet stemmed, in `ArticleStems.byToken`. */
const UNSEEN = -2;
/** A token with no content stem (a function word, a number, punctuation). */
const NONE = -1;
/** A token with several stems (a chunk split at a hyphen or a digit): its ids are in `ArticleStems.several`. */
const SEVERAL = -3;

/**
 * The content stems of spans of one article, as small integer ids (`stem(id)` gives the text back): each
 * token is stemmed once however many spans read it (a content and the mentions inside it read the same
 * words), and spans compare as arrays of small numbers rather than sets of strings.
 */
export class ArticleStems {
  private readonly idOf = new Map<string, number>();
  private readonly stems: string[] = [];
  /** Per token: `UNSEEN`, `NONE`, `SEVERAL` or the id of its one stem. */
  private readonly byToken: Int32Array;
  private readonly several = new Map<number, number[]>();
  /** Per id, the last `span` call that gave it (`stamp`): ids are made distinct without sorting. */
  private seen = new Int32Array(256);
  private stamp = 0;

  /** @param tokens The article's tokens, sorted and contiguous. */
  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {
    this.byToken = new Int32Array(tokens.length).fill(UNSEEN);
  }

  /** How many distinct stems the article's spans have given so far: ids are below it. */
  get count(): number {
    return this.stems.length;
  }

  /** The stem an id stands for. */
  stem(id: number): string {
    return this.stems[id]!;
  }

  /**
   * The distinct content stem ids of `text.slice(start, end)`, in order of first occurrence: the stems
   * `contentStems` gives for the slice. A token cut by the span's edge is normalised as cut.
   */
  span(start: number, end: number): number[] {
    const out: number[] = [];
    // A new stamp: `addOnce` keeps the ids of this call distinct without a set.
    ++this.stamp;
    for (let i = firstTokenAfter(this.tokens, start); i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.start >= end) break;
      if (t.kind === 'space' || t.kind === 'newline' || t.kind === 'punct' || t.kind === 'quote') continue;
      if (t.start < start || t.end > end) {
        eachStem(normalizeKey(this.text.slice(Math.max(t.start, start), Math.min(t.end, end))), (st) => this.addOnce(out, this.intern(st)));
        continue;
      }
      let id = this.byToken[i]!;
      if (id === UNSEEN) id = this.stemToken(i, t.normal);
      if (id >= 0) this.addOnce(out, id);
      else if (id === SEVERAL) for (const x of this.several.get(i)!) this.addOnce(out, x);
    }
    return out;
  }

  /** Adds `id` to the ids of the current `span` call unless it is there already. */
  private addOnce(out: number[], id: number): void {
    if (id >= this.seen.length) {
      const grown = new Int32Array(Math.max(2 * this.seen.length, id + 1));
      grown.set(this.seen);
      this.seen = grown;
    }
    if (this.seen[id] !== this.stamp) {
      this.seen[id] = this.stamp;
      out.push(id);
    }
  }

  private stemToken(i: number, key: string): number {
    let code = NONE;
    // A plain token is one word: stemmed without splitting it or collecting an array.
    if (isPlain(key)) {
      if (isContentWord(key)) code = this.intern(lightStem(key));
    } else {
      const ids: number[] = [];
      eachStem(key, (st) => ids.push(this.intern(st)));
      code = ids.length === 0 ? NONE : ids.length === 1 ? ids[0]! : SEVERAL;
      if (code === SEVERAL) this.several.set(i, ids);
    }
    this.byToken[i] = code;
    return code;
  }

  private intern(stem: string): number {
    let id = this.idOf.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.idOf.set(stem, id);
      this.stems.push(stem);
    }
    return id;
  }
}
