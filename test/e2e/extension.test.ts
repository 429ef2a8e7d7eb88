import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchExtension, watch } from './browser.ts';

let context: BrowserContext;
let id: string;

beforeAll(async () => {
  ({ context, id } = await launchExtension());
});
afterAll(async () => {
  await context?.close();
});

async function openPopup(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${id}/extension/popup/index.html`);
  await page.locator('.remit').waitFor();
  return page;
}

describe('the extension, loaded unpacked in Chromium', () => {
  it('has a service worker and asks only for storage and contextMenus', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(worker.url()).toContain(id);
    const page = await openPopup();
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions?.sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    await page.close();
  });

  it('remembers the corridor across openings', async () => {
    const page = await openPopup();
    const seen = watch(page);
    await page.selectOption('#popup-from', 'GBR');
    await page.selectOption('#popup-to', 'IND');
    await expect.poll(() => page.locator('h2').first().textContent()).toContain('India');
    await page.close();
    const again = await openPopup();
    expect(await again.locator('#popup-from').inputValue()).toBe('GBR');
    expect(await again.locator('#popup-to').inputValue()).toBe('IND');
    expect(seen.errors).toEqual([]);
    await again.close();
  });

  it('checks a known quote', async () => {
    const page = await openPopup();
    await page.getByRole('tab', { name: 'Check a quote' }).click();
    await page.selectOption('#popup-from', 'USA');
    await page.selectOption('#popup-to', 'MEX');
    await page.fill('#popup-qamount', '200');
    await page.fill('#popup-fee', '4.99');
    await page.fill('#popup-rate', '17.05');
    await page.fill('#popup-mid', '17.60');
    const total = page.locator('.result .total');
    await expect.poll(() => total.textContent()).toContain('$11.24');
    expect(await total.textContent()).toContain('5.62%');
    await page.close();
  });

  it('falls back to the defaults with a notice when the stored value is corrupt', async () => {
    const page = await openPopup();
    await page.evaluate(() => chrome.storage.local.set({ 'remit-calculator': '{"state": {"from": 42, "amount": "lots"' }));
    await page.close();
    const again = await openPopup();
    expect(await again.locator('#popup-from').inputValue()).toBe('USA');
    expect(await again.locator('.problems').textContent()).toContain('saved settings could not be read');
    await again.close();
  });

  it('opens the quote checker prefilled from a selection handed over by the background', async () => {
    const page = await openPopup();
    // What the context-menu click stores (background.ts); a headless browser has no menu to click.
    await page.evaluate(() => chrome.storage.session.set({ pendingQuote: { text: 'You send 1,000.00 USD | Transfer fee 4.99 USD | Exchange rate 1 USD = 17.0500 MXN', locale: 'en-US' } }));
    await page.close();
    const again = await openPopup();
    expect(await again.locator('#popup-qamount').inputValue()).toBe('1000');
    expect(await again.locator('#popup-fee').inputValue()).toBe('4.99');
    expect(await again.locator('#popup-rate').inputValue()).toBe('17.05');
    expect(await again.locator('#popup-mid').inputValue()).toBe('');
    expect(await again.locator('.problems').textContent()).toContain('This data has no mid-market rates');
    await again.fill('#popup-mid', '17.5');
    await expect.poll(() => again.locator('.result .total').textContent()).toContain('3.07%');
    await again.close();
  });

  it('the options page sets language and theme, and the popup opens with them', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/extension/options/index.html`);
    await options.locator('.remit').waitFor();
    // The corridor here is the one the popup remembers: the page says so.
    expect(await options.locator('.hint').textContent()).toContain('Choosing another route in the popup changes it here too.');
    await options.selectOption('#lang', 'ar');
    await options.selectOption('#theme', 'dark');
    await options.selectOption('#opt-from', 'SAU');
    await options.selectOption('#opt-to', 'EGY');
    await expect.poll(() => options.locator('[role=status]').count()).toBe(1);
    await options.close();
    const page = await openPopup();
    const root = page.locator('.remit');
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('class')).toContain('theme-dark');
    expect(await page.locator('#popup-from').inputValue()).toBe('SAU');
    await page.selectOption('#lang', '');
    await page.close();
  });

  it('works at 320 pixels wide without sideways scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 600 });
    await page.goto(`chrome-extension://${id}/extension/popup/index.html`);
    await page.locator('[role=tab]').first().click(); // the comparison, whichever language is set
    await page.locator('.channels li').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('has a Progress tab with the advocates\' view', async () => {
    const page = await openPopup();
    await page.locator('[role=tab]').nth(2).click();
    await page.locator('.progress svg[id$="-chart"] .point').first().waitFor();
    expect(await page.locator('.progress .sdg-count').getAttribute('data-count')).toMatch(/^\d+$/);
    await page.locator('[role=tab]').first().click();
    await page.close();
  });
});
