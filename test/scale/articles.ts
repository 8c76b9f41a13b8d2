import { createHash } from 'node:crypto';
import { toSearchDocument, type NewArticle } from '../../src/store/index.js';
import { fingerprint } from '../../src/app/near-duplicates/fingerprint.js';
import type { GeneratedArticle } from './corpus.js';

/** Turns a generated article into what `Store.putArticles` takes, as ingest prepares it. */
export function toNewArticle(a: GeneratedArticle, origin: string): NewArticle {
  return {
    text: a.text,
    contentHash: createHash('sha256').update(a.text, 'utf8').digest('hex'),
    source: a.source,
    url: a.url,
    title: a.title,
    published: a.published,
    author: null,
    language: 'ar',
    origin,
    search: toSearchDocument(a.title, a.text),
    fingerprint: fingerprint(a.text),
  };
}
