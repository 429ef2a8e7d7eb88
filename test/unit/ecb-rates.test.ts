// @vitest-environment happy-dom
/**
 * The extension's ECB reference rates against a local server that serves the
 * ECB's real XML format (test/fixtures/ecb), a stalled answer, malformed XML
 * and a currency the ECB does not publish. No request leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { memoryConnector } from '../../extension/browser.ts';
import { ecbRates, readRatesSetting, RATES_KEY, setEcbRates } from '../../extension/ecb-rates.ts';
import { mountCalculator } from '../../extension/mount.tsx';
import { corridorDetail, FULL_BUNDLE } from '../../core/full.ts';
import { SERVICES_FILE } from '../../core/data/services.ts';

const XML = readFileSync(join(import.meta.dirname, '../fixtures/ecb/eurofxref-daily.xml'), 'utf8');
let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === 'GET') hits.push(req.url ?? ''); // not happy-dom's CORS preflights
    // The test page (happy-dom) is another origin; the extension itself has the host permission instead.
    res.setHeader('access-control-allow-origin', '*');
    if (req.url === '/daily.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(XML);
    } else if (req.url === '/malformed.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(XML.slice(0, 700));
    } else if (req.url === '/stalled.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write(XML.slice(0, 100)); // and never the rest
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const count = (path: string) => hits.filter((h) => h === path).length;

describe('the ECB daily reference rates in the extension', () => {
  it('are off by default and fetch nothing', async () => {
    const conn = memoryConnector();
    const before = hits.length;
    expect(await ecbRates(conn, { url: `${base}/daily.xml` })).toBeUndefined();
    expect(hits.length).toBe(before);
    expect(conn.origins.size).toBe(0);
  });

  it('ask for the one URL’s permission when turned on, then load and cache them for the day', async () => {
    const conn = memoryConnector();
    const url = `${base}/daily.xml`;
    const r = await setEcbRates(conn, true, { url, today: '2025-10-09' });
    expect(conn.origins).toEqual(new Set([url]));
    expect(r && r !== 'denied' && r.ok && r.table.date).toBe('2025-10-09');
    const fetched = count('/daily.xml');
    // The same day: from the cache, no request.
    const again = await ecbRates(conn, { url, today: '2025-10-09' });
    expect(again?.ok && again.table.rates.MXN).toBe(21.2683);
    expect(count('/daily.xml')).toBe(fetched);
    // The next day: fetched again.
    await ecbRates(conn, { url, today: '2025-10-10' });
    expect(count('/daily.xml')).toBe(fetched + 1);
    expect((await readRatesSetting(conn.storage)).cached?.day).toBe('2025-10-10');
  });

  it('stay off when the permission is refused', async () => {
    const conn = memoryConnector({}, { grant: false });
    expect(await setEcbRates(conn, true, { url: `${base}/daily.xml` })).toBe('denied');
    expect((await readRatesSetting(conn.storage)).on).toBe(false);
  });

  it('give the permission back and forget the table when turned off', async () => {
    const conn = memoryConnector();
    const url = `${base}/daily.xml`;
    await setEcbRates(conn, true, { url });
    await setEcbRates(conn, false, { url });
    expect(conn.origins.size).toBe(0);
    expect(await readRatesSetting(conn.storage)).toEqual({ on: false, cached: null });
  });

  it.each([
    ['a server that stops answering (timeout)', '/stalled.xml'],
    ['malformed XML', '/malformed.xml'],
    ['a missing file', '/gone.xml'],
    ['no server at all', 'http://127.0.0.1:9/daily.xml'],
  ])('say clearly when they cannot be had: %s', async (_, path) => {
    const conn = memoryConnector();
    const url = path.startsWith('http') ? path : `${base}${path}`;
    const t0 = Date.now();
    const r = await setEcbRates(conn, true, { url, timeoutMs: 300 });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r).toEqual({ ok: false, error: 'ecb_rates_offline' });
  });

  it('fall back to the last table, with its own date, when offline the next day', async () => {
    const conn = memoryConnector();
    await setEcbRates(conn, true, { url: `${base}/daily.xml`, today: '2025-10-09' });
    const r = await ecbRates(conn, { url: `${base}/stalled.xml`, today: '2025-10-10', timeoutMs: 300 });
    expect(r?.ok && r.table.date).toBe('2025-10-09');
  });

  it('read damaged stored settings as off', async () => {
    const conn = memoryConnector({ [RATES_KEY]: '{"on":true,"cached":{"day":"x","table":{"base":"EUR","rates":[]}}' });
    expect(await readRatesSetting(conn.storage)).toEqual({ on: false, cached: null });
    const half = memoryConnector({ [RATES_KEY]: '{"on":true,"cached":{"day":"2025-10-09","table":{"base":"EUR"}}}' });
    expect(await readRatesSetting(half.storage)).toEqual({ on: true, cached: null });
  });
});

describe('the popup with the ECB rates on', () => {
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  async function popupWith(from: string, to: string, view: 'compare' | 'quote' = 'quote', xml = XML) {
    const table = (await import('../../core/rates.ts')).parseEcbXml(xml);
    if (!table.ok) throw new Error('fixture');
    const conn = memoryConnector({
      [RATES_KEY]: JSON.stringify({ on: true, cached: { day: today(), table: table.table } }),
      'remit-calculator': JSON.stringify({ version: 1, state: { from, to, view } }),
    });
    const root = document.createElement('div');
    document.body.append(root);
    // Corridor details as the build writes them to corridors/*.json.
    const loadDetail = (key: string) => Promise.resolve(corridorDetail(FULL_BUNDLE, SERVICES_FILE, key));
    const store = await mountCalculator(root, conn, { views: ['compare', 'quote'], settings: 'popup', loadDetail });
    return { root, store };
  }

  it('offers today’s reference rate in the quote checker, with its source and date, and takes it in one click', async () => {
    const { root, store } = await popupWith('USA', 'MEX');
    await expect.poll(() => root.querySelector('.quote .use-ref')?.textContent).toBe('Use the reference rate 18.3174');
    expect(root.querySelector('[id$="-mid-hint"]')?.textContent).toBe('European Central Bank euro reference rates, 2025\u201110\u201109');
    (root.querySelector('.quote .use-ref') as HTMLButtonElement).click();
    await expect.poll(() => store.getState().quote.midRate).toBeCloseTo(21.2683 / 1.1611, 10);
    expect(store.getState().quote.midRateFrom).toBe('reference');
    // The user can still type their own.
    expect((root.querySelector('input[id$="-mid"]') as HTMLInputElement).readOnly).toBe(false);
  });

  it('says when the ECB does not publish a currency, and keeps the sending currency', async () => {
    const { root } = await popupWith('GBR', 'NGA');
    await expect.poll(() => root.textContent).toContain('No reference rate for NGN; amounts stay in GBP.');
    expect(root.querySelector('.quote .use-ref')).toBeNull();
  });

  it('shows what arrives in the receiving currency in the compare view, the sending currency beside it, with the rate, its date and source', async () => {
    const { root } = await popupWith('USA', 'IND', 'compare');
    await expect.poll(() => root.querySelectorAll('.channels li').length, { timeout: 10_000 }).toBeGreaterThan(0);
    // EUR-based ECB rates: INR per USD = INR per EUR / USD per EUR.
    const table = (await import('../../core/rates.ts')).parseEcbXml(XML);
    if (!table.ok) throw new Error('fixture');
    const rate = table.table.rates.INR! / table.table.rates.USD!;
    const answer = root.querySelector('.answer')?.textContent ?? '';
    // "Cheapest measured way: Money transfer and mobile operators (together), 3.5% (Q3 2025). Of $200.00, ₹17,093.55 ($193.08) arrives."
    const m = /Of \$200\.00, ₹([\d,]+\.\d\d) \(\$(\d+\.\d\d)\) arrives\./.exec(answer);
    expect(m, answer).not.toBeNull();
    expect(Number(m![1]!.replace(/,/g, ''))).toBeCloseTo(Number(m![2]) * rate, 0);
    // Each channel's row too, and one note naming the rate, its date and source.
    for (const li of root.querySelectorAll('.channels li')) expect(li.textContent).toMatch(/Arrives: ₹[\d,]+\.\d\d \(\$\d+\.\d\d\)/);
    expect(root.querySelector('.note.rates')?.textContent).toBe(
      `Amounts in INR at the reference rate 1 USD = ${rate.toFixed(4).replace(/0+$/, '')} INR: European Central Bank euro reference rates, 2025\u201110\u201109.`,
    );
  });

  it('keeps the compare view in the sending currency, and says why, when the ECB does not publish the receiving one', async () => {
    const { root } = await popupWith('GBR', 'NGA', 'compare');
    await expect.poll(() => root.querySelectorAll('.channels li').length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(root.querySelector('.answer')?.textContent).toMatch(/Of £200\.00, £\d+\.\d\d arrives\./);
    expect(root.querySelector('.channels li')?.textContent).toContain('Arrives (value in GBP): £');
    expect(root.querySelector('.note.rates')?.textContent).toBe('No reference rate for NGN; amounts stay in GBP.');
  });

  it('converts the corridor average’s answer too where no channel is measured, and names the rate', async () => {
    // United States -> Afghanistan: no channel measured on its own; an ECB-format file that (unlike the ECB's) has AFN.
    const xml = XML.replace(/(<Cube currency=(["'])USD\2 rate=(["'])[^"']*\3\s*\/>)/, '$1<Cube currency="AFN" rate="76.5"/>');
    const { root } = await popupWith('USA', 'AFG', 'compare', xml);
    await expect.poll(() => root.querySelector('.note.rates')?.textContent ?? '', { timeout: 10_000 }).toContain('Amounts in AFN');
    expect(root.querySelectorAll('.channels li').length).toBe(0);
    expect(root.querySelector('.answer')?.textContent).toMatch(/on average \(.+\): AFN\s?[\d,]+ \(\$\d+\.\d\d\) arrives\./); // afghanis have no minor unit
  });
});
