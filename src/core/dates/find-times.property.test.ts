import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, Quote } from '../analysis.js';
import { normalizeArabic } from '../normalize/ar.js';
import { tokenize } from '../tokenize/tokenize.js';
import { attachTimes } from './attach-times.js';
import { findTimes } from './find-times.js';

// Pieces that trigger the rules, mixed with arbitrary Unicode: surrogate pairs, combining marks, bidi controls.
const PIECES = [
  'الثلاثاء', 'يوم الأحد المقبل', 'مساء أمس', 'غداً', 'مارس/آذار', '15 أكتوبر 2024', '26 شوال 1436 هـ', 'الموافق', '١٤٣٦/١٠/٢٦هـ',
  '27/07/2024', 'عام 2022', 'قبل يومين', 'لمدة 60 يوما', 'الساعة الثامنة والنصف مساء', '14:30', 'الربع الثاني من العام الماضي',
  'الفترة نفسها من العام الماضي', 'الثمانينيات', 'القرن الماضي', 'كل يوم', 'مؤخرا', 'من 10 إلى', 'الـ24 ساعة الماضية', 'ألان',
  'في', 'و', 'ل', '،', '.', '\n', ' ', '\u200f', '\u0640', '\u064b', '😀', '\u0301',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 24 }).map((p) => p.join(' '));
const published = fc.oneof(fc.constant(null), fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

const VALUE = /^(?:\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI))?)?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SU|WI|SP|FA))?|\d{2,3}X?|P(?:T?[\dX.]+(?:[SMHDWY]|DE|CE))|XXXX-WXX-[1-7]|(?:PAST|PRESENT|FUTURE)_REF)$/;

describe('findTimes properties', () => {
  it('never throws; spans slice to raw, lie in bounds, keep surrogate pairs whole, come sorted; values are TIMEX3', () => {
    fc.assert(
      fc.property(text, published, (t, pub) => {
        const found = findTimes({ text: t, norm: normalizeArabic(t), tokens: tokenize(t), language: 'ar' }, pub);
        let last = -1;
        for (const x of found) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(x.start, x.end)).toBe(x.raw);
          const c = t.charCodeAt(x.start);
          expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
          expect(x.start).toBeGreaterThanOrEqual(last);
          last = x.start;
          if (x.value !== null) expect(x.value).toMatch(VALUE);
        }
        const quotes: Quote[] = found.length ? [{ id: 'q0', kind: 'direct', content: { start: 0, end: Math.min(3, t.length) }, cue: null, speaker: null, stance: 'asserts', headline: false, sentence: 0 }] : [];
        const claims: Claim[] = quotes.length ? [{ id: 'c0', text: '', quotes: [0], entities: [] }] : [];
        const r = attachTimes(quotes, claims, found, [{ start: 0, end: t.length, paragraph: 0, headline: false }]);
        for (const q of r.quotes) if (q.time != null) expect(['date', 'time']).toContain(found[q.time]!.type);
      }),
      { numRuns: 400 },
    );
  });
});
