import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { inProcessAnalyzer, type Analyzer } from '../app/index.js';
import type { Store } from '../store/index.js';
import { webRoutes } from '../web/routes.js';
import { assetRoutes } from '../web/assets.js';
import { CorpusRefresher } from './add-articles.js';
import { requireTokenForWrites } from './auth.js';
import type { ApiEnv } from './context.js';
import { ApiError, handleError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { withReadCache } from './read-cache.js';
import { apiRoutes } from './routes.js';

/** Options of `createApp`. */
export interface AppOptions {
  store: Store;
  /** Bearer token required for writes; null or absent: writes are open. */
  token?: string | null;
  /** Analyses added articles (default: in process). */
  analyzer?: Analyzer;
  /** Largest request body for one article or an analysis (default 2 MiB). */
  maxArticleBytes?: number;
  /** Largest request body for a JSONL batch (default 32 MiB). */
  maxBatchBytes?: number;
  /** How long repeated reads (timelines, articles, analyses) are served from memory, ms; 0: no cache. Default 10 s. */
  cacheTtlMs?: number;
}

/**
 * The Content-Security-Policy of every response: scripts, styles and fonts from this server only, no inline script
 * (the pages load /assets/app.js), no plugins, no framing. Article text is escaped everywhere; this is the second wall.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  fontSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const MiB = 1024 * 1024;
const REFRESHERS = new WeakMap<object, CorpusRefresher>();

/**
 * Resolves when the app's background passes (near-duplicates and claims, re-tracked after writes) have finished:
 * for tests, and before closing the store.
 */
export function whenSettled(app: Hono<ApiEnv>): Promise<void> {
  return REFRESHERS.get(app)?.idle() ?? Promise.resolve();
}

/**
 * The isnad web app: the JSON API under `/api`, its OpenAPI document at `/openapi.json`, the pages, and their assets.
 * Web-standard (Request in, Response out): `app.request()` in tests, @hono/node-server in `server.ts`.
 */
export function createApp(options: AppOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const analyzer = options.analyzer ?? inProcessAnalyzer();
  const ttl = options.cacheTtlMs ?? 10_000;
  // The board reads each claim's timeline and the claim page each article's analysis: repeated reads come from memory.
  const store = ttl > 0 ? withReadCache(options.store, { ttlMs: ttl }) : options.store;
  const refresher = new CorpusRefresher(store);
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `request body larger than ${maxSize} bytes`);
      },
    });
  const maxArticle = options.maxArticleBytes ?? 2 * MiB;
  const maxBatch = options.maxBatchBytes ?? 32 * MiB;

  app.onError(handleError);
  app.notFound((c) => handleError(new ApiError(404, 'NOT_FOUND', `nothing at ${c.req.path}`), c));
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: 'same-origin', crossOriginEmbedderPolicy: false }));
  app.use('*', async (c, next) => {
    c.set('analyzer', analyzer);
    c.set('refresher', refresher);
    await next();
  });
  // Writes need the token; analysing without storing is a read.
  app.use('/api/*', async (c, next) => (c.req.path === '/api/analyze' ? next() : requireTokenForWrites(options.token ?? null)(c, next)));
  app.use('/api/analyze', limit(maxArticle));
  app.use('/analyse', limit(maxArticle));
  app.use('/api/articles', async (c, next) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    return limit(/json(l|lines)|ndjson/.test(type) ? maxBatch : maxArticle)(c, next);
  });

  REFRESHERS.set(app, refresher);
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/api', apiRoutes(store));
  app.route('/', assetRoutes());
  app.route('/', webRoutes(store));
  return app;
}
