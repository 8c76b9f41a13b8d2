import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analyze.js';
import { splitsPair, textArbitrary } from './arbitraries.js';

/** A problem found by `checkSpans`: where in the analysis, and what. */
interface SpanProblem {
  path: string;
  problem: string;
}

/**
 * Walks every object of an analysis and checks each `{start, end}` it finds: integers, in bounds,
 * start <= end, never between the halves of a surrogate pair, and, when the object carries `raw`,
 * `text.slice(start, end) === raw` (the slice invariant).
 */
export function checkSpans(text: string, value: unknown, path = '$', out: SpanProblem[] = []): SpanProblem[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkSpans(text, v, `${path}[${i}]`, out));
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' || typeof o.end === 'number') {
    const { start, end } = o as { start: unknown; end: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end)) out.push({ path, problem: `non-integer span ${String(start)}..${String(end)}` });
    else {
      const s = start as number;
      const e = end as number;
      if (s < 0 || e > text.length || s > e) out.push({ path, problem: `span ${s}..${e} out of bounds (length ${text.length})` });
      if (splitsPair(text, s) || splitsPair(text, e)) out.push({ path, problem: `span ${s}..${e} splits a surrogate pair` });
      if (typeof o.raw === 'string' && text.slice(s, e) !== o.raw) out.push({ path, problem: `raw ${JSON.stringify(o.raw)} is not the slice ${JSON.stringify(text.slice(s, e))}` });
    }
  }
  for (const [k, v] of Object.entries(o)) checkSpans(text, v, `${path}.${k}`, out);
  return out;
}

describe('analyze (property)', () => {
  it('never throws, and every span of its output satisfies the invariants', () => {
    fc.assert(
      fc.property(textArbitrary(50), (text) => {
        const analysis = analyze(text);
        expect(analysis.length).toBe(text.length);
        expect(checkSpans(text, analysis)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('the walker finds a broken span (it can fail)', () => {
    expect(checkSpans('abc', { x: [{ start: 1, end: 2, raw: 'c' }] })).toEqual([{ path: '$.x[0]', problem: 'raw "c" is not the slice "b"' }]);
    expect(checkSpans('a😀', { start: 2, end: 3 })).toHaveLength(1);
    expect(checkSpans('abc', { start: 2, end: 9 })).toHaveLength(1);
  });
});

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const GOLD = resolve(SHARED, 'eval/gold');
const texts = existsSync(GOLD)
  ? readdirSync(GOLD)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => [f, readFileSync(resolve(GOLD, f), 'utf8')] as const)
  : [];

describe.skipIf(texts.length === 0)('analyze on the real articles of ../shared/eval/gold (skipped when absent)', () => {
  it.each(texts)('%s: every span satisfies the invariants', (_name, text) => {
    expect(checkSpans(text, analyze(text))).toEqual([]);
  });
});
