/**
 * The demo site as a visitor and a checker see it: compressed and cached by
 * the static server, a meta description, unique landmarks, no layout shift,
 * no axe violation of any rule (best practices included); and the widget
 * adds no landmark to a host page.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WIDGET_DIR } from './browser.ts';
import { html, useBrowserAndServer } from './pages.ts';

const env = useBrowserAndServer();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A raw GET (no automatic decompression): status, headers and body as sent. */
function get(url: string, encoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

async function axe(page: Page, options: object): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (opts) => {
    const a = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await a.run(document, opts);
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, options);
}

/**
 * Scrolls down the page half a screen at a time, as a reader does, until every
 * widget has rendered (those below the first screen are `loading="lazy"`).
 * Each step waits for the widgets that have come near (within half a screen)
 * to render: a reader reads for longer than a render takes on a phone, while
 * this shared test machine, under load, can take more than a second. (A page
 * scrolled past faster than that moves, as it would for images without a size,
 * wherever its reserved space is smaller than the widget.)
 */
async function readDown(page: Page): Promise<void> {
  const rendered = () => [...document.querySelectorAll('remit-calculator, remit-progress')].every((e) => e.shadowRoot?.querySelector('.remit'));
  const nearRendered = () =>
    [...document.querySelectorAll('remit-calculator, remit-progress')].every((e) => {
      const r = e.getBoundingClientRect();
      return r.top > innerHeight * 1.5 || r.bottom < -innerHeight / 2 || e.shadowRoot?.querySelector('.remit');
    });
  for (let i = 0; i < 80 && !(await page.evaluate(rendered)); i++) {
    await page.evaluate(() => window.scrollBy(0, innerHeight / 2));
    await page.waitForFunction(nearRendered, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
  }
  await page.waitForFunction(rendered, null, { timeout: 30_000 });
}

/** Sum of layout-shift scores from navigation, while reading down the page until every widget has rendered, and 1 s more. */
async function layoutShift(width: number, height: number): Promise<number> {
  const page = await env.browser.newPage({ viewport: { width, height } });
  await page.goto(env.server.url);
  await readDown(page);
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(
    () =>
      new Promise<number>((ok) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => ok(sum), 200);
      }),
  );
  await page.close();
  return cls;
}

describe('the static server (serve-static + compression)', () => {
  it('compresses the page and the widget script, gzip or brotli as the browser asks', async () => {
    for (const [path, encoding, decode] of [
      ['', 'gzip', gunzipSync],
      ['remit-widget.js', 'gzip', gunzipSync],
      ['remit-widget.js', 'br', brotliDecompressSync],
    ] as const) {
      const r = await get(new URL(path, env.server.url).href, encoding);
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding'], path).toBe(encoding);
      expect(decode(r.body).length).toBeGreaterThan(r.body.length * 2);
    }
  });

  it('lets browsers keep files: revalidated by ETag, hashed files for a year; never no-store (which bars the back/forward cache)', async () => {
    const page = await get(env.server.url, 'identity');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toBeTruthy();
    const asset = readdirSync(join(WIDGET_DIR, 'popup/assets'))[0]!;
    const hashed = await get(new URL(`popup/assets/${asset}`, env.server.url).href, 'identity');
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const script = await get(new URL('remit-widget.js', env.server.url).href, 'identity');
    expect(script.headers['content-type']).toBe('text/javascript');
    expect(script.headers['cache-control']).not.toContain('no-store');
    expect((await get(new URL('no-such-file.js', env.server.url).href, 'identity')).status).toBe(404);
  });
});

describe('the demo page', () => {
  it('has a meta description and a title', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url);
    expect((await page.getAttribute('meta[name="description"]', 'content'))?.length).toBeGreaterThan(50);
    expect(await page.title()).toContain('Remittance cost widget');
    await page.close();
  });

  it('renders only the widgets in its first screens at load; the others as the reader comes near them', async () => {
    const page = await env.browser.newPage({ viewport: { width: 412, height: 823 } });
    const from = env.server.requests.length;
    const requested = () => env.server.requests.slice(from);
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.querySelector('#builder-preview')?.shadowRoot?.querySelector('.remit'));
    await page.waitForTimeout(1000);
    const rendered = () => [...document.querySelectorAll('remit-calculator, remit-progress')].filter((e) => e.shadowRoot?.querySelector('.remit')).map((e) => e.id);
    expect(await page.evaluate(rendered)).toEqual(['builder-preview']);
    expect(requested()).not.toContain('/remit-progress.js');
    await readDown(page);
    expect(await page.evaluate(rendered)).toHaveLength(8);
    expect(requested()).toContain('/remit-progress.js');
    await page.close();
  });

  it('does not move as its widgets render: layout shift below 0.01 on a desktop and a phone', async () => {
    expect(await layoutShift(1350, 940)).toBeLessThan(0.01);
    expect(await layoutShift(412, 823)).toBeLessThan(0.01);
  }, 180_000);

  it('passes every axe rule, best practices included (unique landmarks, all content in landmarks)', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1350, height: 940 } });
    await page.goto(env.server.url);
    await readDown(page);
    expect(await axe(page, { resultTypes: ['violations'] })).toEqual([]);
    await page.close();
  });
});

describe('the widget on a host page', () => {
  const widgets = '<remit-calculator from="US" to="MX"></remit-calculator><remit-calculator view="quote"></remit-calculator><remit-progress></remit-progress>';
  const rendered = () => [...document.querySelectorAll('remit-calculator, remit-progress')].every((e) => e.shadowRoot?.querySelector('.remit'));

  it('adds no landmark: a page without landmarks stays without', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.page('no-landmarks', html(`<h1>Our NGO</h1><p>Before you send.</p>${widgets}`)));
    await page.waitForFunction(rendered, null, { timeout: 30_000 });
    for (const role of ['region', 'navigation', 'complementary', 'form', 'search', 'banner', 'contentinfo', 'main'] as const) {
      expect(await page.getByRole(role).count(), role).toBe(0);
    }
    // axe asks such a page to put its content in landmarks; it names the host's own nodes
    // (the widgets as wholes), nothing inside a widget.
    await page.addScriptTag({ path: axePath });
    const targets = await page.evaluate(async () => {
      const a = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { nodes: { target: unknown[] }[] }[] }> } }).axe;
      const r = await a.run(document, { runOnly: ['region'] });
      return r.violations.flatMap((v) => v.nodes.map((n) => n.target));
    });
    expect(targets.map((t) => JSON.stringify(t)).sort()).toEqual(
      ['["h1"]', '["p"]', '["remit-calculator[from=\\"US\\"]"]', '["remit-calculator[view=\\"quote\\"]"]', '["remit-progress"]'].sort(),
    );
    await page.close();
  });

  it('inside the host\'s <main>: no region or landmark-unique violation, however many widgets', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.page('in-main', html(`<main><h1>Our NGO</h1>${widgets}${widgets}</main>`)));
    await page.waitForFunction(rendered, null, { timeout: 30_000 });
    expect(await axe(page, { runOnly: ['region', 'landmark-unique', 'landmark-one-main', 'landmark-no-duplicate-main'], resultTypes: ['violations'] })).toEqual([]);
    await page.close();
  });
});
