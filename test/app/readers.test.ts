import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs, toDay, type FetchLike, type InputItem } from '../../src/app/index.js';

const FIX = resolve(import.meta.dirname, '../fixtures/ingest');
const tmp = mkdtempSync(join(tmpdir(), 'isnad-readers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Serves fixture pages for the feed test: never the network. */
const fakeFetch: FetchLike = async (url) => {
  if (url === 'https://harbour.example/a/ship') return new Response(readFileSync(join(FIX, 'pages/ship.html'), 'utf8'), { headers: { 'content-type': 'text/html' } });
  return new Response('not found', { status: 404 });
};

async function read(paths: string[], fetch?: FetchLike): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(paths, fetch ? { fetch } : {})) out.push(i);
  return out;
}
const articles = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
const failures = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'failure' ? [i.failure] : []));

describe('readers', () => {
  it('reads an HTML page: main text by Readability, title, date and site from metadata', async () => {
    const [a, ...rest] = articles(await read([join(FIX, 'html/article.html')]));
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ title: 'وزارة المياه تطلق مشروع تحلية جديدا على الساحل الشرقي', published: '2015-07-23', source: 'صحيفة الساحل' });
    expect(a!.text).toContain('التناضح العكسي');
    expect(a!.text).not.toContain('جميع الحقوق محفوظة');
    expect(a!.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('reads an RSS feed with full content: one article per item, dates and links', async () => {
    const got = articles(await read([join(FIX, 'feeds/full.rss')]));
    expect(got.map((a) => [a.title, a.url, a.published, a.source, a.author])).toEqual([
      ['افتتاح مكتبة عامة في حي النخيل', 'https://oasis.example/news/1', '2015-07-24', 'نشرة الواحة', 'سارة العتيبي'],
      ['تمديد ساعات عمل الحدائق خلال الصيف', 'https://oasis.example/news/2', '2015-07-25', 'نشرة الواحة', null],
    ]);
    expect(got[0]!.text.split('\n\n')).toHaveLength(3);
  });

  it('fetches the page of an Atom item that has only a summary, through the injected fetch', async () => {
    const items = await read([join(FIX, 'feeds/summary.atom')], fakeFetch);
    const [ship] = articles(items);
    expect(ship).toMatchObject({ title: 'الميناء يستقبل أكبر سفينة حاويات', url: 'https://harbour.example/a/ship', published: '2015-07-26', source: 'أخبار المرفأ' });
    expect(ship!.text).toContain('تسعة عشر ألف حاوية');
    expect(failures(items)).toEqual([expect.objectContaining({ origin: 'https://harbour.example/a/missing', reason: 'https://harbour.example/a/missing: HTTP 404' })]);
  });

  it('reads a feed URL through the injected fetch, and reports a URL it cannot fetch', async () => {
    const feedFetch: FetchLike = async (url) => (url === 'https://harbour.example/feed'
      ? new Response(readFileSync(join(FIX, 'feeds/summary.atom'), 'utf8'), { headers: { 'content-type': 'application/atom+xml' } })
      : fakeFetch(url));
    const items = await read(['https://harbour.example/feed', 'https://nowhere.example/x'], feedFetch);
    expect(articles(items).map((a) => a.url)).toEqual(['https://harbour.example/a/ship']);
    expect(failures(items).map((f) => f.origin)).toEqual(['https://harbour.example/a/missing', 'https://nowhere.example/x']);
  });

  it('reads JSONL and reports each bad line with its line number while the rest goes on', async () => {
    const items = await read([join(FIX, 'jsonl/articles.jsonl')]);
    expect(articles(items).map((a) => [a.title, a.published, a.source])).toEqual([
      ['انطلاق مهرجان التمور', '2015-08-02', 'wire'],
      ['افتتاح طريق سريع', '2015-08-03', 'wire'],
      [null, null, null],
    ]);
    expect(failures(items).map((f) => [f.origin.replace(FIX, ''), f.reason])).toEqual([
      ['/jsonl/articles.jsonl:3', 'invalid JSON line'],
      ['/jsonl/articles.jsonl:4', 'invalid article row: text: Invalid input: expected string, received undefined'],
      ['/jsonl/articles.jsonl:6', 'empty text'],
    ]);
  });

  it('reads gzip-compressed JSONL the same way', async () => {
    const gz = join(tmp, 'articles.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(FIX, 'jsonl/articles.jsonl'))));
    const items = await read([gz]);
    expect(articles(items)).toHaveLength(3);
    expect(failures(items)).toHaveLength(3);
  });

  it('reads a plain text file as one article, exactly as written', async () => {
    const [a] = articles(await read([join(FIX, 'text/article.txt')]));
    expect(a!.text).toBe(readFileSync(join(FIX, 'text/article.txt'), 'utf8'));
    expect(a!.title).toBeNull();
  });

  it.each([
    ['a binary file', 'binary.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /binary file/],
    ['a page with no article', 'html/no-article.html', null, /no article found/],
    ['a feed that is not XML', 'feeds/not-xml.rss', null, /not a feed/],
    ['text that is not UTF-8', 'latin1.txt', Buffer.from([0xe9, 0x74, 0xe9]), /not valid UTF-8/],
    ['an empty file', 'empty.txt', Buffer.alloc(0), /empty file/],
    ['a missing path', 'missing/nothing.txt', null, /no such file/],
  ])('reports %s as a failure of its own', async (_what, name, bytes, reason) => {
    const path = bytes ? join(tmp, name) : join(FIX, name);
    if (bytes) writeFileSync(path, bytes);
    const items = await read([path, join(FIX, 'text/article.txt')]);
    expect(failures(items)).toEqual([expect.objectContaining({ origin: path, reason: expect.stringMatching(reason) })]);
    expect(articles(items)).toHaveLength(1); // the next input is still read
  });

  it('walks directories recursively in name order', async () => {
    const items = await read([join(FIX, 'html'), join(FIX, 'text')]);
    expect(items.map((i) => (i.kind === 'article' ? i.article.origin : i.failure.origin).replace(FIX, ''))).toEqual([
      '/html/article.html', '/html/no-article.html', '/text/article.txt',
    ]);
  });

  it.each([
    ['2015-07-21', '2015-07-21'],
    ['2015-07-21 02:51:32', '2015-07-21'],
    ['2015-07-23T08:15:00+03:00', '2015-07-23'],
    ['Fri, 24 Jul 2015 09:00:00 GMT', '2015-07-24'],
    ['2015-02-30', null],
    ['not a date', null],
    ['', null],
  ])('toDay(%j) is %j', (input, expected) => {
    expect(toDay(input)).toBe(expected);
  });
});
