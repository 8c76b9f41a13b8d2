import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { readHtml, toDay, type RawArticle } from '../app/index.js';
import type { Store } from '../store/index.js';
import { addArticles, analyzeText, type AddInput } from './add-articles.js';
import type { ApiEnv } from './context.js';
import { decodeCursor, pageOf } from './cursor.js';
import { ApiError, fromZodIssues, parseOr400 } from './errors.js';
import { listClaimRows, listEntities, readArticle, readClaim, readEntity } from './queries.js';
import {
  AnalyzeRequestSchema, ArticleInputSchema, ArticleMetaQuerySchema, ClaimParamsSchema, EntityParamsSchema, IdParamSchema, SearchParamsSchema,
} from './schemas.js';

/** The media type of a request, lower case, without parameters. */
function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

const JSONL_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines']);

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch (e) {
    throw new ApiError(400, 'INVALID_JSON', `the body is not JSON: ${(e as Error).message}`);
  }
}

/** A validated article input as the app layer reads it. */
function toRaw(x: z.infer<typeof ArticleInputSchema>, origin: string): RawArticle {
  return {
    text: x.text, title: x.title ?? null, url: x.url ?? null, published: x.published ? toDay(x.published) : null,
    source: x.source ?? null, author: x.author ?? null, origin,
  };
}

/**
 * The items of a `POST /api/articles` body, by media type: one JSON article, a text body, an HTML page (main text
 * through Readability; the query's metadata wins over the page's), or a JSONL batch where each bad line becomes a
 * failed item and the others go on.
 */
async function readArticleInputs(c: Context): Promise<AddInput[]> {
  const type = mediaType(c);
  const meta = parseOr400(ArticleMetaQuerySchema, c.req.query(), 'query');
  if (type === 'application/json') {
    return [{ ok: true, article: toRaw(parseOr400(ArticleInputSchema, await readJson(c), 'article'), 'api:json') }];
  }
  if (type === 'text/plain') {
    const text = await c.req.text();
    const x = parseOr400(ArticleInputSchema, { ...meta, text }, 'article');
    return [{ ok: true, article: toRaw(x, 'api:text') }];
  }
  if (type === 'text/html') {
    const page = readHtml(await c.req.text(), { url: meta.url ?? null, origin: 'api:html', source: meta.source ?? null });
    if (!page.ok) throw new ApiError(422, 'NO_ARTICLE', page.reason);
    const a = page.article;
    return [{ ok: true, article: { ...a, title: meta.title ?? a.title, published: meta.published ? toDay(meta.published) : a.published } }];
  }
  if (JSONL_TYPES.has(type)) {
    const lines = (await c.req.text()).split('\n');
    const items: AddInput[] = [];
    lines.forEach((line, k) => {
      if (line.trim() === '') return;
      const n = k + 1;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        items.push({ ok: false, origin: `api:jsonl:${n}`, line: n, reason: `line ${n} is not JSON: ${(e as Error).message}` });
        return;
      }
      const r = ArticleInputSchema.safeParse(value);
      if (r.success) items.push({ ok: true, article: toRaw(r.data, `api:jsonl:${n}`) });
      else items.push({ ok: false, origin: `api:jsonl:${n}`, line: n, reason: fromZodIssues(r.error.issues).map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') });
    });
    if (items.length === 0) throw new ApiError(400, 'INVALID_REQUEST', 'the JSONL body has no lines');
    return items;
  }
  throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `cannot add articles from ${type || 'a body without a content type'}: send application/json, text/plain, text/html or application/x-ndjson`);
}

/** Reads the text to analyse: JSON `{text, title, published}` or a plain text body. */
async function readAnalyzeInput(c: Context): Promise<z.infer<typeof AnalyzeRequestSchema>> {
  const type = mediaType(c);
  if (type === 'application/json') return parseOr400(AnalyzeRequestSchema, await readJson(c), 'request');
  if (type === 'text/plain') {
    const q = c.req.query();
    return parseOr400(AnalyzeRequestSchema, { text: await c.req.text(), title: q.title, published: q.published }, 'request');
  }
  throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `cannot analyse ${type || 'a body without a content type'}: send application/json or text/plain`);
}

/** The JSON API under `/api`. Validation, errors and limits are as the OpenAPI document says (src/api/openapi.ts). */
export function apiRoutes(store: Store): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  api.post('/analyze', async (c) => {
    const input = await readAnalyzeInput(c);
    return c.json(await analyzeText(c.var.analyzer, input.text, { published: input.published ? toDay(input.published) : null, title: input.title ?? null }));
  });

  api.post('/articles', async (c) => {
    const inputs = await readArticleInputs(c);
    const { analyzer, refresher } = c.var;
    const wait = ['1', 'true'].includes(parseOr400(ArticleMetaQuerySchema, c.req.query(), 'query').wait ?? '');
    return c.json(await addArticles(store, analyzer, refresher, inputs, { wait }), 201);
  });

  api.get('/articles/:id', async (c) => {
    const { id } = parseOr400(IdParamSchema, c.req.param(), 'path');
    const view = await readArticle(store, id);
    if (!view) throw new ApiError(404, 'NOT_FOUND', `no article ${id}`);
    const duplicates = (await store.duplicatesOf(id)).filter((d) => d !== id);
    return c.json({ ...view, article: withoutInternals(view.article), duplicates });
  });

  api.get('/search', async (c) => {
    const p = parseOr400(SearchParamsSchema, c.req.query(), 'query');
    const cursor = decodeCursor(p.cursor);
    const { q, limit, cursor: _c, ...filters } = p;
    const hits = await store.search({ text: q, ...definedOnly(filters), limit: cursor.offset + limit + 1 });
    return c.json(pageOf(hits, cursor, limit));
  });

  api.get('/claims', async (c) => {
    const p = parseOr400(ClaimParamsSchema, c.req.query(), 'query');
    return c.json(await listClaimRows(store, p));
  });

  api.get('/claims/:id', async (c) => {
    const { id } = parseOr400(IdParamSchema, c.req.param(), 'path');
    return c.json(await readClaim(store, id));
  });

  api.get('/entities', async (c) => {
    const p = parseOr400(EntityParamsSchema, c.req.query(), 'query');
    return c.json(await listEntities(store, p.q, p.limit, p.cursor));
  });

  api.get('/entities/:name', async (c) => {
    const name = c.req.param('name');
    const v = await readEntity(store, name);
    return c.json({ entity: v.entity, roles: v.roles, statements: v.statements, claims: v.claims });
  });

  api.all('*', () => {
    throw new ApiError(404, 'NOT_FOUND', 'no such endpoint (see /openapi.json)');
  });
  return api;
}

/** The article as the API shows it (the origin is an ingest detail, the hash is in the analysis). */
function withoutInternals<T extends { origin: string; contentHash: string }>(a: T): Omit<T, 'origin' | 'contentHash'> {
  const { origin: _o, contentHash: _h, ...rest } = a;
  return rest;
}

/** Drops undefined values (for `exactOptionalPropertyTypes`). */
export function definedOnly<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
