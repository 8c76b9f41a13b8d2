import { StringCache } from './string-cache.js';
import { normalizeKey } from '../normalize/ar.js';

/**
 * The matching key of a name: normalised (`normalizeKey`: harakat dropped, alef/yaa/taa-marbuta forms unified,
 * Latin lower-cased), words split on anything that is not a letter, mark or digit, joined by one space.
 *
 * @example toKey('أ.ف.ب') // 'ا ف ب'
 * @example toKey('الأمم  المتّحدة') // 'الامم المتحده'
 */
export function toKey(name: string): string {
  return normalizeKey(name)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** One way to read an Arabic word: the proclitics taken off and the rest. */
export interface CliticReading {
  /** Number of letters taken off the front (in the normalised word). */
  cut: number;
  /** The rest of the word, normalised. */
  rest: string;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/**
 * The readings of a normalised Arabic word with its proclitics removed, the word itself first, then shorter
 * ones: a conjunction (و ف), then a preposition (ب ل ك). `ل` before the article's `ل` stands for `ال`:
 * `للولايات` reads as `ل` + `الولايات`. A reading leaves at least two letters.
 *
 * @example cliticReadings('وبالامم') // [{cut:0,rest:'وبالامم'},{cut:1,rest:'بالامم'},{cut:2,rest:'الامم'}]
 * @example cliticReadings('للولايات') // [{cut:0,...},{cut:1,rest:'الولايات'}]
 */
export function cliticReadings(word: string): readonly CliticReading[] {
  return READINGS.get(word);
}

/** Word types seen recently → their readings (the same words recur across articles). */
const READINGS = new StringCache<readonly CliticReading[]>(100_000, (w) => readingsOf(w));

function readingsOf(word: string): CliticReading[] {
  const out: CliticReading[] = [{ cut: 0, rest: word }];
  let i = 0;
  if (word.length > 3 && CONJ.has(word[0]!)) {
    i = 1;
    out.push({ cut: 1, rest: word.slice(1) });
  }
  const c = word[i];
  if (c !== undefined && PREP.has(c) && word.length - i > 3) {
    if (c === 'ل' && word[i + 1] === 'ل') {
      // للبنان: ل + لبنان; للجنة: ل + اللجنة, the article's lam merged with the noun's (both read before the usual
      // ل + ال: للحكومة).
      out.push({ cut: i + 1, rest: word.slice(i + 1) });
      if (word.length - i > 4) out.push({ cut: i + 1, rest: 'ال' + word.slice(i + 1) });
      out.push({ cut: i + 1, rest: 'ا' + word.slice(i + 1) });
    }
    else out.push({ cut: i + 1, rest: word.slice(i + 1) });
  }
  return out;
}

/**
 * The stem used by the tagger's features: proclitics (و ف, ب ل ك) and the article (ال) taken off.
 *
 * @example stemOf('وبالامم') // 'امم'
 * @example stemOf('لكوريا') // 'كوريا'
 */
export function stemOf(word: string): string {
  // The last reading that leaves four letters or more: وزير stays whole (و is part of the word), وروسيا → روسيا.
  let s = word;
  for (const r of cliticReadings(word)) if (r.rest.length >= 4) s = r.rest;
  if (s.length > 4 && s.startsWith('ال')) s = s.slice(2);
  return s;
}

/**
 * The source offset after `letters` letters of the word starting at `start`, with any harakat or tatweel that
 * follow them: how many source code units a cut of the normalised word spans.
 *
 * @example sourceCut('وَبِالأمم', 0, 2) // 4: 'وَبِ'
 */
export function sourceCut(text: string, start: number, letters: number): number {
  let i = start;
  let n = 0;
  while (i < text.length && n < letters) {
    if (!isDropped(text.charCodeAt(i))) n++;
    i++;
    while (i < text.length && isDropped(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Code units that the normaliser drops: harakat, Quranic marks, tatweel, bidi and zero-width controls. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0xfeff ||
    c === 0x00ad
  );
}

/** The patterns of verbal nouns, normalised: إفعال، افتعال، انفعال، استفعال، تفعيل، تفاعل، مفاعلة. */
const VERBAL_NOUN = /^(?:ا..ا.|ا...ا.|است...ا.|ت..ي.|ت.ا..|م.ا..ه)$/;

/** Whether a normalised word, its article aside, has the shape of a verbal noun (الانتهاء، اعتماد، تحرير). */
export function isVerbalNoun(norm: string): boolean {
  return VERBAL_NOUN.test(norm.startsWith('ال') ? norm.slice(2) : norm);
}

/** Place heads of facilities, whose names may end with an adjective (مطار دبي الدولي، ملعب الملك فهد الدولي), normalised. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(['مطار', 'ميناء', 'ملعب', 'استاد', 'ستاد'].map((w) => normalizeKey(w)));
/** The adjectives that may close a facility's name (الدولي، الإسلامي), normalised. */
export const FACILITY_ADJECTIVES: ReadonlySet<string> = new Set(['الدولي', 'الإسلامي', 'الجديد', 'القديم', 'الإقليمي', 'التجاري', 'الجاف', 'المحلي'].map((w) => normalizeKey(w)));
