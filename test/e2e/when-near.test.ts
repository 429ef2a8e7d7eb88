/**
 * `loading="lazy"` (widget/when-near.ts): a widget far below the first screen
 * renders, fetches what it needs and sends `remit-change` only when the reader
 * comes near it, nothing moves when it does, several that come near together
 * render in separate tasks, and without IntersectionObserver (or with a broken
 * one) the widget renders at once, as without the attribute.
 */
import { describe, expect, it } from 'vitest';
import { html, useBrowserAndServer } from './pages.ts';
import { watch } from './browser.ts';

const env = useBrowserAndServer();

/** Widgets rendered (their view drawn in the shadow root), by id. */
const rendered = () => [...document.querySelectorAll('remit-calculator, remit-progress')].filter((e) => e.shadowRoot?.querySelector('.remit')).map((e) => e.id);

/** A first screen of text, then widgets far below it, each in space reserved for more than its height. */
const FAR = html(
  `<style>remit-calculator, remit-progress { display: block; min-height: 130rem; } #top { height: 3000px; }</style>
  <div id="top">Read first.</div>
  <remit-calculator id="far" loading="lazy" from="GB" to="IN" amount="500">Loading the calculator.</remit-calculator>
  <p id="after">After the calculator.</p>
  <remit-progress id="far-progress" loading="lazy">Loading the progress.</remit-progress>
  <p id="end">The end.</p>`,
  { head: '<script>addEventListener("remit-change", (e) => (window.changes ??= []).push(e.target.id));</script>' },
);

describe('loading="lazy"', () => {
  it('renders a widget far below only when it comes near, then sends remit-change; nothing moves', async () => {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 700 } });
    const seen = watch(page);
    const from = env.server.requests.length;
    await page.goto(env.server.page('far', FAR));
    await page.waitForFunction(() => customElements.get('remit-calculator'));
    await page.waitForTimeout(800);
    // Not rendered: the page's own text shows, nothing was fetched for the view, no event, no store yet.
    expect(await page.evaluate(rendered)).toEqual([]);
    expect(await page.textContent('#far')).toContain('Loading the calculator.');
    expect(await page.evaluate(() => ((window as unknown as { changes?: string[] }).changes ?? []).length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('remit-calculator')!.store)).toBeNull();
    expect(env.server.requests.slice(from)).not.toContain('/remit-progress.js');
    const before = await page.evaluate(() => [document.querySelector('#after')!.getBoundingClientRect().top + scrollY, document.querySelector('#end')!.getBoundingClientRect().top + scrollY]);

    // Layout shifts from here on, as a reader scrolls to the calculator (no input, so every shift counts).
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[]) (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift' });
    });
    await page.locator('#far').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (window as unknown as { changes?: string[] }).changes?.includes('far'), null, { timeout: 15_000 });
    expect(await page.evaluate(rendered)).toContain('far');
    expect(await page.evaluate(() => document.querySelector('remit-calculator')!.store?.getState().to)).toBe('IND');
    // It works: a new amount re-renders and sends another remit-change.
    const amount = page.locator('#far input[id$="-amount"]');
    await amount.fill('600');
    await page.waitForFunction(() => (window as unknown as { changes: string[] }).changes.filter((id) => id === 'far').length >= 2);

    await page.locator('#far-progress').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#far-progress')?.shadowRoot?.querySelector('.remit svg'), null, { timeout: 30_000 });
    expect(env.server.requests.slice(from)).toContain('/remit-progress.js');
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => [document.querySelector('#after')!.getBoundingClientRect().top + scrollY, document.querySelector('#end')!.getBoundingClientRect().top + scrollY]);
    expect(after).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    expect(seen).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it('renders several widgets that come near together in separate tasks', async () => {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 700 } });
    const three = ['a', 'b', 'c'].map((id) => `<remit-calculator id="${id}" loading="lazy" style="display:block;min-height:60rem"></remit-calculator>`).join('');
    // Each timer task the page runs, the number of widgets that began to render in it (they attach their shadow root).
    const count = `() => [...document.querySelectorAll('remit-calculator')].filter((e) => e.shadowRoot).length`;
    const head = `<script>
      const count = ${count}, timer = setTimeout;
      window.perTask = [];
      window.setTimeout = function (fn, ...rest) {
        return timer(typeof fn === 'function' ? (...args) => { const n = count(); fn(...args); if (count() > n) perTask.push(count() - n); } : fn, ...rest);
      };
    </script>`;
    await page.goto(env.server.page('three', html(`<div style="height:4000px"></div>${three}`, { head })));
    await page.waitForFunction(() => customElements.get('remit-calculator'));
    await page.waitForTimeout(500);
    expect(await page.evaluate(`(${count})()`)).toBe(0);
    await page.evaluate(() => document.querySelector('#b')!.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(`(${count})() === 3`, null, { timeout: 15_000 });
    // One widget per task, none outside the timers.
    expect(await page.evaluate(() => (window as unknown as { perTask: number[] }).perTask)).toEqual([1, 1, 1]);
    await page.close();
  });

  it('without the attribute, renders at once, in the task that adds the element (as before)', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.page('eager', html('<div style="height:4000px"></div>')));
    await page.waitForFunction(() => customElements.get('remit-calculator'));
    const now = await page.evaluate(() => {
      const el = document.createElement('remit-calculator');
      document.body.append(el);
      return !!el.shadowRoot?.querySelector('.remit');
    });
    expect(now).toBe(true);
    await page.close();
  });

  for (const [name, script] of [
    ['is missing', 'delete window.IntersectionObserver;'],
    ['was replaced by one that throws', 'window.IntersectionObserver = function () { throw new Error("no"); };'],
  ] as const) {
    it(`renders at once where IntersectionObserver ${name}, and says nothing in the console`, async () => {
      const page = await env.browser.newPage();
      const seen = watch(page);
      await page.goto(env.server.page(`no-io-${name.length}`, html('<div style="height:4000px"></div><remit-calculator id="far" loading="lazy"></remit-calculator>', { head: `<script>${script}</script>` })));
      await page.waitForFunction(() => document.querySelector('#far')?.shadowRoot?.querySelector('.remit'), null, { timeout: 15_000 });
      expect(seen).toEqual({ errors: [], console: [] });
      await page.close();
    });
  }
});
