import type { Token, TokenKind } from './types.js';
import { normalizeSlice } from '../normalize/ar.js';
import {
  CC_ARABIC, CC_DIGIT, CC_HIGH, CC_JOINER, CC_LATIN, CC_LETTER, CC_LOW, CC_MARK, CC_NEWLINE, CC_PUNCT, CC_QUOTE,
  CC_SPACE, CC_SYMBOL, CC_TATWEEL, classOf, classOfAstral, isTerminalCode,
} from './char-class.js';
import { scanLink } from './scan-link.js';
import { ScannedToken } from './token.js';

/**
 * Splits text into lossless tokens: joining every token's text gives back the source exactly.
 *
 * Words keep their attached marks (harakat, tatweel, ZWJ/ZWNJ inside the word); numbers keep their
 * separators in both digit sets (`3.5`, `٣٫٥`, `1,000`, `24/24`, `27/07/2024`, `2024-07-27`, `14:30`);
 * URLs, e-mail addresses and bare domains (`equipement.gov.ma`) are single tokens; each quotation mark is a
 * `quote` token; runs of white space are one token (`newline` when they hold a line break); an emoji with its
 * modifiers, joiners and variation selectors is one `symbol`, and no token ever splits a surrogate pair.
 * Every token carries `normal`, its `normalizeArabic` form; Arabic words with clitics carry `segments`.
 *
 * A hand-written scanner over memoised character classes: no regex runs on the hot path.
 *
 * @param text The source text, exactly as given.
 * @returns The tokens, sorted, contiguous and covering the whole text.
 * @example
 * tokenize('وقال: «نعم».').map((t) => t.kind); // ['word', 'punct', 'space', 'quote', 'word', 'quote', 'punct']
 */
export function tokenize(text: string): Token[] {
  const n = text.length;
  // Sized once: news text has about one token per three code units, so half the length is room enough and
  // the array never grows by copying (a growing `push` array re-copies itself a dozen times per article).
  // Writing past the end still appends, and the length is trimmed to the tokens made. Capped, since V8 makes
  // a `new Array(size)` past 100,000 a slow dictionary; a longer text appends beyond the cap.
  const out: Token[] = new Array<Token>(Math.min((n >> 1) + 16, 65536));
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = classOf(c);
    let end: number;
    let kind: TokenKind;
    let script: Token['script'] = null;
    if (k === CC_HIGH) {
      // An astral code point: classify it whole so the pair never splits.
      if (i + 1 < n && classOf(text.charCodeAt(i + 1)) === CC_LOW) k = classOfAstral(text.codePointAt(i)!);
      else k = CC_SYMBOL; // a lone high surrogate
    } else if (k === CC_LOW) k = CC_SYMBOL; // a lone low surrogate
    switch (k) {
      case CC_ARABIC:
      case CC_TATWEEL:
        end = scanArabic(text, i, n);
        if (k === CC_ARABIC || hasArabicLetter(text, i, end)) {
          kind = 'word';
          script = 'arabic';
        } else {
          kind = 'punct'; // tatweel (and marks) with no letter: a drawn line `ـــــ`
        }
        break;
      case CC_LATIN:
      case CC_DIGIT: {
        const link = c < 0x80 ? scanLink(text, i, n) : null;
        if (link) {
          end = link.end;
          kind = link.kind;
        } else if (k === CC_LATIN) {
          end = scanLatin(text, i, n);
          kind = 'word';
          script = 'latin';
        } else {
          end = scanNumber(text, i, n);
          kind = 'number';
        }
        break;
      }
      case CC_LETTER:
        end = scanOther(text, i, n);
        kind = 'word';
        script = 'other';
        break;
      case CC_SPACE:
      case CC_NEWLINE:
      case CC_JOINER: {
        let newline = k === CC_NEWLINE;
        end = i + 1;
        while (end < n) {
          const k2 = classOf(text.charCodeAt(end));
          if (k2 === CC_NEWLINE) newline = true;
          else if (k2 !== CC_SPACE && k2 !== CC_JOINER) break;
          end++;
        }
        kind = newline ? 'newline' : 'space';
        break;
      }
      case CC_QUOTE:
        end = scanMarks(text, i + 1, n);
        kind = 'quote';
        break;
      case CC_PUNCT:
        end = isTerminalCode(c) ? scanTerminal(text, i, n) : isRepeatable(c) ? scanSame(text, i, n, c) : i + 1;
        end = scanMarks(text, end, n);
        kind = 'punct';
        break;
      default:
        // Symbols, emoji, controls, stray combining marks.
        end = scanSymbol(text, i, n);
        kind = 'symbol';
    }
    // One-code-unit tokens (spaces, punctuation) take their normal form from a table at once; longer ones
    // normalise on first read of `normal`.
    out[count++] = new ScannedToken(text, i, end, kind, script, end - i === 1 ? singleNormal(c) : undefined);
    i = end;
  }
  out.length = count;
  return out;
}

/** Extends over combining marks (a mark after a quote or a sign stays with it). */
function scanMarks(text: string, i: number, n: number): number {
  while (i < n && classOf(text.charCodeAt(i)) === CC_MARK) i++;
  return i;
}

/** Arabic letters, marks and tatweel, and ZWJ/ZWNJ when a letter follows them. */
function scanArabic(text: string, i: number, n: number): number {
  let j = i + 1;
  while (j < n) {
    const k = classOf(text.charCodeAt(j));
    if (k === CC_ARABIC || k === CC_MARK || k === CC_TATWEEL) j++;
    else if (k === CC_JOINER && j + 1 < n && isArabicPart(classOf(text.charCodeAt(j + 1)))) j++;
    else break;
  }
  return j;
}

/** Normal forms of single code units, computed once each (spaces, punctuation, one-letter words). */
// Preallocated and filled so the array keeps fast elements (a sparse `[]` indexed up to 0xffff turns into a dictionary).
const SINGLE: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

function singleNormal(c: number): string {
  let s = SINGLE[c];
  if (s === undefined) {
    s = normalizeSlice(String.fromCharCode(c), 0, 1);
    SINGLE[c] = s;
  }
  return s;
}

function hasArabicLetter(text: string, i: number, end: number): boolean {
  for (let j = i; j < end; j++) if (classOf(text.charCodeAt(j)) === CC_ARABIC) return true;
  return false;
}

function isArabicPart(k: number): boolean {
  return k === CC_ARABIC || k === CC_MARK || k === CC_TATWEEL;
}

/** Latin letters and marks, ZWJ/ZWNJ inside, and an apostrophe between letters (`don't`, `O’Brien`). */
function scanLatin(text: string, i: number, n: number): number {
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = classOf(c);
    if (k === CC_LATIN || k === CC_MARK) j++;
    else if ((c === 0x27 || c === 0x2019 || k === CC_JOINER) && j + 1 < n && classOf(text.charCodeAt(j + 1)) === CC_LATIN) j += 2;
    else break;
  }
  return j;
}

/** Letters of other scripts (BMP or astral) and their marks. */
function scanOther(text: string, i: number, n: number): number {
  let j = i + (isPairAt(text, i, n) ? 2 : 1);
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = classOf(c);
    if (k === CC_LETTER || k === CC_MARK) j++;
    else if (k === CC_HIGH && isPairAt(text, j, n)) {
      const ak = classOfAstral(text.codePointAt(j)!);
      if (ak !== CC_LETTER && ak !== CC_MARK) break;
      j += 2;
    } else break;
  }
  return j;
}

function isPairAt(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < n && classOf(text.charCodeAt(i + 1)) === CC_LOW;
}

function digitsFrom(text: string, i: number, n: number): number {
  while (i < n && classOf(text.charCodeAt(i)) === CC_DIGIT) i++;
  return i;
}

/**
 * A number: digits joined by `.` `,` `٫` `٬` (decimals, thousands: `3.5`, `٣٫٥`, `1,000`), `/` (`24/24`,
 * `27/07/2024`), `:` in times (`14:30`, `14:30:05`: one or two digits, then exactly two) and `-` only in a
 * full date (`2024-07-27`, `27-07-2024`), so that a range `2019-2020` stays three tokens.
 */
function scanNumber(text: string, i: number, n: number): number {
  let j = digitsFrom(text, i, n);
  let group = j - i;
  let joined = 0;
  while (j + 1 < n) {
    const sep = text.charCodeAt(j);
    if (classOf(text.charCodeAt(j + 1)) !== CC_DIGIT) break;
    if (sep === 0x2e || sep === 0x2c || sep === 0x066b || sep === 0x066c || sep === 0x2f) {
      const e = digitsFrom(text, j + 1, n);
      group = e - j - 1;
      j = e;
    } else if (sep === 0x3a) {
      const e = digitsFrom(text, j + 1, n);
      if (group > 2 || e - j - 1 !== 2) break;
      group = 2;
      j = e;
    } else if (sep === 0x2d && joined === 0) {
      const date = scanDashDate(text, i, j, n);
      if (date === j) break;
      return scanMarks(text, date, n);
    } else break;
    joined++;
  }
  return scanMarks(text, j, n);
}

/** `2024-07-27` or `27-07-2024` starting at `i` with the first group ending at `j`; returns `j` when not a date. */
function scanDashDate(text: string, i: number, j: number, n: number): number {
  const a = j - i;
  const e2 = digitsFrom(text, j + 1, n);
  const b = e2 - j - 1;
  if (e2 + 1 >= n || text.charCodeAt(e2) !== 0x2d || classOf(text.charCodeAt(e2 + 1)) !== CC_DIGIT) return j;
  const e3 = digitsFrom(text, e2 + 1, n);
  const c = e3 - e2 - 1;
  const ymd = a === 4 && b >= 1 && b <= 2 && c >= 1 && c <= 2;
  const dmy = a >= 1 && a <= 2 && b >= 1 && b <= 2 && c === 4;
  return ymd || dmy ? e3 : j;
}

/** A run of terminal marks as one token: `...`, `؟!`, `!!`. */
function scanTerminal(text: string, i: number, n: number): number {
  let j = i + 1;
  while (j < n && isTerminalCode(text.charCodeAt(j))) j++;
  return j;
}

/** Punctuation that repeats as one token: `--`, `__`, `**`, `##`. */
function isRepeatable(c: number): boolean {
  return c === 0x2d || c === 0x5f || c === 0x2a || c === 0x23 || c === 0x2014 || c === 0x2013 || c === 0x2022 || c === 0x066d;
}

function scanSame(text: string, i: number, n: number, c: number): number {
  let j = i + 1;
  while (j < n && text.charCodeAt(j) === c) j++;
  return j;
}

/** Emoji modifiers (skin tones) and tag characters extend a symbol. */
function isEmojiExtender(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/**
 * A symbol and what belongs to it: combining marks and variation selectors, skin-tone modifiers and
 * tags, ZWJ sequences (`👩‍💻`), a pair of regional indicators (a flag), and whole surrogate pairs.
 */
function scanSymbol(text: string, i: number, n: number): number {
  const first = text.codePointAt(i)!;
  let j = i + (first > 0xffff && isPairAt(text, i, n) ? 2 : 1);
  if (isRegionalIndicator(first) && j + 1 < n && isPairAt(text, j, n) && isRegionalIndicator(text.codePointAt(j)!)) j += 2;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = classOf(c);
    if (k === CC_MARK) {
      j++;
      continue;
    }
    if (k === CC_HIGH && isPairAt(text, j, n)) {
      const cp = text.codePointAt(j)!;
      if (isEmojiExtender(cp) || classOfAstral(cp) === CC_MARK) {
        j += 2;
        continue;
      }
      break;
    }
    // ZWJ between two pictographs: `👨‍👩‍👧` is one token.
    if (c === 0x200d && j + 1 < n) {
      const next = text.charCodeAt(j + 1);
      if (isPairAt(text, j + 1, n) && classOfAstral(text.codePointAt(j + 1)!) === CC_SYMBOL) {
        j += 3;
        continue;
      }
      if (classOf(next) === CC_SYMBOL) {
        j += 2;
        continue;
      }
    }
    break;
  }
  return j;
}
