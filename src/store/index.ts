// The store layer: the Store interface, its SQLite backend, and the Arabic search-text helpers backends share.
export type * from './types.js';
export { StoreError } from './errors.js';
export { openStore, databaseLocation, DEFAULT_DATABASE } from './open-store.js';
export { openSqliteStore, SqliteStore } from './sqlite/sqlite-store.js';
export { MIGRATIONS, type Migration } from './sqlite/migrations.js';
export { clitics, normalizedWords, toSearchDocument, parseQuery, makeSnippet, type ParsedQuery, type Snippet } from './search-text.js';
