import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { plainToken } from '../../src/core/tokenize/token.js';
import { normalizeArabic, normalizeKey, normalizeSlice } from '../../src/core/normalize/ar.js';
import { splitSentences } from '../../src/core/sentences/split-sentences.js';
import { identifyLanguage } from '../../src/core/language/identify.js';
import type { ArticleStructure } from '../../src/core/context.js';
import { isSpaceCode } from '../../src/core/source/span.js';
import { splitsPair, textArbitrary } from './arbitraries.js';

const RUNS = { numRuns: 400 };

describe('tokenize (property)', () => {
  it('is lossless: tokens are non-empty, sorted, contiguous, in bounds and concatenate to the source', () => {
    fc.assert(
      fc.property(textArbitrary(), (text) => {
        const tokens = tokenize(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBe(at);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          at = t.end;
        }
        expect(at).toBe(text.length);
        expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
      }),
      RUNS,
    );
  });

  it('never splits a surrogate pair, and each token carries its normalised form', () => {
    fc.assert(
      fc.property(textArbitrary(), (text) => {
        for (const t of tokenize(text)) {
          expect(splitsPair(text, t.start)).toBe(false);
          expect(splitsPair(text, t.end)).toBe(false);
          expect(t.normal).toBe(normalizeKey(text.slice(t.start, t.end)));
        }
      }),
      RUNS,
    );
  });

  it('gives segments that tile their Arabic word, each non-empty and inside the token', () => {
    fc.assert(
      fc.property(textArbitrary(), (text) => {
        for (const t of tokenize(text)) {
          if (!t.segments) continue;
          expect(t.script).toBe('arabic');
          expect(t.segments.length).toBeGreaterThanOrEqual(2);
          expect(t.segments[0]!.start).toBe(t.start);
          expect(t.segments[t.segments.length - 1]!.end).toBe(t.end);
          for (let k = 0; k < t.segments.length; k++) {
            const s = t.segments[k]!;
            expect(s.end).toBeGreaterThan(s.start);
            if (k > 0) expect(s.start).toBe(t.segments[k - 1]!.end);
            expect(splitsPair(text, s.start)).toBe(false);
            expect(s.normal).toBe(normalizeKey(text.slice(s.start, s.end)));
          }
          expect(t.segments.filter((s) => s.role === 'stem')).toHaveLength(1);
        }
      }),
      RUNS,
    );
  });
});

describe('tokenize (determinism)', () => {
  it('gives the same tokens whatever was tokenised before (the word cache never shows)', () => {
    fc.assert(
      fc.property(textArbitrary(), textArbitrary(), (a, b) => {
        // Plain copies, so that the lazily computed `normal` and `segments` are compared too.
        const first = tokenize(b).map(plainToken);
        tokenize(a);
        tokenize(b + a);
        expect(tokenize(b).map(plainToken)).toEqual(first);
        // The same words at other offsets carry their own offsets.
        const shifted = tokenize(a + b).filter((t) => t.start >= a.length);
        if (shifted.length && shifted[0]!.start === a.length) {
          for (const t of shifted) expect(t.normal).toBe(normalizeKey((a + b).slice(t.start, t.end)));
        }
      }),
      RUNS,
    );
  });
});

describe('normalizeArabic (property)', () => {
  it('is idempotent, agrees with normalizeSlice, and its map is monotonic and in bounds', () => {
    fc.assert(
      fc.property(textArbitrary(), (text) => {
        const n = normalizeArabic(text);
        expect(normalizeArabic(n.text).text).toBe(n.text);
        expect(normalizeSlice(text, 0, text.length)).toBe(n.text);
        expect(n.map.length).toBe(n.text.length);
        const starts = n.map.sourceStarts();
        for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
        expect(starts[starts.length - 1]).toBe(text.length);
      }),
      RUNS,
    );
  });

  it('maps every derived span inside the source, without splitting a surrogate pair', () => {
    fc.assert(
      fc.property(textArbitrary(), fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalizeArabic(text);
        const len = n.text.length;
        const start = len ? a % (len + 1) : 0;
        const end = len ? start + (b % (len - start + 1)) : 0;
        const s = n.map.toSource({ start, end });
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThanOrEqual(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(splitsPair(text, s.start)).toBe(false);
        expect(splitsPair(text, s.end)).toBe(false);
        // The derived slice is the normalised form of the source slice it maps to.
        if (end > start) expect(normalizeKey(text.slice(s.start, s.end))).toContain(n.text.slice(start, end));
      }),
      RUNS,
    );
  });
});

/** Regions as a parser would give them: every non-blank line, some of them headlines. */
function structureOf(text: string, headlineEvery: number): ArticleStructure {
  const paragraphs: ArticleStructure['paragraphs'] = [];
  const headlines: ArticleStructure['headlines'] = [];
  let at = 0;
  let line = 0;
  for (const part of text.split('\n')) {
    let start = at;
    let end = at + part.length;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      if (headlineEvery > 0 && line % headlineEvery === 1) headlines.push({ start, end, raw: text.slice(start, end) });
      else paragraphs.push({ start, end, index: paragraphs.length });
    }
    line++;
    at += part.length + 1;
  }
  return { paragraphs, headlines, dateline: null, bylines: [], credits: null, boilerplate: [], diagnostics: [] };
}

describe('splitSentences (property)', () => {
  it('gives trimmed, sorted, non-overlapping sentences inside their regions', () => {
    fc.assert(
      fc.property(textArbitrary(60), fc.integer({ min: 0, max: 3 }), (text, every) => {
        const structure = structureOf(text, every);
        const sentences = splitSentences(text, tokenize(text), structure);
        let last = 0;
        for (const s of sentences) {
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
          expect(isSpaceCode(text.charCodeAt(s.start))).toBe(false);
          expect(isSpaceCode(text.charCodeAt(s.end - 1))).toBe(false);
          expect(splitsPair(text, s.start)).toBe(false);
          expect(splitsPair(text, s.end)).toBe(false);
          const region = s.headline ? structure.headlines.find((h) => h.start <= s.start && s.end <= h.end) : structure.paragraphs[s.paragraph];
          expect(region).toBeDefined();
          expect(s.start).toBeGreaterThanOrEqual(region!.start);
          expect(s.end).toBeLessThanOrEqual(region!.end);
        }
      }),
      RUNS,
    );
  });
});

describe('identifyLanguage (property)', () => {
  it('never throws and always names a language', () => {
    fc.assert(
      fc.property(textArbitrary(), (text) => {
        const r = identifyLanguage(text);
        expect(['ar', 'en', 'other']).toContain(r.language);
        if (r.language !== 'other') expect(r.diagnostics).toEqual([]);
        else expect(r.diagnostics).toHaveLength(1);
      }),
      RUNS,
    );
  });
});
