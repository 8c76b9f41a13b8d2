import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/core/index.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { enqueueAnalyses, openAnalysisQueue } from '../../src/app/enqueue.js';
import { generateArticles } from './corpus.js';
import { toNewArticle } from './articles.js';
import { PG_SKIP, PG_URL, dropSchemas, freshSchema } from './pg.js';
import { spawnWorker, waitFor, within, type WorkerProcess } from './spawn-worker.js';

const ARTICLES = 2000;

/**
 * The fault test of issue 9: three `isnad worker` processes on a real PostgreSQL share 2,000 queued
 * articles; one is killed with SIGKILL in the middle of its work (caught holding jobs), another is stopped and
 * started again.
 * Every article must end analysed exactly once, and a job that always fails (a database trigger refuses
 * the analysis of one article) must end dead-lettered with its error after its retries.
 */
describe.skipIf(!PG_URL)('three workers, one killed and one restarted', () => {
  const schema = freshSchema('isnad_fault');
  const url = `${PG_URL}?schema=${schema}`;
  const workers: WorkerProcess[] = [];
  const db = new pg.Client({ connectionString: PG_URL });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await db.end().catch(() => {});
    await dropSchemas(PG_URL!, [schema, `${schema}_queue`]);
  });

  it('analyses every article exactly once and dead-letters the poisoned one', async () => {
    await db.connect();
    const store = await openPostgresStore(url);
    const corpus = generateArticles(ARTICLES, 2026).map((a, i) => toNewArticle(a, `fault.jsonl:${i + 1}`));
    const jobs: Array<{ articleId: number; contentHash: string }> = [];
    for (let i = 0; i < corpus.length; i += 250) {
      const outcomes = await store.putArticles(corpus.slice(i, i + 250));
      outcomes.forEach((o, k) => jobs.push({ articleId: o.articleId, contentHash: corpus[i + k]!.contentHash }));
      expect(outcomes.every((o) => o.status === 'added')).toBe(true);
    }
    await store.close();
    expect(jobs).toHaveLength(ARTICLES);

    // The poison: storing an analysis of this article always fails (an error no retry can fix).
    const poisoned = jobs[777]!.articleId;
    await db.query(`CREATE FUNCTION ${schema}.poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'ok' AND NEW.article_id = ${poisoned} THEN RAISE EXCEPTION 'poisoned article %', NEW.article_id; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER poison BEFORE INSERT OR UPDATE ON ${schema}.analyses FOR EACH ROW EXECUTE FUNCTION ${schema}.poison()`);

    // The queue is created here with short delays, so that expiry and retries happen within the test.
    const queue = await openAnalysisQueue(url, { retryLimit: 2, retryDelay: 1, retryBackoff: true, expireInSeconds: 4, supervise: false });
    expect(await enqueueAnalyses(queue, jobs, PIPELINE_VERSION)).toBe(ARTICLES);
    expect(await enqueueAnalyses(queue, jobs.slice(0, 10), PIPELINE_VERSION)).toBe(0);

    const args = ['--db', url, '--batch', '8', '--exit-when-idle', '--maintenance', '1', '--poll', '200'];
    const analysed = async () => Number((await db.query(`SELECT count(*)::int AS n FROM ${schema}.analyses`)).rows[0].n);
    const active = async () => Number((await db.query(`SELECT count(*)::int AS n FROM ${schema}_queue.job WHERE name = 'isnad-analyze' AND state = 'active'`)).rows[0].n);
    // Worker a runs alone first, so that the jobs active when it is killed are its own: it is frozen (SIGSTOP)
    // until it is caught holding some (between two batches it holds none), then killed in the middle of its work.
    const a = spawnWorker('a', args);
    workers.push(a);
    await waitFor(async () => (await analysed()) >= 300, 120_000, '300 analyses');
    let held = 0;
    for (let tries = 0; tries < 200 && held === 0; tries++) {
      a.child.kill('SIGSTOP');
      held = await active();
      if (held === 0) {
        a.child.kill('SIGCONT');
        await new Promise((r) => setTimeout(r, 15));
      }
    }
    expect(held, 'worker a caught holding jobs').toBeGreaterThan(0);
    a.child.kill('SIGKILL');
    expect(await within(a.exited, 10_000, 'worker a to die')).toEqual({ code: null, signal: 'SIGKILL' });
    const b = spawnWorker('b', args);
    const c = spawnWorker('c', args);
    workers.push(b, c);

    await waitFor(async () => (await analysed()) >= 800, 120_000, '800 analyses');
    b.child.kill('SIGTERM');
    const bExit = await within(b.exited, 30_000, 'worker b to stop');
    expect(bExit.signal).toBeNull();
    const b2 = spawnWorker('b2', args);
    workers.push(b2);

    const exits = await within(Promise.all([c.exited, b2.exited]), 240_000, 'workers c and b2 to drain the queue');
    for (const [w, e] of [[c, exits[0]], [b2, exits[1]]] as const) {
      expect(e.signal, `${w.name}: ${w.stderr.join('')}`).toBeNull();
      expect([0, 1], `${w.name}: ${w.stderr.join('')}`).toContain(e.code);
      expect(w.stderr.join('')).not.toMatch(/internal error/);
    }

    // Nothing lost: every article has exactly one analysis row for this version (the poisoned one a failure).
    const one = async (sql: string) => (await db.query(sql)).rows[0] as Record<string, number>;
    expect(await one(`SELECT count(*)::int AS rows, count(DISTINCT article_id)::int AS articles,
        count(*) FILTER (WHERE status = 'ok')::int AS ok, count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM ${schema}.analyses WHERE pipeline_version = '${PIPELINE_VERSION}'`)).toEqual({ rows: ARTICLES, articles: ARTICLES, ok: ARTICLES - 1, failed: 1 });
    expect(await one(`SELECT count(*)::int AS n FROM ${schema}.articles a WHERE NOT EXISTS (SELECT 1 FROM ${schema}.analyses x WHERE x.article_id = a.id)`)).toEqual({ n: 0 });
    expect(await one(`SELECT count(*)::int AS n FROM ${schema}.analyses x JOIN ${schema}.articles a ON a.id = x.article_id WHERE x.content_hash <> a.content_hash`)).toEqual({ n: 0 });
    // No duplicate rows: the rows of each article mirror its one analysis (a re-run replaced, never added).
    for (const [table, field] of [['quotes', 'quotes'], ['claims', 'claims'], ['times', 'times'], ['article_entities', 'entities']] as const) {
      expect(await one(`SELECT count(*)::int AS n FROM ${schema}.analyses x
        WHERE x.status = 'ok' AND jsonb_array_length(x.analysis->'${field}') <> (SELECT count(*) FROM ${schema}.${table} t WHERE t.article_id = x.article_id)`), table).toEqual({ n: 0 });
    }
    expect(await one(`SELECT count(*)::int AS n FROM ${schema}.quotes`)).not.toEqual({ n: 0 });

    // The poisoned job: retried twice with backoff, then dead with its error, in the queue and in the store.
    const counts = await queue.counts();
    expect(counts).toMatchObject({ queued: 0, retrying: 0, active: 0, done: ARTICLES - 1, dead: 1 });
    const dead = await queue.deadJobs();
    expect(dead.map((d) => [d.data.articleId, d.retryCount])).toEqual([[poisoned, 2]]);
    expect(dead[0]!.error.message).toMatch(new RegExp(`poisoned article ${poisoned}`));
    expect(await one(`SELECT reason FROM ${schema}.analyses WHERE article_id = ${poisoned}`)).toEqual({ reason: expect.stringMatching(/poisoned article/) });

    // The SIGKILL left worker a's jobs active: they expired and ran again elsewhere (delivered twice, stored once).
    const redelivered = await one(`SELECT count(*)::int AS n FROM ${schema}_queue.job WHERE name = 'isnad-analyze' AND state = 'completed' AND retry_count > 0`);
    expect(redelivered.n).toBeGreaterThan(0);
    console.info(`fault test: ${ARTICLES} articles, ${counts.done} done, ${counts.dead} dead, ${redelivered.n} delivered more than once (stored once)`);
    await queue.close();
  }, 420_000);
});

describe.skipIf(!!PG_URL)('three workers, one killed and one restarted', () => {
  it.skip(PG_SKIP, () => {});
});
