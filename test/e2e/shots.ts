/**
 * Screenshots for looking at what was built (not a test): `node --experimental-strip-types test/e2e/shots.ts`
 * writes docs/screenshots/*.png from the built files.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.ts';
import { launch, launchExtension, ROOT, WIDGET_DIR } from './browser.ts';

const out = join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const server = await serve(WIDGET_DIR);
const browser = await launch();
for (const [name, width, lang] of [['demo-en', 1200, 'en'], ['demo-narrow', 360, 'en']] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(server.url);
  for (let y = 0; y < 20_000; y += 450) await page.evaluate((top) => window.scrollTo(0, top), y), await page.waitForTimeout(100);
  await page.locator('#ex-ar .remit').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  void lang;
  await page.close();
}
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto(server.url);
// The examples are loading="lazy": read down the page so that each renders.
for (let y = 0; y < 20_000; y += 450) await page.evaluate((top) => window.scrollTo(0, top), y), await page.waitForTimeout(100);
// Wait for what is shot: each widget drawn, and both progress charts with their points.
await page.waitForFunction(() =>
  [...document.querySelectorAll('remit-calculator, remit-progress')].every((el) => el.shadowRoot?.querySelector('.remit')) &&
  ['#ex-progress', '#ex-progress-fr'].every((id) => document.querySelector(id)?.shadowRoot?.querySelector('svg .point')),
);
await page.waitForTimeout(300);
for (const id of ['ex-us-mx', 'ex-ar', 'ex-gb-in', 'ex-dark', 'ex-narrow', 'ex-progress', 'ex-progress-fr']) {
  await page.locator(`#${id}`).screenshot({ path: join(out, `widget-${id.slice(3)}.png`) });
}
// A phone in Arabic, checking a quote (right to left, Arabic currency signs, 320 px).
{
  const phone = await browser.newPage({ viewport: { width: 320, height: 900 } });
  await phone.goto(server.url);
  await phone.evaluate(() => {
    document.body.innerHTML = '<remit-calculator id="phone" from="AE" to="IN" amount="1500" lang="ar" view="quote"></remit-calculator>';
  });
  const host = phone.locator('#phone');
  await host.locator('input[id$="-fee"]').fill('12.5');
  await host.locator('input[id$="-rate"]').fill('22.5');
  await host.locator('input[id$="-mid"]').fill('22.9');
  await host.locator('.result').waitFor();
  await host.screenshot({ path: join(out, 'widget-ar-quote-phone.png') });
  await phone.close();
}
// Issue 11: the quote view on a 360 x 740 phone opens with its answer (en, ar, hi), first screen only.
for (const lang of ['en', 'ar', 'hi'] as const) {
  const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await phone.goto(server.url);
  await phone.evaluate((l) => {
    document.documentElement.lang = l;
    document.body.innerHTML = `<remit-calculator id="q" from="US" to="MX" lang="${l}" view="quote"></remit-calculator>`;
  }, lang);
  const host = phone.locator('#q');
  await host.locator('input[id$="-qamount"]').fill('300');
  await host.locator('input[id$="-fee"]').fill('3.99');
  await host.locator('input[id$="-rate"]').fill('17.10');
  await host.locator('input[id$="-mid"]').fill('17.60');
  await host.locator('.result').waitFor();
  await phone.evaluate(() => window.scrollTo(0, 0));
  await phone.screenshot({ path: join(out, `quote-360-${lang}.png`) });
  await phone.close();
}
await browser.close();
await server.close();

const { context, id } = await launchExtension();
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(`chrome-extension://${id}/extension/popup/index.html`);
await popup.locator('.remit').waitFor();
await popup.screenshot({ path: join(out, 'popup-compare.png') });
await popup.getByRole('tab', { name: 'Check a quote' }).click();
await popup.fill('#popup-fee', '4.99');
await popup.fill('#popup-rate', '17.05');
await popup.fill('#popup-mid', '17.60');
await popup.screenshot({ path: join(out, 'popup-quote.png'), fullPage: true });
// The popup in Spanish: all three tabs whole at 400 px, the answer first.
await popup.selectOption('#lang', 'es');
await popup.locator('.remit[lang="es"] .answer').waitFor();
await popup.screenshot({ path: join(out, 'popup-es.png') });
await popup.selectOption('#lang', '');
await context.close();
console.log(`screenshots in ${out}`);
