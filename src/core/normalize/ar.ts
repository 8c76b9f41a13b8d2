import { OffsetMap } from '../source/offset-map.js';

/** A text derived for matching, with the map of every derived code unit back to the source. */
export interface NormalizedText {
  /** The derived text. */
  text: string;
  /** Maps derived spans back to source spans. */
  map: OffsetMap;
}

const DROP = -1;
const KEEP = -2;

/**
 * The per-code-unit table for the BMP: DROP, KEEP, or the replacement code unit.
 * Built once; lookups are a single typed-array read on the hot path.
 */
const TABLE: Int32Array = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000).fill(KEEP);
  const drop = (from: number, to = from) => {
    for (let c = from; c <= to; c++) t[c] = DROP;
  };
  const map = (chars: string, to: string) => {
    for (const ch of chars) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  };
  // Harakat, tanwin, shadda, sukun, superscript alef and the Quranic annotation marks.
  drop(0x0610, 0x061a);
  drop(0x064b, 0x065f);
  drop(0x0670);
  drop(0x06d6, 0x06dc);
  drop(0x06df, 0x06e4);
  drop(0x06e7, 0x06e8);
  drop(0x06ea, 0x06ed);
  drop(0x08d3, 0x08ff);
  drop(0x0640); // tatweel
  // Bidi controls, zero-width characters and the byte-order mark: invisible, never meaningful for matching.
  drop(0x200b, 0x200f); // ZWSP, ZWNJ, ZWJ, LRM, RLM
  drop(0x202a, 0x202e); // LRE, RLE, PDF, LRO, RLO
  drop(0x2066, 0x2069); // LRI, RLI, FSI, PDI
  drop(0x061c); // Arabic letter mark
  drop(0xfeff); // BOM / ZWNBSP
  drop(0x00ad); // soft hyphen
  // Alef forms to bare alef; alef maqsura and Farsi yeh to yaa; taa marbuta to haa; Farsi kaf to kaf.
  map('\u0622\u0623\u0625\u0671\u0672\u0673', '\u0627'); // آ أ إ ٱ
  map('\u0649\u06cc\u06d2', '\u064a'); // ى ی ے
  map('\u0629', '\u0647'); // ة
  map('\u06a9', '\u0643'); // ک
  // Digits: Arabic-Indic and Persian (Extended Arabic-Indic) to ASCII.
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  // The Arabic decimal and thousands separators and percent sign, so `٣٫٥` matches `3.5` and `٪` matches `%`.
  t[0x066b] = 0x2e; // ٫
  t[0x066c] = 0x2c; // ٬
  t[0x066a] = 0x25; // ٪
  // NBSP and the odd spaces to a plain space (line breaks stay).
  for (const c of [0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) {
    t[c] = 0x20;
  }
  // Latin capitals (ASCII and Latin-1) to lower case; other scripts are handled by the slow path.
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) t[c] = c + 32;
  return t;
}

/** Presentation forms (ligatures and contextual shapes) go through NFKC, then the table. */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/** Characters with no table entry that may still change under lower-casing (Greek, Cyrillic, Latin Extended). */
function mayLowercase(c: number): boolean {
  return c >= 0x0100 && c < 0x0600;
}

/** Maps a string through the table (used for the expansion of presentation forms and rare cases). */
function mapString(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const r = TABLE[s.charCodeAt(k)]!;
    if (r === DROP) continue;
    out += r === KEEP ? s[k] : String.fromCharCode(r);
  }
  return out;
}

/**
 * Normalises Arabic (and Latin) text for matching, into a copy with an offset map back to the source.
 *
 * Removes harakat, Quranic marks, tatweel, bidi and zero-width controls; unifies alef forms (أ إ آ ٱ → ا),
 * alef maqsura → yaa, taa marbuta → haa; maps Arabic-Indic and Persian digits (and ٫ ٬ ٪) to ASCII, presentation
 * forms through NFKC, NBSP and odd spaces to a space, and Latin capitals to lower case.
 * The source text is never changed; the result is idempotent: `normalizeArabic(n.text).text === n.text`.
 *
 * @param text The source text, exactly as given.
 * @returns The normalised text and its map to source offsets.
 * @example
 * const n = normalizeArabic('أَعلنَت الوزارة');
 * n.text; // 'اعلنت الوزاره'
 * n.map.toSource({ start: 0, end: 5 }); // { start: 0, end: 8 }: 'أَعلنَت'
 */
export function normalizeArabic(text: string): NormalizedText {
  const n = text.length;
  // The fast path emits at most one unit per source unit; only the rare slow paths (presentation forms,
  // case folding that expands) may need more room.
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let starts = new Int32Array(cap + 1);
  let ends = new Int32Array(cap + 1);
  let len = 0;
  let loneSurrogate = false;
  const grow = (need: number) => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need);
    const c2 = new Uint16Array(cap);
    c2.set(codes);
    codes = c2;
    const s2 = new Int32Array(cap + 1);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(cap + 1);
    e2.set(ends);
    ends = e2;
  };
  const emit = (s: string, from: number, to: number) => {
    grow(s.length);
    for (let k = 0; k < s.length; k++) {
      codes[len] = s.charCodeAt(k);
      starts[len] = from;
      ends[len] = to;
      len++;
    }
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = FAST[c]!;
    if (r >= 0) {
      if (len >= cap) grow(1);
      codes[len] = r;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      continue;
    }
    if (r === DROP) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // An astral code point: lower-case it when it has a case (Deseret, Adlam...), else keep the pair whole.
        const pair = text.slice(i, i + 2);
        const lower = pair.toLowerCase();
        emit(lower.normalize('NFC') === lower ? lower : pair, i, i + 2);
        i++;
        continue;
      }
    }
    if (isPresentationForm(c)) emit(mapString(String.fromCharCode(c).normalize('NFKC')), i, i + 1);
    else if (mayLowercase(c)) emit(mapString(String.fromCharCode(c).toLowerCase()), i, i + 1);
    else {
      // A lone surrogate: kept as it is.
      loneSurrogate = true;
      emit(String.fromCharCode(c), i, i + 1);
    }
  }
  starts[len] = n;
  ends[len] = n;
  return { text: decodeUnits(codes, len, loneSurrogate), map: new OffsetMap(starts.subarray(0, len + 1), ends.subarray(0, len + 1)) };
}

/**
 * The fast path of `normalizeArabic`: for each BMP code unit, the unit it becomes (>= 0), `DROP`, or `SLOW`
 * (surrogates, presentation forms, letters that case-fold outside ASCII and Latin-1).
 */
const SLOW = -3;
const FAST: Int32Array = buildFast();

function buildFast(): Int32Array {
  const f = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const r = TABLE[c]!;
    if (r === DROP) f[c] = DROP;
    else if (r !== KEEP) f[c] = r;
    else f[c] = isPresentationForm(c) || mayLowercase(c) || (c >= 0xd800 && c <= 0xdfff) ? SLOW : c;
  }
  return f;
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Turns code units into a string. TextDecoder is native and about thirty times faster than
 * `String.fromCharCode(...units)`, but it replaces lone surrogates with U+FFFD: those texts (and
 * big-endian hosts) take the slow way.
 */
function decodeUnits(codes: Uint16Array, len: number, loneSurrogate: boolean): string {
  if (LITTLE_ENDIAN && !loneSurrogate) return UTF16.decode(new Uint8Array(codes.buffer, codes.byteOffset, len * 2));
  let out = '';
  const CHUNK = 4096;
  for (let k = 0; k < len; k += CHUNK) out += String.fromCharCode(...codes.subarray(k, Math.min(len, k + CHUNK)));
  return out;
}

/**
 * The normalised code unit of a BMP code unit: -1 when the normaliser drops it, else the unit it becomes
 * (itself when kept). Presentation forms and case-folded letters outside ASCII/Latin-1 return themselves:
 * callers that need those go through `normalizeSlice`.
 */
export function foldCodeUnit(c: number): number {
  const r = TABLE[c]!;
  return r === DROP ? -1 : r === KEEP ? c : r;
}

/**
 * Plain code units that the normaliser copies unchanged: 1 when `TABLE` keeps the unit and no slow
 * path (presentation form, case folding, surrogate) applies. One typed-array read per unit.
 */
const PLAIN: Uint8Array = buildPlain();

function buildPlain(): Uint8Array {
  const p = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    p[c] = TABLE[c] === KEEP && !isPresentationForm(c) && !mayLowercase(c) && !(c >= 0xd800 && c <= 0xdfff) ? 1 : 0;
  }
  return p;
}

/**
 * The normalised form of `text.slice(start, end)`, without building an offset map: the same folding as
 * `normalizeArabic`, so `normalizeSlice(t, s, e) === normalizeArabic(t.slice(s, e)).text` whenever the range
 * does not cut a surrogate pair. Fast path: a range with nothing to fold is returned as a plain slice.
 *
 * @param text The source text.
 * @param start Start offset (UTF-16 code units).
 * @param end End offset, exclusive.
 * @returns The normalised string of that range.
 */
export function normalizeSlice(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && PLAIN[text.charCodeAt(i)] === 1) i++;
  if (i === end) return text.slice(start, end);
  let out = text.slice(start, i);
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (PLAIN[c] === 1) {
      // Copy the plain run in one slice rather than code unit by code unit.
      let j = i + 1;
      while (j < end && PLAIN[text.charCodeAt(j)] === 1) j++;
      out += text.slice(i, j);
      i = j - 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const pair = text.slice(i, i + 2);
        const lower = pair.toLowerCase();
        out += lower.normalize('NFC') === lower ? lower : pair;
        i++;
        continue;
      }
    }
    const r = TABLE[c]!;
    if (r === DROP) continue;
    if (r !== KEEP) out += String.fromCharCode(r);
    else if (isPresentationForm(c)) out += mapString(String.fromCharCode(c).normalize('NFKC'));
    else if (mayLowercase(c)) out += mapString(String.fromCharCode(c).toLowerCase());
    else out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Normalises a short string for comparison only (no map): the same folding as `normalizeArabic`.
 * Use it for lexicon keys and lookups.
 */
export function normalizeKey(s: string): string {
  return normalizeSlice(s, 0, s.length);
}
