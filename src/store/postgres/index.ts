// The PostgreSQL backend of the store.
export { openPostgresStore, parsePostgresUrl, redactUrl, PostgresStore, type PostgresStoreOptions, type QueryCounter } from './postgres-store.js';
export { PG_MIGRATIONS, type PgMigration } from './migrations.js';
export { toTsvectorLiteral, toTsqueryLiteral, quoteLexeme, RANK_WEIGHTS } from './search-vector.js';
