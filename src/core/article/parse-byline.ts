import { WAW_INITIAL_NAMES } from './data/names.js';
import { fold, isAgency, isPlace, isPlaceOrOutlet } from './fold.js';

/** What a byline or dateline prefix says, in the order it says it. */
export interface BylineParts {
  people: string[];
  /** People named after a photographer marker (`تصوير: فلان`). */
  photographers: string[];
  agencies: string[];
  places: string[];
  /** True when a known place, agency or byline marker (`كتب`, `بقلم`, `تصوير`) was seen. */
  known: boolean;
  /** How many of `places` are unlisted words taken for places by their position (`مينيسوتا - رويترز`). */
  guessed: number;
}

/**
 * Separators between the parts of a byline, with their offsets. A tatweel counts only beside a
 * space (`المدينة ـ جدة`), never inside a word (`أبهــا`); `من` only between spaces
 * (`«الاقتصادية» من الرياض`). Dates are separators too: `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`,
 * `القاهرة, 2-3-2019 (أ ف ب)`.
 */
const SEPARATOR = new RegExp(
  [
    String.raw`[\d\u0660-\u0669]{1,2}\s*[\u0621-\u064a\u0640a-zA-Z]+\s*[\d\u0660-\u0669]{4}\s*(?:هـ|ه)?(?:\s*الموافق\s*[\d\u0660-\u0669]{1,2}\s*[\u0621-\u064a]+\s*[\d\u0660-\u0669]{4}\s*(?:م(?![\u0621-\u064a]))?)?`,
    // Numeric dates, as in the wire's datelines: `القاهرة, 2-3-2019 (أ ف ب) -`, `الرباط 02/03/2019`.
    String.raw`[\d\u0660-\u0669]{1,2}[-/.][\d\u0660-\u0669]{1,2}[-/.][\d\u0660-\u0669]{2,4}`,
    // Latin date stamps some sites glue to the byline: `| Tuesday, 11 August 2015 - 16:00 pm`.
    String.raw`[A-Za-z]+day,?\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}(?:\s*-\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?`,
    String.raw`(?:\s*(?:[-\u2013\u2014_|/:\u060c,()«»"\u201c\u201d{}[\]*]|&[a-z]+;)+|\s+\u0640+|\u0640+(?=\s))(?:\s+من(?=\s))?\s*`,
    String.raw`\s+(?:من|و)\s+`,
  ].join('|'),
  'gu',
);

// Words that open a byline part and say what follows: `كتب - فلان`, `تصوير: فلان`, `بقلم فلان`.
const AUTHOR_MARKERS = new Set(['كتب', 'بقلم', 'حوار', 'حاوره', 'حاورته', 'حاورها', 'تحقيق', 'تقرير', 'متابعه', 'متابعات', 'خاص', 'اعداد', 'ترجمه', 'تغطيه', 'تحرير', 'شعر', 'قراءه', 'عرض', 'تحليل', 'رصد', 'اضاءه', 'اختيار', 'استطلاع', 'لقاء', 'تاليف', 'المولف', 'الترجمه', 'المحليات', 'كتبت', 'كتابه', 'هاتفيا', 'زائر', 'اونلاين']);
const PHOTO_MARKERS = new Set(['تصوير', 'عدسه', 'صور', 'الصور', 'تصوير فوتوغرافي']);
// `إعداد وترجمة`, `رصد وتصوير`, `تغطية و صور`: markers joined by و.
function markerPhrase(folded: string): 'author-marker' | 'photo-marker' | null {
  const words = folded.split(' ').map((w, i) => (i > 0 && w.startsWith('و') ? w.slice(1) : w)).filter((w) => w !== '');
  if (words.length < 2 || words.length > 3) return null;
  if (!words.every((w) => AUTHOR_MARKERS.has(w) || PHOTO_MARKERS.has(w))) return null;
  return words.some((w) => PHOTO_MARKERS.has(w)) ? 'photo-marker' : 'author-marker';
}

// A part with one of these is a sentence, not a name: `الرباط - أعلنت الوزارة` must not read as a byline.
const NOT_NAME = new Set([
  'في', 'من', 'على', 'الى', 'عن', 'مع', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'ان', 'قد', 'لم', 'لن', 'ما', 'لا', 'هو', 'هي',
  'كان', 'كانت', 'قال', 'قالت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'كشف', 'كشفت', 'اوضح', 'اوضحت',
  'اشار', 'اشارت', 'نفى', 'نفي', 'نفت', 'حذر', 'حذرت', 'دعا', 'دعت', 'شهد', 'شهدت', 'تم', 'يتم', 'بعد', 'قبل', 'خلال', 'عند', 'حتى',
  'تقول', 'يقول', 'يقولون', 'التابع', 'التابعه', 'جانب', 'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس',
  'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'اليوم', 'امس', 'غدا', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'وزير', 'وزاره', 'الحكومه', 'رئيس',
]);
// Name particles that lengthen a name without making it a sentence: `عبد الله بن محمد آل سعود`.
const NAME_PARTICLES = /^(?:بن|بنت|ابن|ال|ابو|ابي|ام|عبد|د|دكتور|ا د|م)$/;
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/;
const TITLE_PREFIX = /^(?:ا ?د|د|م|ا|الدكتور|المهندس|الاستاذ)\s+/;

type Kind = 'place' | 'agency' | 'ambiguous' | 'person' | 'author-marker' | 'photo-marker' | 'unknown';

// One Arabic or Latin word that is no function word: an unlisted place when an agency stands beside
// it (`مينيسوتا - رويترز`, `هامبورج : د ب أ`). Not a word with a preposition glued to the article (`للقاص`).
function isLoneName(folded: string): boolean {
  if (/^(?:لل|بال|وال|فال|كال)[\u0621-\u064a]{3,}/u.test(folded)) return false;
  return (ARABIC_WORD.test(folded) || /^[a-z][a-z-]+$/.test(folded)) && !NOT_NAME.has(folded) && folded.length >= 3;
}

/** A part of the byline and what it is; `null` when the part is no byline part at all. */
function classify(raw: string): { kind: Kind; text: string } | null {
  const text = raw.trim();
  const f = fold(text);
  if (f === '') return null;
  if (AUTHOR_MARKERS.has(f)) return { kind: 'author-marker', text };
  if (PHOTO_MARKERS.has(f)) return { kind: 'photo-marker', text };
  const phrase = markerPhrase(f);
  if (phrase !== null) return { kind: phrase, text };
  if (isPlaceOrOutlet(text)) return { kind: 'ambiguous', text };
  if (isAgency(text)) return { kind: 'agency', text };
  if (isPlace(text)) return { kind: 'place', text };
  if (isPersonName(f)) return { kind: 'person', text };
  // `متابعة عن شوف تي في`, `نقلا عن رويترز`: the outlet a story was taken from.
  const from = /^(?:نقلا\s+)?عن\s+(.+)$/u.exec(text);
  if (from?.[1] !== undefined && isAgency(from[1])) return { kind: 'agency', text: from[1] };
  return isLoneName(f) ? { kind: 'unknown', text } : null;
}

/**
 * True when a folded part looks like a person's name: two to four Arabic words (five with name
 * particles such as `بن`, `آل`, `عبد`), no function word or news verb (`قال`, `أعلنت`, `في`).
 * @example isPersonName('عبدالله الهاجري') // true; isPersonName('اعلنت وزاره الداخليه') // false
 */
export function isPersonName(folded: string): boolean {
  const words = folded.replace(TITLE_PREFIX, '').split(' ');
  const particles = words.filter((w) => NAME_PARTICLES.test(w)).length;
  if (words.length < 2 || words.length - particles > 4) return false;
  for (const w of words) {
    // `للمسؤول`, `بالرياض`: a preposition glued to the article opens no name.
    if (/^(?:لل|بال|وال|فال|كال)[\u0621-\u064a]{3,}/u.test(w)) return false;
    if (NOT_NAME.has(w) || AUTHOR_MARKERS.has(w) || PHOTO_MARKERS.has(w) || (!ARABIC_WORD.test(w) && !/^[a-z][a-z'-]*$/.test(w))) return false;
  }
  return true;
}

/**
 * Splits `فلان الفلاني وعلان العلاني` into two names when each side is a name of two words or more;
 * `عبدالله وهيب` (a name with a و-initial word) stays whole.
 */
export function splitNames(text: string): string[] {
  const words = text.split(/\s+/u);
  if (words.length < 4) return [text];
  const names: string[] = [];
  let current: string[] = [];
  for (const w of words) {
    if (current.length >= 2 && w.length > 2 && w.startsWith('و') && !WAW_INITIAL_NAMES.has(w)) {
      names.push(current.join(' '));
      current = [w.slice(1)];
    } else current.push(w);
  }
  names.push(current.join(' '));
  return names.every((n) => n.split(' ').length >= 2) ? names : [text];
}

/** A part of a byline string with its offsets in that string. */
export interface BylinePart {
  start: number;
  end: number;
}

/** Splits a byline-like string into parts between separators (offsets into `s`). */
export function splitParts(s: string): BylinePart[] {
  const parts: BylinePart[] = [];
  let at = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(s); m !== null; m = SEPARATOR.exec(s)) {
    if (m[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    if (m.index > at) parts.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < s.length) parts.push({ start: at, end: s.length });
  return parts.filter((p) => s.slice(p.start, p.end).trim() !== '');
}

/** English navigation links a page leaves before a byline's first name (`Next Previous`), up to the Arabic. */
const NAVIGATION = /^(?:(?:next|previous|prev|home|share|print|tweet)\s+)+(?=[\u0621-\u064a])/iu;

/**
 * Reads a byline (`أبها - فلان الفلاني`, `فلان الفلاني (الرياض)`, `برلين: د ب أ`,
 * `«الاقتصادية» من الرياض`, `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`, `تصوير: فلان`):
 * every part must be a place, an agency or outlet, a marker, or a person's name.
 *
 * @param s The candidate byline (one line, or the prefix of the first body line).
 * @returns The parts, or `null` when some part is none of these (the line is text, not a byline).
 */
export function parseByline(s: string): BylineParts | null {
  const parts = splitParts(s);
  if (parts.length === 0 || parts.length > 10) return null;
  const out: BylineParts = { people: [], photographers: [], agencies: [], places: [], known: false, guessed: 0 };
  const ambiguous: string[] = [];
  const unknown: string[] = [];
  let photo = false;
  let afterMarker = false;
  for (const p of parts) {
    // `Next Previous رغد عشميل`: a page's navigation links left before the name.
    const raw = s.slice(p.start, p.end).trim().replace(NAVIGATION, '');
    let c = classify(raw);
    // `تصوير محمد وراق`, `بقلم المختار لغزيوي`: a marker glued to the name without a colon.
    let after: boolean | null = null; // a marker glued after the part: `المدينة المنورة تصوير - فلان`
    if (c === null) {
      const sp = raw.indexOf(' ');
      const head = sp > 0 ? fold(raw.slice(0, sp)) : '';
      const rest = sp > 0 ? classify(raw.slice(sp + 1)) : null;
      const lp = raw.search(/\s\S+$/u);
      const tail = lp > 0 ? fold(raw.slice(lp + 1)) : '';
      if (rest !== null && (AUTHOR_MARKERS.has(head) || PHOTO_MARKERS.has(head))) {
        photo = PHOTO_MARKERS.has(head);
        out.known = true;
        c = rest.kind === 'unknown' ? { kind: 'person', text: rest.text } : rest;
      } else if (lp > 0 && (AUTHOR_MARKERS.has(tail) || PHOTO_MARKERS.has(tail))) {
        c = classify(raw.slice(0, lp));
        after = PHOTO_MARKERS.has(tail);
      }
    }
    // `الحسيمة خالد الزيتوني`: the place filed from, then the writer, with no separator between them.
    if (c?.kind === 'person') {
      const sp = raw.indexOf(' ');
      const rest = raw.slice(sp + 1);
      if (sp > 0 && isPlace(raw.slice(0, sp)) && rest.includes(' ') && isPersonName(fold(rest))) {
        out.places.push(raw.slice(0, sp));
        out.known = true;
        c = { kind: 'person', text: rest };
      }
    }
    // `كارين تومولتي ودان بلاز وبول كين`: names joined by a glued و.
    if (c === null) {
      const names = splitNames(raw);
      if (names.length > 1 && names.every((n) => isPersonName(fold(n)))) {
        (photo ? out.photographers : out.people).push(...names);
        continue;
      }
    }
    // `اليوم وكالات`: two outlets side by side with no separator.
    if (c === null) {
      const words = raw.split(/\s+/u);
      if (words.length > 1 && words.length <= 3 && words.every((w) => isAgency(w))) {
        out.known = true;
        out.agencies.push(...words);
        continue;
      }
    }
    if (c === null) return null;
    // `خاص - سعيد`, `عدسة عدلاني`: one unlisted word right after a marker is the person it credits.
    if (c.kind === 'unknown' && afterMarker) c = { kind: 'person', text: c.text };
    afterMarker = c.kind === 'author-marker' || c.kind === 'photo-marker';
    // `«الصحيفة» من الرياض`: a name in guillemets or quotes in a byline is an outlet.
    if ((c.kind === 'person' || c.kind === 'unknown') && /[«"“]\s*$/u.test(s.slice(0, p.start)) && /^\s*[»"”]/u.test(s.slice(p.end))) {
      c = { kind: 'agency', text: c.text };
    }
    switch (c.kind) {
      case 'author-marker':
        out.known = true;
        photo = false;
        break;
      case 'photo-marker':
        out.known = true;
        photo = true;
        break;
      case 'agency':
        out.known = true;
        out.agencies.push(c.text);
        break;
      case 'place':
        out.known = true;
        out.places.push(c.text);
        break;
      case 'ambiguous':
        out.known = true;
        ambiguous.push(c.text);
        break;
      case 'person': {
        // `فلان الفلاني وعلان العلاني`: two names joined by a glued و.
        const names = splitNames(c.text);
        (photo ? out.photographers : out.people).push(...names);
        break;
      }
      case 'unknown':
        unknown.push(c.text);
        break;
    }
    if (after !== null) {
      out.known = true;
      photo = after;
    }
  }
  // `مينيسوتا - رويترز`, `ياماجوتشي - فلان الفلاني`: a lone unlisted word beside an agency, an outlet
  // or a writer is the place the story was filed from; alone it proves nothing, so the line is no byline.
  if (unknown.length > 0) {
    if (out.agencies.length + ambiguous.length + out.people.length === 0 || unknown.length > 2) return null;
    out.places.unshift(...unknown);
    out.guessed = unknown.length;
  }
  // `دبي - الرياض`: with another city named, `الرياض` is the newspaper; alone (`الرياض - واس`) the city.
  for (const a of ambiguous) {
    if (out.places.length > 0) out.agencies.push(a);
    else out.places.push(a);
  }
  return out;
}
