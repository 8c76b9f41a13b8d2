/**
 * Hand-written scanners for URLs, e-mail addresses and bare domains, tried only at the start of a
 * Latin word or a number. No regex allocation: each scanner walks code units and gives up early.
 */

/**
 * Top-level domains accepted for a bare domain without scheme or `www.` (`equipement.gov.ma`,
 * `AHDATH.INFO`). A closed list keeps `U.S.` or `Node.js` from reading as domains.
 */
const TLDS = new Set(
  (
    'com net org gov edu mil int info biz name pro mobi app dev io co me tv fm ai news online site website web blog live media press ' +
    'ma sa ae eg qa kw bh om jo lb sy iq ps ye dz tn ly sd mr so dj km tr ir pk af il ' +
    'uk us ca au nz fr de es it pt nl be ch at se no dk fi ie pl ru ua cn jp kr in id my sg ph th vn hk tw br ar mx cl za ng ke eu gr ro cz hu'
  ).split(' '),
);

/** ASCII letter or digit. */
function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Characters allowed in the local part of an e-mail address. */
function isLocalPart(c: number): boolean {
  return isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** Case-insensitive check that `text` has the ASCII `word` (lower case) at `at`. */
function hasAsciiAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Scans domain labels (`[A-Za-z0-9-]+` joined by dots) from `at`.
 * @returns the end of the domain and the start of its last label, or null when fewer than two labels.
 */
function scanDomain(text: string, at: number, n: number): { end: number; lastLabel: number } | null {
  let i = at;
  let labels = 0;
  let lastLabel = at;
  for (;;) {
    const labelStart = i;
    while (i < n && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d)) i++;
    if (i === labelStart) {
      // An empty label: undo the dot that led here (`example.` at the end of a sentence).
      i = labelStart - 1;
      break;
    }
    labels++;
    lastLabel = labelStart;
    if (i < n && text.charCodeAt(i) === 0x2e && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  if (labels < 2) return null;
  return { end: i, lastLabel };
}

/** True for code units that can continue a URL path (anything but space, quotes, angle brackets, « »). */
function isUrlChar(c: number): boolean {
  if (c <= 0x20 || c === 0x7f) return false;
  if (c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x5c || c === 0x5e) return false;
  if (c === 0xab || c === 0xbb || c === 0xa0) return false; // « » NBSP
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: “ ” ‘ ’ …, odd spaces, bidi controls
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x3000 || c === 0xfeff || c === 0x061c) return false; // ، ؛ ؟
  return true;
}

/**
 * Scans a URL path from `at` and trims what usually follows a URL in prose: a final full stop or
 * comma, and a closing bracket that the URL did not open (`(see https://x.org/a).`).
 */
function scanPath(text: string, at: number, n: number): number {
  let i = at;
  let open = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isUrlChar(c)) break;
    // Never end inside a surrogate pair: both halves pass `isUrlChar`, so they stay together.
    if (c === 0x28) open++;
    else if (c === 0x29) {
      if (open === 0) break;
      open--;
    }
    i++;
  }
  while (i > at) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2e || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a) i--;
    else break;
  }
  return i;
}

/** A link found by `scanLink`: its end and kind. */
export interface LinkMatch {
  end: number;
  kind: 'url' | 'email';
}

/**
 * Tries a URL (`http(s)://...`, `www....`), an e-mail address or a bare domain with a known TLD
 * (`equipement.gov.ma/page`) at `at`, the start of a Latin word or a number.
 *
 * @returns the match, or null (the caller scans an ordinary word or number).
 */
export function scanLink(text: string, at: number, n: number): LinkMatch | null {
  const c0 = text.charCodeAt(at);
  // Scheme URLs: http:// https:// ftp://
  if (c0 === 0x68 || c0 === 0x48 || c0 === 0x66 || c0 === 0x46) {
    let p = -1;
    if (hasAsciiAt(text, at, 'https://')) p = at + 8;
    else if (hasAsciiAt(text, at, 'http://')) p = at + 7;
    else if (hasAsciiAt(text, at, 'ftp://')) p = at + 6;
    if (p > 0 && p < n && isUrlChar(text.charCodeAt(p))) {
      const end = scanPath(text, p, n);
      if (end > p) return { end, kind: 'url' };
    }
  }
  if ((c0 === 0x77 || c0 === 0x57) && hasAsciiAt(text, at, 'www.') && at + 4 < n && isAlnum(text.charCodeAt(at + 4))) {
    const end = scanPath(text, at, n);
    if (end > at + 4) return { end, kind: 'url' };
  }
  // E-mail: a local part, then `@` and a domain of at least two labels.
  let i = at;
  let sawDot = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLocalPart(c)) break;
    if (c === 0x2e) sawDot = true;
    i++;
  }
  if (i < n && text.charCodeAt(i) === 0x40 && i > at) {
    const d = scanDomain(text, i + 1, n);
    // The domain needs a TLD of two letters or more: `a.b@x.co`, not `a@b.1`.
    if (d && d.end - d.lastLabel >= 2 && isAsciiLetter(text.charCodeAt(d.lastLabel))) {
      return { end: d.end, kind: 'email' };
    }
  }
  if (!sawDot) return null;
  // Bare domain: labels and a known TLD, optionally a path (`hespress.com/politique/123.html`).
  const d = scanDomain(text, at, n);
  if (!d) return null;
  const tld = text.slice(d.lastLabel, d.end).toLowerCase();
  if (!TLDS.has(tld)) return null;
  if (d.end < n) {
    const c = text.charCodeAt(d.end);
    // `site.com@` or `site.com_x` would be something else: give up rather than cut it.
    if (c === 0x40 || c === 0x5f) return null;
    if (c === 0x2f && d.end + 1 < n && isUrlChar(text.charCodeAt(d.end + 1))) return { end: scanPath(text, d.end, n), kind: 'url' };
  }
  return { end: d.end, kind: 'url' };
}
