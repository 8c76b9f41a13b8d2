import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { inProcessAnalyzer, workerPoolAnalyzer } from '../app/index.js';
import { databaseLocation, openStore, type Store } from '../store/index.js';
import { createApp, whenSettled } from './app.js';

/** Options of `startServer`. */
export interface ServerOptions {
  /** Database file or URL; default: `ISNAD_DATABASE_URL`, else the embedded `isnad.db`. */
  db?: string;
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on; default loopback only. */
  host?: string;
  /** Bearer token for writes; default `ISNAD_API_TOKEN`, none when unset. */
  token?: string | null;
  /** Worker threads analysing added articles; 0 (default) analyses in the server's thread. */
  workers?: number;
}

/** A running server. */
export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/**
 * Opens the store and serves the app on Node (@hono/node-server).
 * @throws {StoreError} when the database cannot be opened.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store = await openStore(databaseLocation(options.db));
  const token = options.token !== undefined ? options.token : process.env.ISNAD_API_TOKEN || null;
  const analyzer = options.workers ? workerPoolAnalyzer(options.workers) : inProcessAnalyzer();
  const app = createApp({ store, token, analyzer });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Let a running claim-tracking pass finish: it writes the store in one transaction at its end.
      await whenSettled(app);
      await analyzer.close();
      await store.close();
    },
  };
}
