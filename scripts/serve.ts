/**
 * The static server for the demo page and the browser tests: serve-static
 * (Express's) for files, compression for gzip and brotli, and cache headers a
 * real host would send. Serves one folder on 127.0.0.1; `routes` lets a test
 * answer a path itself (a CSP page, a slow or hostile response), uncompressed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';

/**
 * Cache headers. Hashed files (`assets/name-HASH.js`) never change: a year,
 * immutable. Everything else (the page, remit-widget.js, locales) may change
 * on the next deploy: `no-cache`, i.e. kept and revalidated by ETag, which also
 * keeps pages eligible for the back/forward cache (`no-store` would not).
 */
export function cacheControl(path: string): string {
  return /\/assets\/[^/]+-[\w-]{8,}\.\w+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface ServeOptions {
  /** Default: any free port. */
  readonly port?: number;
  /** Exact paths answered by a handler instead of a file (tests use them for CSP pages, slow or hostile responses). */
  readonly routes?: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>>;
}

export interface Served {
  readonly url: string;
  /** Every path asked for, in order. */
  readonly requests: string[];
  readonly close: () => Promise<void>;
}

/** Serves the folder `root` on 127.0.0.1. */
export async function serve(root: string, options: ServeOptions = {}): Promise<Served> {
  const requests: string[] = [];
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
    let path: string;
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
    // Both are Express middleware over plain node:http objects; compression's types want Express's.
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => files(req, res, notFound));
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeIdleConnections();
      }),
  };
}
