import fc from 'fast-check';

/**
 * Texts built from the characters that break text layers: Arabic letters with harakat, tatweel and
 * presentation forms, Arabic-Indic and Persian digits, bidi and zero-width controls, every quotation mark,
 * sentence punctuation, emoji (surrogate pairs, ZWJ sequences, skin tones, flags), lone surrogates,
 * combining marks, odd spaces and line breaks, URLs and e-mail fragments, plus any Unicode code point.
 */
const PIECES = [
  'قال', 'وزير', 'والحكومة', 'للحكومة', 'بالرباط', 'وسيقول', 'منه', 'عليها', 'حكومته', 'فرنسا', 'الله', 'ألمانيا',
  'أَعلنَت', 'الـوزارة', 'ـــ', '\ufefb', '\ufdf2', 'د.', 'م.', 'U.S.', 'Mr.', 'e.g.',
  '٣٫٥', '٢٠٢٤', '۱۲', '3.5', '24/24', '27/07/2024', '2024-07-27', '14:30', '1,000', '2019-2020',
  '\u064e', '\u0651', '\u0670', '\u0640', '\u0301', '\ufe0f', '\u20e3',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2069', '\ufeff',
  '“', '”', '«', '»', '"', '„', '‹', '›', "'", '‘', '’', '‚',
  '.', '،', '؛', '؟', ':', '!', '?', '…', '...', '(', ')', '-', '—', '/',
  ' ', '  ', '\u00a0', '\u2009', '\t', '\n', '\r\n', '\n\n', '\u2028',
  '😀', '👩\u200d💻', '👍🏽', '🇲🇦', '𝐀', '𐐀', '\ud83d', '\ude00', '\udc00x', 'x\ud800',
  'https://example.com/a?b=1.', 'www.site.ma', 'equipement.gov.ma', 'a.b@site.co', 'Node.js',
  'the', 'Hello', 'le', 'Москва', '東京',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)) },
);

/** A random text of up to `maxPieces` pieces. */
export function textArbitrary(maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const a = text.charCodeAt(offset - 1);
  const b = text.charCodeAt(offset);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}
