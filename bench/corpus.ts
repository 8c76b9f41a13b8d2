import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
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

function parseLine(line: string, index: number): CorpusArticle | null {
  if (!line.trim()) return null;
  const row = JSON.parse(line) as { id?: string; text?: string; published?: string };
  if (typeof row.text !== 'string' || !row.text.trim()) return null;
  const published = typeof row.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(row.published) ? row.published : null;
  return { id: row.id ?? String(index), text: row.text, published };
}

/**
 * Reads the fixed bench corpus: every ahdath article and the first `saudiLimit` non-empty Saudi articles,
 * in file order (deterministic). The Saudi file is streamed and left as soon as enough articles are read,
 * so the reader's memory does not inflate the peak RSS of the suites.
 */
export async function readCorpus(saudiLimit = 3000): Promise<CorpusArticle[]> {
  const out: CorpusArticle[] = [];
  readFileSync(AHDATH, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const a = parseLine(line, i);
      if (a) out.push(a);
    });
  let saudi = 0;
  const stream = createReadStream(SAUDI).pipe(createGunzip());
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (saudi >= saudiLimit) break;
    const a = parseLine(line, saudi);
    if (a) {
      out.push(a);
      saudi++;
    }
  }
  lines.close();
  stream.destroy();
  return out;
}
