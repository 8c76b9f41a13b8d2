// Golden articles: every `test/fixtures/<lang>/<slug>/input.txt` is analysed with the date of its
// `meta.json` and compared with `expected.json`, which prints each span beside its text
// (`{"span": [120, 131], "raw": "…"}`) so that a golden diff reads like a code review.
// A missing `expected.json` is written on the first run; `UPDATE=1` rewrites them all; when `CI`
// is set nothing is written and a missing file fails. Invariants (bounds, slice, surrogate pairs)
// are checked for every span whatever the golden file says.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const CI = Boolean(process.env['CI']);
const UPDATE = !CI && process.env['UPDATE'] === '1';

interface Fixture {
  slug: string;
  dir: string;
}

/** Every `<lang>/<slug>/` folder that holds an `input.txt`. */
function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const lang of readdirSync(FIXTURES).sort()) {
    const langDir = join(FIXTURES, lang);
    if (!statSync(langDir).isDirectory()) continue;
    for (const slug of readdirSync(langDir).sort()) {
      const dir = join(langDir, slug);
      if (existsSync(join(dir, 'input.txt'))) out.push({ slug: `${lang}/${slug}`, dir });
    }
  }
  return out;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isSpanLike(v: unknown): v is { start: number; end: number } & Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o['start'] === 'number' && typeof o['end'] === 'number';
}

/**
 * Rewrites the analysis for review: each object with `start`/`end` becomes
 * `{span: [start, end], raw: text.slice(start, end), ...its other fields}`; `pipelineVersion`
 * is dropped so that a version bump alone does not touch the golden files.
 */
function printSpans(value: unknown, text: string, spans: Array<{ start: number; end: number; raw?: unknown; path: string }>, path = '$'): Json {
  if (Array.isArray(value)) return value.map((v, i) => printSpans(v, text, spans, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return value as Json;
  const o = value as Record<string, unknown>;
  const out: { [key: string]: Json } = {};
  if (isSpanLike(o)) {
    spans.push({ start: o.start, end: o.end, raw: o['raw'], path });
    out['span'] = [o.start, o.end];
    out['raw'] = text.slice(o.start, o.end);
  }
  for (const [k, v] of Object.entries(o)) {
    if (k === 'pipelineVersion' || (isSpanLike(o) && (k === 'start' || k === 'end' || k === 'raw'))) continue;
    out[k] = printSpans(v, text, spans, `${path}.${k}`);
  }
  return out;
}

const fixtures = listFixtures();

describe('golden articles', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  it.each(fixtures)('$slug', ({ dir }) => {
    const text = readFileSync(join(dir, 'input.txt'), 'utf8');
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { published?: string; title?: string };
    const analysis = analyze(text, { published: meta.published ?? null, title: meta.title ?? null });
    const spans: Array<{ start: number; end: number; raw?: unknown; path: string }> = [];
    const printed = printSpans(analysis, text, spans);

    // Invariants: in bounds, ordered, never splitting a surrogate pair, `raw` equal to its slice.
    for (const s of spans) {
      const where = `${s.path} [${s.start}, ${s.end})`;
      expect(s.start, where).toBeGreaterThanOrEqual(0);
      expect(s.end, where).toBeGreaterThanOrEqual(s.start);
      expect(s.end, where).toBeLessThanOrEqual(text.length);
      for (const at of [s.start, s.end]) {
        const low = text.charCodeAt(at);
        const high = text.charCodeAt(at - 1);
        expect(at > 0 && at < text.length && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff, `${where} splits a surrogate pair`).toBe(false);
      }
      if (typeof s.raw === 'string') expect(s.raw, where).toBe(text.slice(s.start, s.end));
    }

    const file = join(dir, 'expected.json');
    // One line per span (`"span": [120, 131]`) keeps the file short and the diffs readable.
    const rendered = `${JSON.stringify(printed, null, 2).replace(/"span": \[\s+(\d+),\s+(\d+)\s+\]/g, '"span": [$1, $2]')}\n`;
    if (!existsSync(file) || UPDATE) {
      if (CI) throw new Error(`${file} is missing; run the tests locally (or with UPDATE=1) and commit it.`);
      writeFileSync(file, rendered);
      return;
    }
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Json;
    expect(printed).toEqual(expected);
  });
});
