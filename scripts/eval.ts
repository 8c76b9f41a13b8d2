// `npm run eval [-- --verbose] [-- --only attributions|ner|times] [-- --out DIR] [-- --gold DIR]`: every quality figure
// of isnad. `--gold DIR` scores the attributions and entities on another folder of gold files annotated by GUIDELINE.md.
import { existsSync } from 'node:fs';
import { evalAttributions } from './eval/attributions.js';
import { SHARED } from './eval/shared.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const gold = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : undefined;

if (!existsSync(SHARED)) {
  console.log(`eval: skipped, the shared data folder ${SHARED} is absent (set ISNAD_SHARED to point at it)`);
  process.exit(0);
}

type Suite = { name: string; run: () => Promise<{ lines: string[]; misses?: string[] }> };
const suites: Suite[] = [
  { name: 'attributions', run: () => evalAttributions({ verbose, ...(out ? { out } : {}), ...(gold ? { gold } : {}) }) },
];
for (const [name, file, fn] of [['ner', './eval/ner.js', 'evalNer'], ['times', './eval/times.js', 'evalTimes']] as const) {
  if (existsSync(new URL(file.replace('.js', '.ts'), import.meta.url))) {
    suites.push({ name, run: async () => ((await import(file)) as Record<string, () => Promise<{ lines: string[] }>>)[fn]!() });
  }
}

for (const suite of suites) {
  if (only && suite.name !== only) continue;
  const t0 = performance.now();
  const r = await suite.run();
  console.log(`== ${suite.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const l of r.lines) console.log(l);
  if (verbose && r.misses?.length) for (const m of r.misses) console.log(`  ${m}`);
}
