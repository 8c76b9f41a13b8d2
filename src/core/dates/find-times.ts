import type { TimeExpression } from '../analysis.js';
import type { TextLayer } from '../context.js';
import { addDays, fmtDate, fmtMonth, fmtWeek, hijriToGregorian, isValidDate, isoWeekday, parseYmd, toHijri, type Ymd } from './calendar.js';
import { DAY_PARTS, DECADE_WORDS, DEFINITE_UNITS, DUAL_WORDS, GREGORIAN_MONTHS, AMBIGUOUS_MONTHS, HIJRI_MONTHS, HOUR_WORDS, NUMBER_WORDS, ORDINALS, RELATIVE_WORDS, SEASONS, TENS_WORDS, UNIT_WORDS, WEEKDAYS, type Unit } from './lexicon.js';
import * as P from './patterns.js';
import { durationValue, hijriMonthValue, hijriYearValue, resolveDayMonthYear, resolveHijriYear, resolveMonthYear, resolveWeekday, shiftValue, toDirection } from './resolve.js';

/** What a rule found, in normalised offsets, before mapping back to the source. */
interface Found {
  start: number;
  end: number;
  type: TimeExpression['type'];
  value: string | null;
  /** The rule family: `date`, `month`, `quarter`, `clock`, `same-period`... (post-passes read it). */
  kind: string;
  /** True when the expression names its own year (`15 أكتوبر 2024`), false when it was resolved. */
  explicit?: boolean;
  /** A clock time or part of day waiting for the day it belongs to: `T14:30`, `TEV`. */
  pendingTime?: string;
  /** The year of a `الفترة نفسها من العام الماضي`, waiting for the period it repeats. */
  pendingYear?: number | null;
}

interface Ctx {
  text: string;
  pub: Ymd | null;
  /** Start of the match (the trigger position). */
  at: number;
}

type Groups = Record<string, string | undefined>;
type Rule = { re: RegExp; build: (m: RegExpExecArray, g: Groups, c: Ctx) => Found[] | null };

const collapse = (s: string) => s.replace(/\s+/g, ' ');
const relOf = (w: string | undefined) => (w === undefined ? undefined : RELATIVE_WORDS[collapse(w)]);

/** Parses a number written in digits or words (`60`, `ثلاثة`, `خمسة وعشرين`). */
function parseNumber(s: string): number | null {
  // `(20) يوما`: Saudi copy often sets numbers in parentheses.
  const t = collapse(s).replace(',', '.').replace(/^\(\s*(\d+)\s*\)$/, '$1');
  if (/^\d/.test(t)) return Number(t);
  const bare = t.startsWith('ال') ? t.slice(2) : t; // `الاثني عشر شهرا`
  const direct = NUMBER_WORDS[t] ?? TENS_WORDS[t] ?? NUMBER_WORDS[bare];
  if (direct !== undefined) return direct;
  const m = /^(.+?) و ?(.+)$/.exec(t);
  if (m) {
    const a = NUMBER_WORDS[m[1]!];
    const b = TENS_WORDS[m[2]!];
    if (a !== undefined && b !== undefined) return a + b;
  }
  return null;
}

/** The day of month in digits or as an ordinal (`الخامس`). */
function parseDay(s: string | undefined): number | null {
  if (s === undefined) return null;
  const w = collapse(s);
  const n = /^\d/.test(w) ? Number(w) : w === 'فاتح' ? 1 : (ORDINALS[w] ?? ORDINALS[`ال${w}`]);
  return n !== undefined && n >= 1 && n <= 31 ? n : null;
}

const WORD_BEFORE = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u;
/** The word before `p`, without a leading و or ف (`وفي` → `في`). */
function prevWord(text: string, p: number): string {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, p - 24), p));
  if (!m) return '';
  const w = m[1]!;
  return w.length > 2 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
}

const WORD_AFTER = /^[^\S\n]*([\p{L}\p{N}]+)/u;
function nextWord(text: string, p: number): string {
  return WORD_AFTER.exec(text.slice(p, p + 32))?.[1] ?? '';
}

const SENTENCE_END = /[.!?؟\n]/;
/** Start of the sentence holding `p` (looking back at most 200 code units). */
function sentenceStart(text: string, p: number): number {
  const lo = Math.max(0, p - 200);
  for (let i = p - 1; i >= lo; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  return lo;
}

/** True when a future marker precedes `p` in its sentence: `من المقرر أن تعقد القمة الخميس`. */
function futureAt(text: string, p: number): boolean {
  return P.FUTURE_CUE.test(text.slice(sentenceStart(text, p), p));
}

/** Prepositions and time words after which an ambiguous month name is a month: `في مارس`, not `مارس الضغط`. */
const MONTH_CONTEXT = new Set(['في', 'خلال', 'منذ', 'حتي', 'قبل', 'بعد', 'شهر', 'من', 'الي', 'مطلع', 'بدايه', 'اوائل', 'منتصف', 'اواسط', 'اواخر', 'نهايه', 'مستهل', 'غره', 'اخر', 'بحلول', 'طوال', 'وفي', 'ففي']);
/** Words before a bare four-digit number that make it a year: `منذ 2014`, `رؤية 2030`. */
const YEAR_STRONG = new Set(['دستور', 'مواليد', 'منذ', 'حتي', 'بحلول', 'موسم', 'رؤيه', 'مطلع', 'نهايه', 'اواخر', 'منتصف', 'اوائل', 'بدايه', 'ميزانيه', 'موازنه', 'كاس', 'مونديال', 'اولمبياد', 'اكسبو', 'نسخه', 'دوره', 'اواسط', 'مستهل', 'ربيع', 'صيف', 'شتاء', 'خريف', 'لموسم', 'لعام', 'عام', 'العام', 'سنه', 'عامي', 'لسنه']);
/** Function words after a number that leave it a year (`كأس العالم 2018 في روسيا`), where a count takes a noun. */
const FUNCTION_NEXT = new Set(['في', 'من', 'الي', 'علي', 'عن', 'حتي', 'مع', 'حيث', 'عندما', 'بعد', 'قبل', 'التي', 'الذي', 'اذ', 'ثم', 'لكن', 'بينما']);
/** Words before a number that make it a label: `المادة 2019`, `القرار رقم 2024`. */
const NUMBER_BEFORE = new Set(['ماده', 'الماده', 'رقم', 'بالرقم', 'الرقم', 'قرار', 'القرار', 'بند', 'البند', 'فقره', 'الفقره', 'صفحه', 'الصفحه', 'العدد', 'عدد', 'رمز', 'كود', 'طراز', 'موديل', 'غرفه', 'مكتب', 'ص']);
const YEAR_WEAK = new Set(['في', 'قبل', 'بعد', 'خلال', 'من', 'الي', 'و', 'بين', 'وفي', 'ففي']);
/** Words after a four-digit number that make it a count: `2000 شخص`, `2024 ريالا`. */
const COUNT_NOUN = /^(?:[بل]?ال)?(?:ريال|ريالا|دولار|دولارا|درهم|جنيه|دينار|يورو|مليون|مليار|الف|الاف|طن|متر|مترا|كيلو|كم|كلم|شخص|شخصا|حاله|مريض|طالب|طالبه|موظف|وحده|منزل|مشارك|مشاركا|مستفيد|فرصه|عامل|جندي|قتيل|مصاب|اسره|سرير|مدرسه|حاج|معتمر|زائر|سائح|مقعد|صاروخ|مسيره|غاره|نسمه|هكتار|لتر|برميل|ميغاواط|ساعه|دقيقه|يوم|يوما|ايام|نقطه|هدف|مباراه|صوت|وظيفه|سهم|عضو|مشروع|ميل|كيلومتر)/;

const OUTLET_BEFORE_YAWM = new Set(['روسيا', 'عين', 'مصر', 'اخبار', 'المغرب', 'فلسطين', 'صحيفه', 'جريده', 'لصحيفه', 'لجريده', 'بصحيفه', 'بجريده']);
const WD_PLAIN: Readonly<Record<string, number>> = { 'اثنين': 1, 'ثلاثاء': 2, 'اربعاء': 3, 'خميس': 4, 'جمعه': 5, 'سبت': 6, 'احد': 7 };
const HIJRI_ERA = new Set(['ه', 'هجري', 'هجريه', 'للهجره']);
/** Each unit as a count of the next smaller one, for fractions. */
const FRACTION_UNITS: Readonly<Record<Unit, [number, Unit]>> = { CE: [100, 'Y'], DE: [10, 'Y'], Y: [12, 'M'], M: [30, 'D'], W: [7, 'D'], D: [24, 'H'], H: [60, 'MI'], MI: [60, 'S'], S: [1, 'S'] };
const ACCUSATIVE_UNITS = new Set(['يوما', 'اسبوعا', 'شهرا', 'عاما']);
const PLURAL_UNITS = new Set(['ثوان', 'ثواني', 'دقائق', 'ساعات', 'ايام', 'اسابيع', 'اشهر', 'شهور', 'اعوام', 'سنوات', 'سنين', 'عقود', 'قرون']);

/** Appends a part of day (`TEV`) or clock time (`T14:30`) to a day value. */
const withPart = (day: string | null, part: string | undefined) => (day !== null && part ? `${day}T${DAY_PARTS[collapse(part)] ?? ''}` : day);

const whole = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.index, end: m.index + m[0].length });
const groupSpan = (m: RegExpExecArray, name: string) => m.indices?.groups?.[name];

/** Day value of a weekday, or null without a publication date. */
function weekdayValue(c: Ctx, dow: number, rel: -1 | 0 | 1 | undefined): string | null {
  if (!c.pub) return null;
  return fmtDate(resolveWeekday(c.pub, dow, toDirection(rel, rel === undefined && futureAt(c.text, c.at))));
}

/** The year named by a YEAR_TAIL (`2024`, `من العام الماضي`, `من هذا العام`), explicit or not, or undefined when there is none. */
function tailYear(g: Groups, m: RegExpExecArray, from: number, c: Ctx): { y: number | null; explicit: boolean } | undefined {
  const y = g['year'] ?? g['year2'];
  if (y !== undefined) return { y: Number(y), explicit: true };
  if (g['ythis'] !== undefined) return { y: c.pub ? c.pub.y : null, explicit: false };
  const rest = m[0].slice(from - m.index);
  if (/(?:^|\s|ل)(?:ال|ل)(?:عام|سنه)/u.test(rest)) return { y: c.pub ? c.pub.y + (relOf(g['yrel']) ?? 0) : null, explicit: false };
  return undefined;
}

const gregorianDate: Rule['build'] = (m, g, c) => {
  const monWord = collapse(g['mon']!);
  const month = GREGORIAN_MONTHS[monWord]!;
  const mon2 = g['mon2'] === undefined ? undefined : GREGORIAN_MONTHS[collapse(g['mon2'])];
  if (mon2 !== undefined && mon2 !== month) return null;
  const day = parseDay(g['day']);
  if (g['day'] !== undefined && day === null) return null;
  const monStart = groupSpan(m, 'mon')![0];
  const tail = tailYear(g, m, groupSpan(m, 'mon')![1], c);
  const rel = relOf(g['rel']);
  const hasShahr = m[0].slice(0, monStart - m.index).includes('شهر');
  // `مارس` alone is also a verb ("he practised"), `اب` a father: accept them only with a time context.
  if (AMBIGUOUS_MONTHS.has(monWord) && day === null && mon2 === undefined && tail === undefined && rel === undefined && g['mod'] === undefined && !hasShahr) {
    if (!MONTH_CONTEXT.has(prevWord(c.text, m.index))) return null;
  }
  // A day of month then a year tail that is really a new clause is fine; a day alone before a month needs a number.
  let value: string | null = null;
  let explicit = false;
  if (tail && tail.y !== null) {
    explicit = tail.explicit;
    value = day !== null ? (isValidDate(tail.y, month, day) ? fmtDate({ y: tail.y, m: month, d: day }) : null) : fmtMonth(tail.y, month);
  } else if (!tail && c.pub) {
    // `تسليم أغسطس`: a futures contract month lies ahead.
    const delivery = prevWord(c.text, m.index) === 'تسليم';
    const dir = toDirection(rel, rel === undefined && (delivery || futureAt(c.text, c.at)));
    if (day !== null) {
      const y = resolveDayMonthYear(c.pub, month, day, dir);
      value = isValidDate(y, month, day) ? fmtDate({ y, m: month, d: day }) : null;
    } else value = fmtMonth(resolveMonthYear(c.pub, month, dir), month);
  }
  if (day !== null) value = withPart(value, g['part'] ?? g['part0']);
  return withRange(m, g, { ...whole(m), type: 'date', value, kind: day !== null ? 'day' : 'month', explicit }, day, null);
};

/**
 * `من 10 إلى 15 نوفمبر`: the first day of a range takes the month and year of the second, as its own
 * expression. `hijri` (year, month) converts the first day when the range is in a Hijri month.
 */
function withRange(m: RegExpExecArray, g: Groups, main: Found, day: number | null, hijri: [number, number] | null): Found[] | null {
  const d0 = g['d0'] === undefined ? null : Number(g['d0']);
  if (d0 === null) return [main];
  if (day === null || d0 < 1 || d0 >= day) return null;
  let value: string | null = main.value === null ? null : `${main.value.slice(0, 8)}${String(d0).padStart(2, '0')}`;
  if (hijri && value !== null) {
    const gd = hijriToGregorian(hijri[0], hijri[1], d0);
    value = gd ? fmtDate(gd) : null;
  }
  const first = groupSpan(m, 'd0')!;
  return [
    { start: first[0], end: first[1], type: 'date', value, kind: 'day', explicit: main.explicit ?? false },
    { ...main, start: groupSpan(m, 'day')![0] },
  ];
}

const relativeMonthDay: Rule['build'] = (m, g, c) => {
  const day = parseDay(g['day']);
  const rel = relOf(g['rel']);
  if (day === null || rel === undefined) return null;
  let value: string | null = null;
  if (c.pub) {
    const mm = rel === 0 ? { y: c.pub.y, m: c.pub.m } : rel < 0 ? (c.pub.m === 1 ? { y: c.pub.y - 1, m: 12 } : { y: c.pub.y, m: c.pub.m - 1 }) : c.pub.m === 12 ? { y: c.pub.y + 1, m: 1 } : { y: c.pub.y, m: c.pub.m + 1 };
    value = isValidDate(mm.y, mm.m, day) ? fmtDate({ y: mm.y, m: mm.m, d: day }) : null;
  }
  return [{ ...whole(m), type: 'date', value, kind: 'day' }];
};

const hijriDate: Rule['build'] = (m, g, c) => {
  const monWord = collapse(g['mon']!);
  const month = HIJRI_MONTHS[monWord]!;
  const day = parseDay(g['day']);
  if (g['day'] !== undefined && day === null) return null;
  const rel = relOf(g['rel']);
  const year = g['year'] === undefined ? null : Number(g['year']);
  const framed = day !== null || year !== null || rel !== undefined || g['shahr'] !== undefined || g['mod'] !== undefined;
  // `صفر` is zero and `رجب`, `شعبان`, `رمضان` are given names: alone they need `في`, `خلال`...
  if (!framed && (monWord === 'صفر' || !MONTH_CONTEXT.has(prevWord(c.text, m.index)))) return null;
  if (year !== null && (year < 1300 || year > 1600)) return [{ ...whole(m), type: 'date', value: null, kind: 'hijri' }];
  let hy = year;
  if (hy === null && c.pub) hy = resolveHijriYear(c.pub, month, day ?? 1, toDirection(rel, rel === undefined && futureAt(c.text, c.at)));
  let value: string | null = null;
  if (hy !== null) {
    if (day !== null) {
      const gd = hijriToGregorian(hy, month, day);
      value = gd ? withPart(fmtDate(gd), g['part0']) : null;
    } else value = hijriMonthValue(hy, month);
  }
  const main: Found = { ...whole(m), type: 'date', value, kind: day !== null ? 'day' : 'month', explicit: year !== null };
  return withRange(m, g, main, day, hy === null ? null : [hy, month]);
};

const numericDate: Rule['build'] = (m, g) => {
  const y = Number(g['y'] ?? g['y2']);
  const mo = Number(g['m'] ?? g['m2']);
  const d = Number(g['d'] ?? g['d2']);
  const hijri = (g['era'] !== undefined && HIJRI_ERA.has(g['era'])) || (y >= 1300 && y <= 1600);
  let value: string | null = null;
  if (hijri) {
    const gd = hijriToGregorian(y, mo, d);
    value = gd ? fmtDate(gd) : null;
  } else if (isValidDate(y, mo, d)) value = fmtDate({ y, m: mo, d });
  else return null;
  return [{ ...whole(m), type: 'date', value, kind: 'day', explicit: true }];
};

function yearValue(y: number, era: string | undefined, hijriContext: boolean): string | null {
  if ((era !== undefined && HIJRI_ERA.has(era)) || (hijriContext && y >= 1300 && y <= 1600)) {
    const g = hijriYearValue(y);
    return g === null ? null : String(g);
  }
  return String(y).padStart(4, '0');
}

const year: Rule['build'] = (m, g, c) => {
  const y = Number(g['y']);
  const era = g['era'];
  const yw = g['yw'];
  const y2 = g['y2'] === undefined ? undefined : Number(g['y2']);
  const hijri = era !== undefined && HIJRI_ERA.has(era);
  const inRange = (n: number) => (n >= 1000 && n <= 2200) || (hijri && n >= 1300 && n <= 1600);
  if (!inRange(y)) return null;
  if (yw === undefined && era === undefined && y2 === undefined) {
    // A bare number is a year after `منذ`, `حتى`, `رؤية`; after `في` or `من` unless a count noun follows (`في 2000 حالة`).
    const prev = prevWord(c.text, m.index);
    const next = nextWord(c.text, m.index + m[0].length);
    if (!(y >= 1900 && y <= 2100) && !/^1[34]\d\d$/.test(String(y))) return null;
    if (/^1[34]\d\d$/.test(String(y)) && y < 1900) return null;
    if (NUMBER_BEFORE.has(prev)) return null;
    if (YEAR_STRONG.has(prev)) {
      /* a year */
    } else if (YEAR_WEAK.has(prev) || prev === '' || FUNCTION_NEXT.has(next) || /^[\s]*[^\s\p{L}\p{N}]/u.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || next === '') {
      if (COUNT_NOUN.test(next)) return null;
    } else return null;
  }
  const hijriCtx = hijri || (yw !== undefined && y >= 1300 && y <= 1600);
  const first = groupSpan(m, 'y')!;
  const out: Found[] = [];
  const firstEnd = era !== undefined ? groupSpan(m, 'era')?.[1] ?? first[1] : first[1];
  out.push({ start: m.index, end: y2 === undefined ? m.index + m[0].length : firstEnd, type: 'date', value: yearValue(y, era, hijriCtx), kind: 'year', explicit: true });
  if (y2 !== undefined) {
    if (!inRange(y2) || y2 < y) return out.length && y2 === undefined ? out : [{ ...out[0]!, end: firstEnd }];
    const s2 = groupSpan(m, 'y2')!;
    out.push({ start: s2[0], end: m.index + m[0].length, type: 'date', value: yearValue(y2, era, hijriCtx), kind: 'year', explicit: true });
  }
  return out;
};

const weekday: Rule['build'] = (m, g, c) => {
  const dow = WEEKDAYS[g['wd']!]!;
  const rel = relOf(g['rel']);
  const value = withPart(weekdayValue(c, dow, rel), g['part0'] ?? g['part']);
  return [{ ...whole(m), type: g['part0'] ?? g['part'] ? 'time' : 'date', value, kind: 'day' }];
};

const relativeDay: Rule['build'] = (m, g, c) => {
  const w = collapse(g['w']!);
  const hasFrame = g['yawm'] !== undefined || g['part0'] !== undefined;
  // `الغد` and `غد` alone are figurative (`شباب الغد`); `يوم الغد`, `صباح الغد` are days.
  if ((w === 'غد' || w === 'الغد') && !hasFrame) return null;
  const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  // `في أمس الحاجة`: "in dire need", a superlative, not yesterday.
  if ((w === 'امس' || w === 'الامس') && /^\s+(?:ال)?حاجه/.test(after)) return null;
  // Outlets named after the day: `روسيا اليوم`, `عين اليوم`, `مصر اليوم`, `صحيفة اليوم`.
  if (w === 'اليوم' && g['yawm'] === undefined && g['part0'] === undefined && OUTLET_BEFORE_YAWM.has(prevWord(c.text, m.index))) return null;
  if (w === 'اليوم' && g['wd'] === undefined) {
    // `اليوم الوطني`, `اليوم العالمي`, `في اليوم الأول`: the day as a noun, not today (`هذا اليوم المهم` is today).
    const prev = prevWord(c.text, m.index);
    if (/^\s+ال[\p{L}]/u.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && g['part'] === undefined && prev !== 'هذا') return null;
    if (/^(?:في|ذلك|ذات|نفس|هذا)$/.test(prev) && /^\s+(?:نفسه|ذاته)/.test(c.text.slice(m.index + m[0].length))) return null;
  }
  const offsets: Record<string, number> = { 'امس': -1, 'الامس': -1, 'البارحه': -1, 'امس الاول': -2, 'اول امس': -2, 'اول من امس': -2, 'غدا': 1, 'الغد': 1, 'غد': 1, 'بعد غد': 2, 'بعد الغد': 2, 'اليوم': 0, 'الليله': 0 };
  let off = offsets[w] ?? 0;
  let part = g['part0'] ?? g['part'];
  if (w === 'الليله') {
    part = 'ليل';
    if (g['nrel'] && /^(?:الماضيه|الفائته)$/.test(g['nrel'])) off = -1;
  }
  let day = c.pub ? fmtDate(addDays(c.pub, off)) : null;
  // `اليوم (الاثنين)`, `غدا الثلاثاء`: the weekday named is surer than a publication date that may be
  // off (a reprint, a late stamp); take that weekday near the relative day.
  if (c.pub && g['wd'] !== undefined) {
    const target = addDays(c.pub, off);
    const back = (isoWeekday(target) - WEEKDAYS[g['wd']]! + 7) % 7;
    // Publication dates lag more often than they lead: look back up to five days, else ahead.
    day = fmtDate(addDays(target, back <= 5 ? -back : 7 - back));
  }
  return [{ ...whole(m), type: part ? 'time' : 'date', value: withPart(day, part), kind: 'day' }];
};

const relativeUnit: Rule['build'] = (m, g, c) => {
  const unit = g['unit']!;
  let rel = relOf(g['rel']);
  // `العام الجديد`: the year just begun, or the coming one when said in its last two months.
  if (g['rel'] === 'الجديد' || g['rel'] === 'الجديده') rel = unit === 'عام' || unit === 'سنه' ? (c.pub && c.pub.m >= 11 ? 1 : 0) : 0;
  const mod = g['mod'];
  const isThis = g['this'] !== undefined;
  if (!isThis && rel === undefined && mod === undefined) return null;
  if ((unit === 'عام' || unit === 'سنه') && !isThis && mod === undefined) {
    // `الأمين العام السابق`: after a definite noun, العام is the adjective "general".
    const prev = prevWord(c.text, m.index);
    if (/^ال/.test(prev) || prev === 'اهل') return null;
  }
  // `بدء العام الدراسي`, `العام المالي`: a school or fiscal year, not the calendar year.
  if (rel === undefined && g['hijri'] === undefined && /^\s+(?:الدراسي|المالي|الهجري|الجامعي|التدريبي)/.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
  const r = rel ?? 0;
  let value: string | null = null;
  if (c.pub) {
    // `بداية العام الهجري الحالي`: a Hijri year, valued as the Gregorian year of its middle.
    if (g['hijri'] !== undefined && (unit === 'عام' || unit === 'سنه')) value = String(hijriYearValue(toHijri(c.pub).y + r) ?? '');
    else if (unit === 'اسبوع') value = fmtWeek(addDays(c.pub, 7 * r)) + (mod === 'نهايه' && r === 0 ? '-WE' : '');
    else if (unit === 'شهر') value = shiftValue(c.pub, r, 'M');
    else value = shiftValue(c.pub, r, 'Y');
  }
  return [{ ...whole(m), type: 'date', value, kind: unit === 'شهر' ? 'month' : unit === 'اسبوع' ? 'week' : 'year' }];
};

const duration: Rule['build'] = (m, g, c) => {
  let prep = g['prep'] === undefined ? undefined : collapse(g['prep']);
  const core = groupSpan(m, 'core')!;
  let n: number | 'X' = 1;
  let unit: Unit;
  let plural = false;
  if (g['num'] === 'نصف' || g['num'] === 'ربع') {
    // `نصف قرن` is fifty years, `نصف ساعة` thirty minutes: a fraction in the next smaller unit.
    const [k, smaller] = FRACTION_UNITS[UNIT_WORDS[g['unit']!]!];
    n = (g['num'] === 'نصف' ? 0.5 : 0.25) * k;
    unit = smaller;
  } else if (g['num'] !== undefined) {
    const v = parseNumber(g['num']);
    if (v === null || v <= 0) return null;
    n = v;
    unit = UNIT_WORDS[g['unit']!]!;
  } else if (g['dual'] !== undefined) {
    n = 2;
    unit = DUAL_WORDS[g['dual']]!;
    // `عقدين` are also two contracts: a dual decade needs a preposition.
    if (unit === 'DE' && prep === undefined) return null;
  } else if (g['few'] !== undefined) {
    n = 'X';
    unit = UNIT_WORDS[g['unit2']!]!;
  } else {
    const bare = g['bare']!;
    unit = UNIT_WORDS[bare]!;
    plural = PLURAL_UNITS.has(bare);
    if (plural) n = 'X';
    // `يوم واحد`, and the adverbial accusative `استمرت أسبوعا`, need no preposition.
    if (prep === undefined && (g['one'] !== undefined || ACCUSATIVE_UNITS.has(bare))) {
      // `ما استكبر يوما`, `لم يكن يوما`: after a negation the accusative means "ever", not a duration;
      // and `يوما` alone is that adverb unless `كاملا` or `واحدا` follows.
      const before = c.text.slice(Math.max(0, m.index - 40), m.index);
      const negated = /(?:^|[^\p{L}])[وف]?(?:ما|لم|لن|لا)\s+(?:[\p{L}]+\s+){0,3}$/u.test(before);
      const qualified = /^\s+(?:كاملا|واحدا|كاملين)/.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 10));
      if (g['one'] !== undefined || (!negated && (bare !== 'يوما' || qualified))) prep = '';
    }
    // `لسنوات`: the preposition ل is a clitic of the unit word.
    if (prep === undefined && c.text[m.index - 1] === 'ل' && !/[\p{L}]/u.test(c.text[m.index - 2] ?? ' ')) prep = 'ل';
    if (prep === undefined) return null;
    if (prep === '') prep = undefined;
    // `خلال شهر رمضان`, `قبل يوم الخميس`: the unit word names the month or day that follows.
    const next = c.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (/^\s+(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)/.test(next)) return null;
    const nw = nextWord(c.text, m.index + m[0].length);
    if (GREGORIAN_MONTHS[nw] !== undefined || HIJRI_MONTHS[nw] !== undefined || nw === 'ربيع' || nw === 'جمادي' || nw === 'ذو' || nw === 'ذي' || nw === 'كانون' || nw === 'تشرين') return null;
    if ((unit === 'D' || unit === 'Y' || unit === 'M') && !plural && /^\s+(?:من\s+)?(?:الايام|\d)/.test(next)) return null;
    // `طوال أيام العيد`, `منذ سنوات الحرب`: a unit in construct names a period; `بعد شهر فضيل` is Ramadan.
    if (g['one'] === undefined && /^\s+(?:ال[\p{L}]|(?:فضيل|كريم|مبارك)(?![\p{L}]))/u.test(next) && !/^\s+(?:الماضي|المقبل|القادم|الاخير|الاولي|الاول)/.test(next)) return null;
  }
  // `مقابل 3498 سنة 2011`: the unit word opens a year, it does not end a duration.
  if (/^\s*\d{4}(?!\d)/.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 8)) && (unit === 'Y' || unit === 'M')) return null;
  // `يوما بعد يوم`, `عاما بعد عام`: "day by day", gradually.
  if ((prep === 'بعد' || prep === 'تلو') && /^(?:يوما|يوم|عاما|عام|شهرا|شهر|سنه|اسبوعا)$/.test(prevWord(c.text, m.index))) return null;
  const anchored = g['anchored'] !== undefined;
  if ((prep === 'قبل' || prep === 'بعد') && !anchored) {
    const sign = prep === 'قبل' ? -1 : 1;
    const sub = unit === 'H' || unit === 'MI' || unit === 'S';
    let value: string | null;
    if (n === 'X' || sub) value = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    else value = c.pub ? shiftValue(c.pub, sign * n, unit) : null;
    return [{ ...whole(m), type: sub ? 'time' : 'date', value, kind: 'shift' }];
  }
  return [{ start: core[0], end: core[1], type: 'duration', value: durationValue(n, unit), kind: 'duration' }];
};

const definitePeriod: Rule['build'] = (m, g) => {
  let unit: Unit;
  let n: number | 'X' = 'X';
  if (g['unit1'] !== undefined) {
    unit = UNIT_WORDS[g['unit1']]!;
    n = Number(g['num']);
  } else {
    const [u, k] = DEFINITE_UNITS[g['unit2']!]!;
    unit = u;
    if (k !== null) n = k;
  }
  if (g['numw'] !== undefined) n = parseNumber(g['numw']) ?? n;
  return [{ ...whole(m), type: 'duration', value: durationValue(n, unit), kind: 'duration' }];
};

const clock: Rule['build'] = (m, g, c) => {
  const part = g['part'] === undefined ? undefined : collapse(g['part']);
  const sa = g['sa'] !== undefined;
  if (!sa && !part && !(g['hh'] !== undefined && g['sep'] === ':')) return null;
  if (g['hh'] !== undefined && g['sep'] === '.' && !sa && !part) return null;
  // `الساعة 0621 بتوقيت جرينتش`: the four-digit clock of wire copy.
  let h = g['hh4'] !== undefined ? Number(g['hh4']) : g['hh'] !== undefined ? Number(g['hh']) : g['hw'] !== undefined ? HOUR_WORDS[collapse(g['hw'])]! : Number(g['hn']);
  let mi = g['mm4'] !== undefined ? Number(g['mm4']) : g['mm'] !== undefined ? Number(g['mm']) : 0;
  if (g['half']) mi = 30;
  else if (g['quarter']) mi = 15;
  else if (g['third']) mi = 20;
  else if (g['mw']) mi = Number(g['mw']);
  const less = g['lq'] ? 15 : g['lt'] ? 20 : g['lm'] ? Number(g['lm']) : 0;
  if (less) {
    h -= 1;
    mi = 60 - less;
  }
  if (h > 24 || mi > 59 || h < 0) return null;
  const code = part === undefined ? undefined : part === 'بعد الظهر' ? 'AF' : DAY_PARTS[part];
  // 12-hour clock: `الثامنة مساء` is 20:00, `الواحدة ظهرا` 13:00, `الواحدة ليلا` 01:00.
  if (code === 'EV' || code === 'AF') h = h < 12 ? h + 12 : h;
  else if (code === 'NI') h = h < 12 && h >= 6 ? h + 12 : h === 12 ? 0 : h;
  else if (code === 'MI') h = h < 6 ? h + 12 : h;
  else if (code === 'MO' && h === 12) h = 0;
  const t = `T${String(h % 24).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  let day: string | null | undefined;
  const anc = g['anc'];
  if (anc !== undefined) {
    const offs: Record<string, number> = { 'اليوم': 0, 'امس': -1, 'الامس': -1, 'غد': 1, 'الغد': 1, 'غدا': 1 };
    if (WEEKDAYS[anc] !== undefined) day = weekdayValue(c, WEEKDAYS[anc]!, undefined);
    // `صباح اليوم الجمعة`: the weekday named fixes the day.
    else if (anc === 'اليوم' && g['ancwd'] !== undefined) day = weekdayValue(c, WEEKDAYS[g['ancwd']]!, undefined);
    else day = c.pub ? fmtDate(addDays(c.pub, offs[anc] ?? 0)) : null;
  }
  const f: Found = { ...whole(m), type: 'time', value: day === undefined || day === null ? null : `${day}${t}`, kind: 'clock' };
  if (day === undefined) f.pendingTime = t;
  return [f];
};

const DEFINITE_PARTS: Readonly<Record<string, string>> = { 'الظهر': 'MI', 'الظهيره': 'MI', 'الفجر': 'MO', 'الصباح': 'MO', 'المساء': 'EV', 'العصر': 'AF' };

const dayPart: Rule['build'] = (m, g) => {
  const code = g['p'] !== undefined ? DAY_PARTS[g['p']] : g['af'] !== undefined ? 'AF' : g['mn'] !== undefined ? 'NI' : DEFINITE_PARTS[g['def']!];
  return [{ ...whole(m), type: 'time', value: null, kind: 'part', pendingTime: `T${code}` }];
};

const quarter: Rule['build'] = (m, g, c) => {
  const half = g['ph'] === 'نصف';
  const ord = g['ord']!;
  const n = ord === 'الاخير' ? (half ? 2 : 4) : ({ 'الاول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4 } as Record<string, number>)[ord]!;
  if (half && n > 2) return null;
  const tail = tailYear(g, m, groupSpan(m, 'ord')![1], c);
  // `النصف الأول من المباراة`: a half of something other than a year.
  if (!tail && /^\s+من\s+/.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
  let y: number | null = tail ? tail.y : null;
  if (!tail && c.pub) {
    const cur = half ? (c.pub.m <= 6 ? 1 : 2) : Math.ceil(c.pub.m / 3);
    y = n <= cur ? c.pub.y : c.pub.y - 1;
  }
  const value = y === null ? null : `${y}-${half ? 'H' : 'Q'}${n}`;
  return [{ ...whole(m), type: 'date', value, kind: half ? 'half' : 'quarter', explicit: tail?.explicit ?? false }];
};

const samePeriod: Rule['build'] = (m, g, c) => {
  const tail = tailYear(g, m, m.index + (/(نفسه|نفسها|ذاته|ذاتها|المماثل|المماثله|المقابل|المقابله|المناظر|المناظره|فتره|ربع|شهر|نصف)(?![\p{L}])/u.exec(m[0])?.index ?? 0), c);
  const y = tail ? tail.y : c.pub ? c.pub.y - 1 : null;
  return [{ ...whole(m), type: 'date', value: y === null ? null : String(y), kind: 'same-period', pendingYear: y }];
};

const sportsSeason: Rule['build'] = (m, g, c) => {
  const rel = relOf(g['rel']);
  if (g['y1'] !== undefined) return [{ ...whole(m), type: 'date', value: g['y1'], kind: 'season' }];
  if (g['this'] === undefined && rel === undefined && g['mod'] === undefined) return null;
  // A football season starts in August: in October 2024 the current one is 2024(-25), in July 2018 the coming one 2018.
  const start = c.pub ? (c.pub.m >= 8 ? c.pub.y : c.pub.y - 1) + (rel ?? 0) : null;
  return [{ ...whole(m), type: 'date', value: start === null ? null : String(start), kind: 'season' }];
};

const season: Rule['build'] = (m, g, c) => {
  const s = SEASONS[g['s']!]!;
  const rel = relOf(g['rel']) ?? relOf(g['yrel']);
  if (g['year'] === undefined && rel === undefined && g['this'] === undefined && g['fasl'] === undefined) return null;
  if (g['s'] === 'ربيع' && /^\s+العربي/.test(c.text.slice(m.index + m[0].length))) return null;
  let y: number | null = g['year'] !== undefined ? Number(g['year']) : null;
  if (y === null && c.pub) {
    const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[s as 'SP']!;
    if (g['yrel'] !== undefined) y = c.pub.y + (rel ?? 0);
    else if (rel === -1) y = startMonth + 3 <= c.pub.m ? c.pub.y : c.pub.y - 1;
    else if (rel === 1) y = startMonth > c.pub.m ? c.pub.y : c.pub.y + 1;
    else y = c.pub.y;
  }
  return [{ ...whole(m), type: 'date', value: y === null ? null : `${y}-${s}`, kind: 'season' }];
};

const decade: Rule['build'] = (m, g, c) => {
  if (g['dec'] !== undefined) {
    const d = DECADE_WORDS[g['dec']]!;
    const cw = g['c'] === undefined ? undefined : collapse(g['c']);
    let cent: number | null;
    if (cw === 'العشرين') cent = 19;
    else if (cw === 'التاسع عشر') cent = 18;
    else if (cw === 'الحالي' || cw === 'الجاري' || cw === 'الحادي والعشرين') cent = c.pub ? Math.floor(c.pub.y / 100) : 20;
    else if (cw !== undefined) cent = c.pub ? Math.floor(c.pub.y / 100) - 1 : null;
    else cent = c.pub ? (Math.floor(c.pub.y / 100) * 100 + d * 10 <= c.pub.y ? Math.floor(c.pub.y / 100) : Math.floor(c.pub.y / 100) - 1) : null;
    return [{ ...whole(m), type: 'date', value: cent === null ? null : `${cent}${d}X`, kind: 'decade' }];
  }
  const rel = collapse(g['rel']!);
  const r = rel === 'الحالي' || rel === 'الجاري' ? 0 : rel === 'المقبل' || rel === 'القادم' ? 1 : -1;
  return [{ ...whole(m), type: 'date', value: c.pub ? `${Math.floor(c.pub.y / 10) + r}X` : null, kind: 'decade' }];
};

const century: Rule['build'] = (m, g, c) => {
  let n: number | null = null;
  if (g['ord'] !== undefined) n = ORDINALS[collapse(g['ord'])] ?? null;
  else if (g['n'] !== undefined) n = Number(g['n']);
  else if (c.pub) {
    // `منتصف القرن`, `نهاية القرن`: the current century.
    const rel = relOf(g['rel']) ?? 0;
    n = Math.floor((c.pub.y - 1) / 100) + 1 + rel;
  }
  if (n !== null && (n < 1 || n > 30)) return null;
  return [{ ...whole(m), type: 'date', value: n === null ? null : String(n - 1).padStart(2, '0'), kind: 'century' }];
};

const set: Rule['build'] = (m, g) => {
  let value: string;
  if (g['adv'] !== undefined) value = ({ 'يوميا': 'P1D', 'اسبوعيا': 'P1W', 'شهريا': 'P1M', 'سنويا': 'P1Y', 'ساعيا': 'PT1H' } as Record<string, string>)[g['adv']]!;
  else if (g['wd'] !== undefined) value = `XXXX-WXX-${WD_PLAIN[g['wd']]}`;
  else if (g['dual'] !== undefined) value = durationValue(2, DUAL_WORDS[g['dual']]!);
  else {
    const n = g['num'] === undefined ? 1 : parseNumber(g['num']);
    if (n === null) return null;
    value = durationValue(n, UNIT_WORDS[g['unit']!]!);
  }
  return [{ ...whole(m), type: 'set', value, kind: 'set' }];
};

const age: Rule['build'] = (m, g) => {
  // `45 من العمر`, `الأربعين من عمره`, `سن الخامسة`.
  const n = g['ord'] !== undefined ? (ORDINALS[collapse(g['ord'])] ?? null) : parseNumber(g['n'] ?? g['n2']!);
  return n === null ? null : [{ ...whole(m), type: 'duration', value: `P${n}Y`, kind: 'duration' }];
};

const VAGUE_VALUES: Record<string, string> = {
  'مؤخرا': 'PAST_REF', 'حديثا': 'PAST_REF', 'سابقا': 'PAST_REF', 'قديما': 'PAST_REF', 'الماضي': 'PAST_REF', 'السابق': 'PAST_REF', 'الاونه الاخيره': 'PAST_REF',
  'الفتره الاخيره': 'PAST_REF', 'الفتره الماضيه': 'PAST_REF', 'وقت سابق': 'PAST_REF',
  'حاليا': 'PRESENT_REF', 'راهنا': 'PRESENT_REF', 'الان': 'PRESENT_REF', 'حتي الان': 'PRESENT_REF', 'حتي اللحظه': 'PRESENT_REF',
  'حتي يومنا هذا': 'PRESENT_REF', 'يومنا هذا': 'PRESENT_REF', 'هذه الايام': 'PRESENT_REF', 'الفتره الحاليه': 'PRESENT_REF',
  'مستقبلا': 'FUTURE_REF', 'قريبا': 'FUTURE_REF', 'لاحقا': 'FUTURE_REF', 'الفتره المقبله': 'FUTURE_REF', 'الفتره القادمه': 'FUTURE_REF',
  'وقت لاحق': 'FUTURE_REF', 'وقت قريب': 'FUTURE_REF',
};

const vague: Rule['build'] = (m, g) => {
  const w = collapse(g['w'] ?? g['f']!);
  const value = VAGUE_VALUES[w] ?? (w.startsWith('الوقت') ? 'PRESENT_REF' : w.startsWith('المستقبل') ? 'FUTURE_REF' : null);
  return [{ ...whole(m), type: 'date', value, kind: 'vague' }];
};

/** Rules in priority order (on equal length the earlier wins). */
const RULES: readonly Rule[] = [
  { re: P.NUMERIC_DATE, build: numericDate },
  { re: P.GREGORIAN_DATE, build: gregorianDate },
  { re: P.HIJRI_DATE, build: hijriDate },
  { re: P.RELATIVE_MONTH_DAY, build: relativeMonthDay },
  { re: P.CLOCK, build: clock },
  { re: P.RELATIVE_DAY, build: relativeDay },
  { re: P.WEEKDAY, build: weekday },
  { re: P.QUARTER, build: quarter },
  { re: P.SAME_PERIOD, build: samePeriod },
  { re: P.RELATIVE_UNIT, build: relativeUnit },
  { re: P.DEFINITE_PERIOD, build: definitePeriod },
  { re: P.AGE, build: age },
  { re: P.DURATION, build: duration },
  { re: P.SPORTS_SEASON, build: sportsSeason },
  { re: P.SEASON, build: season },
  { re: P.DECADE, build: decade },
  { re: P.CENTURY, build: century },
  { re: P.SET, build: set },
  { re: P.YEAR, build: year },
  { re: P.VAGUE, build: vague },
  { re: P.DAY_PART, build: dayPart },
];

/** First words of every rule: a pattern is only tried where one of them begins (after clitics). */
const TRIGGERS: ReadonlySet<string> = buildTriggers();

function buildTriggers(): Set<string> {
  const t = new Set<string>();
  const first = (w: string) => t.add(w.split(' ')[0]!);
  for (const table of [WEEKDAYS, GREGORIAN_MONTHS, HIJRI_MONTHS, ORDINALS, NUMBER_WORDS, TENS_WORDS, UNIT_WORDS, DUAL_WORDS, DEFINITE_UNITS, HOUR_WORDS, DAY_PARTS, WD_PLAIN]) {
    for (const k of Object.keys(table)) first(k);
  }
  for (const k of Object.keys(ORDINALS)) if (!k.includes(' ')) t.add(k.slice(2));
  t.add('فاتح');
  for (const k of Object.keys(NUMBER_WORDS)) t.add(`ال${k.split(' ')[0]!}`);
  for (const k of Object.keys(DECADE_WORDS)) {
    t.add(k);
    t.add(`ال${k}`);
  }
  for (const k of Object.keys(TENS_WORDS)) t.add(`ال${k}`);
  for (const w of P.MODW.split('|')) t.add(w);
  for (const k of Object.keys(VAGUE_VALUES)) first(k);
  for (const w of 'يوم نهار شهر هذا هذه العام الشهر الاسبوع السنه عام سنه عامي سنتي العامي امس الامس البارحه غدا الغد غد بعد اول اليوم الليله قبل منذ خلال لمده مده طوال طيله علي في غضون لفتره فتره نحو حوالي قرابه زهاء اكثر اقل ما بضعه بضع عده عشرات بعض ساعه الساعه الربع النصف الفتره نفس ذات موسم الموسم فصل صيف شتاء ربيع خريف الصيف الشتاء الربيع الخريف عقد العقد القرن قرن كل يوميا اسبوعيا شهريا سنويا ساعيا حتي الان الوقت المستقبل الماضي السابق الاونه وقت يومنا الظهر الظهيره الفجر الصباح المساء العصر سن'.split(' ')) t.add(w);
  return t;
}

const TRAILING_MARK = /^(?:\u0640|[\u064b-\u065f]|\u0670)$/u;
const ALEF = 0x0627;
const LAM = 0x0644;

/**
 * Which BMP code units are letters or digits (`[\p{L}\p{N}]`), one byte each, built on first use: the scan
 * reads words by table rather than by a Unicode-property regex. Astral letters are tested as pairs.
 */
let wordUnits: Uint8Array | null = null;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function buildWordUnits(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c))) t[c] = 1;
  return t;
}

/** Code units of the letter or digit at `i` (2 for an astral one), or 0 when none is there. */
function wordUnitAt(units: Uint8Array, text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return units[c]!;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** A 16-bit key of a word's first two code units, for the trigger filter (`TRIGGER_HEADS`). */
function head2(a: number, b: number): number {
  return ((a & 0xff) << 8) | (b & 0xff);
}

/** `head2` of every trigger: most words are ruled out without slicing or hashing them. */
const TRIGGER_HEADS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const w of TRIGGERS) t[head2(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0)] = 1;
  return t;
})();

/** Whether `text.slice(p, end)` is one of `TRIGGERS`. */
function isTriggerWord(text: string, p: number, end: number): boolean {
  return TRIGGER_HEADS[head2(text.charCodeAt(p), end - p > 1 ? text.charCodeAt(p + 1) : 0)] === 1 && TRIGGERS.has(text.slice(p, end));
}

/**
 * Whether a time expression may start at `p`, in the word that ends at `end`: a trigger word, a digit,
 * ال before a digit, or `للعام` (ل + العام with the alef of the article dropped).
 */
function isTrigger(text: string, p: number, end: number): boolean {
  const c = text.charCodeAt(p);
  if (c >= 0x30 && c <= 0x39) return true;
  if (isTriggerWord(text, p, end)) return true;
  if (c === ALEF && text.charCodeAt(p + 1) === LAM && p + 2 < end) {
    const d = text.charCodeAt(p + 2);
    if (d >= 0x30 && d <= 0x39) return true;
  }
  return c === LAM && text.charCodeAt(p - 1) === LAM && TRIGGER_HEADS[head2(ALEF, c)] === 1 && TRIGGERS.has(`ا${text.slice(p, end)}`);
}

/** Runs every rule at `p` and keeps the longest result. */
/**
 * Frequent prepositions start only a few rules (`في غضون`, `بعد غد`, `بعد الظهر`, `قبل يومين`): trying
 * those alone keeps the scan cheap on the commonest trigger words.
 */
const PREPOSITION_RULES: ReadonlyMap<string, readonly Rule[]> = (() => {
  const pick = (...res: RegExp[]) => RULES.filter((r) => res.includes(r.re));
  const durationOnly = pick(P.DURATION);
  const m = new Map<string, readonly Rule[]>();
  for (const w of ['في', 'علي', 'ما', 'اكثر', 'اقل', 'نحو', 'حوالي', 'قرابه', 'زهاء', 'منذ', 'خلال', 'لمده', 'مده', 'طوال', 'طيله', 'غضون', 'قبل']) m.set(w, durationOnly);
  m.set('بعد', pick(P.DURATION, P.RELATIVE_DAY, P.DAY_PART));
  return m;
})();

function tryAt(text: string, p: number, pub: Ymd | null, rules: readonly Rule[] = RULES): Found[] | null {
  let best: Found[] | null = null;
  let bestEnd = -1;
  const c: Ctx = { text, pub, at: p };
  for (const rule of rules) {
    rule.re.lastIndex = p;
    const m = rule.re.exec(text);
    if (!m || m[0].length === 0) continue;
    const end = p + m[0].length;
    if (end <= bestEnd) continue;
    const found = rule.build(m, (m.groups ?? {}) as Groups, c);
    if (found && found.length) {
      best = found;
      bestEnd = end;
    }
  }
  return best;
}

/** Finds every time expression of a normalised text, in normalised offsets. */
export function scanTimes(text: string, pub: Ymd | null): Found[] {
  const out: Found[] = [];
  const units = (wordUnits ??= buildWordUnits());
  const n = text.length;
  let i = 0;
  while (i < n) {
    let len = wordUnitAt(units, text, i);
    if (len === 0) {
      i++;
      continue;
    }
    // A word (letters and digits) from `start` to `end`; a time expression may start at it or after its
    // proclitics: و or ف, then ب, ل or ك.
    const start = i;
    let end = i + len;
    while (end < n && (len = wordUnitAt(units, text, end)) > 0) end += len;
    i = end;
    let hit: Found[] | null = null;
    for (let k = 0; k < 3 && !hit; k++) {
      const p = startAt(text, start, end, k);
      if (p < 0) continue;
      if (isTrigger(text, p, end)) hit = tryAt(text, p, pub, PREPOSITION_RULES.get(text.slice(p, end)));
    }
    if (hit) {
      out.push(...hit);
      for (const f of hit) i = Math.max(i, f.end);
    }
  }
  linkPairs(text, out);
  anchorTimes(text, out, pub);
  samePeriods(text, out);
  return out;
}

/**
 * The `k`-th place where a time expression may start in the word `text.slice(start, end)`, or -1: the word
 * itself (k = 0), after و or ف (k = 1), after ب, ل or ك, behind و/ف or not (k = 2).
 */
function startAt(text: string, start: number, end: number, k: number): number {
  if (k === 0) return start;
  const c = text.charCodeAt(start);
  const conj = end - start > 2 && (c === 0x0648 || c === 0x0641) ? 1 : 0;
  if (k === 1) return conj ? start + 1 : -1;
  const q = text.charCodeAt(start + conj);
  return end - start > conj + 2 && (q === 0x0628 || q === LAM || q === 0x0643) ? start + conj + 1 : -1;
}

const MUWAFIQ = /^\s*(?:[،,(]\s*)?(?:و)?(?:ال)?موافق\s*ل?\s*(?:[(]\s*)?$/u;
/** `26 شوال 1436 هـ الموافق 11 أغسطس`: both sides name one day; a side without its year takes the other's value. */
function linkPairs(text: string, found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.kind !== 'day' || b.kind !== 'day' || b.start - a.end > 40 || !MUWAFIQ.test(text.slice(a.end, b.start))) continue;
    if (a.explicit && !b.explicit && a.value) b.value = a.value;
    else if (b.explicit && !a.explicit && b.value) a.value = b.value;
  }
}

/** A clock time or part of day takes the day of the date just before it in its sentence, else publication day. */
function anchorTimes(text: string, found: Found[], pub: Ymd | null): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.pendingTime === undefined) continue;
    let day: string | null = pub ? fmtDate(pub) : null;
    const prev = found[i - 1];
    if (prev && prev.value && /^\d{4}-\d{2}-\d{2}/.test(prev.value) && f.start - prev.end < 40 && !SENTENCE_END.test(text.slice(prev.end, f.start))) {
      day = prev.value.slice(0, 10);
    }
    f.value = day === null ? null : `${day}${f.pendingTime}`;
  }
}

/** `الفترة نفسها من العام الماضي` repeats the period named before it in the sentence, in another year. */
function samePeriods(text: string, found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.kind !== 'same-period' || f.pendingYear === null || f.pendingYear === undefined) continue;
    const from = sentenceStart(text, f.start);
    for (let j = i - 1; j >= 0; j--) {
      const p = found[j]!;
      if (p.end <= from) break;
      if (p.value && /^(?:quarter|half|month|day)$/.test(p.kind) && /^\d{4}-/.test(p.value)) {
        f.value = `${f.pendingYear}${p.value.slice(4)}`;
        break;
      }
    }
  }
}

/**
 * Finds time expressions and resolves them against the publication date, as TIMEX3 values.
 *
 * Matches on the normalised text (`layer.norm`) and maps every span back to the source. Without a
 * publication date, relative expressions keep their type and get a null value rather than a guess.
 *
 * @param layer The text layer (source, normalised copy, tokens).
 * @param published `YYYY-MM-DD` (or an ISO timestamp), or null.
 * @returns The expressions in text order; `text.slice(start, end) === raw`.
 * @example
 * findTimes(layer('أعرب مسؤولون، الثلاثاء، عن قلقهم'), '2024-10-15')[0]?.value; // '2024-10-15'
 */
export function findTimes(layer: TextLayer, published: string | null): TimeExpression[] {
  const pub = parseYmd(published);
  const found = scanTimes(layer.norm.text, pub);
  const out: TimeExpression[] = [];
  for (const f of found) {
    const span = layer.norm.map.toSource({ start: f.start, end: f.end });
    if (span.end <= span.start) continue;
    // `ألان` (Alain, Alan) normalises like `الآن` (now); the hamza tells the name apart.
    if (f.kind === 'vague' && layer.text.charCodeAt(span.start) === 0x0623 && f.value === 'PRESENT_REF') continue;
    // Take in the tatweel and harakat the normaliser dropped after the last letter (`هـ`, `غداً`).
    while (span.end < layer.text.length && TRAILING_MARK.test(layer.text[span.end]!)) span.end++;
    out.push({ start: span.start, end: span.end, raw: layer.text.slice(span.start, span.end), type: f.type, value: f.value });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
