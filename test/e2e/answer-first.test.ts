/**
 * Issue 11 in a real browser: the quote view's answer inside the first screen
 * of a 360 x 740 phone in every language, a quote with an inverted rate held
 * back until fixed, one number format on an es-MX page, the popup's three
 * tabs at 400 px in every language, and rates-src. Screenshots go to
 * $SHOTS (default: the system's temp folder) for looking at.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchExtension, watch } from './browser.ts';
import { html, useBrowserAndServer } from './pages.ts';
import { LOCALES } from '../../core/index.ts';

const env = useBrowserAndServer();
const SHOTS = process.env.SHOTS ?? join(tmpdir(), 'remit-shots');
mkdirSync(SHOTS, { recursive: true });
/** Every shipped language, from the registry. */
const LANGS = LOCALES;

/** Types a quote into the widget's quote view: USD 300 to Mexico, fee 3.99, rate 17.10, mid-market `mid`. */
async function typeQuote(host: Locator, mid: string): Promise<void> {
  await host.locator('input[id$="-qamount"]').fill('300');
  await host.locator('input[id$="-fee"]').fill('3.99');
  await host.locator('input[id$="-rate"]').fill('17.10');
  await host.locator('input[id$="-mid"]').fill(mid);
}

async function phone(name: string, body: string, lang = 'en'): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(env.server.page(name, html(body, { lang })));
  await page.waitForFunction(() => document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.quote'));
  return page;
}

describe('the quote view answers first (360 x 740)', () => {
  for (const lang of LANGS) {
    it(`${lang}: the sentence with cost, verdict and corridor comparison is inside the first screen`, async () => {
      const page = await phone(`answer-${lang}`, `<remit-calculator from="US" to="MX" view="quote" lang="${lang}"></remit-calculator>`);
      const seen = watch(page);
      const host = page.locator('remit-calculator');
      await typeQuote(host, '17.60');
      const answer = host.locator('.answer');
      await expect.poll(() => answer.textContent()).toMatch(/\d/);
      const text = (await answer.textContent()) ?? '';
      // Cost in money and percent, the verdict's threshold, the corridor average with its quarter.
      expect(text).toMatch(/\p{Sc}|US\$|USD/u);
      expect(text.match(/%/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      // Back to the top, as the user opens it: the sentence is on the first screen without scrolling.
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await answer.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(740);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `quote-360-${lang}.png`) });
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }

  it('holds back the verdict and the yearly figures for the issue’s inverted mid-market rate, and one click flips it', async () => {
    const page = await phone('inverted', '<remit-calculator from="US" to="MX" view="quote"></remit-calculator>');
    const host = page.locator('remit-calculator');
    await typeQuote(host, '0.0573');
    const warn = host.locator('.answer.warn');
    await warn.waitFor();
    expect(await warn.textContent()).toContain('One rate looks written the other way round');
    expect(await warn.textContent()).toContain('not plausible');
    // No verdict, no total, no yearly cost while the warning stands.
    expect(await host.locator('.result').count()).toBe(0);
    expect(await host.locator('.yearly').count()).toBe(0);
    expect(await host.locator('.remit').innerText()).not.toMatch(/Cheaper than|Costlier than|-\$89/);
    await page.screenshot({ path: join(SHOTS, 'quote-inverted.png'), fullPage: true });
    await warn.getByRole('button', { name: /Flip: Mid-market rate = 1 ÷ 0\.0573 = 17\.452/ }).click();
    await expect.poll(() => host.locator('.answer').textContent()).toMatch(/^This transfer costs \$\d+\.\d\d \(\d\.\d+%\) in all: /);
    expect(await host.locator('input[id$="-mid"]').inputValue()).toMatch(/^17\.45/);
    await host.locator('.yearly').waitFor();
    await page.close();
  });

  it('shows the verdict once the user confirms figures that only look odd', async () => {
    const page = await phone('confirm', '<remit-calculator from="US" to="MX" view="quote"></remit-calculator>');
    const host = page.locator('remit-calculator');
    await typeQuote(host, '40');
    await host.locator('.answer.warn').waitFor();
    await host.getByRole('button', { name: 'The figures are right' }).click();
    await expect.poll(() => host.locator('.answer').textContent()).toContain('above 5%');
    await host.locator('.yearly').waitFor();
    // Money never breaks across lines: each yearly figure is one line high.
    const heights = await host.locator('.yearly dd').evaluateAll((dds) => dds.map((d) => d.getClientRects().length));
    expect(heights.every((n) => n === 1)).toBe(true);
    // Changing a figure asks again.
    await host.locator('input[id$="-mid"]').fill('41');
    await host.locator('.answer.warn').waitFor();
    await page.close();
  });
});

describe('one number format per page (es-MX)', () => {
  it('the calculator, its verdicts and <remit-progress> write percents the same way', async () => {
    const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(
      env.server.page(
        'es-mx',
        html('<remit-calculator from="US" to="MX"></remit-calculator><remit-progress indicator="global_average" from="US" to="MX"></remit-progress>', { lang: 'es-MX' }),
      ),
    );
    await page.waitForFunction(() => document.querySelector('remit-progress')?.shadowRoot?.querySelector('svg .point'));
    await page.waitForFunction(() => document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.channels li'));
    const texts = await page.$$eval('remit-calculator, remit-progress', (els) => els.map((el) => (el.shadowRoot!.querySelector('.remit') as HTMLElement).innerText));
    const percents = texts.flatMap((t) => t.match(/\d[\d.,]*\s?%/g) ?? []);
    expect(percents.length).toBeGreaterThan(10);
    // es-MX: "3.19%", never "3,19 %" or "5 %".
    expect(percents.filter((p) => /,\d+\s?%|\s%/.test(p))).toEqual([]);
    expect(texts[0]).toMatch(/Entre 3% y 5%|Más del 5%|3% o menos/);
    // Points of the gap, too, are written with the decimal point.
    expect(texts[1]).not.toMatch(/\d,\d+ puntos/);
    await page.close();
  });
});

describe('rates-src', () => {
  it('is fetched only when set, and offers its reference rate with source and date', async () => {
    env.server.route('/rates/usd.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ base: 'USD', date: '2026-11-30', source: 'Banco de México FIX', rates: { MXN: 17.45 } }));
    });
    const before = env.server.requests.length;
    const plain = await phone('no-rates', '<remit-calculator from="US" to="MX" view="quote"></remit-calculator>');
    await plain.close();
    expect(env.server.requests.slice(before).some((r) => r.includes('remit-rates.js'))).toBe(false);
    const page = await phone('rates', '<remit-calculator from="US" to="MX" view="quote" rates-src="/rates/usd.json"></remit-calculator>');
    const host = page.locator('remit-calculator');
    const offer = host.locator('.quote .use-ref');
    await offer.waitFor();
    expect(await offer.textContent()).toBe('Use the reference rate 17.45');
    // Its source and date under the mid-market field.
    expect(await host.locator('[id$="-mid-hint"]').textContent()).toBe('Banco de México FIX, 2026\u201111\u201130');
    await offer.click();
    expect(await host.locator('input[id$="-mid"]').inputValue()).toBe('17.45');
    expect(await offer.count()).toBe(0);
    await page.close();
  });

  it('shows what arrives in the receiving currency in the compare view, with the sending currency beside it and the rate’s date and source', async () => {
    env.server.route('/rates/inr.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ base: 'USD', date: '2026-11-30', source: 'Reserve Bank of India reference rate', rates: { INR: 88.5 } }));
    });
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    const seen = watch(page);
    await page.goto(env.server.page('rates-compare', html('<remit-calculator from="US" to="IN" rates-src="/rates/inr.json"></remit-calculator>')));
    const host = page.locator('remit-calculator');
    await host.locator('.note.rates').waitFor();
    // US -> India, USD 200: the cheapest channel measured (3.459%) leaves $193.082, that is ₹17,087.76 at 88.5.
    const answer = (await host.locator('.answer').textContent()) ?? '';
    expect(answer).toContain('Of $200.00, ₹17,087.76 ($193.08) arrives.');
    const rows = await host.locator('.channels li').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/Arrives: ₹[\d,]+\.\d\d \(\$\d+\.\d\d\)/);
    expect(await host.locator('.note.rates').textContent()).toBe('Amounts in INR at the reference rate 1 USD = 88.5 INR: Reserve Bank of India reference rate, 2026\u201111\u201130.');
    // Still the answer and the cheapest channel on the first screen, and money on one line.
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const part of [host.locator('.answer'), host.locator('.channels li').first()]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(740);
    }
    await page.screenshot({ path: join(SHOTS, 'compare-rates-360-en.png'), fullPage: true });
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('keeps the compare view in the sending currency, and says why, when the table lacks the receiving currency', async () => {
    env.server.route('/rates/no-ngn.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ base: 'EUR', date: '2026-11-30', source: 'Some rates', rates: { GBP: 0.86 } }));
    });
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(env.server.page('rates-compare-ngn', html('<remit-calculator from="GB" to="NG" rates-src="/rates/no-ngn.json"></remit-calculator>')));
    const host = page.locator('remit-calculator');
    await host.locator('.note.rates').waitFor();
    expect(await host.locator('.note.rates').textContent()).toBe('No reference rate for NGN; amounts stay in GBP.');
    expect(await host.locator('.answer').textContent()).toMatch(/Of £200\.00, £\d+\.\d\d arrives\./);
    await page.close();
  });

  it('says so when the file is bad, and the user types the rate as before', async () => {
    env.server.route('/rates/bad.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"base":"USD","date":"yesterday","source":"x","rates":{"MXN":17}}');
    });
    const page = await phone('bad-rates', '<remit-calculator from="US" to="MX" view="quote" rates-src="/rates/bad.json"></remit-calculator>');
    const host = page.locator('remit-calculator');
    await expect.poll(() => host.locator('.quote').textContent()).toContain('Reference rates could not be loaded; amounts stay in USD.');
    expect(await host.locator('.quote .use-ref').count()).toBe(0);
    await page.close();
  });
});

describe('the popup at 400 px', () => {
  let context: BrowserContext;
  let id: string;
  it('shows all three tabs, whole and usable, in every language', async () => {
    ({ context, id } = await launchExtension());
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${id}/extension/popup/index.html`);
    await page.locator('.remit').waitFor();
    for (const lang of LANGS) {
      await page.selectOption('#lang', lang);
      await expect.poll(() => page.locator('.remit').getAttribute('lang')).toBe(lang);
      const tabs = page.locator('[role=tab]');
      expect(await tabs.count()).toBe(3);
      for (let i = 0; i < 3; i++) {
        const tab = tabs.nth(i);
        const box = (await tab.boundingBox())!;
        expect(box.x, `${lang} tab ${i}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${lang} tab ${i}`).toBeLessThanOrEqual(400);
        // Whole: the label is not cut (its text fits in the button).
        const cut = await tab.evaluate((b) => b.scrollWidth > b.clientWidth + 1);
        expect(cut, `${lang} tab ${i} cut`).toBe(false);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, lang).toBeLessThanOrEqual(0);
      // Usable: each opens its panel.
      await tabs.nth(1).click();
      await page.locator('.quote').waitFor();
      await tabs.nth(0).click();
      await page.locator('.channels').waitFor();
      if (lang === 'es') await page.screenshot({ path: join(SHOTS, 'popup-es.png') });
      await page.screenshot({ path: join(SHOTS, `popup-tabs-${lang}.png`), clip: { x: 0, y: 0, width: 400, height: 200 } });
    }
    await page.selectOption('#lang', '');
    const manifest = JSON.parse(await page.evaluate(() => JSON.stringify(chrome.runtime.getManifest())));
    await page.close();
    expect(manifest.optional_host_permissions).toEqual(['https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    await context.close();
  });
});
