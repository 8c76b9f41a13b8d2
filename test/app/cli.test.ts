// The corpus commands, run as a user runs them: the binary, stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/isnad.js');
const FIX = resolve(import.meta.dirname, '../fixtures/ingest');
const tmp = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
const DB = join(tmp, 'cli.db');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const isnad = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ISNAD_DATABASE_URL: DB, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('isnad ingest, search, claims, claim, entity', () => {
  let first: ReturnType<typeof isnad>;
  beforeAll(() => {
    first = isnad('ingest', join(FIX, 'jsonl'), join(FIX, 'text'), join(FIX, 'html'), '--json', '--workers', '1');
  });

  it('ingest --json ends with the summary line, lists failures before it, and exits 1 when some failed', () => {
    const lines = first.out.trim().split('\n');
    expect(JSON.parse(lines.pop()!)).toEqual({ added: 5, duplicates: 0, failed: 4 });
    expect(lines.map((l) => (JSON.parse(l) as { failure: { reason: string } }).failure.reason)).toHaveLength(4);
    expect(first.code).toBe(1);
  });

  it('ingest again: everything is a duplicate', () => {
    const again = isnad('ingest', join(FIX, 'text'), '--json', '--workers', '0');
    expect(again.out.trim().split('\n').pop()).toBe('{"added":0,"duplicates":1,"failed":0}');
    expect(again.code).toBe(0);
  });

  it('search --json prints {articleId, title, snippet, score} rows; clitic forms match', () => {
    const r = isnad('search', 'التمور', '--json');
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toEqual([expect.objectContaining({ articleId: expect.any(Number), title: 'انطلاق مهرجان التمور', snippet: expect.stringContaining('[التمور]'), score: expect.any(Number) })]);
    expect(isnad('search', 'تمور', '--json').out).toContain('انطلاق مهرجان التمور');
  });

  it.each([
    [['search', 'التمور', '--from', '2015-08-03'], 'no results'],
    [['search', 'التمور', '--source', 'wire'], 'انطلاق مهرجان التمور'],
  ])('search with filters: %j', (args, expected) => {
    expect(isnad(...args).out).toContain(expected);
  });

  it.each([
    [['search', 'x', '--stance', 'maybe'], /--stance takes asserts, denies, hedges, concern/],
    [['claim', '424242'], /no tracked claim 424242/],
    [['entity', 'لا أحد بهذا الاسم'], /no entity named/],
    [['search', 'x', '--db', 'postgres://u:secret@127.0.0.1:1/db'], /^isnad: cannot open the PostgreSQL store postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db/],
    [['ingest', join(FIX, 'text'), '--queue'], /the job queue needs PostgreSQL/],
  ])('one-line errors: %j', (args, message) => {
    const r = isnad(...args);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  it('claims answers even when nothing is tracked across articles', () => {
    const r = isnad('claims');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/claim/);
  });
});
