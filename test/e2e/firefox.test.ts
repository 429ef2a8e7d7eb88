import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_ORIGIN, geckoId, launchFirefoxExtension, type FirefoxExtension } from './firefox-browser.ts';

// CI installs Firefox ESR (.ci/run): a missing Firefox fails the test unless skipping is asked for.
const skip = !existsSync(FIREFOX) && process.env.SKIP_FIREFOX === '1';
if (skip) console.warn(`Skipping the Firefox extension test: ${FIREFOX} is missing and SKIP_FIREFOX=1.`);

const POPUP = 'extension/popup/index.html';
const OPTIONS = 'extension/options/index.html';
// The channels measured in United States -> Mexico (last in 2014), cheapest first.
const CHANNELS = ['Banks', 'Money transfer operators'];

let ff: FirefoxExtension;

beforeAll(async () => {
  if (!skip) ff = await launchFirefoxExtension();
});
afterAll(async () => {
  await ff?.close();
});

async function openPopup(): Promise<Page> {
  const page = await ff.open(POPUP);
  await page.setViewport({ width: 400, height: 600 });
  return page;
}

/** Each channel row: its name, percentage and money figures. */
function channels(page: Page): Promise<{ name: string; pct: string; money: string[] }[]> {
  return page.$$eval('.channels li', (items) =>
    items.map((li) => ({
      name: li.querySelector('.name')?.textContent ?? '',
      pct: li.querySelector('.pct')?.textContent ?? '',
      money: [...li.querySelectorAll('.money')].map((m) => m.textContent ?? ''),
    })),
  );
}

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => e.textContent ?? '');
}

describe.skipIf(skip)('the Firefox build, installed as a temporary add-on in Firefox ESR', () => {
  it('installs from dist/firefox with its gecko id, an event-page background and the same permissions', async () => {
    expect(ff.id).toBe('remit-cost@remit-cost.org');
    expect(ff.id).toBe(geckoId());
    const page = await openPopup();
    const manifest = await page.evaluate(() => chrome.runtime.getManifest() as chrome.runtime.Manifest & { background?: { scripts?: string[] } });
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background?.scripts?.length).toBe(1);
    expect(manifest.permissions?.sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(await page.evaluate(() => chrome.runtime.getURL(''))).toBe(`${FIREFOX_ORIGIN}/`);
    await page.close();
    // What about:debugging would list under the add-on: unsupported or misspelt manifest keys.
    expect(await ff.manifestWarnings()).toEqual([]);
  });

  it('runs its background script: the page is loaded and the context-menu item exists', async () => {
    const page = await openPopup();
    const background = await page.evaluate(async () => {
      const w = await chrome.runtime.getBackgroundPage();
      return w ? { url: w.location.href, state: w.document.readyState } : null;
    });
    expect(background).toEqual({ url: `${FIREFOX_ORIGIN}/_generated_background_page.html`, state: 'complete' });
    // Created by background.ts on runtime.onInstalled; menus.update rejects for an id that does not exist.
    const update = (id: string) =>
      page.evaluate((i) => chrome.contextMenus.update(i, {}).then(() => 'exists', (e: Error) => e.message), id);
    expect(await update('remit-check-quote')).toBe('exists');
    expect(await update('no-such-item')).toContain('Cannot find menu item');
    await page.close();
  });

  it('the popup shows the channels measured for United States -> Mexico, with the attribution', async () => {
    const page = await openPopup();
    await page.select('#popup-from', 'USA');
    await page.select('#popup-to', 'MEX');
    await page.waitForFunction(() => document.querySelector('h2')?.textContent?.includes('Mexico'));
    expect(await text(page, 'h2')).toContain('from United States to Mexico');
    await page.waitForSelector('.channels li');
    const rows = await channels(page);
    expect(rows.map((r) => r.name)).toEqual(CHANNELS);
    for (const row of rows) {
      expect(row.pct).toMatch(/^\d+(\.\d)?%$/);
      expect(row.money).toHaveLength(2);
    }
    expect(await text(page, '.source')).toContain('Source: World Bank, Remittance Prices Worldwide');
    await page.close();
  });

  it('a new amount updates the figures and is still there when the popup opens again', async () => {
    const page = await openPopup();
    await page.select('#popup-from', 'USA');
    await page.select('#popup-to', 'MEX');
    await page.waitForSelector('.channels li');
    const before = await channels(page);
    // Typed for real (BiDi input actions), as a user would.
    await page.click('#popup-amount', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#popup-amount', '1000');
    await page.waitForFunction(() => document.querySelector('h2')?.textContent?.includes('$1,000.00'));
    const after = await channels(page);
    expect(after.map((r) => r.name)).toEqual(CHANNELS);
    const dollars = (s: string | undefined) => Number(s?.replace(/[$,]/g, ''));
    for (const [i, row] of after.entries()) {
      // Cost and what arrives add up to the new amount; the cost is the channel's percentage of it
      // (the percentages may change too: $1,000 is priced at the USD 500 point, $200 at the USD 200 one).
      const [cost, arrives] = row.money.map(dollars) as [number, number];
      expect(cost + arrives).toBeCloseTo(1000, 2);
      expect(Math.abs(cost - Number.parseFloat(row.pct) * 10)).toBeLessThanOrEqual(0.5);
      expect(row.money[0]).not.toBe(before[i]?.money[0]);
    }
    // Persistence goes through browser.storage, not an in-memory stand-in.
    const stored = async () => {
      const value = await page.evaluate(async () => (await chrome.storage.local.get('remit-calculator'))['remit-calculator']);
      return (typeof value === 'string' ? JSON.parse(value) : value)?.state?.amount;
    };
    await expect.poll(stored).toBe(1000);
    await page.close();

    const again = await openPopup();
    await again.waitForFunction(() => (document.querySelector('#popup-amount') as HTMLInputElement | null)?.value === '1000');
    expect(await again.$eval('#popup-from', (e) => (e as HTMLSelectElement).value)).toBe('USA');
    expect(await again.$eval('#popup-to', (e) => (e as HTMLSelectElement).value)).toBe('MEX');
    expect(await text(again, 'h2')).toContain('Sending $1,000.00 from United States to Mexico');
    expect((await channels(again)).map((r) => r.money[0])).toEqual(after.map((r) => r.money[0]));
    await again.close();
  });

  it('the options page renders, and the corridor set there is the one the popup opens with', async () => {
    const options = await ff.open(OPTIONS);
    for (const control of ['#lang', '#theme', '#opt-from', '#opt-to']) expect(await options.$(control)).not.toBeNull();
    expect(await text(options, 'h2')).toBe('Default route');
    await options.select('#opt-from', 'GBR');
    await options.select('#opt-to', 'IND');
    await options.waitForSelector('[role=status]');
    await options.close();
    const page = await openPopup();
    await page.waitForFunction(() => document.querySelector('h2')?.textContent?.includes('India'));
    expect(await page.$eval('#popup-from', (e) => (e as HTMLSelectElement).value)).toBe('GBR');
    expect((await channels(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('fits a 360 px phone (Firefox for Android): no sideways scrolling, every control inside the screen', async () => {
    const page = await ff.open(POPUP);
    await page.setViewport({ width: 360, height: 640 });
    await page.select('#popup-from', 'USA');
    await page.select('#popup-to', 'MEX');
    await page.waitForFunction(() => document.querySelector('h2')?.textContent?.includes('Mexico'));
    for (const tab of ['#popup-tab-compare', '#popup-tab-quote']) {
      if (await page.$(tab)) await page.click(tab);
      // The page's width without its scroll bar: nothing may reach past it.
      const layout = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return {
          sideways: document.documentElement.scrollWidth - width,
          outside: [...document.querySelectorAll('input, select, button, [role=tab]')]
            .map((e) => ({ id: e.id || e.tagName, box: e.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > width + 0.5))
            .map(({ id }) => id),
        };
      });
      expect(layout, tab).toEqual({ sideways: 0, outside: [] });
    }
    await page.close();
  });

  it('has a Progress tab, loaded on demand', async () => {
    const page = await openPopup();
    await page.click('#popup-tab-progress');
    await page.waitForSelector('.progress svg[id$="-chart"] .point');
    expect(await page.$eval('.progress .sdg-count', (e) => e.getAttribute('data-count'))).toMatch(/^\d+$/);
    await page.click('#popup-tab-compare');
    await page.close();
  });

  it('reports no uncaught error and no console error or warning from the popup, options or background', async () => {
    // First prove the channel works: a deliberate error and console.error from the popup must show up.
    const page = await openPopup();
    await page.evaluate(() => {
      console.error('remit-firefox-probe console');
      setTimeout(() => {
        throw new Error('remit-firefox-probe uncaught');
      });
    });
    await expect.poll(() => ff.problems().filter((l) => l.includes('remit-firefox-probe')).length, { timeout: 10_000 }).toBe(2);
    await page.close();
    expect(ff.problems().filter((l) => !l.includes('remit-firefox-probe'))).toEqual([]);
  });
});
