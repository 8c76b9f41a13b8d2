import { afterAll, describe, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { storeContract } from '../store/contract.js';
import { PG_SKIP, PG_URL, dropSchemas, freshSchema } from './pg.js';

// The Store contract suite of the SQLite backend, unchanged, against PostgreSQL: one schema per test.
if (PG_URL) {
  const url = PG_URL;
  const schemas: string[] = [];
  storeContract('PostgreSQL', async () => {
    const schema = freshSchema('isnad_contract');
    schemas.push(schema);
    return openPostgresStore(`${url}?schema=${schema}`, { poolSize: 2 });
  });
  afterAll(() => dropSchemas(url, schemas));
} else {
  describe('Store contract: PostgreSQL', () => it.skip(PG_SKIP, () => {}));
}
