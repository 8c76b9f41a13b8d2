import { isSpaceCode } from '../source/span.js';

/**
 * Character classes of the tokeniser. Each BMP code unit is classified once, lazily, with Unicode
 * property regexes, and memoised in a typed array: the hot path is one array read per code unit.
 */
export const CC_UNKNOWN = 0;
export const CC_SPACE = 1; // spaces, tabs, NBSP, odd spaces, bidi and zero-width controls
export const CC_NEWLINE = 2; // \n \r \v \f NEL LS PS
export const CC_ARABIC = 3; // letters of the Arabic script (presentation forms included)
export const CC_LATIN = 4; // letters of the Latin script
export const CC_LETTER = 5; // letters of any other script
export const CC_MARK = 6; // combining marks (harakat, Quranic marks, variation selectors, keycap)
export const CC_TATWEEL = 7; // ARABIC TATWEEL, the kashida that stretches a word
export const CC_JOINER = 8; // ZWNJ and ZWJ: inside a word they belong to it
export const CC_DIGIT = 9; // decimal digits of any script (ASCII, Arabic-Indic, Persian...)
export const CC_PUNCT = 10;
export const CC_QUOTE = 11;
export const CC_SYMBOL = 12; // symbols, emoji, controls and the rest
export const CC_HIGH = 13; // high (leading) surrogate
export const CC_LOW = 14; // low (trailing) surrogate

/** Every quotation mark the tokeniser gives kind `quote`. */
export const QUOTE_MARKS =
  '"\'' +
  '\u00ab\u00bb' + // « »
  '\u2018\u2019\u201a\u201b' + // ‘ ’ ‚ ‛
  '\u201c\u201d\u201e\u201f' + // “ ” „ ‟
  '\u2039\u203a' + // ‹ ›
  '\u275b\u275c\u275d\u275e' + // ❛ ❜ ❝ ❞
  '\u301d\u301e\u301f' + // 〝 〞 〟
  '\uff02\uff07'; // fullwidth " '

const RE_DIGIT = /\p{Nd}/u;
const RE_ARABIC = /\p{Script=Arabic}/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_PUNCT = /\p{P}/u;

const CLASSES = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function computeClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return CC_HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return CC_LOW;
  if (c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) return CC_NEWLINE;
  if (c === 0x200c || c === 0x200d) return CC_JOINER;
  if (isSpaceCode(c)) return CC_SPACE;
  if (c === 0x0640) return CC_TATWEEL;
  const ch = String.fromCharCode(c);
  if (QUOTE_MARKS.includes(ch)) return CC_QUOTE;
  return classifyCodePoint(ch);
}

function classifyCodePoint(ch: string): number {
  if (RE_DIGIT.test(ch)) return CC_DIGIT;
  if (RE_LETTER.test(ch)) return RE_ARABIC.test(ch) ? CC_ARABIC : RE_LATIN.test(ch) ? CC_LATIN : CC_LETTER;
  if (RE_MARK.test(ch)) return CC_MARK;
  if (RE_PUNCT.test(ch)) return CC_PUNCT;
  return CC_SYMBOL;
}

/** The class of a BMP code unit (surrogates give `CC_HIGH` / `CC_LOW`). */
export function classOf(c: number): number {
  const k = CLASSES[c]!;
  if (k !== CC_UNKNOWN) return k;
  const computed = computeClass(c);
  CLASSES[c] = computed;
  return computed;
}

/**
 * The class of an astral code point: a letter (`CC_LETTER`, or Latin/Arabic for the rare astral
 * letters of those scripts), a mark, or a symbol (emoji, and astral digits, which are rare enough
 * to stand alone).
 */
export function classOfAstral(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classifyCodePoint(String.fromCodePoint(cp));
    if (k === CC_DIGIT || k === CC_PUNCT) k = CC_SYMBOL;
    // Astral letters of the Arabic or Latin script (mathematical forms) are scanned as other letters, pair by pair.
    else if (k === CC_ARABIC || k === CC_LATIN) k = CC_LETTER;
    ASTRAL.set(cp, k);
  }
  return k;
}

/** True for the terminal marks that may end a sentence: . ! ? ؟ … and the Urdu full stop ۔ */
export function isTerminalCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}
