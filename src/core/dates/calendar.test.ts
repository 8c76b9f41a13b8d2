import { describe, expect, it } from 'vitest';
import { fmtWeek, hijriToGregorian, isoWeekday, parseYmd, toHijri } from './calendar.js';
import { resolveDayMonthYear, resolveMonthYear, resolveWeekday } from './resolve.js';

const day = (s: string) => parseYmd(s)!;

describe('ISO weeks and weekdays (UTC)', () => {
  it.each([
    ['2024-10-15', '2024-W42', 2],
    ['2025-01-05', '2025-W01', 7],
    ['2024-12-30', '2025-W01', 1],
    ['2021-01-03', '2020-W53', 7],
  ])('%s is %s, weekday %i', (d, week, dow) => {
    expect(fmtWeek(day(d))).toBe(week);
    expect(isoWeekday(day(d))).toBe(dow);
  });
});

describe('Hijri conversion through Intl islamic-umalqura', () => {
  it.each([
    [1436, 10, 26, '2015-08-11'],
    [1441, 10, 1, '2020-05-24'],
    [1445, 9, 1, '2024-03-11'],
    [1446, 1, 1, '2024-07-07'],
  ])('%i-%i-%i = %s, and back', (y, m, d, g) => {
    const r = hijriToGregorian(y, m, d)!;
    expect(`${r.y}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')}`).toBe(g);
    expect(toHijri(r)).toEqual({ y, m, d });
  });

  it('rejects a day 30 of a 29-day month', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => hijriToGregorian(1445, m, 30) === null);
    expect(months.length).toBeGreaterThan(0);
  });
});

describe('news-mode resolution against 2024-10-15', () => {
  const pub = day('2024-10-15');
  it.each([
    [2, 'before', '2024-10-15'],
    [7, 'before', '2024-10-13'],
    [2, 'past', '2024-10-08'],
    [2, 'future', '2024-10-22'],
    [4, 'after', '2024-10-17'],
  ] as const)('weekday %i %s → %s', (dow, dir, want) => {
    const r = resolveWeekday(pub, dow, dir);
    expect(`${r.y}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')}`).toBe(want);
  });

  it.each([
    [6, 'before', 2024],
    [11, 'before', 2023],
    [11, 'future', 2024],
    [10, 'past', 2023],
    [3, 'after', 2025],
  ] as const)('month %i %s → %i', (m, dir, y) => {
    expect(resolveMonthYear(pub, m, dir)).toBe(y);
  });

  it.each([
    [10, 20, 2024],
    [12, 1, 2024],
    [1, 2, 2024],
    [3, 5, 2024],
  ])('day %i-%i → %i', (m, d, y) => {
    expect(resolveDayMonthYear(pub, m, d, 'before')).toBe(y);
  });
});
