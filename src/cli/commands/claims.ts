import type { Command } from 'commander';
import { databaseLocation, openStore } from '../../store/index.js';
import { parseLimit } from './search.js';

interface ClaimsFlags {
  db?: string;
  entity?: string;
  limit?: number;
  all?: boolean;
  json?: boolean;
}

/** `isnad claims [--entity NAME]`: tracked claims, most independent sources first. */
export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('list claims tracked across articles, most independent sources first')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--entity <name>', 'only claims about this entity')
    .option('--all', 'include claims made in one article only')
    .option('--limit <n>', 'number of claims (default 30)', parseLimit)
    .option('--json', 'print JSON lines')
    .action(async (flags: ClaimsFlags) => {
      const store = await openStore(databaseLocation(flags.db));
      try {
        const claims = await store.listTrackedClaims({
          ...(flags.entity !== undefined ? { entity: flags.entity } : {}), limit: flags.limit ?? 30, minArticles: flags.all ? 1 : 2,
        });
        if (flags.json) {
          for (const c of claims) process.stdout.write(JSON.stringify(c) + '\n');
          return;
        }
        if (claims.length === 0) process.stdout.write(flags.all ? 'no claims\n' : 'no claim found in more than one article (--all lists the rest)\n');
        for (const c of claims) {
          const dates = c.firstDate === c.lastDate ? (c.firstDate ?? '') : `${c.firstDate ?? '?'}..${c.lastDate ?? '?'}`;
          process.stdout.write(`${c.id}  ${c.sources} sources, ${c.articles} articles, ${c.outlets} outlets  ${dates}\n    ${c.text}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
