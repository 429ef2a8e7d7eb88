/**
 * The static server for the demo page and the browser tests: serve-static
 * (Express's) for files, compression for gzip and brotli, and cache headers a
 * real host would send. Serves one folder on 127.0.0.1; `routes` lets a test
 * answer a path itself (a CSP page, a slow or hostile response), uncompressed.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';

/**
 * Cache headers. Hashed files (`assets/name-HASH.js`) never change: a year,
 * immutable. Everything else (the page, remit-widget.js, locales) may change
 * on the next deploy: `no-cache`, i.e. kept and revalidated by ETag, which also
 * keeps pages eligible for the back/forward cache (`no-store` would not).
 * @param {string} path
 */
export function cacheControl(path) {
  return /\/assets\/[^/]+-[\w-]{8,}\.\w+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * @param {string} root folder to serve
 * @param {{ port?: number, routes?: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> }} [options]
 *   `routes`: exact paths answered by a handler instead of a file (tests use them for CSP pages, slow or hostile responses).
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serve(root, options = {}) {
  /** @type {string[]} */
  const requests = [];
  const files = serveStatic(resolve(root), {
    index: ['index.html'],
    setHeaders(res, path) {
      res.setHeader('cache-control', cacheControl(path));
      // The widget is made to be embedded from other sites: its script (loaded with
      // crossorigin for its integrity check), locales and on-demand files are readable from anywhere.
      res.setHeader('access-control-allow-origin', '*');
      // No charset for scripts, as many static hosts serve them: the page's encoding then decides, which is what the widget must survive.
      if (path.endsWith('.js')) res.setHeader('content-type', 'text/javascript');
    },
  });
  const compress = compression();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(path);
    const route = options.routes?.[path];
    if (route) return route(req, res);
    const notFound = () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    // Both are Express middleware over plain node:http objects; the types want Express's.
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () => files(req, res, notFound));
  });
  await new Promise((ok) => server.listen(options.port ?? 0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok(undefined));
        server.closeIdleConnections();
      }),
  };
}
