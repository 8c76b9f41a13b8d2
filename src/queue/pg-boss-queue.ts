import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { DEFAULT_QUEUE_SETTINGS, type DeadJob, type JobError, type NewJob, type Queue, type QueueCounts, type QueueJob, type QueueSettings } from './types.js';

/** Options of the pg-boss queue. */
export interface PgBossQueueOptions extends Partial<QueueSettings> {
  /** `postgres://` URL of the database. */
  url: string;
  /** The queue name (default `isnad-analyze`); its dead letters go to `${name}-dead`. */
  name?: string;
  /** PostgreSQL schema of pg-boss's tables (default `pgboss`): one per test run in tests. */
  schema?: string;
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /**
   * Seconds between maintenance runs (expiry of jobs whose worker died, archiving; default 60). pg-boss
   * lets one process of the whole cluster run it per interval.
   */
  maintenanceIntervalSeconds?: number;
  /** Whether this process runs maintenance (default true; false for processes that only enqueue). */
  supervise?: boolean;
  /** Errors of pg-boss's background loops (default: one line on stderr). */
  onError?: (error: Error) => void;
}

/** A frozen table of pg-boss's job states, as they are stored. */
const STATES = PgBoss.states;

/** Rows sent per INSERT: pg-boss inserts through one json_to_recordset, so chunks bound the statement size. */
const INSERT_CHUNK = 1000;

/**
 * Opens a durable queue on PostgreSQL through pg-boss 10: jobs survive restarts, any number of processes
 * on any machines fetch from it (`FOR UPDATE SKIP LOCKED`: no job goes to two workers at once), failed
 * jobs are retried with backoff, then moved to the dead-letter queue with their error.
 *
 * Jobs get deterministic ids from their `key` (a UUID made from sha256 of queue name and key), so sending
 * the same key twice is a no-op while the first job is in pg-boss's job table (`ON CONFLICT DO NOTHING`).
 *
 * @throws when the database cannot be reached or pg-boss's schema cannot be created.
 * @example
 * const q = await openPgBossQueue<AnalysisJob>({ url: 'postgres://isnad@127.0.0.1:5432/isnad' });
 * await q.send([{ data: { articleId: 1, contentHash: 'ab…' }, key: '1:ab…:0.1.0' }]);
 */
export async function openPgBossQueue<T extends object>(options: PgBossQueueOptions): Promise<Queue<T>> {
  const name = options.name ?? 'isnad-analyze';
  const deadName = `${name}-dead`;
  const schema = options.schema ?? 'pgboss';
  if (!/^[A-Za-z_]\w{0,49}$/.test(schema)) throw new TypeError(`schema must be a PostgreSQL name (letters, digits, _), got ${JSON.stringify(schema)}`);
  const wanted: QueueSettings = {
    retryLimit: options.retryLimit ?? DEFAULT_QUEUE_SETTINGS.retryLimit,
    retryDelay: options.retryDelay ?? DEFAULT_QUEUE_SETTINGS.retryDelay,
    retryBackoff: options.retryBackoff ?? DEFAULT_QUEUE_SETTINGS.retryBackoff,
    expireInSeconds: options.expireInSeconds ?? DEFAULT_QUEUE_SETTINGS.expireInSeconds,
  };
  const boss = new PgBoss({
    connectionString: options.url,
    schema,
    max: options.poolSize ?? 4,
    application_name: 'isnad-queue',
    supervise: options.supervise ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    schedule: false,
  });
  const onError = options.onError ?? ((e: Error) => process.stderr.write(`isnad: queue: ${e.message}\n`));
  boss.on('error', onError);
  await boss.start();
  const db = boss.getDb();
  // Settings belong to the queue: the first process to create it fixes them; later ones read them back.
  await boss.createQueue(deadName, { name: deadName, policy: 'standard', retryLimit: 0 });
  await boss.createQueue(name, {
    name, policy: 'standard', deadLetter: deadName,
    retryLimit: wanted.retryLimit, retryDelay: wanted.retryDelay, retryBackoff: wanted.retryBackoff, expireInSeconds: wanted.expireInSeconds,
  });
  const stored = await boss.getQueue(name);
  const settings: QueueSettings = Object.freeze({
    retryLimit: stored?.retryLimit ?? wanted.retryLimit,
    retryDelay: stored?.retryDelay ?? wanted.retryDelay,
    retryBackoff: stored?.retryBackoff ?? wanted.retryBackoff,
    expireInSeconds: (stored as { expireInSeconds?: number } | null)?.expireInSeconds ?? wanted.expireInSeconds,
  });

  const jobId = (key: string): string => uuidFrom(`${name}\u0000${key}`);

  return {
    location: `pg-boss:${schema}.${name}`,
    settings,
    async send(jobs: Array<NewJob<T>>): Promise<number> {
      let added = 0;
      for (let i = 0; i < jobs.length; i += INSERT_CHUNK) {
        const chunk = jobs.slice(i, i + INSERT_CHUNK);
        const ids = chunk.map((j) => (j.key === undefined ? null : jobId(j.key)));
        const keyed = [...new Set(ids.filter((id): id is string => id !== null))];
        // Count the keys already present, to report how many are new (insert itself says nothing).
        const present = keyed.length
          ? Number((await db.executeSql(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [name, keyed])).rows[0]?.n ?? 0)
          : 0;
        const seen = new Set<string>();
        const rows: PgBoss.JobInsert<T>[] = [];
        chunk.forEach((j, k) => {
          const id = ids[k];
          if (id) {
            if (seen.has(id)) return;
            seen.add(id);
          }
          rows.push(id ? { id, name, data: j.data } : { name, data: j.data });
        });
        if (rows.length) await boss.insert(rows);
        added += rows.length - present;
      }
      return added;
    },
    async fetch(limit: number): Promise<Array<QueueJob<T>>> {
      const jobs = await boss.fetch<T>(name, { batchSize: limit, includeMetadata: true });
      return jobs.map((j) => ({ id: j.id, data: j.data, retryCount: j.retryCount, retryLimit: j.retryLimit }));
    },
    async complete(ids: string[]): Promise<void> {
      if (ids.length) await boss.complete(name, ids);
    },
    async fail(id: string, error: JobError, opts: { final?: boolean } = {}): Promise<'retrying' | 'dead' | 'unknown'> {
      // pg-boss has no unrecoverable error: spending the retries first makes `fail` dead-letter it now.
      if (opts.final) await db.executeSql(`UPDATE ${schema}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = '${STATES.active}'`, [name, id]);
      const { affected } = (await boss.fail(name, id, { ...error })) as unknown as { affected: number };
      if (!affected) return 'unknown';
      const job = await boss.getJobById(name, id);
      return job?.state === STATES.failed ? 'dead' : 'retrying';
    },
    async expire(): Promise<void> {
      await boss.expire();
    },
    async counts(): Promise<QueueCounts> {
      const { rows } = await db.executeSql(
        `SELECT state, count(*)::int AS n,
                count(*) FILTER (WHERE state = '${STATES.completed}' AND completed_on > now() - interval '60 seconds')::int AS recent
           FROM (SELECT state, completed_on FROM ${schema}.job WHERE name = $1
                 UNION ALL SELECT state, completed_on FROM ${schema}.archive WHERE name = $1) j
          GROUP BY state`,
        [name],
      );
      const c: QueueCounts = { queued: 0, retrying: 0, active: 0, done: 0, dead: 0, doneLastMinute: 0 };
      for (const r of rows as Array<{ state: string; n: number; recent: number }>) {
        if (r.state === STATES.created) c.queued += r.n;
        else if (r.state === STATES.retry) { c.queued += r.n; c.retrying += r.n; }
        else if (r.state === STATES.active) c.active += r.n;
        else if (r.state === STATES.completed) { c.done += r.n; c.doneLastMinute += r.recent; }
        else if (r.state === STATES.failed) c.dead += r.n;
      }
      return c;
    },
    async deadJobs(limit = 100): Promise<Array<DeadJob<T>>> {
      const { rows } = await db.executeSql(
        `SELECT id, data, output, retry_count, completed_on FROM (
           SELECT id, data, output, retry_count, completed_on FROM ${schema}.job WHERE name = $1 AND state = '${STATES.failed}'
           UNION ALL
           SELECT id, data, output, retry_count, completed_on FROM ${schema}.archive WHERE name = $1 AND state = '${STATES.failed}') d
         ORDER BY completed_on DESC, id DESC LIMIT $2`,
        [name, limit],
      );
      return (rows as Array<{ id: string; data: T; output: unknown; retry_count: number; completed_on: Date }>).map((r) => ({
        id: r.id, data: r.data, error: toStoredError(r.output), retryCount: r.retry_count, failedAt: r.completed_on,
      }));
    },
    async close(): Promise<void> {
      await boss.stop({ graceful: false, close: true, wait: true, timeout: 5000 });
    },
  };
}

/** Reads back the error pg-boss stored as the job's output (`{message, code?, stack?}`, or `{value: {message}}` on timeout). */
function toStoredError(output: unknown): JobError {
  const o = (output && typeof output === 'object' ? output : {}) as Record<string, unknown>;
  const inner = (o.value && typeof o.value === 'object' ? o.value : o) as Record<string, unknown>;
  const message = typeof inner.message === 'string' ? inner.message : JSON.stringify(output);
  return {
    message,
    ...(typeof inner.code === 'string' ? { code: inner.code } : {}),
    ...(typeof inner.stack === 'string' ? { stack: inner.stack } : {}),
  };
}

/** A UUID (version 5 layout) from sha256 of `text`: the same key always gives the same job id. */
function uuidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
