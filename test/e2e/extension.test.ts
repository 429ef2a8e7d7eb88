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
  it('has a service worker and asks only for storage, contextMenus and activeTab', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(worker.url()).toContain(id);
    const page = await openPopup();
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
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
});
