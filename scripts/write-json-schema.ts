// Writes schema/analysis.schema.json from the zod schema of `isnad/analysis@1` (npm run schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AnalysisSchema, IngestSummarySchema } from '../src/contracts/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputs: Array<[string, z.ZodType, string]> = [
  ['schema/analysis.schema.json', AnalysisSchema, 'isnad/analysis@1: the analysis of one article'],
  ['schema/ingest-summary.schema.json', IngestSummarySchema, 'the last line of `isnad ingest --json`'],
];
for (const [path, schema, description] of outputs) {
  const json = { ...z.toJSONSchema(schema, { unrepresentable: 'any' }), description };
  const file = resolve(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  process.stdout.write(`wrote ${path}\n`);
}
