/**
 * The compare view on a 360 px phone, in English and Arabic, for corridors
 * that test what the data can say: measured channels (US -> India, GB ->
 * Nigeria), none recent (US -> Mexico), an old corridor figure (ZA -> Malawi),
 * an extreme high (TR -> Bulgaria) and a negative average (AE -> Sudan).
 * Every channel row must be measured (never an estimate), name its quarter,
 * and the corridor's detail file must be the only extra request. Screenshots
 * go to docs/screenshots/measured-*.png for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corridorCosts, corridorProviders, LOCALES } from '../../core/full.ts';
import { ROOT, watch } from './browser.ts';
import { html, useBrowserAndServer } from './pages.ts';

const env = useBrowserAndServer();
const SHOTS = join(ROOT, 'docs/screenshots');
mkdirSync(SHOTS, { recursive: true });

const CORRIDORS = [
  ['US', 'MX'],
  ['GB', 'NG'],
  ['US', 'IN'],
  ['ZA', 'MW'],
  ['TR', 'BG'],
  ['AE', 'SD'],
] as const;

interface Seen {
  readonly answer: string;
  readonly rows: { channel: string; text: string }[];
  readonly notes: string[];
  readonly services: number;
  readonly text: string;
}

async function show(lang: string, from: string, to: string) {
  const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
  const seen = watch(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(env.server.page(`m-${lang}-${from}-${to}`, html(`<remit-calculator from="${from}" to="${to}" amount="200" lang="${lang}"></remit-calculator>`, { lang })));
  // The built-in average first; then the detail file arrives and the loading note goes.
  await page.waitForFunction(() => {
    const root = document.querySelector('remit-calculator')?.shadowRoot;
    return !!root?.querySelector('.answer') && ![...root.querySelectorAll('.note')].some((n) => /Loading|جار/.test(n.textContent ?? ''));
  });
  const state: Seen = await page.$eval('remit-calculator', (el) => {
    const root = el.shadowRoot!;
    return {
      answer: root.querySelector('.answer')!.textContent ?? '',
      rows: [...root.querySelectorAll('.channels li')].map((li) => ({ channel: li.getAttribute('data-channel') ?? '', text: (li as HTMLElement).innerText })),
      notes: [...root.querySelectorAll('.note')].map((n) => n.textContent ?? ''),
      services: root.querySelector('.services')?.querySelectorAll('tbody tr').length ?? 0,
      text: (root.querySelector('.remit') as HTMLElement).innerText,
    };
  });
  return { page, seen, state, requests };
}

describe('measured channels in the compare view (360 px, en and ar)', () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const [from, to] of CORRIDORS) {
      it(`${from} -> ${to} in ${lang}`, async () => {
        const { page, seen, state, requests } = await show(lang, from, to);
        const costs = corridorCosts(from, to);
        const providers = corridorProviders(from, to);
        expect(costs.ok).toBe(true);
        if (!costs.ok) return;
        // Exactly the measured channels core finds, cheapest first; none is an estimate.
        expect(state.rows.map((r) => r.channel)).toEqual(costs.channels.map((c) => c.channel));
        expect(state.text).not.toMatch(/estimat|تقدير/i);
        for (const [i, row] of state.rows.entries()) {
          const c = costs.channels[i]!;
          // Each row names its quarter (in the reader's language) and says when it is old.
          expect(row.text).toMatch(/\d{4}/);
          if (lang === 'en') expect(row.text.includes('old figure')).toBe(c.old);
        }
        expect(state.answer.length).toBeGreaterThan(20);
        expect(state.services).toBe(providers.ok ? Math.min(5, providers.services.length) : 0);
        if (lang === 'en') {
          if (costs.flags.includes('old')) expect(state.notes.join(' ')).toContain('Old figure');
          if (costs.averagePct > 30) expect(state.notes.join(' ')).toContain('Unusually high');
          if (costs.averagePct < 0) expect(state.notes.join(' ')).toContain('reference rate');
          if (!costs.channels.length) expect(state.answer).toContain('on average');
        }
        // The only file fetched besides the script and the page: this corridor's detail (and its validator).
        const extra = requests.filter((p) => !p.startsWith('/t/') && p !== '/remit-widget.js');
        expect(extra.filter((p) => p.startsWith('/corridors/'))).toEqual([`/corridors/${costs.from}-${costs.to}.json`]);
        expect(extra.every((p) => p.startsWith('/corridors/') || p === '/remit-data.js' || p === `/locales/${lang}.json`)).toBe(true);
        // Nothing runs off the screen sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await page.screenshot({ path: join(SHOTS, `measured-${lang}-${from.toLowerCase()}-${to.toLowerCase()}.png`), fullPage: true });
        expect(seen.errors).toEqual([]);
        expect(seen.console).toEqual([]);
        await page.close();
      });
    }
  }

  for (const lang of LOCALES) {
    it(`${lang}: the answer and the cheapest measured channel are inside the first 360 x 740 screen`, async () => {
      const { page, seen } = await show(lang, 'US', 'IN');
      await page.evaluate(() => window.scrollTo(0, 0));
      const host = page.locator('remit-calculator');
      for (const part of [host.locator('.answer'), host.locator('.channels li').first()]) {
        const box = await part.boundingBox();
        expect(box, lang).not.toBeNull();
        expect(box!.y + box!.height, lang).toBeLessThanOrEqual(740);
      }
      // The sentence names the cheapest channel measured here and what arrives.
      expect(await host.locator('.answer').textContent()).toMatch(/3[.,٫]5/);
      await page.screenshot({ path: join(SHOTS, `measured-first-screen-${lang}.png`) });
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }

  it('loads a corridor detail under a strict CSP with Trusted Types: same-origin module and fetch, constructed styles', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    const seen = watch(page);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    const doc = '<!doctype html><html lang="en"><head><title>NGO page</title><script src="/remit-widget.js" defer></script></head><body><remit-calculator from="GB" to="NG"></remit-calculator></body></html>';
    await page.goto(
      env.server.page('m-csp', doc, {
        'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
      }),
    );
    await page.waitForFunction(() => document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.services tbody tr'));
    // Styled by the detail views' own sheet: the services table is laid out as a table, not as inline text.
    expect(await page.$eval('remit-calculator', (el) => getComputedStyle(el.shadowRoot!.querySelector('.services')!).borderCollapse)).toBe('collapse');
    expect(violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('keeps the built-in average and says so when the detail file cannot be loaded', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    const seen = watch(page);
    await page.route('**/corridors/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(env.server.page('m-fail', html('<remit-calculator from="GB" to="NG"></remit-calculator>')));
    await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('remit-calculator')?.shadowRoot?.textContent ?? ''));
    const text = await page.$eval('remit-calculator', (el) => (el.shadowRoot!.querySelector('.remit') as HTMLElement).innerText);
    expect(text).toMatch(/Average cost in this corridor: \d/);
    expect(text).toContain('on average');
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
