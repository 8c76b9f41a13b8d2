import type { Diagnostic, Language } from '../analysis.js';
import { ENGLISH_FUNCTION_WORDS, OTHER_LATIN_FUNCTION_WORDS } from './function-words.js';

/** The result of `identifyLanguage`. */
export interface LanguageResult {
  language: Language;
  /** `unsupported-language` (warning) for what is neither Arabic nor English, `empty-text` for blank input. */
  diagnostics: Diagnostic[];
  /** Letter counts by script, for diagnostics and tests. */
  letters: { arabic: number; latin: number; other: number };
}

/** Letters sampled at most: enough to decide, bounded on very long inputs. */
const MAX_SCANNED = 200_000;

/**
 * Identifies the language of an article: `ar`, `en` or `other`.
 *
 * Script ratios decide first: Arabic letters against Latin and other letters (URLs and Latin names in an
 * Arabic article do not outweigh its Arabic). Arabic-script text in Persian or Urdu (letters پ چ ژ گ ک ی
 * ے outnumbering Arabic ك ي) is `other`. Latin-script text is English when English function words (`the`,
 * `of`, `and`, `said`) outnumber those of French, Spanish, German and others (`le`, `de`, `und`).
 *
 * @param text The article text.
 * @returns The language, diagnostics (`unsupported-language`, a warning, for `other`; `empty-text` for
 *   blank input) and the letter counts.
 * @example
 * identifyLanguage('قال الوزير إن الاجتماع كان مثمرا').language; // 'ar'
 */
export function identifyLanguage(text: string): LanguageResult {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  let persian = 0; // letters of Persian/Urdu that Arabic does not use
  let arabicKY = 0; // Arabic ك and ي, which Persian writes ک and ی
  const n = Math.min(text.length, MAX_SCANNED);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
      continue;
    }
    if (c >= 0x0620 && c <= 0x06ff) {
      if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || (c >= 0x0660 && c <= 0x066d) || c === 0x0670 || (c >= 0x06d4 && c <= 0x06ed) || c >= 0x06f0) continue;
      arabic++;
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a9 || c === 0x06cc || c === 0x06d2 || c === 0x0679 || c === 0x0688 || c === 0x0691 || c === 0x06ba || c === 0x06be) persian++;
      else if (c === 0x0643 || c === 0x064a) arabicKY++;
      continue;
    }
    if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
      arabic++;
      continue;
    }
    if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
      latin++;
      continue;
    }
    if (isOtherLetter(c)) other++;
  }
  const letters = { arabic, latin, other };
  const total = arabic + latin + other;
  if (total === 0) {
    const blank = text.trim().length === 0;
    return {
      language: 'other',
      letters,
      diagnostics: [
        blank
          ? { code: 'empty-text', severity: 'warning', stage: 'language', message: 'The text is empty or blank: nothing to analyse.' }
          : {
              code: 'unsupported-language',
              severity: 'warning',
              stage: 'language',
              message: 'The text has no letters: no language to analyse.',
              params: { script: 'none' },
            },
      ],
    };
  }
  if (arabic >= latin && arabic >= other) {
    if (persian > arabicKY && persian >= 3) return unsupported(letters, 'arabic', 'fa');
    return { language: 'ar', letters, diagnostics: [] };
  }
  if (latin >= other) {
    const guess = guessLatin(text, n);
    if (guess === 'en') return { language: 'en', letters, diagnostics: [] };
    return unsupported(letters, 'latin', guess);
  }
  return unsupported(letters, 'other', 'und');
}

function unsupported(letters: LanguageResult['letters'], script: string, guess: string): LanguageResult {
  return {
    language: 'other',
    letters,
    diagnostics: [
      {
        code: 'unsupported-language',
        severity: 'warning',
        stage: 'language',
        message: `The article is not in Arabic or English (${script} script${guess === 'und' ? '' : `, likely ${guess}`}): only its structure is analysed.`,
        params: { script, guess },
      },
    ],
  };
}

/** Letters of scripts other than Arabic and Latin (Greek, Cyrillic, Hebrew, Indic, CJK...), roughly. */
function isOtherLetter(c: number): boolean {
  return (
    (c >= 0x0370 && c <= 0x05ff) || (c >= 0x0900 && c <= 0x0dff) || (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x10a0 && c <= 0x10ff) ||
    (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
  );
}

/**
 * Counts English and other-Latin function words among the Latin words of the text.
 * @returns `en`, or the ISO code of the language whose words won (`fr`, `es`, `de`...), or `und`.
 */
function guessLatin(text: string, n: number): string {
  let en = 0;
  const others = new Map<string, number>();
  let words = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && (isAsciiLetter((c = text.charCodeAt(i))) || c >= 0xc0 && c <= 0x24f)) i++;
    if (i - s > 12) continue;
    words++;
    const w = text.slice(s, i).toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(w)) en++;
    const lang = OTHER_LATIN_FUNCTION_WORDS.get(w);
    if (lang) for (const l of lang) others.set(l, (others.get(l) ?? 0) + 1);
  }
  let best = 'und';
  let bestCount = 0;
  for (const [l, k] of others) if (k > bestCount) [best, bestCount] = [l, k];
  // A short English text may have few function words: with no competitor, any English hit decides.
  if (en > bestCount && en >= Math.min(2, words)) return 'en';
  // No function word of any language: a short Latin text (a title, a name) is taken as English.
  return bestCount > 0 ? best : en > 0 || words < 8 ? 'en' : 'und';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
