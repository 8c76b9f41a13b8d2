import { openStore as openEmbeddedStore, type Store } from '../store/index.js';
import { openPostgresStore, type PostgresStoreOptions } from '../store/postgres/index.js';

/** True when a database location names PostgreSQL (`postgres://` or `postgresql://`), not a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store a location names, picking the backend: a `postgres://` URL opens the PostgreSQL store
 * (a `schema` parameter names its schema, default `isnad`), anything else a SQLite file.
 * @param location `--db`, else `ISNAD_DATABASE_URL`, else `./isnad.db` (see `databaseLocation`).
 * @throws {StoreError} when the database cannot be opened.
 * @example
 * const store = await openStore('postgres://isnad@db.example:5432/news?schema=isnad');
 */
export async function openStore(location: string, options: PostgresStoreOptions = {}): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location, options) : openEmbeddedStore(location);
}
