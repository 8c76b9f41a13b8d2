import { ApiError } from './errors.js';

/**
 * Opaque pagination cursors: the position after the last item returned, as base64url JSON. Clients pass back
 * `nextCursor` untouched; a cursor that does not decode is a 400, not an empty page.
 * @example decodeCursor(encodeCursor({ offset: 50 })) // { offset: 50 }
 */
export interface Cursor {
  /** Items already returned. */
  offset: number;
}

/** Encodes a cursor. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.offset]), 'utf8').toString('base64url');
}

/** Decodes a cursor from a query string, or the start when absent. @throws {ApiError} 400 `INVALID_CURSOR`. */
export function decodeCursor(value: string | undefined): Cursor {
  if (value === undefined || value === '') return { offset: 0 };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 1 && Number.isSafeInteger(parsed[0]) && parsed[0] >= 0) return { offset: parsed[0] as number };
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, 'INVALID_CURSOR', 'cursor is not one this server returned', [{ code: 'invalid_cursor', path: ['cursor'], message: 'pass back nextCursor unchanged' }]);
}

/**
 * Cuts one page out of a list fetched with one item more than the page: the extra item tells whether a next page exists.
 * @returns the page's items and the next cursor (null on the last page).
 */
export function pageOf<T>(fetched: T[], cursor: Cursor, limit: number): { items: T[]; nextCursor: string | null } {
  const items = fetched.slice(cursor.offset, cursor.offset + limit);
  const more = fetched.length > cursor.offset + limit;
  return { items, nextCursor: more ? encodeCursor({ offset: cursor.offset + limit }) : null };
}
