import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.js';

// Lines built from pieces that trigger the rules (bylines, datelines, credits, boilerplate) mixed
// with arbitrary Unicode: surrogate pairs, combining marks, bidi controls.
const PIECES = [
  'AHDATH.INFO', 'و م ع', 'الرياض - واس:', 'أبها - فلان الفلاني', 'تصوير: فلان', '// انتهى //', '15:30 ت م',
  'ساهم في إعداد هذا التقرير فلان وعلان', '(رويترز)', 'واشنطن - (رويترز) - ', 'سمات اليمن صنعاء', '— Name (@h) 2024',
  'pic.twitter.com/x', 'قال الوزير إن', '.', '،', '«', '»', '\u200f', '\u0640', '\u064e', '😀', '\r', ' ',
];
const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 8 }).map((p) => p.join(''));
const article = fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\n'));

describe('parseArticle properties', () => {
  it('never throws; spans are trimmed, in bounds, ordered, disjoint and whole code points', () => {
    fc.assert(
      fc.property(article, (text) => {
        const s = parseArticle(text);
        const spans = [...s.paragraphs, ...s.headlines, ...s.boilerplate, ...(s.credits?.spans ?? []), ...(s.dateline ? [s.dateline] : [])];
        for (const sp of spans) {
          expect(sp.start).toBeGreaterThanOrEqual(0);
          expect(sp.end).toBeGreaterThan(sp.start);
          expect(sp.end).toBeLessThanOrEqual(text.length);
          const c = text.charCodeAt(sp.start);
          expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
        }
        const body = [...s.paragraphs, ...s.headlines, ...s.boilerplate].sort((a, b) => a.start - b.start);
        for (let i = 1; i < body.length; i++) expect(body[i]!.start).toBeGreaterThanOrEqual(body[i - 1]!.end);
        s.paragraphs.forEach((p, i) => expect(p.index).toBe(i));
        for (const h of s.headlines) expect(h.raw).toBe(text.slice(h.start, h.end));
        for (const b of [...s.boilerplate, ...s.bylines]) expect(b.raw).toBe(text.slice(b.start, b.end));
        if (s.paragraphs.length === 0) expect(s.diagnostics.map((d) => d.code)).toContain('no-body');
      }),
      { numRuns: 400 },
    );
  });
});
