import { Hono } from 'hono';
import { z } from 'zod';
import { toDay } from '../app/index.js';
import type { Analysis } from '../core/index.js';
import type { Store } from '../store/index.js';
import { analyzeText } from '../api/add-articles.js';
import type { ApiEnv } from '../api/context.js';
import { decodeCursor, pageOf } from '../api/cursor.js';
import { ApiError, parseOr400 } from '../api/errors.js';
import { listClaimRows, listEntities, readArticle, readClaim, readEntity } from '../api/queries.js';
import { ClaimParamsSchema, EntityParamsSchema, IdParamSchema, SearchParamsSchema } from '../api/schemas.js';
import { boardPage, claimPage } from './pages/claims.js';
import { analysePage, articlePage } from './pages/article.js';
import { entitiesPage, entityPage } from './pages/entity.js';
import { searchPage, type SearchResult } from './pages/search.js';

/** Empty form fields count as absent (`?stance=&from=` is an unfiltered board). */
function filled(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));
}

/** The pages: server-rendered HTML over the same read models as the API. */
export function webRoutes(store: Store): Hono<ApiEnv> {
  const web = new Hono<ApiEnv>();

  web.get('/', async (c) => {
    const filter = parseOr400(ClaimParamsSchema, filled(c.req.query()), 'filters');
    return c.html(boardPage(filter, await listClaimRows(store, filter)));
  });

  web.get('/claims/:id', async (c) => {
    const { id } = parseOr400(IdParamSchema, c.req.param(), 'path');
    const { claim, timeline } = await readClaim(store, id);
    return c.html(claimPage(claim, timeline));
  });

  web.get('/articles/:id', async (c) => {
    const { id } = parseOr400(IdParamSchema, c.req.param(), 'path');
    const view = await readArticle(store, id);
    if (!view) throw new ApiError(404, 'NOT_FOUND', `لا مقال برقم ${id}`);
    const duplicates = (await store.duplicatesOf(id)).filter((d) => d !== id);
    return c.html(articlePage(view, duplicates));
  });

  web.get('/entities', async (c) => {
    const p = parseOr400(EntityParamsSchema, filled(c.req.query()), 'query');
    return c.html(entitiesPage(p.q, await listEntities(store, p.q, p.limit, p.cursor)));
  });

  web.get('/entities/:name', async (c) => {
    return c.html(entityPage(await readEntity(store, c.req.param('name'))));
  });

  web.get('/search', async (c) => {
    const query = filled(c.req.query());
    if (!query.q) return c.html(searchPage({ q: '' }, null, null));
    const p = parseOr400(SearchParamsSchema, query, 'query');
    const cursor = decodeCursor(p.cursor);
    const { q, limit, cursor: _c, ...filters } = p;
    const hits = await store.search({ text: q, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)), limit: cursor.offset + limit + 1 });
    const page = pageOf(hits, cursor, limit);
    // Snippets are cut from the article text by the hit's offsets, so each hit needs its text.
    const results: SearchResult[] = await Promise.all(page.items.map(async (hit) => ({ hit, text: (await store.getArticle(hit.articleId))?.text ?? null })));
    return c.html(searchPage({ q, ...filters }, results, page.nextCursor));
  });

  web.get('/analyse', (c) => c.html(analysePage({ text: '', title: '', published: '' }, null, null)));

  web.post('/analyse', async (c) => {
    const form = await c.req.parseBody();
    const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
    let text = field('text');
    const file = form.file;
    // The text box wins; an uploaded file is read when the box is empty (the page's script also copies it into the box).
    if (text.trim() === '' && file instanceof File && file.size > 0) text = await file.text();
    const input = { text, title: field('title').trim(), published: field('published').trim() };
    const checked = z.object({ text: z.string().refine((t) => t.trim() !== '', 'النص فارغ') }).safeParse({ text });
    if (!checked.success) return c.html(analysePage(input, null, 'الصق نص مقال أو اختر ملفا.'), 400);
    const published = input.published ? toDay(input.published) : null;
    if (input.published && !published) return c.html(analysePage(input, null, 'تاريخ النشر غير صالح.'), 400);
    const analysis: Analysis = await analyzeText(c.var.analyzer, text, { published, title: input.title || null });
    return c.html(analysePage(input, analysis, null));
  });

  return web;
}
