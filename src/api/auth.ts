import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** Compares in constant time (a token must not leak through response timing). */
function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Requires `Authorization: Bearer <token>` on writes when the server has a token; reads stay open.
 * With no token configured, writes are open too (a local, single-user server).
 * @throws {ApiError} 401 `UNAUTHORIZED` when the token is missing or wrong.
 */
export function requireTokenForWrites(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token !== null && c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
      if (!m || !sameToken(m[1]!, token)) {
        c.header('WWW-Authenticate', 'Bearer realm="isnad"');
        throw new ApiError(401, 'UNAUTHORIZED', m ? 'the bearer token is not the server\'s' : 'this server requires a bearer token for writes (Authorization: Bearer <token>)');
      }
    }
    await next();
  };
}
