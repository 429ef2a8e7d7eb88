/**
 * Hardening II: what an attack pass and a broken network found. A locale that
 * never answers, a missing or throwing `fetch`, host pages that replace
 * `JSON.parse` or `Array.prototype.forEach`, a closed declarative shadow root
 * already on the element, a browser without `Intl.DisplayNames`, DOM
 * clobbering of `document.currentScript` next to a `<base>`, the script loaded
 * as a module, and "Copy the embed code" with a `data-src`. Nothing may throw
 * into the host page; where the widget cannot show its figures, the page's
 * fallback text stays and a notice says why. Against the built widget in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launch, ROOT, watch } from './browser.ts';
import { testServer, type TestServer } from './pages.ts';
import { PROJECTION_HORIZON_YEARS } from '../../core/targets.ts';

let browser: Browser;
let server: TestServer;
/** Responses left hanging on purpose, ended before the server closes. */
const hanging = new Set<ServerResponse>();

beforeAll(async () => {
  browser = await launch();
  server = await testServer();
  // The Hindi locale never answers: its request hangs for good.
  server.route('/locales/hi.json', (_req, res) => void hanging.add(res));
  server.route('/ngo/latest.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(readFileSync(join(ROOT, 'core/data/generated/latest.json')));
  });
  server.route('/ngo/absurd.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(absurdBundle()));
  });
  server.route('/ngo/no-headline.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...absurdBundle(), headline: [] }));
  });
  server.route('/ngo/full.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(readFileSync(join(ROOT, 'core/data/generated/full.json')));
  });
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await server?.close();
});

/**
 * The shipped full bundle made absurd within the schema: every source titled
 * "", a global average of 1e-300 % (so channel ratios explode), a regional
 * series that falls by a hair from 1,000 %, USA-MEX at 1,000 % with the
 * largest volume allowed, USA-GTM with no figure at all.
 */
function absurdBundle() {
  const b = JSON.parse(readFileSync(join(ROOT, 'core/data/generated/full.json'), 'utf8'));
  b.sources = b.sources.map((s: object) => ({ ...s, title: '', location: '', licence: '' }));
  for (const r of b.headline) if (r[1] === 'global_average') r[2] = 1e-300;
  b.headline.filter((r: unknown[]) => r[1] === 'region_SSA').forEach((r: unknown[], i: number) => (r[2] = 1000 - i * 1e-4));
  for (const s of b.corridors['USA-MEX']) s.pct200 = s.pct200.map(() => 1000);
  b.volumes['USA-MEX'] = 1e7;
  for (const s of b.corridors['USA-GTM']) s.pct200 = s.pct200.map(() => null);
  return b;
}

const doc = (body: string, { head = '', script = '<script src="/remit-widget.js" defer></script>' } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,">${head}${script}</head><body>${body}</body></html>`;

/** Opens `body` after `init` ran in the page (as a hostile or odd host page would, before the widget). */
async function open(name: string, body: string, init?: string): Promise<{ page: Page; seen: ReturnType<typeof watch> }> {
  const page = await browser.newPage();
  const seen = watch(page);
  if (init) await page.addInitScript(init);
  await page.goto(server.page(name, body));
  return { page, seen };
}

/** What the element's shadow root shows, and whether it still offers the page's fallback text through a <slot>. */
const shadow = (page: Page, selector: string) =>
  page.$eval(selector, (el) => ({
    text: (el.shadowRoot as ShadowRoot | null)?.textContent ?? '',
    slot: !!el.shadowRoot?.querySelector('slot'),
    height: el.getBoundingClientRect().height,
  }));

const RENDERED = /Banks|Sending/;
const BROKEN = /The figures cannot be shown on this page/;

describe('a locale that never comes, or no fetch at all', () => {
  it('renders in English with a notice after data-timeout when the locale file never answers', async () => {
    const { page, seen } = await open('locale-hangs', doc('<remit-calculator id="w" lang="hi" data-timeout="500">Fallback text</remit-calculator>'));
    await page.waitForFunction(() => document.querySelector('#w')?.shadowRoot?.querySelector('.channels li'), null, { timeout: 5_000 });
    const { text } = await shadow(page, '#w');
    expect(text).toContain('Sending $200.00 from United States to Mexico');
    expect(text).toContain('Some data could not be loaded');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  for (const [name, init] of [
    ['throwing', 'window.fetch = () => { throw new Error("no network here"); };'],
    ['missing', 'delete window.fetch;'],
  ] as const) {
    it(`renders in English with a notice when fetch is ${name}`, async () => {
      const { page, seen } = await open(`fetch-${name}`, doc('<remit-calculator id="w" lang="es">Fallback text</remit-calculator>'), init);
      // Without fetch no corridor detail can come either: the built-in average stays, and the view says so.
      await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('#w')?.shadowRoot?.querySelector('.compare')?.textContent ?? ''), null, { timeout: 10_000 });
      const { text } = await shadow(page, '#w');
      expect(text).toContain('Sending $200.00 from United States to Mexico');
      expect(text).toContain('Some data could not be loaded');
      expect(text).toContain('Channel and service figures could not be loaded');
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }
});

describe('hostile host globals', () => {
  const body = doc(
    '<remit-calculator id="c" data-src="/ngo/latest.json">Fallback text</remit-calculator><remit-progress id="p" data-src="/ngo/full.json">Progress fallback</remit-progress>',
  );

  // The built-in figures are a literal in the script, and data-src bundles are read by the widget's own JSON parser: the calculator loses nothing.
  for (const [name, init] of [
    ['JSON.parse throws', 'JSON.parse = () => { throw new Error("hostile JSON.parse"); };'],
    ['JSON.parse returns an odd object', 'JSON.parse = () => ({ schema: 1, corridors: 5, countries: null, sources: { length: 1e9 } });'],
  ] as const) {
    it(`${name}: nothing reaches the page, and the calculator's data-src bundle still loads`, async () => {
      const { page, seen } = await open(`globals-${name.replace(/\W/g, '')}`, body, init);
      await expect.poll(() => shadow(page, '#c').then((s) => s.text), { timeout: 10_000 }).toContain('Figures from');
      expect((await shadow(page, '#c')).text).toMatch(RENDERED);
      // The advocates' view parses its built-in history with JSON.parse when it loads: it may lose it, and then says so over the fallback text.
      await expect.poll(() => shadow(page, '#p').then((s) => s.text), { timeout: 10_000 }).toMatch(/Figures from|Some data could not be loaded|The figures cannot be shown/);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }

  it('Array.prototype.forEach throws: nothing reaches the page, the fallback text stays with a notice', async () => {
    const init = 'Array.prototype.forEach = function () { throw new Error("hostile forEach"); };';
    const { page, seen } = await open('globals-forEach', body, init);
    await expect.poll(() => shadow(page, '#c').then((s) => s.text), { timeout: 10_000 }).toMatch(BROKEN);
    await expect.poll(() => shadow(page, '#p').then((s) => s.text), { timeout: 10_000 }).toMatch(BROKEN);
    for (const id of ['#c', '#p']) {
      const s = await shadow(page, id);
      expect(s.slot).toBe(true);
      expect(s.text).toContain('hostile forEach');
      expect(s.text).not.toMatch(RENDERED);
    }
    expect(await page.$eval('#c', (el) => (el as HTMLElement).innerText)).toContain('Fallback text');
    await page.waitForTimeout(500);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('a closed declarative shadow root already on the elements throws nothing, and they still render', async () => {
    const closed = '<template shadowrootmode="closed"><p>The host page’s own shadow content</p></template>';
    const body = doc(`<remit-progress id="p">${closed}Progress fallback</remit-progress><remit-calculator id="c">${closed}Fallback text</remit-calculator>`);
    const { page, seen } = await open('closed-root', body);
    // The roots are closed: the page cannot look in, but the rendered view has a size.
    await expect.poll(() => page.$eval('#c', (el) => el.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(300);
    await expect.poll(() => page.$eval('#p', (el) => el.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(500);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('<remit-progress> when its render throws', () => {
  it('keeps the fallback text and says why (no Intl.DisplayNames)', async () => {
    const { page, seen } = await open('no-displaynames', doc('<remit-progress id="p">Progress fallback</remit-progress>'), 'delete Intl.DisplayNames;');
    await expect.poll(() => shadow(page, '#p').then((s) => s.text), { timeout: 10_000 }).toMatch(BROKEN);
    const p = await shadow(page, '#p');
    expect(p.slot).toBe(true);
    expect(p.text).toContain('DisplayNames');
    expect(p.height).toBeGreaterThan(10);
    expect(await page.$eval('#p', (el) => (el as HTMLElement).innerText)).toContain('Progress fallback');
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('the script finds its own files', () => {
  it('DOM clobbering of document.currentScript next to a <base> cannot redirect it', async () => {
    const before = server.requests.length;
    const body = doc('<img name="currentScript" src="data:,"><remit-calculator id="w" lang="es" data-src="/ngo/latest.json">Fallback text</remit-calculator>', {
      head: '<base href="/evil/">',
    });
    const { page, seen } = await open('clobbered', body);
    await expect.poll(() => shadow(page, '#w').then((s) => s.text), { timeout: 10_000 }).toContain('Cifras de 127.0.0.1');
    const asked = server.requests.slice(before);
    expect(asked.filter((p) => p.startsWith('/evil/'))).toEqual([]);
    expect(asked).toContain('/remit-data.js');
    expect(asked).toContain('/locales/es.json');
    expect((await shadow(page, '#w')).text).toContain('Bancos');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('works from <script type="module">, finding its files next to the script', async () => {
    const before = server.requests.length;
    const body = doc('<remit-calculator id="w" lang="es">Fallback text</remit-calculator><remit-progress id="p">Progress fallback</remit-progress>', {
      script: '<script type="module" src="/remit-widget.js"></script>',
    });
    const { page, seen } = await open('module', body);
    await expect.poll(() => shadow(page, '#w').then((s) => s.text), { timeout: 10_000 }).toContain('Bancos');
    await page.waitForFunction(() => document.querySelector('#p')?.shadowRoot?.querySelector('.progress'));
    const asked = server.requests.slice(before);
    expect(asked).toContain('/locales/es.json');
    expect(asked).toContain('/remit-progress.js');
    expect(asked.filter((p) => p.startsWith('/t/') && !p.endsWith('.html'))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('"Copy the embed code"', () => {
  it('keeps data-src in the snippet', async () => {
    const init = 'Object.defineProperty(navigator, "clipboard", { value: { writeText: async (text) => { window.copied = text; } } });';
    const { page, seen } = await open('embed', doc('<remit-progress id="p" data-src="/ngo/full.json">Progress fallback</remit-progress>'), init);
    const host = page.locator('#p');
    await expect.poll(() => host.locator('.problems').innerText(), { timeout: 10_000 }).toContain('Figures from');
    await host.locator('button', { hasText: 'Copy the embed code' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '')).toContain('data-src=');
    const snippet = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(snippet).toContain(`data-src="${new URL('/ngo/full.json', server.url).href}"`);
    expect(snippet).toContain(`<script src="${new URL('/remit-widget.js', server.url).href}" defer></script>`);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('a bundle that passes the schema but is absurd', () => {
  /** What no reader should see: infinities, negative sums, empty parentheses or names, years far off. */
  const ABSURD = /∞|NaN|Infinity|undefined|-\$|\$-|\(\s*\)|for\s+in\b|: \.|\d{1,3}(,\d{3}){5,}/;
  const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el.shadowRoot!.querySelector('.remit') as HTMLElement).innerText);

  it('renders nothing absurd in the calculator or the advocates\' view', async () => {
    const body = doc(
      ['from="US" to="MX"', 'from="US" to="GT"', 'from="US" to="GT" view="quote"', 'from="US" to="MX" view="quote"']
        .map((a, i) => `<remit-calculator id="c${i}" ${a} data-src="/ngo/absurd.json">Fallback</remit-calculator>`)
        .join('') +
        '<remit-progress id="p0" indicator="region_SSA" data-src="/ngo/absurd.json"></remit-progress>' +
        '<remit-progress id="p1" indicator="channel_bank" data-src="/ngo/absurd.json"></remit-progress>' +
        '<remit-progress id="p2" data-src="/ngo/no-headline.json"></remit-progress>',
    );
    const { page, seen } = await open('absurd', body);
    for (const id of ['#c0', '#c1', '#c2', '#c3', '#p0', '#p1', '#p2']) {
      await expect.poll(() => text(page, id), { timeout: 10_000 }).toContain('Figures from 127.0.0.1');
    }
    const c0 = await text(page, '#c0');
    expect(c0).toContain('1,000%'); // the corridor's own figure, as published
    expect(c0).toContain('Figures from 127.0.0.1'); // the empty title gives way to the source's id
    expect(await text(page, '#c1')).toContain('There is no price data for sending from United States to Guatemala.');
    expect(await text(page, '#c2')).toContain('Amount you send (USD)');
    expect(await text(page, '#c2')).toContain('1 USD = … GTQ');
    for (const id of ['#c0', '#c1', '#c2', '#c3', '#p0', '#p1', '#p2']) {
      const shown = await text(page, id);
      expect(shown, id).not.toMatch(ABSURD);
      // Every percent shown is within the range the validator allows a bundle's own figures.
      for (const m of shown.matchAll(/(-?[\d,]+(?:\.\d+)?)%/g)) {
        const v = Number(m[1]!.replace(/,/g, ''));
        expect(v, `${id}: ${m[0]}`).toBeGreaterThanOrEqual(-100);
        expect(v, `${id}: ${m[0]}`).toBeLessThanOrEqual(1000);
      }
      // Projected years stay within the horizon of the latest figure (2025).
      for (const m of shown.matchAll(/reaches \d+% in (\d+)/g)) expect(Number(m[1]), id).toBeLessThanOrEqual(2025 + PROJECTION_HORIZON_YEARS);
    }
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
