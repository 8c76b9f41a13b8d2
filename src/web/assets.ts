import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/**
 * The folder of the stylesheet and the client script: `static/` beside this module (the sources, run through tsx),
 * else the sources' copy when running from `dist/` (tsc does not copy non-TypeScript files).
 */
function staticDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'static'), join(here, '..', '..', 'src', 'web', 'static')];
  return candidates.find((d) => existsSync(join(d, 'app.js'))) ?? candidates[0]!;
}

/** The folder of the bundled Naskh font (from the @fontsource package, never the network). */
function fontDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@fontsource/noto-naskh-arabic/package.json'));
}

const STATIC_FILES: Record<string, string> = { 'style.css': 'text/css; charset=utf-8', 'app.js': 'text/javascript; charset=utf-8' };
const FONT_FILE = /^noto-naskh-arabic-[a-z-]+-[4-7]00-normal\.woff2?$/;
const WEIGHTS = ['400', '600', '700'];

/**
 * Serves `/assets/style.css`, `/assets/app.js`, `/assets/fonts/naskh.css` and the font files. Only the names above
 * are served (no path from the request reaches the file system); files are read once and kept in memory.
 */
export function assetRoutes(): Hono {
  const app = new Hono();
  const cache = new Map<string, Promise<Uint8Array>>();
  const load = (key: string, read: () => Promise<Uint8Array>) => {
    let p = cache.get(key);
    if (!p) {
      p = read();
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  };
  const send = (body: Uint8Array, type: string, maxAge: number) =>
    new Response(body, { headers: { 'content-type': type, 'cache-control': `public, max-age=${maxAge}` } });

  app.get('/assets/fonts/naskh.css', async () => {
    const css = await load('naskh.css', async () => {
      const parts = await Promise.all(WEIGHTS.map((w) => readFile(join(fontDir(), `${w}.css`), 'utf8')));
      return new TextEncoder().encode(parts.join('\n').replaceAll('url(./files/', 'url(/assets/fonts/files/'));
    });
    return send(css, 'text/css; charset=utf-8', 86400);
  });
  app.get('/assets/fonts/files/:name', async (c) => {
    const name = c.req.param('name');
    if (!FONT_FILE.test(name)) return c.notFound();
    const body = await load(name, () => readFile(join(fontDir(), 'files', name)));
    return send(body, name.endsWith('.woff2') ? 'font/woff2' : 'font/woff', 31536000);
  });
  app.get('/assets/:name', async (c) => {
    const name = c.req.param('name');
    const type = STATIC_FILES[name];
    if (!type) return c.notFound();
    const body = await load(name, () => readFile(join(staticDir(), name)));
    return send(body, type, 300);
  });
  return app;
}
