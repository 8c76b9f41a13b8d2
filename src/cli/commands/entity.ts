import type { Command } from 'commander';
import { databaseLocation, openStore } from '../../store/index.js';
import { fail } from '../shared.js';
import { parseLimit } from './search.js';

/** `isnad entity NAME`: an entity merged across articles (canonical name and aliases), with what it said. */
export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('show an entity merged across articles, its aliases, and what it was quoted saying')
    .argument('<name...>', 'the name or an alias')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--limit <n>', 'statements shown (default 20)', parseLimit)
    .option('--json', 'print JSON lines: one per entity, with its statements')
    .action(async (words: string[], flags: { db?: string; limit?: number; json?: boolean }) => {
      const name = words.join(' ');
      const store = await openStore(databaseLocation(flags.db));
      try {
        const entities = await store.findEntities(name);
        if (entities.length === 0) fail(`no entity named ${name} in ${store.location}`);
        for (const e of entities) {
          const statements = await store.statementsOf(e.id, flags.limit ?? 20);
          if (flags.json) {
            process.stdout.write(JSON.stringify({ ...e, statements }) + '\n');
            continue;
          }
          process.stdout.write(`${e.name} (${e.type}), ${e.articles} articles, ${e.mentions} mentions\n`);
          if (e.aliases.length) process.stdout.write(`  also: ${e.aliases.join('، ')}\n`);
          for (const s of statements) {
            process.stdout.write(`  ${s.published ?? '----------'} ${s.stance} #${s.articleId} ${s.source ?? ''}: ${s.content.replace(/\s+/g, ' ').slice(0, 240)}\n`);
          }
        }
      } finally {
        await store.close();
      }
    });
}
