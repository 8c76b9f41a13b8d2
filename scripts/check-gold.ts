// `npm run check:gold -- DIR/<id>.json ...`: checks hand-annotated gold files (GUIDELINE.md in ../shared/eval) against
// their texts before `npm run eval -- --only attributions --gold DIR` scores them: every field present and typed, and
// every content, cue, speaker and alias an exact substring of `<id>.txt`. Exits 1 when a file has an error.
import { readFileSync } from 'node:fs';
import { checkGold } from './lib/gold.js';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const errors = checkGold(JSON.parse(readFileSync(file, 'utf8')) as unknown, readFileSync(file.replace(/\.json$/, '.txt'), 'utf8'));
  if (errors.length) failed++;
  console.log(errors.length ? `${file}:\n  ${errors.join('\n  ')}` : `${file}: ok`);
}
process.exit(failed ? 1 : 0);
