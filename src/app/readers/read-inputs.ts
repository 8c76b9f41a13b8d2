import { createReadStream, type Dirent } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { JsonlArticleSchema } from '../../contracts/index.js';
import { toDay } from './dates.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import type { FetchLike, InputItem, RawArticle } from './types.js';

/** Options of `readInputs`. */
export interface ReadOptions {
  /** Overrides the source of every article (`--source`). */
  source?: string | null;
  /** Network access for feed and page URLs; without it, URLs are reported as failures. */
  fetch?: FetchLike;
  /** Largest non-JSONL file read whole (default 20 MB). */
  maxFileBytes?: number;
}

type Format = 'jsonl' | 'html' | 'feed' | 'text';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Total bytes of the inputs (files under directories included): the progress bar's 100%. */
export async function measureInputs(paths: string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (/^https?:\/\//i.test(p)) continue;
    for await (const f of walk(p)) total += f.size;
  }
  return total;
}

async function* walk(path: string): AsyncGenerator<{ path: string; size: number; error?: string }> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { path, size: 0, error: code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code ?? 'error'})` };
    return;
  }
  if (st.isDirectory()) {
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch {
      yield { path, size: 0, error: 'directory cannot be read' };
      return;
    }
    // Sorted, so runs are reproducible and a second run after a crash reads in the same order.
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory() || e.isFile()) yield* walk(join(path, e.name));
    }
    return;
  }
  if (!st.isFile()) {
    yield { path, size: 0, error: 'not a regular file' };
    return;
  }
  yield { path, size: st.size };
}

/** Picks a format from the name, else from the first bytes. */
function formatOf(name: string, head: string): Format {
  const n = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(n)) return 'jsonl';
  if (/\.(html?|xhtml)$/.test(n)) return 'html';
  if (/\.(rss|atom|xml)$/.test(n)) return 'feed';
  if (/\.(txt|text|md)$/.test(n)) return 'text';
  const h = head.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (h.startsWith('{')) return 'jsonl';
  if (h.startsWith('<?xml') || h.startsWith('<rss') || h.startsWith('<feed') || h.startsWith('<rdf:rdf')) return h.includes('<html') ? 'html' : 'feed';
  if (h.startsWith('<')) return 'html';
  return 'text';
}

const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Reads articles from files, directories (recursively, in name order), JSONL (gzip or not), HTML pages,
 * RSS/Atom feeds (files or URLs) and plain text. Every problem is an item of its own (a binary file, an
 * invalid JSONL line, a feed that is not XML, a page with no article, an empty text): the rest goes on.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  let base = 0;
  for (const p of paths) {
    if (/^https?:\/\//i.test(p)) {
      yield* readUrl(p, options, base);
      continue;
    }
    for await (const f of walk(p)) {
      if (f.error) {
        yield { kind: 'failure', failure: { origin: f.path, reason: f.error }, position: base };
        continue;
      }
      yield* readFile1(f.path, f.size, options, base);
      base += f.size;
    }
  }
}

async function* readFile1(path: string, size: number, options: ReadOptions, base: number): AsyncGenerator<InputItem> {
  const end = base + size;
  const fail = (reason: string): InputItem => ({ kind: 'failure', failure: { origin: path, reason }, position: end });
  let head: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(size, 8192));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch {
    yield fail('cannot be read');
    return;
  }
  if (size === 0) {
    yield fail('empty file');
    return;
  }
  const gz = isGzip(head);
  let headText = '';
  if (gz) {
    try {
      headText = new TextDecoder().decode(gunzipSync(head, { finishFlush: 2 }).subarray(0, 4096));
    } catch {
      headText = '';
    }
  } else {
    if (head.includes(0)) {
      yield fail('binary file (it has NUL bytes); expected text, HTML, a feed or JSONL');
      return;
    }
    headText = head.toString('utf8');
  }
  const format = formatOf(path, headText);
  if (format === 'jsonl') {
    yield* readJsonl(path, gz, options, base);
    return;
  }
  const max = options.maxFileBytes ?? 20 * 1024 * 1024;
  if (size > max) {
    yield fail(`${(size / 1048576).toFixed(1)} MB is over the ${max / 1048576} MB limit for one document`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
    if (gz) bytes = gunzipSync(bytes);
  } catch (e) {
    yield fail(`cannot be read: ${(e as Error).message}`);
    return;
  }
  if (bytes.includes(0)) {
    yield fail('binary file (it has NUL bytes); expected text, HTML, a feed or JSONL');
    return;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    yield fail('not valid UTF-8; convert it first (e.g. iconv -f WINDOWS-1256 -t UTF-8)');
    return;
  }
  if (format === 'html') {
    const r = readHtml(text, { url: null, origin: path, source: options.source ?? null });
    yield r.ok ? { kind: 'article', article: r.article, position: end } : fail(r.reason);
  } else if (format === 'feed') {
    yield* readFeedItems(text, path, null, options, end);
  } else {
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') yield fail('empty text');
    else yield { kind: 'article', article: { text: body, title: null, url: null, published: null, source: options.source ?? null, author: null, origin: path }, position: end };
  }
}

/** Streams a JSONL file (gzip or not) line by line; `position` follows the compressed bytes read. */
async function* readJsonl(path: string, gz: boolean, options: ReadOptions, base: number): AsyncGenerator<InputItem> {
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      read += chunk.length;
      cb(null, chunk);
    },
  });
  const raw = createReadStream(path).pipe(counter);
  const input = gz ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const origin = `${path}:${n}`;
      const position = base + read;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        yield { kind: 'failure', failure: { origin, reason: 'invalid JSON line' }, position };
        continue;
      }
      const row = JsonlArticleSchema.safeParse(json);
      if (!row.success) {
        const issue = row.error.issues[0];
        yield { kind: 'failure', failure: { origin, reason: `invalid article row: ${issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : 'unknown'}` }, position };
        continue;
      }
      const r = row.data;
      const meta = { source: options.source ?? r.source ?? null, url: r.url ?? null, title: r.title ?? null };
      if (r.text.trim() === '') {
        yield { kind: 'failure', failure: { origin, reason: 'empty text', ...meta }, position };
        continue;
      }
      const article: RawArticle = { text: r.text, ...meta, published: toDay(r.published), author: r.author ?? null, origin };
      yield { kind: 'article', article, position };
    }
  } catch (e) {
    yield { kind: 'failure', failure: { origin: `${path}:${n + 1}`, reason: `the file cannot be read further: ${(e as Error).message}` }, position: base + read };
  }
}

async function* readFeedItems(xml: string, origin: string, feedUrl: string | null, options: ReadOptions, position: number): AsyncGenerator<InputItem> {
  const feed = readFeed(xml);
  if (!feed.ok) {
    yield { kind: 'failure', failure: { origin, reason: feed.reason }, position };
    return;
  }
  let host: string | null = null;
  try {
    host = feedUrl ? new URL(feedUrl).hostname : null;
  } catch {
    host = null;
  }
  const source = options.source ?? feed.title ?? host;
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i]!;
    const itemOrigin = item.link ?? `${origin}#${i + 1}`;
    const meta = { url: item.link, title: item.title, source };
    if (item.full) {
      yield { kind: 'article', article: { text: item.text, ...meta, published: item.published, author: item.author, origin: itemOrigin }, position };
      continue;
    }
    // Only a summary in the feed: the article is on the item's page.
    if (!item.link) {
      yield { kind: 'failure', failure: { origin: itemOrigin, reason: 'the feed item has only a summary and no link to its page', ...meta }, position };
      continue;
    }
    const page = await fetchText(item.link, options);
    if (!page.ok) {
      yield { kind: 'failure', failure: { origin: itemOrigin, reason: page.reason, ...meta }, position };
      continue;
    }
    const r = readHtml(page.text, { url: item.link, origin: itemOrigin, source });
    if (!r.ok) {
      yield { kind: 'failure', failure: { origin: itemOrigin, reason: r.reason, ...meta }, position };
      continue;
    }
    yield {
      kind: 'article',
      article: { ...r.article, title: item.title ?? r.article.title, published: item.published ?? r.article.published, author: item.author ?? r.article.author },
      position,
    };
  }
}

async function fetchText(url: string, options: ReadOptions): Promise<{ ok: true; text: string; type: string } | { ok: false; reason: string }> {
  if (!options.fetch) return { ok: false, reason: `${url}: no network access was given` };
  try {
    const res = await options.fetch(url, { signal: AbortSignal.timeout(30_000), headers: { 'user-agent': 'isnad (+https://github.com/isnad)' } });
    if (!res.ok) return { ok: false, reason: `${url}: HTTP ${res.status}` };
    return { ok: true, text: await res.text(), type: res.headers.get('content-type') ?? '' };
  } catch (e) {
    return { ok: false, reason: `${url}: cannot be fetched (${(e as Error).message})` };
  }
}

/** A URL on the command line: a feed (its items) or a page (one article). */
async function* readUrl(url: string, options: ReadOptions, position: number): AsyncGenerator<InputItem> {
  const got = await fetchText(url, options);
  if (!got.ok) {
    yield { kind: 'failure', failure: { origin: url, reason: got.reason }, position };
    return;
  }
  const head = got.text.slice(0, 1024).trimStart().toLowerCase();
  const isFeed = /xml|rss|atom/.test(got.type) && !/html/.test(got.type) ? true : /^(<\?xml[^>]*>\s*)?<(rss|feed|rdf:rdf)/.test(head);
  if (isFeed) {
    yield* readFeedItems(got.text, url, url, options, position);
    return;
  }
  const r = readHtml(got.text, { url, origin: url, source: options.source ?? null });
  yield r.ok ? { kind: 'article', article: r.article, position } : { kind: 'failure', failure: { origin: url, reason: r.reason }, position };
}
