import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { startServer } from '../../api/server.js';

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  token?: string;
  workers: number;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number, 0 to 65535');
  return n;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** `isnad serve [--db FILE] [--port N] [--token T]`: the HTTP API and the web UI. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json) and the web UI over a database')
    .option('--db <file>', 'database file or URL (default: ISNAD_DATABASE_URL, else ./isnad.db)')
    .option('--port <n>', 'TCP port (0: any free port)', parsePort, 8080)
    .option('--host <address>', 'interface to listen on', '127.0.0.1')
    .option('--token <token>', 'bearer token required for writes (default: ISNAD_API_TOKEN; none: writes are open)')
    .option('--workers <n>', 'worker threads analysing added articles (0: in the server thread)', parseCount, 0)
    .action(async (flags: ServeFlags) => {
      const server = await startServer({
        ...(flags.db !== undefined ? { db: flags.db } : {}),
        port: flags.port,
        host: flags.host,
        ...(flags.token !== undefined ? { token: flags.token } : {}),
        workers: flags.workers,
      });
      const token = flags.token ?? process.env.ISNAD_API_TOKEN;
      process.stderr.write(`isnad: serving ${server.store.location} at ${server.url} (writes ${token ? 'need the bearer token' : 'are open'})\n`);
      // Runs until interrupted; closes the database cleanly on SIGINT/SIGTERM.
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.stderr.write('isnad: stopping\n');
          void server.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
