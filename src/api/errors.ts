import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { IsnadError } from '../core/index.js';
import { StoreError } from '../store/index.js';

/** One problem with a request, Zod style: where (`path`) and what (`code`, `message`). */
export interface ApiIssue {
  code: string;
  path: Array<string | number>;
  message: string;
}

/** The body of every error response: `{code, message, issues}`. */
export interface ApiErrorBody {
  code: string;
  message: string;
  issues: ApiIssue[];
  /** Set on 500s: quote it when reporting the problem; the server log has the details. */
  errorId?: string;
}

/**
 * An error the API answers with a 4xx status and a stable code.
 * @example throw new ApiError(404, 'NOT_FOUND', 'no article 12')
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns zod issues into API issues (paths kept, messages as zod wrote them). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ApiIssue[] {
  return issues.map((i) => ({ code: i.code, path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

/** Validates `value` with `schema` or throws a 400 `INVALID_REQUEST` that lists every issue. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new ApiError(400, 'INVALID_REQUEST', `invalid ${what}`, fromZodIssues(r.error.issues));
  return r.data;
}

let errorCounter = 0;
const nextErrorId = () => `e${Date.now().toString(36)}${(++errorCounter).toString(36)}`;

/**
 * The single error handler of the app: `ApiError` and Hono's `HTTPException` keep their status, `IsnadError` (misuse
 * caught by the core: a bad `published` date) is a 400, anything else is a 500 with an error id and no stack.
 */
export function handleError(err: Error, c: Context): Response {
  let status: ContentfulStatusCode;
  let body: ApiErrorBody;
  if (err instanceof ApiError) {
    status = err.status;
    body = { code: err.code, message: err.message, issues: err.issues };
  } else if (err instanceof HTTPException) {
    status = err.status;
    const code = status === 401 ? 'UNAUTHORIZED' : status === 413 ? 'PAYLOAD_TOO_LARGE' : `HTTP_${status}`;
    body = { code, message: err.message || (status === 413 ? 'request body too large' : 'request refused'), issues: [] };
  } else if (err instanceof StoreError) {
    // Infrastructure, not the client's fault: 503 when trying again may help (a busy database), else 500.
    status = err.retryable ? 503 : 500;
    const errorId = nextErrorId();
    console.error(`[isnad api] ${errorId} ${c.req.method} ${c.req.path}:`, err);
    body = { code: err.code, message: err.retryable ? 'the database is busy, try again' : 'storage error', issues: [], errorId };
  } else if (err instanceof IsnadError) {
    status = 400;
    body = { code: err.code, message: err.message, issues: [] };
  } else {
    status = 500;
    const errorId = nextErrorId();
    console.error(`[isnad api] ${errorId} ${c.req.method} ${c.req.path}:`, err);
    body = { code: 'INTERNAL', message: 'internal error', issues: [], errorId };
  }
  if (wantsHtml(c)) return c.html(errorPage(status, body), status);
  return c.json(body, status);
}

/** Pages (not /api) answer errors as HTML. */
function wantsHtml(c: Context): boolean {
  return !c.req.path.startsWith('/api') && c.req.path !== '/openapi.json' && (c.req.header('accept') ?? '').includes('text/html');
}

function errorPage(status: number, body: ApiErrorBody): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${status}</title><link rel="stylesheet" href="/assets/style.css"></head><body><main class="page"><h1>${status}</h1><p>${esc(body.message)}</p><p><a href="/">العودة إلى لوحة الادعاءات</a></p></main></body></html>`;
}
