import type { Boilerplate } from '../analysis.js';

/** What a whole line of boilerplate is. */
export type BoilerplateKind = Boilerplate['kind'];

/**
 * Whole-line boilerplate, tested in order on a trimmed line. Each rule is a cue general to Arabic
 * news pages, with the line it is for.
 */
const LINE_RULES: ReadonlyArray<readonly [RegExp, BoilerplateKind]> = [
  // `// انتهى //`, `(انتهى)`, `-انتهى-`: the wire's end mark.
  [/^[/\\(\-–\s]*انتهى[/\\)\-–.\s]*$/u, 'end-mark'],
  // `15:30 ت م` (Makkah time), `12:05 ت غ` (GMT), `11:02 بتوقيت جرينتش`: the wire's time stamp.
  [/^[\d\u0660-\u0669]{1,2}[:.][\d\u0660-\u0669]{2}\s*(?:ت\s*[مغ]|بتوقيت\s+\S+|gmt|utc)?\s*$/iu, 'wire-stamp'],
  // `رابط الخبر بصحيفة الوئام: ...`, `رابط مختصر`, `اقرأ أيضا: ...`, `...المزيد`.
  [/^(?:رابط\s+(?:الخبر|المقال|مختصر|دائم)|اقرأ\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|إقرأ\s+(?:أيضا|أيضاً)|للمزيد\s+(?:من|اقرأ)|شاهد\s+(?:أيضا|أيضاً)|مواضيع\s+(?:ذات\s+صلة|متعلقة)|أخبار\s+(?:ذات\s+صلة|متعلقة))/u, 'link'],
  [/^[.…]*\s*(?:المزيد|اقرأ المزيد|التفاصيل|التالي|السابق)\s*[.…]*$/u, 'link'],
  // A date stamp alone: `أغسطس 8, 2015, 1:16 ص`, `| Sunday, 31 May 2015 - 22:24 pm`.
  [/^[|\s]*(?:[A-Za-z]+day,?\s+)?(?:[\d\u0660-\u0669]{1,2}\s+[A-Za-z\u0621-\u064a]+|[A-Za-z\u0621-\u064a]+\s+[\d\u0660-\u0669]{1,2}),?\s+[\d\u0660-\u0669]{4}(?:,?\s*-?\s*[\d\u0660-\u0669]{1,2}(?::[\d\u0660-\u0669]{2})?\s*(?:am|pm|ص|م)?)?\s*$/iu, 'other'],
  // An editor's note closing a breaking story: `تفاصيل أوفى لاحقا`, `التفاصيل لاحقاً`, `يتبع`.
  [/^(?:تفاصيل\s+(?:أوفى|أكثر)\s+لاحق(?:ا|اً)|التفاصيل\s+لاحق(?:ا|اً)|يتبع|للحديث\s+بقية)\s*[.…]*$/u, 'other'],
  // A line that is only a URL.
  [/^(?:https?:\/\/|www\.)\S+$/iu, 'link'],
  // Embedded tweets: `... pic.twitter.com/xyz`, `— Name (@handle) July 3, 2019`.
  [/pic\.twitter\.com\/\S+|^[—–-]\s*[^()\n]{1,60}\(@\w{1,20}\)/u, 'embed'],
  // `الوسوم: ...`, `كلمات مفتاحية: ...`, `Tags: ...`, or a line of hashtags only.
  [/^(?:الوسوم|وسوم|الكلمات\s+(?:المفتاحية|الدلالية)|كلمات\s+(?:مفتاحية|دلالية)|تاغ|الأوسمة|tags)\s*[:：]/iu, 'tags'],
  [/^(?:#\S+\s*){2,}$/u, 'tags'],
  // `شارك الخبر`, `شارك على فيسبوك`, `تابعونا على تويتر`, `تابعوا آخر الأخبار عبر ...`: share/follow lines.
  [/^(?:شارك(?:ها|وا)?|شارك\s+(?:الخبر|المقال)|تابعونا|تابعنا|تابعوا|انضم(?:وا)?\s+إلى|حمّل|حمل\s+تطبيق)(?:\s|:|$).{0,80}(?:فيسبوك|فيس\s*بوك|تويتر|تيليجرام|تلغرام|تليجرام|واتساب|واتس\s*آب|إنستغرام|انستغرام|يوتيوب|سناب|قناة|حساب|تطبيق|عبر|على)/u, 'other'],
];

/**
 * Classifies a whole trimmed line as boilerplate, or returns `null` for text.
 * @example boilerplateKind('// انتهى //') // 'end-mark'
 */
export function boilerplateKind(line: string): BoilerplateKind | null {
  if (line.length > 400) return null;
  for (const [re, kind] of LINE_RULES) if (re.test(line)) return kind;
  return null;
}

/**
 * A site name on its own, or opening the first line: `AHDATH.INFO`, `AHDATH.INF` (cut by the
 * scraper), `Hespress.com`, `AHDATH INFO- إكرام زايد`. Latin only, with a dot or in capitals, so a
 * Latin word that opens an Arabic sentence (`CNN قالت`) is not taken.
 */
const SITE_NAME = /^(?:(?:www\.)?[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6})+|[A-Z][A-Z0-9]{2,}(?:[ .][A-Z][A-Z0-9]{1,})*\.?)(?=$|\s*[-–_:|])/du;

/** Length of a site-name prefix of the line (with the separator after it), or 0. */
export function siteNamePrefix(line: string): { name: number; prefix: number } {
  const m = SITE_NAME.exec(line);
  if (m === null) return { name: 0, prefix: 0 };
  let prefix = m[0].length;
  // Skip the separator after the name: `AHDATH.INFO - متابعة`, `AHDATH INFO-_إكرام زايد`.
  while (prefix < line.length && /[\s\-–_:|]/u.test(line[prefix] ?? '')) prefix++;
  return { name: m[0].length, prefix };
}

/**
 * Boilerplate glued to the end of the last paragraph after its last sentence: `... السلامة.
 * رابط الخبر بصحيفة الوئام: ...` or a tag list `... بحسب رويترز. سمات الحرب اليمن`.
 * Returns where the boilerplate starts in `line`, or -1.
 */
const TRAILING = /(?<=[.!؟?"”»)]\s*)(?:رابط\s+الخبر\b.*|سمات\s+[^.!؟?:"“”«»]{1,200}|الوسوم\s*:.*|اقرأ\s+(?:أيضا|أيضاً)\s*:.*)$/du;

/** Start of boilerplate at the end of a line (`... . رابط الخبر ...`), with its kind; -1 when none. */
export function trailingBoilerplate(line: string): { at: number; kind: BoilerplateKind } {
  // Only the end of a long paragraph can hold it: scanning the last 400 code units keeps this linear.
  const from = Math.max(0, line.length - 400);
  const m = TRAILING.exec(from > 0 ? line.slice(from) : line);
  if (m === null) return { at: -1, kind: 'other' };
  return { at: from + m.index, kind: /^(?:سمات|الوسوم)/u.test(m[0]) ? 'tags' : 'link' };
}

/**
 * A tag list on its own line: `سمات الجوازات وافدون وثيقة سفر` (the "features" list some Saudi
 * outlets print under the text): no sentence punctuation, at the end of the article.
 */
export function isTagLine(line: string): boolean {
  return /^(?:سمات|الوسوم|وسوم)\s+[^.!؟?:،"“”«»]{1,200}$/u.test(line);
}
