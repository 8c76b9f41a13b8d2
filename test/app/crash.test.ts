// Crash safety: an ingest killed with SIGKILL mid-way, then run again, ends with every article stored and
// analysed exactly once: nothing lost, nothing doubled.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';

const BIN = resolve(import.meta.dirname, '../../bin/isnad.js');
const tmp = mkdtempSync(join(tmpdir(), 'isnad-crash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const N = 1000;
const SENTENCES = [
  'أعلنت البلدية عن خطة جديدة لتطوير الحدائق العامة في الأحياء الشمالية',
  'وقال المتحدث باسم الهيئة إن الأعمال ستنتهي قبل نهاية العام',
  'وأشار التقرير إلى ارتفاع أعداد الزوار خلال موسم الصيف',
  'وحذر خبراء من تأثير ارتفاع درجات الحرارة على المحاصيل الزراعية',
  'وأكدت الوزارة أن الخدمات الإلكترونية متاحة على مدار الساعة',
];

function corpus(): string {
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const body = [0, 1, 2, 3].map((k) => SENTENCES[(i + k * 7) % SENTENCES.length]).join('، ');
    lines.push(JSON.stringify({ text: `${body}. وهذا هو المقال رقم ${i} في السلسلة.`, title: `مقال ${i}`, url: `https://t.example/${i}`, published: '2015-07-21', source: 't' }));
  }
  return lines.join('\n') + '\n';
}

function countArticles(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

it('survives SIGKILL mid-ingest: the second run completes with nothing lost or doubled', async () => {
  const input = join(tmp, 'corpus.jsonl');
  const db = join(tmp, 'crash.db');
  writeFileSync(input, corpus());
  const args = [BIN, 'ingest', input, '--db', db, '--workers', '1', '--batch', '25', '--json'];

  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  let seen = 0;
  for (let i = 0; i < 1200 && seen < 150; i++) {
    await new Promise((r) => setTimeout(r, 50));
    seen = countArticles(db);
  }
  child.kill('SIGKILL');
  const signal = await exited;
  const stored = countArticles(db);
  expect(signal).toBe('SIGKILL');
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThan(N);

  const second = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(second.status).toBe(0);
  const last = JSON.parse(second.stdout.trim().split('\n').pop()!) as { added: number; duplicates: number; failed: number };
  expect(last).toEqual({ added: N - stored, duplicates: stored, failed: 0 });

  const d = new Database(db, { readonly: true });
  const one = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
  expect(one('SELECT COUNT(*) AS n FROM articles')).toBe(N);
  expect(one('SELECT COUNT(DISTINCT content_hash) AS n FROM articles')).toBe(N);
  expect(one("SELECT COUNT(*) AS n FROM analyses WHERE status = 'ok'")).toBe(N);
  expect(one('SELECT COUNT(*) AS n FROM article_fts_docsize')).toBe(N);
  d.close();
  // Articles from both runs are searchable, each once.
  const store = openSqliteStore(db);
  for (const i of [0, Math.floor(stored / 2), stored + 1, N - 1]) {
    const hits = await store.search({ text: `"المقال رقم ${i}"` });
    expect(hits.map((h) => h.title)).toEqual([`مقال ${i}`]);
  }
  await store.close();
}, 180_000);
