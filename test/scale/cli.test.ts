import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/core/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { runCli } from '../cli/run-cli.js';
import { generateArticles } from './corpus.js';
import { toNewArticle } from './articles.js';
import { PG_SKIP, PG_URL, dropSchemas, freshSchema } from './pg.js';

const json = (stdout: string): Record<string, unknown> => JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;

describe('isnad worker, status and reanalyze on a SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-scale-cli-'));
  const db = join(dir, 'news.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('analyses the pending articles, then has nothing left', async () => {
    const store = openSqliteStore(db);
    await store.putArticles(generateArticles(6, 5).map((a, i) => toNewArticle(a, `cli:${i}`)));
    await store.close();

    const before = runCli(['status', '--json', '--db', db]);
    expect(before.code, before.stderr).toBe(0);
    expect(json(before.stdout)).toMatchObject({ pipelineVersion: PIPELINE_VERSION, articles: { articles: 6, analysed: 0 } });
    expect(json(before.stdout).queue).toBeUndefined();

    const worker = runCli(['worker', '--db', db, '--quiet']);
    expect(worker.code, worker.stderr).toBe(0);
    expect(json(runCli(['status', '--json', '--db', db]).stdout)).toMatchObject({ articles: { articles: 6, analysed: 6, analysisFailures: 0 } });

    const again = runCli(['reanalyze', '--json', '--db', db, '--workers', '0']);
    expect(again.code, again.stderr).toBe(0);
    expect(json(again.stdout)).toEqual({ analysed: 0, failed: 0 });
  });

  it.each([
    [['worker', '--concurrency', '0'], /expected a whole number >= 1/],
    [['worker', '--batch', 'x'], /expected a whole number >= 1/],
    [['reanalyze', '--workers', '-1'], /expected a whole number >= 0/],
  ])('refuses %j', (args, message) => {
    const r = runCli([...args, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe.skipIf(!PG_URL)('isnad reanalyze, worker and status on PostgreSQL', () => {
  const schema = freshSchema('isnad_cli');
  const url = `${PG_URL}?schema=${schema}`;
  const queued = freshSchema('isnad_cliq');
  const queuedUrl = `${PG_URL}?schema=${queued}`;
  const dir = mkdtempSync(join(tmpdir(), 'isnad-scale-cli-pg-'));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropSchemas(PG_URL!, [schema, `${schema}_queue`, queued, `${queued}_queue`]);
  });

  it('ingest --queue stores raw articles only; a worker analyses them; claims are tracked when it drains', async () => {
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, generateArticles(8, 4).map((a) => JSON.stringify(a)).join('\n') + '\n');
    const ingest = runCli(['ingest', '--queue', '--json', '--db', queuedUrl, file]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(json(ingest.stdout)).toEqual({ added: 8, duplicates: 0, failed: 0 });
    expect(json(runCli(['status', '--json', '--db', queuedUrl]).stdout)).toMatchObject({ articles: { articles: 8, analysed: 0 }, queue: { queued: 8 } });
    const worker = runCli(['worker', '--db', queuedUrl, '--exit-when-idle', '--track-claims', '--poll', '100']);
    expect(worker.code, worker.stderr).toBe(0);
    expect(worker.stderr).toMatch(/stopped: 8 analysed, 0 retried, 0 failed for good/);
    expect(worker.stderr).toMatch(/tracked claims \d+/);
    expect(json(runCli(['status', '--json', '--db', queuedUrl]).stdout)).toMatchObject({ articles: { articles: 8, analysed: 8 }, queue: { queued: 0, done: 8 } });
    // Searching the PostgreSQL store through the same URL.
    const search = runCli(['search', '--json', '--db', queuedUrl, 'التمويل']);
    expect(search.code, search.stderr).toBe(0);
    expect(search.stdout.trim().split('\n').length).toBeGreaterThan(0);
  });

  it('enqueues what lacks an analysis once, drains it with a worker, and reports the queue', async () => {
    const store = await openPostgresStore(url);
    await store.putArticles(generateArticles(12, 9).map((a, i) => toNewArticle(a, `cli:${i}`)));
    await store.close();

    const first = runCli(['reanalyze', '--json', '--db', url]);
    expect(first.code, first.stderr).toBe(0);
    expect(json(first.stdout)).toEqual({ pending: 12, enqueued: 12 });
    expect(json(runCli(['reanalyze', '--json', '--db', url]).stdout)).toEqual({ pending: 12, enqueued: 0 });
    expect(json(runCli(['status', '--json', '--db', url]).stdout)).toMatchObject({ queue: { queued: 12, active: 0, done: 0, dead: 0 } });

    const worker = runCli(['worker', '--db', url, '--exit-when-idle', '--poll', '100', '--quiet']);
    expect(worker.code, worker.stderr).toBe(0);

    const status = runCli(['status', '--json', '--db', url]);
    expect(json(status.stdout)).toMatchObject({
      articles: { articles: 12, analysed: 12 },
      versions: [{ pipelineVersion: PIPELINE_VERSION, ok: 12, failed: 0 }],
      queue: { queued: 0, active: 0, done: 12, dead: 0, doneLastMinute: 12, recentFailures: [] },
    });
    const text = runCli(['status', '--db', url]);
    expect(text.stdout).toMatch(/queued 0 \(retrying 0\), active 0, done 12, failed 0/);
    expect(text.stdout).not.toMatch(/isnad:[^@]*:[^@]*@/); // no password in the location line
    expect(json(runCli(['reanalyze', '--json', '--db', url]).stdout)).toEqual({ pending: 0, enqueued: 0 });
  });
});

describe.skipIf(!!PG_URL)('isnad reanalyze, worker and status on PostgreSQL', () => {
  it.skip(PG_SKIP, () => {});
});
