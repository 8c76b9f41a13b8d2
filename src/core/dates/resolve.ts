// Resolution of partial dates against the publication date (news mode, as HeidelTime does it).
import { addDays, addMonths, fmtDate, fmtMonth, fmtWeek, hijriToGregorian, isValidDate, isoWeekday, toDayNumber, toHijri, type Ymd } from './calendar.js';
import type { Unit } from './lexicon.js';

/**
 * Which way a partial date lies from publication: `past` strictly before (`الماضي`), `future` strictly
 * after (`المقبل`), `current` in the current period (`الجاري`), `before` at or before (the news default),
 * `after` at or after (a future verb: `ستعقد القمة الخميس`).
 */
export type Direction = 'past' | 'future' | 'current' | 'before' | 'after';

/** The direction a relative word gives (-1 past, 0 current, 1 future), else the tense of the context. */
export function toDirection(rel: -1 | 0 | 1 | undefined, future: boolean): Direction {
  if (rel === -1) return 'past';
  if (rel === 1) return 'future';
  if (rel === 0) return 'current';
  return future ? 'after' : 'before';
}

/** The weekday `dow` (ISO) nearest publication in the given direction. */
export function resolveWeekday(pub: Ymd, dow: number, dir: Direction): Ymd {
  const today = isoWeekday(pub);
  const back = (today - dow + 7) % 7; // days back to the latest such day at or before publication
  switch (dir) {
    case 'past':
      return addDays(pub, -(back === 0 ? 7 : back));
    case 'future':
      return addDays(pub, back === 0 ? 7 : 7 - back);
    case 'after':
      return addDays(pub, back === 0 ? 0 : 7 - back);
    case 'current':
      return addDays(pub, dow - today);
    default:
      return addDays(pub, -back);
  }
}

/** The year of a month named without one: at or before publication unless the direction says otherwise. */
export function resolveMonthYear(pub: Ymd, month: number, dir: Direction): number {
  switch (dir) {
    case 'past':
      return month < pub.m ? pub.y : pub.y - 1;
    case 'future':
      return month > pub.m ? pub.y : pub.y + 1;
    case 'after':
      return month >= pub.m ? pub.y : pub.y + 1;
    case 'current':
      return pub.y;
    default:
      return month <= pub.m ? pub.y : pub.y - 1;
  }
}

/**
 * The year of a day and month named without one. Past and future words decide; otherwise news mode.
 */
export function resolveDayMonthYear(pub: Ymd, month: number, day: number, dir: Direction): number {
  const p = toDayNumber(pub);
  const candidates = [pub.y - 1, pub.y, pub.y + 1].filter((y) => isValidDate(y, month, day));
  const at = (y: number) => toDayNumber({ y, m: month, d: day });
  if (dir === 'past') return [...candidates].reverse().find((y) => at(y) < p) ?? pub.y;
  if (dir === 'future') return candidates.find((y) => at(y) > p) ?? pub.y;
  if (dir === 'after') return candidates.find((y) => at(y) >= p) ?? pub.y;
  if (dir === 'current') return pub.y;
  // News mode: the latest such day at or before publication, unless the next one is within two months
  // (`في 20 أكتوبر` in an article of 15 October announces, it does not look a year back).
  const next = candidates.find((y) => at(y) > p);
  if (next !== undefined && at(next) - p <= 60) return next;
  return [...candidates].reverse().find((y) => at(y) <= p) ?? pub.y;
}

/**
 * The Hijri year of a Hijri month (and day) named without a year. Without a direction word, the nearest
 * occurrence: Hijri months are seasons talked about as they come (`شهر رمضان` a fortnight before it starts).
 */
export function resolveHijriYear(pub: Ymd, month: number, day: number, dir: Direction): number {
  const h = toHijri(pub);
  const after = month > h.m || (month === h.m && day > h.d);
  const before = month < h.m || (month === h.m && day < h.d);
  if (dir === 'future' || dir === 'after') return after || (dir === 'after' && !before) ? h.y : h.y + 1;
  if (dir === 'past') return before ? h.y : h.y - 1;
  if (dir === 'current') return h.y;
  const delta = month + (day - 1) / 30 - (h.m + (h.d - 1) / 30);
  if (delta > 6) return h.y - 1;
  if (delta <= -6) return h.y + 1;
  return h.y;
}

/** The Gregorian month (`YYYY-MM`) that holds most of a Hijri month: the one of its 15th day. */
export function hijriMonthValue(hy: number, hm: number): string | null {
  const g = hijriToGregorian(hy, hm, 15);
  return g ? fmtMonth(g.y, g.m) : null;
}

/** The Gregorian year that holds most of a Hijri year: the one of 1 Rajab (its middle). */
export function hijriYearValue(hy: number): number | null {
  return hijriToGregorian(hy, 7, 1)?.y ?? null;
}

/** Formats a TIMEX3 duration: `P60D`, `PT3H`, `PXY`, `P2DE`. */
export function durationValue(n: number | 'X', unit: Unit): string {
  const k = typeof n === 'number' ? String(Math.round(n * 100) / 100) : n;
  switch (unit) {
    case 'S':
      return `PT${k}S`;
    case 'MI':
      return `PT${k}M`;
    case 'H':
      return `PT${k}H`;
    default:
      return `P${k}${unit}`;
  }
}

/** The date `n` units before (negative) or after publication, at the unit's granularity. */
export function shiftValue(pub: Ymd, n: number, unit: Unit): string | null {
  switch (unit) {
    case 'D':
      return fmtDate(addDays(pub, n));
    case 'W': {
      const d = addDays(pub, 7 * n);
      return weekValue(d);
    }
    case 'M': {
      const m = addMonths(pub.y, pub.m, n);
      return fmtMonth(m.y, m.m);
    }
    case 'Y':
      return String(pub.y + n).padStart(4, '0');
    case 'DE':
      return `${Math.floor((pub.y + 10 * n) / 10)}X`;
    case 'CE':
      return String(Math.floor((pub.y + 100 * n - 1) / 100)).padStart(2, '0');
    default:
      return null;
  }
}

/** `YYYY-Wnn` of the ISO week holding `d`. */
export const weekValue = (d: Ymd): string => fmtWeek(d);
