import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/isnad.js', import.meta.url));

/** Runs the `isnad` binary (from the TypeScript sources) and returns its exit code and output. */
export function runCli(args: string[], input?: string | Buffer, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ISNAD_FROM_SRC: '1', NO_COLOR: '1', ...env },
    maxBuffer: 64 << 20,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
