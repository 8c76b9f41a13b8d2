// UTC calendar arithmetic and Hijri (Umm al-Qura) conversion. No clock, no local time: every date is a
// plain {y, m, d} and every computation goes through Date.UTC.

/** A calendar day (Gregorian unless said otherwise); months and days count from 1. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` (the first ten characters of an ISO timestamp); null when it is not a real date. */
export function parseYmd(s: string | null): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const r = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(r.y, r.m, r.d) ? r : null;
}

/** True when y-m-d is a real Gregorian day. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 (UTC). */
export function toDayNumber(a: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(a.y, a.m - 1, a.d);
  return Math.round(t.getTime() / DAY_MS);
}

/** The day `n` days since 1970-01-01. */
export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day `n` days after `a` (before it when `n` is negative). */
export function addDays(a: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(a) + n);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(a: Ymd): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(a) + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

/** Adds whole months, clamping the day to the month's length. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 };
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** `YYYY` with four digits. */
export const fmtYear = (y: number): string => pad(y, 4);
/** `YYYY-MM`. */
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
/** `YYYY-MM-DD`. */
export const fmtDate = (a: Ymd): string => `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
/** `YYYY-Wnn` of the ISO week holding `a`. */
export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${pad(w.y, 4)}-W${pad(w.w)}`;
}

// Built once: Intl formatters are costly to create. `nu-latn` keeps the digits ASCII.
const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

/** The Umm al-Qura Hijri date of a Gregorian day, from `Intl`. */
export function toHijri(a: Ymd): Ymd {
  const parts = HIJRI.formatToParts(new Date(toDayNumber(a) * DAY_MS));
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of parts) {
    if (p.type === 'year' || (p.type as string) === 'relatedYear') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return { y, m, d };
}

// Day number of the first day of each Hijri month asked for, found once (key: year * 12 + month).
const MONTH_START = new Map<number, number | null>();

/** Day number of 1 hm hy, found by stepping from an estimate with `Intl` (no hand-made tables). */
function hijriMonthStart(hy: number, hm: number): number | null {
  const key = hy * 12 + hm;
  const cached = MONTH_START.get(key);
  if (cached !== undefined) return cached;
  // Mean lunar month 29.530589 days; 1 Muharram 1 AH fell on 622-07-16 (day number -492148).
  let n = Math.round(-492148 + ((hy - 1) * 12 + (hm - 1)) * 29.530589);
  let found: number | null = null;
  for (let i = 0; i < 12; i++) {
    const h = toHijri(fromDayNumber(n));
    const off = Math.round(((h.y - hy) * 12 + (h.m - hm)) * 29.53) + (h.d - 1);
    if (off === 0 && h.y === hy && h.m === hm) {
      found = n;
      break;
    }
    n -= off === 0 ? 1 : off;
  }
  MONTH_START.set(key, found);
  return found;
}

/** The Gregorian day of an Umm al-Qura Hijri date, or null when the date does not exist. */
export function hijriToGregorian(hy: number, hm: number, hd: number): Ymd | null {
  if (hm < 1 || hm > 12 || hd < 1 || hd > 30) return null;
  const start = hijriMonthStart(hy, hm);
  if (start === null) return null;
  const g = fromDayNumber(start + hd - 1);
  const back = toHijri(g);
  return back.m === hm && back.y === hy ? g : null;
}
