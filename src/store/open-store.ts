import { resolve } from 'node:path';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './types.js';

/** The embedded default database: `isnad.db` in the working directory. */
export const DEFAULT_DATABASE = 'isnad.db';

/**
 * Where the database is: `--db` first, then `ISNAD_DATABASE_URL`, then `./isnad.db`.
 * @param flag The `--db` value, when given.
 */
export function databaseLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.ISNAD_DATABASE_URL || DEFAULT_DATABASE);
}

/**
 * Opens the store a location names: a `postgres://` URL (the PostgreSQL backend, loaded only when used)
 * or a SQLite file path (`sqlite:` prefix optional).
 * @throws {StoreError} when the location cannot be opened.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(location);
  }
  const file = location.replace(/^sqlite:(\/\/)?/i, '');
  return openSqliteStore(file === ':memory:' ? file : resolve(file));
}
