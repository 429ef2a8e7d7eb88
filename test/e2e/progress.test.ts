import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { corridorsAbove, globalSeries, seriesCsv, corridorHistoryIn, FULL_BUNDLE } from '../../core/full.ts';
import { watch } from './browser.ts';
import { html, useBrowserAndServer } from './pages.ts';

const env = useBrowserAndServer();

async function open(name: string, body: string): Promise<{ page: Page; seen: ReturnType<typeof watch> }> {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 1000 }, acceptDownloads: true });
  const seen = watch(page);
  await page.goto(env.server.page(name, html(body)));
  await page.waitForFunction(() => document.querySelector('remit-progress')?.shadowRoot?.querySelector('.progress .chart svg'));
  return { page, seen };
}

describe('<remit-progress>', () => {
  it('renders the global series with the 5% and 3% lines, the table alternative and a summary', async () => {
    const { page, seen } = await open('progress', '<remit-progress from="US" to="MX">Loading</remit-progress>');
    const host = page.locator('remit-progress');
    const chart = host.locator('svg[id$="-chart"]');
    expect(await chart.locator('.target').evaluateAll((els) => els.map((e) => e.getAttribute('data-target')))).toEqual(['5', '3']);
    expect(await chart.getAttribute('aria-label')).toContain('Global average');
    // Every point of the series is drawn and focusable, with its source.
    const series = globalSeries('global_average');
    const points = chart.locator('.point');
    expect(await points.count()).toBe(series.length);
    const p2011 = chart.locator('.point[data-period="2011Q3"]');
    expect(await p2011.getAttribute('data-value')).toBe('9.3');
    expect(await p2011.getAttribute('aria-label')).toContain('Q3 2011: 9.3%');
    const last = series.at(-1)!;
    expect(await points.last().getAttribute('data-period')).toBe(last.period);
    expect(await points.last().getAttribute('data-value')).toBe(String(last.valuePct)); // 6.36, 2025Q3
    // One tab stop for the chart; arrow keys walk the points.
    expect(await chart.locator('.point[tabindex="0"]').count()).toBe(1);
    await p2011.focus();
    expect(await host.locator('figcaption').first().innerText()).toContain('Q3 2011: 9.3%');
    await page.keyboard.press('ArrowRight');
    const next = series[series.findIndex((p) => p.period === '2011Q3') + 1]!;
    expect(await page.evaluate(() => document.querySelector('remit-progress')!.shadowRoot!.activeElement?.getAttribute('data-period'))).toBe(next.period);
    expect(await chart.locator('.point[tabindex="0"]').getAttribute('data-period')).toBe(next.period);
    // The table alternative has the same figures with their sources.
    const table = host.locator('table[id$="-table"]:not([id$="-history-table"])');
    expect(await table.locator('tbody tr').count()).toBe(series.length);
    expect(await table.locator('tr[data-period="2011Q3"]').textContent()).toContain('9.3%');
    expect(await host.locator('.summary').innerText()).toMatch(/6\.36% in Q3 2025\. 1\.36 points above the 5% target/);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('counts the corridors above 5% exactly as core does', async () => {
    const { page } = await open('sdg', '<remit-progress></remit-progress>');
    const expected = corridorsAbove(5);
    const count = page.locator('remit-progress').locator('.sdg-count');
    expect(await count.getAttribute('data-count')).toBe(String(expected.above.length));
    expect(await count.getAttribute('data-total')).toBe(String(expected.withData));
    expect(await count.innerText()).toContain(`${expected.above.length} of ${expected.withData} corridors with data for Q${expected.period.slice(5)} ${expected.period.slice(0, 4)}`);
    expect(await page.locator('remit-progress').locator('.costliest li').count()).toBe(10);
    await page.close();
  });

  it('draws a corridor history from both sources, differently, and exports the shown series as CSV with sources and the licence', async () => {
    const { page } = await open('csv', '<remit-progress from="US" to="MX"></remit-progress>');
    const host = page.locator('remit-progress');
    const history = host.locator('svg[id$="-history"]');
    const h = corridorHistoryIn(FULL_BUNDLE, 'USA-MEX');
    expect(await history.locator('.series.official .point').count()).toBe(h.official.length);
    expect(await history.locator('.series.computed .point').count()).toBe(h.computed.length);
    // The history has its table alternative too.
    expect(await host.locator('table[id$="-history-table"] tbody tr').count()).toBe(h.official.length + h.computed.length);
    const [download] = await Promise.all([page.waitForEvent('download'), host.getByRole('button', { name: 'Download the figures (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(
      seriesCsv([
        { name: 'global_average', points: globalSeries('global_average') },
        { name: 'USA-MEX official', points: h.official },
        { name: 'USA-MEX computed', points: h.computed },
      ]),
    );
    expect(csv.split('\r\n')[0]).toBe('series,period,value_pct,source,source_location');
    expect(csv).toContain('global_average,2011Q3,9.3,');
    expect(csv).toContain('CC BY 4.0');
    await page.close();
  });

  it('follows its attributes: indicator, language and theme', async () => {
    const { page } = await open('attrs-p', '<remit-progress indicator="channel_bank" lang="ar" theme="dark"></remit-progress>');
    const root = page.locator('remit-progress').locator('.remit');
    await expect.poll(() => root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('class')).toContain('theme-dark');
    expect(await page.locator('remit-progress').locator('select[id$="-indicator"]').inputValue()).toBe('channel_bank');
    await page.$eval('remit-progress', (el) => el.setAttribute('indicator', 'region_SSA'));
    await expect.poll(() => page.locator('remit-progress').locator('select[id$="-indicator"]').inputValue()).toBe('region_SSA');
    // The share's basis (which corridors, which services) is said in Arabic, never in the data's English.
    const count = await page.locator('remit-progress').locator('.sdg-count').innerText();
    expect(count).toContain('بين الخدمات الشفافة (الطريقة الرسمية)');
    expect(count).not.toContain('Computed from');
    await page.close();
  });

  it('uses a data-src bundle when valid and says so, and keeps its own figures with a notice when not', async () => {
    const full = JSON.parse(readFileSync(new URL('../../core/data/generated/full.json', import.meta.url), 'utf8'));
    const last = full.headline.findLastIndex((r: [string, string]) => r[1] === 'global_average');
    full.headline[last][2] = 6.01;
    env.server.route('/ngo/full.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(full));
    });
    const good = await open('progress-src', '<remit-progress data-src="/ngo/full.json"></remit-progress>');
    const host = good.page.locator('remit-progress');
    await expect.poll(() => host.locator('svg[id$="-chart"] .point').last().getAttribute('data-value')).toBe('6.01');
    expect(await host.locator('.problems').innerText()).toContain('Figures from 127.0.0.1');
    await good.page.close();
    const bad = await open('progress-404', '<remit-progress data-src="/ngo/missing.json"></remit-progress>');
    const host2 = bad.page.locator('remit-progress');
    expect(await host2.locator('svg[id$="-chart"] .point').last().getAttribute('data-value')).toBe('6.36');
    expect(await host2.locator('.problems').innerText()).toContain('Some data could not be loaded');
    expect(bad.seen.errors).toEqual([]);
    await bad.page.close();
  });
});
