import type { ArticleStructure } from '../context.js';
import type { Boilerplate, Byline, Credits, Dateline, Diagnostic, Headline, Paragraph } from '../analysis.js';
import { isSpaceCode, trimSpan, type Span } from '../source/span.js';
import { boilerplateKind, isTagLine, siteNamePrefix, trailingBoilerplate } from './boilerplate.js';
import { countWords, endsSentence, isHeadlineLike, isParagraphLike } from './headline.js';
import { fold, isAgency } from './fold.js';
import { isPersonName, parseByline, type BylineParts } from './parse-byline.js';
import { GIVEN_NAMES } from './data/names.js';
import { isCreditLine, parseCredits } from './parse-credits.js';

/** Options of `parseArticle`. */
export interface ParseArticleOptions {
  /** The article's title from metadata: a first line that repeats it is set apart. */
  title?: string | null;
}

/** A trimmed, non-empty line of the text. */
interface Line extends Span {
  text: string;
}

// Bylines sit in the first few lines; more than this many byline-like lines in a row is a list.
const MAX_HEAD_LINES = 5;
// A byline is short: `الباحة ـ الوئام ـ محمد السويهري:` is 4 words, an SPA line with its date 12.
const MAX_BYLINE_WORDS = 14;
const MAX_BYLINE_LENGTH = 120;
// A dateline is found in the first characters of the first paragraph.
const DATELINE_WINDOW = 120;
const MAX_DATELINE_WORDS = 12;
// Share of body lines that must end a sentence for a title-like line among them to count as a headline.
const MIN_PUNCTUATED_SHARE = 0.6;

/** Splits the text into trimmed non-empty lines (LF, CRLF, CR, U+2028 and U+2029 end a line). */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  const push = (end: number) => {
    const s = trimSpan(text, { start: at, end });
    if (s.end > s.start) lines.push({ ...s, text: text.slice(s.start, s.end) });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      push(i);
      at = i + 1;
    }
  }
  push(text.length);
  return lines;
}

/** The part of a line from `offset` on, trimmed; `null` when nothing is left. */
function rest(line: Line, offset: number): Line | null {
  let start = line.start + offset;
  while (start < line.end && isSpaceCode(line.text.charCodeAt(start - line.start))) start++;
  return start < line.end ? { start, end: line.end, text: line.text.slice(start - line.start) } : null;
}

/**
 * Reads a whole line above the body as a byline (`أبها - فلان الفلاني`, `&nbsp;فلان (مكة المكرمة)`),
 * or returns `null` when the line is text: too long, ending a sentence, or with a part that is no
 * place, agency, marker or name.
 */
function byline(line: Line): BylineParts | null {
  if (line.text.length > MAX_BYLINE_LENGTH || countWords(line.text) > MAX_BYLINE_WORDS) return null;
  // A byline may end with a colon (`سبق- الدمام:`), never with a full stop, unless an abbreviation
  // ends it (`جاكرتا - أ. ف. ب.`).
  if (/[.!؟?]$/u.test(line.text) && !/(?:^|[\s.])[\u0621-\u064a]\.$/u.test(line.text)) return null;
  const parts = parseByline(line.text);
  if (parts === null) return null;
  // A bare name is a byline only when it reads as one (`رشيد القمري`, `د. فلان`): a given name, `عبد`,
  // `أبو` or a title first; `قمة الرياض` on a line of its own is a title, not a writer.
  if (!parts.known && (parts.people.length !== 1 || countWords(line.text) > 8)) return null;
  if (parts.places.length + parts.agencies.length === 0 && !parts.known && !looksLikeName(line.text)) return null;
  return parts;
}

const GIVEN = new Set(GIVEN_NAMES.map(fold));
const NAME_OPENER = /^(?:عبد|ابو|ابي|ام |ال?شيخ |د |ا ?د |م |الدكتور |الاستاذ |المهندس )/u;

/**
 * True when a line reads as a person's name: it opens with a given name, `عبد`/`أبو` or a title
 * (`د.`, `أ.د`), or ends with a nisba family name (`... الغامدي`, `... بيرشيدسكي`).
 */
function looksLikeName(s: string): boolean {
  const f = fold(s.replace(/&[a-z]+;/gu, ' ').replace(/^[\s*"«“(]+|[\s*]+$/gu, ''));
  const words = f.split(' ');
  return NAME_OPENER.test(f) || GIVEN.has(words[0] ?? '') || /^[\u0621-\u064a]{3,}ي$/u.test(words[words.length - 1] ?? '');
}

/** Turns byline parts into `Byline` items: one for the writers (or outlet), one for photographers. */
function toBylines(span: Span, raw: string, parts: BylineParts): Byline[] {
  const out: Byline[] = [];
  const base = { start: span.start, end: span.end, raw, agencies: parts.agencies, places: parts.places };
  if (parts.people.length > 0 || parts.photographers.length === 0) {
    out.push({ ...base, people: parts.people, role: parts.people.length > 0 ? 'author' : 'outlet' });
  }
  if (parts.photographers.length > 0) out.push({ ...base, people: parts.photographers, role: 'photographer' });
  return out;
}

/**
 * Finds a dateline opening the first paragraph: `واشنطن - (رويترز) - قال ...`, `الرباط - ...`,
 * `الرياض - واس: ...`, `القاهرة (رويترز) - ...`, `سبق- الدمام: ...`, `الرباط 7 يونيو 2016/ومع/ ...`.
 * Tries each run of separators in the first characters and keeps the longest prefix that reads as
 * a byline naming a known place or agency. Returns the prefix span and where the body resumes.
 */
function findDateline(line: Line): { span: Span; cut: number; parts: BylineParts } | null {
  const window = line.text.slice(0, DATELINE_WINDOW);
  let best: { span: Span; cut: number; parts: BylineParts } | null = null;
  for (let i = 0; i < window.length; i++) {
    const ch = window[i] ?? '';
    if (!'-\u2013\u2014\u0640:/)'.includes(ch)) continue;
    // A tatweel separates only beside a space (`المدينة ـ جدة`), not inside a word (`أبهــا`).
    if (ch === '\u0640' && window[i - 1] !== ' ' && window[i + 1] !== ' ') continue;
    let j = i;
    while (j < window.length && /[-\u2013\u2014\u0640:/)\s]/u.test(window[j] ?? '')) j++;
    const prefix = window.slice(0, j).trimEnd();
    if (countWords(prefix) > MAX_DATELINE_WORDS) break;
    i = j - 1;
    // The body must go on after the separators: a separator at the end of the window proves nothing.
    if (j >= line.text.length || j >= window.length) break;
    // `فلان: "..."` opens a quote, `مارس/آذار` a date: the cut must be followed by a word, not a mark.
    if (/^["“«(]/u.test(window.slice(j))) continue;
    const parts = parseByline(prefix);
    // A listed place or agency is needed: `برنامج "إحالتي" التابع ... -` opens a sentence, not a dateline.
    if (parts !== null && parts.places.length - parts.guessed + parts.agencies.length > 0) {
      best = { span: { start: line.start, end: line.start + prefix.length }, cut: line.start + j, parts };
    }
  }
  return best;
}

/**
 * Finds the article's structure in plain text: the body paragraphs, embedded headlines of other
 * articles, a dateline, bylines above the body, credit lines, and boilerplate set apart from the
 * body (site names, tag lists, links, wire stamps, embedded tweets). Line-based and linear.
 * Never throws: odd content (no body left) is reported in `diagnostics`.
 *
 * @param text The article text exactly as given; every span points into it.
 * @param options `title` from metadata, when known.
 * @returns The structure, items in text order.
 * @example
 * parseArticle('واشنطن - (رويترز) - قال مسؤول إن ...').dateline?.agency // 'رويترز'
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): ArticleStructure {
  const lines = splitLines(text);
  const boilerplate: Boilerplate[] = [];
  const bylines: Byline[] = [];
  const diagnostics: Diagnostic[] = [];
  const creditSpans: Span[] = [];
  const contributors: string[] = [];
  const agencies: string[] = [];
  const addBoilerplate = (s: Span, kind: Boilerplate['kind']) => {
    boilerplate.push({ start: s.start, end: s.end, kind, raw: text.slice(s.start, s.end) });
  };
  const title = options.title ? fold(options.title) : null;

  // 1. The head: site name, bylines and boilerplate above the body.
  let head = 0;
  let first: Line | null = null; // the (possibly shortened) line where the body starts
  let headLines = 0;
  while (head < lines.length && headLines < MAX_HEAD_LINES) {
    let line: Line = lines[head] as Line;
    {
      // `AHDATH.INFO`, `AHDATH.INFO - متابعة`, `AHDATH.INFO- الرباط 7 يونيو 2016/ومع/ تمكنت ...`.
      const site = siteNamePrefix(line.text);
      if (site.name > 0) {
        addBoilerplate({ start: line.start, end: line.start + site.name }, 'site-name');
        const r = rest(line, site.prefix);
        if (r === null) {
          head++;
          continue;
        }
        line = r;
      }
    }
    const kind = boilerplateKind(line.text);
    if (kind !== null) {
      addBoilerplate(line, kind);
    } else if (title !== null && fold(line.text) === title) {
      // The article's own title repeated above the text: not body, not another article's headline.
      addBoilerplate(line, 'other');
    } else {
      const parts = byline(line);
      if (parts === null) {
        first = line;
        break;
      }
      bylines.push(...toBylines(line, line.text, parts));
    }
    headLines++;
    head++;
  }
  if (first === null && head < lines.length) first = lines[head] as Line;

  // 2. The tail: credits, tag lists, end marks, wire stamps, links, photographers, read backwards.
  let tail = lines.length; // lines [tail, end) belong to the tail
  const tailItems: Array<() => void> = [];
  while (tail - 1 > head) {
    const line = lines[tail - 1] as Line;
    const kind = boilerplateKind(line.text) ?? (isTagLine(line.text) ? 'tags' : null);
    if (kind !== null) {
      tailItems.push(() => addBoilerplate(line, kind));
      tail--;
      continue;
    }
    const words = countWords(line.text);
    const stripped = line.text.replace(/^[(\s]+|[)\s.]+$/gu, '');
    if (words <= 40 && isCreditLine(line.text)) {
      const c = parseCredits(line.text);
      if (c !== null && c.contributors.length + c.agencies.length > 0) {
        tailItems.push(() => {
          creditSpans.push({ start: line.start, end: line.end });
          contributors.push(...c.contributors);
          agencies.push(...c.agencies);
        });
        tail--;
        continue;
      }
    }
    // `(رويترز)`, `و م ع`, `د ب أ` alone on the last line: the agency the story came from.
    if (words <= 4 && isAgency(stripped)) {
      tailItems.push(() => {
        creditSpans.push({ start: line.start, end: line.end });
        agencies.push(stripped);
      });
      tail--;
      continue;
    }
    // `تصوير: فلان`, `عدسة: فلان` under the text.
    const parts = words <= 8 ? parseByline(line.text) : null;
    if (parts !== null && parts.photographers.length > 0) {
      tailItems.push(() => bylines.push(...toBylines(line, line.text, parts)));
      tail--;
      continue;
    }
    break;
  }

  // 3. The middle: boilerplate, body paragraphs and embedded headlines.
  const body: Line[] = [];
  const middle: Line[] = [];
  if (first !== null && head < tail) middle.push(first);
  for (let i = head + 1; i < tail; i++) middle.push(lines[i] as Line);
  for (let i = 0; i < middle.length; i++) {
    const line = middle[i] as Line;
    const kind = boilerplateKind(line.text);
    if (kind !== null) {
      addBoilerplate(line, kind);
      continue;
    }
    // A tweet's text sits right above its `— Name (@handle) date` line; tweets are at most 280 characters.
    const next = middle[i + 1];
    if (next !== undefined && line.text.length <= 280 && /^[—–-]\s*[^()\n]{1,60}\(@\w{1,20}\)/u.test(next.text)) {
      addBoilerplate(line, 'embed');
      continue;
    }
    body.push(line);
  }

  // 4. A dateline opening the body: `واشنطن - (رويترز) -`. The first paragraph starts after it.
  let dateline: Dateline | null = null;
  const lead = body[0];
  if (lead !== undefined && lead === first) {
    const d = findDateline(lead);
    if (d !== null) {
      const raw = text.slice(d.span.start, d.span.end);
      dateline = { start: d.span.start, end: d.span.end, raw, place: d.parts.places[0] ?? null, agency: d.parts.agencies[0] ?? null };
      if (d.parts.people.length > 0 || d.parts.photographers.length > 0) bylines.push(...toBylines(d.span, raw, d.parts));
      body[0] = { start: d.cut, end: lead.end, text: text.slice(d.cut, lead.end) };
    }
  }

  // 5. Boilerplate glued to the end of the last paragraph: `... . رابط الخبر بصحيفة ...`, `... . سمات ...`.
  const lastIndex = body.length - 1;
  const last = body[lastIndex];
  if (last !== undefined) {
    const t = trailingBoilerplate(last.text);
    if (t.at > 0) {
      addBoilerplate(trimSpan(text, { start: last.start + t.at, end: last.end }), t.kind);
      const kept = trimSpan(text, { start: last.start, end: last.start + t.at });
      body[lastIndex] = { ...kept, text: text.slice(kept.start, kept.end) };
    }
  }

  // 6. Embedded headlines: a title-like line between two body paragraphs, the one before ending
  // its sentence (`... “أخبار كاذبة”.` / `سيول تقول إن ...` / `ومع ذلك، ...`). Never the first line.
  // A headline stands out only where paragraphs end their sentences: in a text whose lines are mostly
  // cut mid-sentence (a column scraped line by line), an unpunctuated line is one more cut, not a title.
  // Title-like lines themselves are left out of the count (`تركيا تجمد ...` / `... الأخرى.` / `... اسمه`).
  let ended = 0;
  let counted = 0;
  for (const line of body) {
    if (isHeadlineLike(line.text)) continue;
    counted++;
    if (endsSentence(line.text)) ended++;
  }
  const punctuated = ended >= MIN_PUNCTUATED_SHARE * counted;
  const paragraphs: Paragraph[] = [];
  const headlines: Headline[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as Line;
    const prev = body[i - 1];
    const next = body[i + 1];
    const isHeadline =
      punctuated && prev !== undefined && next !== undefined && isHeadlineLike(line.text) && !isPersonName(fold(line.text)) && endsSentence(prev.text) &&
      isParagraphLike(prev.text) && isParagraphLike(next.text) && !isHeadlineLike(next.text);
    if (isHeadline) headlines.push({ start: line.start, end: line.end, raw: line.text });
    else paragraphs.push({ start: line.start, end: line.end, index: paragraphs.length });
  }

  for (let k = tailItems.length - 1; k >= 0; k--) tailItems[k]?.();
  boilerplate.sort((a, b) => a.start - b.start);
  bylines.sort((a, b) => a.start - b.start);
  const credits: Credits | null = creditSpans.length > 0 ? { contributors, agencies, spans: creditSpans } : null;

  if (paragraphs.length === 0) {
    diagnostics.push({
      code: 'no-body',
      severity: text.trim() === '' ? 'error' : 'warning',
      stage: 'article',
      message: text.trim() === '' ? 'The text is empty.' : 'No body paragraph is left once bylines, credits and boilerplate are set apart.',
      params: { lines: lines.length },
    });
  }
  return { paragraphs, headlines, dateline, bylines, credits, boilerplate, diagnostics };
}
