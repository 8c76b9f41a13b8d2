import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/core/index.js';
import {
  groupNearDuplicates, inProcessAnalyzer, ingest, prepareArticle, readInputs, runTask, workerPoolAnalyzer, type Analyzer, type FetchLike,
} from '../../src/app/index.js';
import { openSqliteStore } from '../../src/store/index.js';

const FIX = resolve(import.meta.dirname, '../fixtures/ingest');
const tmp = mkdtempSync(join(tmpdir(), 'isnad-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => openSqliteStore(join(tmp, `i${n++}.db`));
const fakeFetch: FetchLike = async (url) => (url === 'https://harbour.example/a/ship'
  ? new Response(readFileSync(join(FIX, 'pages/ship.html'), 'utf8'))
  : new Response('', { status: 404 }));
const ALL = ['html', 'feeds', 'jsonl', 'text'].map((d) => join(FIX, d));

describe('ingest', () => {
  it('stores every format, reports failures per item, analyses what it stored', async () => {
    const store = fresh();
    const report = await ingest(store, readInputs(ALL, { fetch: fakeFetch }), { analyzer: inProcessAnalyzer(), pipelineVersion: PIPELINE_VERSION });
    // 1 HTML + 2 RSS + 1 Atom (fetched page) + 3 JSONL + 1 text = 8 articles.
    expect([report.added, report.duplicates, report.failed]).toEqual([8, 0, 6]);
    expect(report.failures.map((f) => f.reason.replace(/^.*: (HTTP 404)$/, '$1')).sort()).toEqual([
      'HTTP 404', 'empty text', 'invalid JSON line', 'invalid article row: text: Invalid input: expected string, received undefined',
      'no article found in the page (only 44 characters of text)', 'not a feed: the file is not XML',
    ].sort());
    const stats = await store.stats();
    expect([stats.articles, stats.analysed, stats.ingestFailures]).toEqual([8, 8, 6]);
    expect(await store.listArticlesNeedingAnalysis(PIPELINE_VERSION)).toEqual([]);
    expect((await store.search({ text: 'التناضح' })).map((h) => h.title)).toEqual(['وزارة المياه تطلق مشروع تحلية جديدا على الساحل الشرقي']);
    await store.close();
  });

  it('is idempotent: a second run adds nothing and doubles nothing', async () => {
    const store = fresh();
    const opts = { analyzer: inProcessAnalyzer(), pipelineVersion: PIPELINE_VERSION };
    await ingest(store, readInputs(ALL, { fetch: fakeFetch }), opts);
    const before = await store.stats();
    const again = await ingest(store, readInputs(ALL, { fetch: fakeFetch }), opts);
    expect([again.added, again.duplicates, again.failed]).toEqual([0, 8, 6]);
    expect(await store.stats()).toEqual(before);
    await store.close();
  });

  it('keeps an analysis that throws as a failure with its reason, and carries on', async () => {
    const store = fresh();
    const flaky: Analyzer = {
      concurrency: 1,
      async analyze(tasks) {
        return tasks.map((t) => (t.text.includes('مهرجان') ? { ok: false, articleId: t.articleId, contentHash: t.contentHash, reason: 'Error: boom' } : runTask(t)));
      },
      async close() {},
    };
    const report = await ingest(store, readInputs([join(FIX, 'jsonl')]), { analyzer: flaky, pipelineVersion: PIPELINE_VERSION });
    expect([report.added, report.failed]).toEqual([3, 4]);
    const failed = (await store.search({ text: 'مهرجان' }))[0]!;
    expect(await store.getAnalysis(failed.articleId)).toEqual({ status: 'failed', articleId: failed.articleId, pipelineVersion: PIPELINE_VERSION, reason: 'Error: boom' });
    expect((await store.stats()).analysed).toBe(2);
    await store.close();
  });

  it('analyses on worker threads (from the TypeScript sources under the test runner)', async () => {
    const pool = workerPoolAnalyzer(2);
    try {
      const tasks = [1, 2, 3].map((i) => ({ articleId: i, contentHash: `h${i}`, text: `قال الوزير إن الاجتماع ${i} كان مثمرا.`, title: null, published: '2015-07-21' }));
      const out = await pool.analyze(tasks);
      expect(out.map((o) => [o.articleId, o.ok])).toEqual([[1, true], [2, true], [3, true]]);
      expect(out[0]!.ok && out[0]!.analysis.published).toBe('2015-07-21');
    } finally {
      await pool.close();
    }
  });

  it('links near-duplicate copies into one group, and leaves different stories apart', async () => {
    const store = fresh();
    const story = readFileSync(join(FIX, 'text/article.txt'), 'utf8');
    const copy = `الرياض (واس) - ${story.replace('ثلاثة', '3')}`;
    const other = readFileSync(join(FIX, 'pages/ship.html'), 'utf8').replace(/<[^>]+>/g, ' ');
    const [a, b, c] = await store.putArticles([story, copy, other].map((t, i) => prepared(t, `o${i}`)));
    const result = await groupNearDuplicates(store);
    expect(result.linked).toBe(1);
    expect(await store.duplicatesOf(a!.articleId)).toEqual([a!.articleId, b!.articleId]);
    expect(await store.duplicatesOf(c!.articleId)).toEqual([c!.articleId]);
    await store.close();
  });
});

function prepared(text: string, origin: string) {
  return prepareArticle({ text, title: null, url: null, published: null, source: null, author: null, origin });
}
