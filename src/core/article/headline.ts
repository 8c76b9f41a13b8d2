/**
 * Cues for embedded headlines of other articles: short, title-like lines set between body
 * paragraphs, e.g. a "related story" line `كوريا الشمالية تفجر أجزاء من الطرق بين الكوريتين`
 * between two paragraphs that end with a full stop.
 */

const WORD = /\S+/gu;

/** Number of white-space separated words. */
export function countWords(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}

// A line ends a sentence: `.`, `!`, `؟`, `…`, possibly followed by closing quotes or brackets
// (`“أخبار كاذبة”.`, `...الأيام (رويترز).`), or a closing quote on its own (`... “نحن مستعدون”`).
const SENTENCE_END = /(?:[.!?\u061f\u2026][\s"'\u201d\u00bb\u2019)\]]*|["\u201d\u00bb])$/u;
// What a headline never ends with: sentence or clause punctuation (a headline may end with a quote).
const NOT_HEADLINE_END = /(?:[.!?\u061f\u2026:;\u061b\u060c,\u0640\u2013\u2014-]|[.!?\u061f]["\u201d\u00bb)])$/u;
// A full stop inside the line means two sentences: a short paragraph, not a headline.
const INNER_STOP = /[.!?\u061f]\s+\S/u;
// Lines that open with a list number, a bullet, a dash or a comma continue or enumerate the text.
const LIST_OR_CONTINUATION = /^(?:[\d\u0660-\u0669]+\s*[-.)\u2013\u2014]|[-•*·▪–—،,؛;:)]|\.\.|\(.*\)$)/u;
/**
 * Words that open a body sentence and never a headline: connectives (`كما`, `لكن`, `حيث`) and
 * the conjunction و or ف glued to a verb or particle (`وقال`, `وأضاف`, `فيما`). A headline may
 * still open with a word that begins with و (`وزير الخارجية ...`, `واشنطن تحذر ...`).
 */
const BODY_OPENER = /^(?:كما|لكن|لكنه|لكنها|إلا|الا|أما|اما|حيث|بينما|ثم|أو|أي|إذ|اذ|حتى|أن|بأن|لأن|إن|فإن|الذي|التي|الذين|فيما|بل|غير|مما|وهو|وهي|وهذا|وهذه|وذلك|وكان|وكانت|وقد|ولم|ولا|وفي|ومن|وعلى|وإلى|وعن|ومع|وبعد|وقبل|وخلال|ويأتي|وجاء|وتابع|وأضاف|وأضافت|وقال|وقالت|وأكد|وأكدت|وأشار|وأشارت|وأوضح|وأوضحت|وذكر|وذكرت|وكشف|وكشفت|وأعلن|وأعلنت|وتقول|ويقول|ووفقا|وبحسب|وحسب|فقد|فإنه|وأفاد|وأفادت|ولفت|ولفتت|وشدد|وشددت|ونقل|ونقلت|ويذكر|يذكر|يشار|يُذكر|ومعلوم|وتجدر|فعندما|فلا|فما|فهو|فهي|فهذا|فهذه|فكان|فلم|فلن|فإذا|فحين|جاء\s+ذلك|من\s+جه(?:ة|ته|تها|تهم)|من\s+جانب(?:ه|ها|هم)?|في\s+المقابل|في\s+حين|إلى\s+ذلك|في\s+غضون|على\s+صعيد)(?:\s|$)/u;

/**
 * Words that begin with the letter و without it being the conjunction: a headline may open with them
 * (`وزير الخارجية يصل ...`, `واشنطن تحذر ...`). Any other word opening with و is the conjunction
 * glued to a verb or particle (`وتراجع`, `وشملت`, `وإذا`), which opens a body sentence.
 */
const WAW_WORDS = new Set([
  'وزير', 'وزيرة', 'وزارة', 'وزراء', 'واشنطن', 'وفد', 'وفاة', 'وفيات', 'وكالة', 'وكالات', 'ولي', 'ولاية', 'والي', 'وسائل', 'وثيقة',
  'وثائق', 'ورقة', 'واقع', 'وحدة', 'وحدات', 'ولادة', 'وعود', 'وقف', 'وقفة', 'وصول', 'وضع', 'وجهة', 'وجود', 'ودائع', 'وظائف', 'وباء',
  'وادي', 'وليد', 'وائل', 'وسام', 'وهران', 'ويلز', 'ويكيليكس', 'وارسو', 'ورشة', 'وزن', 'وعي', 'وطن', 'وطني', 'وطنية', 'وديعة',
]);
const FIRST_WORD = /^\S+/u;

/** True when the line ends a sentence (the line before an embedded headline must). */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/**
 * True when a line, taken alone, reads like a headline: 5 to 20 words, at most 200 code units,
 * no final or inner sentence punctuation, no list marker and no body-sentence opener.
 * @example isHeadlineLike('كوريا الشمالية تفجر أجزاء من خطوط الطرق بين الكوريتين') // true
 */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 200) return false;
  const words = countWords(line);
  if (words < 5 || words > 20) return false;
  if (NOT_HEADLINE_END.test(line) || INNER_STOP.test(line)) return false;
  if (LIST_OR_CONTINUATION.test(line) || BODY_OPENER.test(line)) return false;
  const first = FIRST_WORD.exec(line)?.[0] ?? '';
  if (first.startsWith('\u0648') && !WAW_WORDS.has(first.replace(/[\u064b-\u065f\u0640]/gu, ''))) return false;
  // Commas in a long line are clauses of a sentence: `يعني أن ...، وأن ...`.
  if (words > 10 && /[\u060c,]/u.test(line)) return false;
  // A URL or a handle belongs to an embed or a link, not a headline; `**` splits the halves of a verse.
  return !/https?:\/\/|www\.|@\w|\*\*|\w\.(?:com|net|org|info|ma|sa)\b/iu.test(line);
}

/**
 * True when a line reads like a body paragraph around an embedded headline: a full sentence that
 * ends with its punctuation, or a long line (8 words or more) that does not open with a comma.
 */
export function isParagraphLike(line: string): boolean {
  if (/^[،,؛;)]/u.test(line)) return false;
  return endsSentence(line) || countWords(line) >= 8;
}
