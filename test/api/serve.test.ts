import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/isnad.js', import.meta.url));

// `isnad serve` as a user runs it: a child process on a free port, a database file, a token from the environment.
describe('isnad serve', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isnad-serve-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the API over a database file, needs the token for writes, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'serve.db'), '--port', '0'], {
      env: { ...process.env, ISNAD_FROM_SRC: '1', ISNAD_API_TOKEN: 'tok' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d: string) => {
        stderr += d;
        const m = / at (http:\/\/\S+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(stderr).toMatch(/serve\.db at http:\/\/127\.0\.0\.1:\d+ \(writes need the bearer token\)/);
    const doc = (await (await fetch(`${url}/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    const add = (headers: Record<string, string>) => fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: 'قال المتحدث إن الجلسة تأجلت إلى الأسبوع المقبل.' });
    expect((await add({})).status).toBe(401);
    expect((await add({ authorization: 'Bearer tok' })).status).toBe(201);
    expect((await fetch(`${url}/api/articles/1`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/stopping/);
  });
});
