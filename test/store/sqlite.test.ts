import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, openSqliteStore, openStore, databaseLocation } from '../../src/store/index.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('SQLite', async () => openSqliteStore(join(dir, `t${n++}.db`)));

describe('SQLite specifics', () => {
  it('runs the migrations on open, in WAL mode, and reopens without re-running them', async () => {
    const file = join(dir, 'wal.db');
    const s = openSqliteStore(file);
    expect(s.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    await s.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openSqliteStore(file);
    expect(again.schemaVersion()).toBe(MIGRATIONS.length);
    await again.close();
  });

  it('refuses a database made by a newer isnad', async () => {
    const file = join(dir, 'newer.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer than this isnad/);
  });

  it.each([
    [undefined, {}, 'isnad.db'],
    [undefined, { ISNAD_DATABASE_URL: '/data/x.db' }, '/data/x.db'],
    ['flag.db', { ISNAD_DATABASE_URL: '/data/x.db' }, 'flag.db'],
  ])('the database location: --db %s, env %j gives %s', (flag, env, expected) => {
    expect(databaseLocation(flag, env)).toBe(expected);
  });

  it('opens a postgres:// URL with the PostgreSQL backend, and says why when it cannot (password hidden)', async () => {
    await expect(openStore('postgres://user:secret@127.0.0.1:1/isnad')).rejects.toThrow(/cannot open the PostgreSQL store postgres:\/\/user:\*\*\*@127\.0\.0\.1:1/);
  });
});
