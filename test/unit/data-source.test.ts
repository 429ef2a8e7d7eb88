/**
 * The `data-src` loader (widget/data-source.ts): fetched within a time and a
 * size limit, decoded, parsed in slices, validated; every failure a result
 * with its cause, never a rejection. Against a local HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { validateBundle } from '../../core/validate-bundle.ts';
import { clearBundleCache, describeBundle, loadBundle, loadBundleOnce, resolveDataSrc, type LoadFailure } from '../../widget/data-source.ts';

const GENERATED = resolve(import.meta.dirname, '../../core/data/generated');
const latestText = readFileSync(join(GENERATED, 'latest.json'), 'utf8');

/** Test data is poked at freely. */
type Json = any;
/** A fresh, mutable copy of the committed latest bundle. */
const latest = (): Json => JSON.parse(latestText);
/** A failed load as the loader reports it: the reader's message, and why, for logs. */
const failed = (cause: LoadFailure) => ({ ok: false, error: 'error_data_load', cause });

describe('loadBundle against a local server', () => {
  type Handler = (req: IncomingMessage, res: ServerResponse) => void;
  const routes = new Map<string, Handler>();
  const open = new Set<ServerResponse>();
  const hits = new Map<string, number>();
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      open.add(res);
      res.on('close', () => open.delete(res));
      const route = routes.get(path);
      if (route) route(req, res);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const res of open) res.destroy();
    await new Promise((ok) => server.close(ok));
  });
  const json = (body: string | Buffer, headers: Record<string, string> = {}): Handler => (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };

  it('loads and validates a good bundle, as a fresh object', async () => {
    routes.set('/good.json', json(latestText));
    const r = await loadBundle(`${base}/good.json`);
    if (!r.ok) throw new Error(r.cause);
    expect(r.bundle.corridors['USA-MEX']![0]!.pct200).toEqual([4.978]);
  });

  it('parses without JSON.parse: a page that replaced it still gets its bundle', async () => {
    routes.set('/no-json-parse.json', json(latestText));
    const original = JSON.parse;
    JSON.parse = () => {
      throw new Error('replaced by the page');
    };
    try {
      const r = await loadBundle(`${base}/no-json-parse.json`);
      expect(r.ok).toBe(true);
    } finally {
      JSON.parse = original;
    }
  });

  it('decodes UTF-8 (with a BOM) and keeps non-ASCII titles', async () => {
    const b = latest();
    b.sources[0].title = 'Données de l’ONG — ثقة';
    routes.set('/utf8.json', json(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(b), 'utf8')])));
    const r = await loadBundle(`${base}/utf8.json`);
    if (!r.ok) throw new Error(r.cause);
    expect(r.bundle.sources[0]!.title).toBe('Données de l’ONG — ثقة');
  });

  it('reports each failure by its cause, never rejecting', async () => {
    routes.set('/html.json', json('<!doctype html>'));
    routes.set('/schema.json', json(latestText.replace('"schema":1', '"schema":2')));
    routes.set('/proto.json', json(`{"__proto__":{"polluted":1},${latestText.trim().slice(1)}`));
    routes.set('/latin1.json', json(Buffer.from([0x22, 0xe9, 0x22])));
    routes.set('/empty.json', json(''));
    routes.set('/500.json', (_req, res) => res.writeHead(500).end(latestText));
    const cases: [string, LoadFailure][] = [
      ['/missing.json', 'http'],
      ['/500.json', 'http'],
      ['/html.json', 'invalid'],
      ['/schema.json', 'invalid'],
      ['/proto.json', 'invalid'],
      ['/latin1.json', 'invalid'],
      ['/empty.json', 'invalid'],
    ];
    for (const [path, cause] of cases) expect(await loadBundle(`${base}${path}`), path).toEqual(failed(cause));
    expect(({} as Json).polluted).toBeUndefined();
    expect(await loadBundle('http://127.0.0.1:1/closed.json')).toEqual(failed('network'));
    expect(await loadBundle('not a url')).toEqual(failed('network'));
  });

  it('times out on a body that never ends and on headers that never come', async () => {
    routes.set('/slow-body.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(latestText.slice(0, 100));
    });
    routes.set('/no-headers.json', () => {});
    for (const path of ['/slow-body.json', '/no-headers.json']) {
      const started = performance.now();
      expect(await loadBundle(`${base}${path}`, { timeoutMs: 200 })).toEqual(failed('timeout'));
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it('stops reading a 50 MB body past the limit, and the server sees the connection go', async () => {
    const TOTAL = 50 * 1024 * 1024;
    const state = { sent: 0, closed: false };
    routes.set('/huge.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.on('close', () => (state.closed = true));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!state.closed && state.sent < TOTAL) {
          state.sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!state.closed) res.end();
      };
      pump();
    });
    expect(await loadBundle(`${base}/huge.json`, { maxBytes: 1024 * 1024 })).toEqual(failed('too_large'));
    await expect.poll(() => state.closed).toBe(true);
    expect(state.sent).toBeLessThan(TOTAL / 2);
  });

  it('refuses a declared content-length over the limit before reading', async () => {
    routes.set('/declared.json', json(latestText));
    expect(await loadBundle(`${base}/declared.json`, { maxBytes: 1000 })).toEqual(failed('too_large'));
    expect((await loadBundle(`${base}/declared.json`, { maxBytes: latestText.length + 10 })).ok).toBe(true);
  });

  it('asks without credentials, through the given fetch; a fetch that throws or misbehaves is a failure', async () => {
    let init: RequestInit | undefined;
    const spy: typeof fetch = async (_url, i) => {
      init = i;
      return new Response(latestText);
    };
    expect((await loadBundle('https://ngo.example/b.json', { fetch: spy })).ok).toBe(true);
    expect(init?.credentials).toBe('omit');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    const throwing = (() => {
      throw new Error('sync');
    }) as unknown as typeof fetch;
    expect(await loadBundle('https://ngo.example/b.json', { fetch: throwing })).toEqual(failed('network'));
    const noBody: typeof fetch = async () => new Response(null, { status: 200 });
    expect(await loadBundle('https://ngo.example/b.json', { fetch: noBody })).toEqual(failed('invalid'));
    const weird = (async () => ({ ok: true, headers: new Headers(), body: { getReader: () => ({ read: async () => ({ done: false, value: 'text' }) }) } })) as unknown as typeof fetch;
    expect(await loadBundle('https://ngo.example/b.json', { fetch: weird })).toEqual(failed('network'));
  });

  it('loadBundleOnce fetches a URL once for every caller', async () => {
    clearBundleCache();
    routes.set('/shared.json', json(latestText));
    const url = `${base}/shared.json`;
    const results = await Promise.all([loadBundleOnce(url), loadBundleOnce(url), loadBundleOnce(url)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results[1]).toBe(results[0]);
    expect(hits.get('/shared.json')).toBe(1);
    clearBundleCache();
  });

  it('resolveDataSrc takes http(s) URLs only; describeBundle names host and first source', () => {
    expect(resolveDataSrc('/ngo/b.json', 'https://ngo.example/page/')?.href).toBe('https://ngo.example/ngo/b.json');
    expect(resolveDataSrc('b.json', 'https://ngo.example/page/')?.href).toBe('https://ngo.example/page/b.json');
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', '', '   ', 'http://[bad', `/${'x'.repeat(3000)}`]) {
      expect(resolveDataSrc(bad, 'https://ngo.example/'), bad).toBeNull();
    }
    const r = validateBundle(latest());
    if (!r.ok) throw new Error(r.detail);
    const d = describeBundle(r.bundle, new URL('https://data.ngo.example:8443/b.json'));
    expect(d.host).toBe('data.ngo.example:8443');
    expect(d.title.length).toBeLessThanOrEqual(120);
    expect(d.title.startsWith('World Bank DataBank')).toBe(true);
  });
});
