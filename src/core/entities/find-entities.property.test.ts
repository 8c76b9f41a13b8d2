import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../normalize/ar.js';
import { tokenize } from '../tokenize/tokenize.js';
import { findEntities } from './find-entities.js';

// Pieces that trigger the recogniser, the registry and the rules, mixed with arbitrary Unicode.
const PIECES = [
  'وقال', 'الرئيس', 'فلاديمير بوتين', 'وروسيا', 'لكوريا الشمالية', 'بالأمم المتحدة', 'موسكو', 'في', 'وزارة الدفاع',
  'المجلس الوطني لحقوق الإنسان', 'المجلس', 'الوزارة', '(', ')', '«', '»', '"', '،', '.', 'أ.ف.ب', 'Reuters', 'CNN',
  'مؤتمر باريس 2015', 'بعنوان', 'مالي', 'ومع', 'المملكة', 'ميلر', 'ميللر', '\u0640', '\u064e', '\u200f', '😀', '\n', ' ',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 }).map((p) => p.join(' '));

describe('findEntities properties', () => {
  it('never throws; every mention slices the text, in bounds; ids follow first mentions', () => {
    fc.assert(
      fc.property(text, (t) => {
        const es = findEntities({
          text: t, norm: normalizeArabic(t), tokens: tokenize(t), language: 'ar', published: null,
          paragraphs: [], headlines: [], dateline: null, bylines: [], credits: null, boilerplate: [], diagnostics: [], sentences: [],
        });
        let last = -1;
        es.forEach((e, i) => {
          expect(e.id).toBe(`e${i}`);
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(t.length);
            expect(t.slice(m.start, m.end)).toBe(m.raw);
          }
          const first = Math.min(...e.mentions.map((m) => m.start));
          expect(first).toBeGreaterThanOrEqual(last);
          last = first;
        });
      }),
      { numRuns: 300 },
    );
  });
});
