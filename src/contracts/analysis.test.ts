import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze } from '../core/index.js';
import { AnalysisSchema, IngestSummarySchema, JsonlArticleSchema } from './index.js';

const SHARED = resolve(import.meta.dirname, '../../../shared');
const GOLD = resolve(SHARED, 'eval/gold');

describe('contracts', () => {
  it.each([
    ['an Arabic sentence', 'قال الوزير إن الاجتماع كان مثمرا، وأضاف: «سنواصل الحوار».'],
    ['English', 'The minister said the talks would resume on Monday.'],
    ['an empty text', ''],
    ['emoji and bidi controls', 'نص \u200fفيه 😀 رموز\u202a مختلفة'],
  ])('the analysis schema accepts analyze() output for %s', (_what, text) => {
    const result = AnalysisSchema.safeParse(analyze(text, { published: '2015-07-21', title: 'عنوان' }));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('accepts analyze() output for every gold article (skipped when ../shared is absent)', () => {
    if (!existsSync(GOLD)) {
      console.warn(`skipped: ${GOLD} is absent`);
      return;
    }
    const files = readdirSync(GOLD).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const result = AnalysisSchema.safeParse(analyze(readFileSync(resolve(GOLD, f), 'utf8'), { published: '2024-10-15' }));
      expect(result.success ? [] : [f, result.error.issues]).toEqual([]);
    }
  });

  it.each([
    [{ schema: 'isnad/analysis@2' }, 'schema'],
    [{ length: -1 }, 'length'],
    [{ published: '21/07/2015' }, 'published'],
  ])('the analysis schema rejects %j', (patch, path) => {
    const bad = { ...analyze('نص قصير.'), ...patch };
    const result = AnalysisSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([path]);
  });

  it.each([
    [{ text: 'نص', author: null, id: 'snn-1' }, true],
    [{ text: 'نص', published: '2015-07-21', extracted: 'x' }, true],
    [{ title: 'بلا نص' }, false],
    [{ text: 5 }, false],
  ])('a JSONL row %j is valid: %s', (row, ok) => {
    expect(JsonlArticleSchema.safeParse(row).success).toBe(ok);
  });

  it('the ingest summary is exactly {added, duplicates, failed}', () => {
    expect(IngestSummarySchema.parse({ added: 1, duplicates: 2, failed: 0 })).toEqual({ added: 1, duplicates: 2, failed: 0 });
    expect(IngestSummarySchema.safeParse({ added: -1, duplicates: 0, failed: 0 }).success).toBe(false);
  });

  it('schema/analysis.schema.json is up to date (npm run schema writes it)', () => {
    const file = resolve(import.meta.dirname, '../../schema/analysis.schema.json');
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const fresh = z.toJSONSchema(AnalysisSchema, { unrepresentable: 'any' });
    expect({ ...onDisk, description: undefined }).toEqual({ ...fresh, description: undefined });
  });
});
