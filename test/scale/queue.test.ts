import { afterAll, describe, it } from 'vitest';
import { createMemoryQueue, openPgBossQueue } from '../../src/queue/index.js';
import { queueContract, type ContractJob } from './queue-contract.js';
import { PG_SKIP, PG_URL, dropSchemas, freshSchema } from './pg.js';

queueContract('in-process', async (settings) => createMemoryQueue<ContractJob>({ ...settings, name: 'contract' }));

if (PG_URL) {
  const url = PG_URL;
  const schemas: string[] = [];
  queueContract('pg-boss', async (settings) => {
    const schema = freshSchema('isnad_q');
    schemas.push(schema);
    return openPgBossQueue<ContractJob>({ url, schema, ...settings, supervise: false, poolSize: 2 });
  });
  afterAll(() => dropSchemas(url, schemas));
} else {
  describe('queue contract: pg-boss', () => it.skip(PG_SKIP, () => {}));
}
