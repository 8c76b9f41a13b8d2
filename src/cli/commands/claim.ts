import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { databaseLocation, openStore } from '../../store/index.js';
import { fail } from '../shared.js';

/** `isnad claim ID`: the timeline of a tracked claim. */
export function registerClaim(program: Command): void {
  program
    .command('claim')
    .description('show the timeline of a tracked claim: per date, who asserted, denied, hedged or expressed concern, in which article')
    .argument('<id>', 'the claim id (from isnad claims)', (v: string) => {
      if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a claim id (a number)');
      return Number(v);
    })
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--json', 'print the claim and its timeline as one JSON object')
    .action(async (id: number, flags: { db?: string; json?: boolean }) => {
      const store = await openStore(databaseLocation(flags.db));
      try {
        const found = await store.getTrackedClaim(id);
        if (!found) fail(`no tracked claim ${id} (isnad claims lists them)`);
        if (flags.json) {
          process.stdout.write(JSON.stringify(found) + '\n');
          return;
        }
        const { claim, timeline } = found;
        process.stdout.write(`${claim.text}\n${claim.sources} independent sources, ${claim.articles} articles, ${claim.outlets} outlets\n`);
        let day: string | null | undefined;
        for (const t of timeline) {
          if (t.date !== day) {
            day = t.date;
            process.stdout.write(`\n${t.date ?? 'undated'}\n`);
          }
          const who = t.speaker ?? '(unattributed)';
          process.stdout.write(`  ${who} ${t.stance ?? ''}  #${t.articleId} ${t.source ?? ''} ${t.title ?? ''}\n`);
          if (t.content) process.stdout.write(`    ${t.content.replace(/\s+/g, ' ').slice(0, 300)}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
