import { createHash } from 'node:crypto';
import { identifyLanguage } from '../core/index.js';
import { toSearchDocument, type NewArticle } from '../store/index.js';
import { fingerprint } from './near-duplicates/fingerprint.js';
import type { RawArticle } from './readers/types.js';

/** sha256 of the UTF-8 text, hex: the identity of an article's content. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Turns a raw article into what the store keeps: hash, language, search layers and near-duplicate fingerprint. */
export function prepareArticle(a: RawArticle): NewArticle {
  return {
    text: a.text,
    contentHash: contentHash(a.text),
    source: a.source,
    url: a.url,
    title: a.title,
    published: a.published,
    author: a.author,
    language: identifyLanguage(a.text).language,
    origin: a.origin,
    search: toSearchDocument(a.title, a.text),
    fingerprint: fingerprint(a.text),
  };
}
