/**
 * Test pages around the built widget: each test writes the body it needs and
 * the server answers it at its own path, next to the real built files.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve } from '../../scripts/serve.ts';
import { launch, WIDGET_DIR } from './browser.ts';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  readonly url: string;
  readonly requests: string[];
  /** Serves `body` (a whole HTML document, or a fragment wrapped in one) at `/t/<name>.html`. */
  page(name: string, body: string, headers?: Record<string, string>): string;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export function html(body: string, { head = '', lang = 'en', charset = 'utf-8' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head>${charset ? `<meta charset="${charset}">` : ''}<title>Widget test</title><link rel="icon" href="data:,">${head}<script src="/remit-widget.js" defer></script></head><body>${body}</body></html>`;
}

export async function testServer(): Promise<TestServer> {
  const routes: Record<string, Route> = {};
  const server = await serve(WIDGET_DIR, { routes });
  return {
    url: server.url,
    requests: server.requests,
    page(name, body, headers = {}) {
      const path = `/t/${name}.html`;
      routes[path] = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(body);
      };
      return new URL(path, server.url).href;
    },
    route(path, handler) {
      routes[path] = handler;
    },
    close: server.close,
  };
}

/** A browser and a test server for one test file: started before its tests, closed after them. */
export function useBrowserAndServer(): { readonly browser: Browser; readonly server: TestServer } {
  const env = {} as { browser: Browser; server: TestServer };
  beforeAll(async () => {
    env.browser = await launch();
    env.server = await testServer();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
