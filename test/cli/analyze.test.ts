import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const EXAMPLE = fileURLToPath(new URL('../../examples/ar/water-dispute.txt', import.meta.url));

describe('isnad analyze: bad input gets one line on stderr and a non-zero exit', () => {
  it.each([
    ['a directory', () => dir, /is a directory; give files/],
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['a binary file', () => file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), /looks binary/],
    ['an empty file', () => file('empty.txt', '  \n\t\n'), /is empty/],
    ['non-UTF-8 text', () => file('cp1256.txt', Buffer.from([0xc7, 0xe1, 0xd1, 0xc8, 0xc7, 0xd8])), /is not valid UTF-8/],
    ['an oversized file', () => file('big.txt', 'ا'.repeat(3 * 1024 * 1024)), /over the 5 MB limit/],
  ])('%s', (_label, path, message) => {
    const r = runCli(['analyze', path()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a malformed --published with a usage error', () => {
    const r = runCli(['analyze', '--published', '2024-02-30', EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe('isnad analyze: output', () => {
  it('prints the analysis JSON whose spans slice the file as read with readFileSync', () => {
    const r = runCli(['analyze', '--json', '--published', '2024-11-10', EXAMPLE]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { schema: string; published: string; paragraphs: Array<{ start: number; end: number }> };
    const text = readFileSync(EXAMPLE, 'utf8');
    expect(a.schema).toBe('isnad/analysis@1');
    expect(a.published).toBe('2024-11-10');
    expect(a.paragraphs.length).toBeGreaterThan(3);
    for (const p of a.paragraphs) expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
  });

  it('reads standard input with -', () => {
    const r = runCli(['analyze', '--json', '-'], 'قال الوزير إن الاجتماع كان مثمرا.\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).length).toBe(34);
  });

  it('gives one JSON line per article for several files, and still reports the bad one', () => {
    const good = file('good.txt', 'أكدت الوزارة أن الطريق مفتوح.\n');
    const r = runCli(['analyze', '--json', good, join(dir, 'missing.txt'), EXAMPLE]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string });
    expect(lines.map((l) => l.file)).toEqual([good, EXAMPLE]);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });

  it('prints a readable report with its sections', () => {
    const r = runCli(['analyze', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^isnad: /);
    expect(r.stdout).toMatch(/Structure/);
    expect(r.stdout).not.toContain('\u001b['); // no colour when not a TTY
  });

  it('documents its options in --help', () => {
    const r = runCli(['analyze', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--json', '--jsonl', '--published', '--bidi']) expect(r.stdout).toContain(flag);
  });
});
