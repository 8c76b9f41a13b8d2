import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared data folder, `../shared` relative to the repository. */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const AHDATH = resolve(SHARED, 'data/news/ahdath/articles.jsonl');
const SAUDI = resolve(SHARED, 'data/news/saudinewsnet/articles.jsonl.gz');

/** One article of the real news corpus. */
export interface CorpusArticle {
  id: string;
  text: string;
  published: string | null;
}

/** True when the shared corpus is present. */
export function hasCorpus(): boolean {
  return existsSync(AHDATH) && existsSync(SAUDI);
}

function parseLines(text: string, limit: number): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const line of text.split('\n')) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id?: string; text?: string; published?: string };
    if (typeof row.text !== 'string' || !row.text.trim()) continue;
    const published = typeof row.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(row.published) ? row.published : null;
    out.push({ id: row.id ?? String(out.length), text: row.text, published });
  }
  return out;
}

/**
 * Reads the fixed bench corpus: every ahdath article and the first `saudiLimit` non-empty Saudi articles,
 * in file order (deterministic).
 */
export function readCorpus(saudiLimit = 3000): CorpusArticle[] {
  const ahdath = parseLines(readFileSync(AHDATH, 'utf8'), Infinity);
  const saudi = parseLines(gunzipSync(readFileSync(SAUDI)).toString('utf8'), saudiLimit);
  return [...ahdath, ...saudi];
}
