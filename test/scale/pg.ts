import pg from 'pg';

/** The PostgreSQL of the tests (`scripts/pg/start.sh` prints one), or undefined: tests that need it skip. */
export const PG_URL = process.env.ISNAD_TEST_PG_URL || undefined;

/** Why PostgreSQL tests are skipped, for the skip message. */
export const PG_SKIP = 'ISNAD_TEST_PG_URL is not set: start a throwaway cluster with `url=$(scripts/pg/start.sh DIR)` and export ISNAD_TEST_PG_URL=$url';

let counter = 0;

/** A fresh schema name for one test (one schema per test, dropped at the end). */
export function freshSchema(prefix: string): string {
  counter++;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}

/** Drops schemas made by a test run. */
export async function dropSchemas(url: string, schemas: string[]): Promise<void> {
  if (!schemas.length) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}
