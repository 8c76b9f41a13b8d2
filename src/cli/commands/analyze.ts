import type { Command } from 'commander';
import { analyze } from '../../core/index.js';
import { readArticle } from '../read-input.js';
import { renderReport } from '../report.js';
import type { BidiMode } from '../bidi.js';
import { fail, parseDateOption } from '../shared.js';

interface AnalyzeFlags {
  json?: boolean;
  jsonl?: boolean;
  published?: string;
  title?: string;
  bidi?: BidiMode;
  color?: boolean;
}

/** `isnad analyze FILE|- [FILE...]`: analyse articles and print a report or the analysis JSON. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles: a readable report, or the analysis JSON (isnad/analysis@1)')
    .argument('<files...>', 'article files (UTF-8 text), or - for standard input')
    .option('--json', 'print the analysis JSON (one article: pretty; several: one line each)')
    .option('--jsonl', 'print one analysis JSON per line')
    .option('--published <date>', 'publication date YYYY-MM-DD: relative dates resolve against it', parseDateOption)
    .option('--title <title>', 'the article title, when known')
    .option('--bidi <mode>', 'Arabic in the report: logical (for terminals with bidi) or visual (shaped and reordered)')
    .option('--no-color', 'no colour in the report')
    .action(async (files: string[], flags: AnalyzeFlags) => {
      const mode: BidiMode = flags.bidi === 'visual' ? 'visual' : 'logical';
      if (flags.bidi && flags.bidi !== 'visual' && flags.bidi !== 'logical') fail(`--bidi takes logical or visual, got ${flags.bidi}`);
      const asLines = flags.jsonl || (flags.json && files.length > 1);
      let failed = 0;
      for (const file of files) {
        let text: string;
        try {
          text = await readArticle(file);
        } catch (e) {
          failed++;
          process.stderr.write(`isnad: ${(e as Error).message}\n`);
          continue;
        }
        const analysis = analyze(text, { published: flags.published ?? null, title: flags.title ?? null });
        if (asLines) process.stdout.write(JSON.stringify({ file, ...analysis }) + '\n');
        else if (flags.json) process.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
        else {
          const color = flags.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
          process.stdout.write(renderReport(text, analysis, { color, bidi: mode, width: mode === 'visual' ? (process.stdout.columns ?? 0) : 0, name: file === '-' ? 'standard input' : file }));
        }
      }
      if (failed) process.exitCode = 1;
    });
}
