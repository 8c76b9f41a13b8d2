import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Stance } from '../../core/index.js';
import { databaseLocation, openStore, type SearchHit } from '../../store/index.js';
import { fail, parseDateOption } from '../shared.js';

interface SearchFlags {
  db?: string;
  from?: string;
  to?: string;
  source?: string;
  entity?: string;
  speaker?: string;
  stance?: string;
  limit?: number;
  json?: boolean;
}

const STANCES = ['asserts', 'denies', 'hedges', 'concern'];

/** Parses a positive whole number option. */
export function parseLimit(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expected a whole number above 0');
  return Number(v);
}

/** Renders a hit's snippet with the matched words in bold yellow (TTY) or between [ ] (plain). */
function renderSnippet(hit: SearchHit, color: boolean): string {
  return color ? hit.snippet.replace(/\[([^\]]*)\]/g, '\u001b[1;33m$1\u001b[0m') : hit.snippet;
}

/** `isnad search QUERY`: full-text search in Arabic as people type it, with filters. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the stored articles (normalised Arabic, clitics: كوريا finds وكوريا and لكوريا; "a phrase", prefix*)')
    .argument('<query...>', 'words to find')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--from <date>', 'published on or after YYYY-MM-DD', parseDateOption)
    .option('--to <date>', 'published on or before YYYY-MM-DD', parseDateOption)
    .option('--source <name>', 'only this source (outlet)')
    .option('--entity <name>', 'only articles that mention this entity')
    .option('--speaker <name>', 'only articles quoting this speaker')
    .option('--stance <stance>', 'only articles with a quote of this stance (asserts, denies, hedges, concern)')
    .option('--limit <n>', 'number of results (default 20)', parseLimit)
    .option('--json', 'print the results as JSON lines: {articleId, title, snippet, score, ...}')
    .action(async (words: string[], flags: SearchFlags) => {
      if (flags.stance !== undefined && !STANCES.includes(flags.stance)) fail(`--stance takes ${STANCES.join(', ')}; got ${flags.stance}`);
      const store = await openStore(databaseLocation(flags.db));
      try {
        const hits = await store.search({
          text: words.join(' '),
          ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}),
          ...(flags.source ? { source: flags.source } : {}), ...(flags.entity ? { entity: flags.entity } : {}),
          ...(flags.speaker ? { speaker: flags.speaker } : {}), ...(flags.stance ? { stance: flags.stance as Stance } : {}),
          limit: flags.limit ?? 20,
        });
        if (flags.json) {
          for (const h of hits) process.stdout.write(JSON.stringify(h) + '\n');
          return;
        }
        if (hits.length === 0) {
          process.stdout.write('no results\n');
          return;
        }
        const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
        for (const h of hits) {
          process.stdout.write(`#${h.articleId}  ${h.published ?? '----------'}  ${h.source ?? '-'}  ${h.title ?? '(no title)'}  (${h.score.toFixed(2)})\n`);
          process.stdout.write(`    ${renderSnippet(h, color)}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
