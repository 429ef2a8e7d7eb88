/**
 * The compare view's first render against its floor (issue 11): the widget's
 * first render (script execution to its shadow content laid out, US -> MX,
 * English, fresh page) over the floor that no implementation can go under on
 * this machine: the same first-render DOM and CSS written as static HTML by a
 * bare custom element (style, text shaping and layout), plus V8's one-off ICU
 * start-up (the first `Intl.NumberFormat` in a renderer, which every localized
 * first paint pays). The three are measured alternately, page by page, in one
 * run, so the machine's load moves them together. Goal: at most 1.25x.
 *
 * `tsx scripts/bench-first-render.ts` prints its rows alone (needs `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { serve } from './serve.js';
import { type Row, median, CHROMIUM, FLAGS } from './bench-common.ts';
export type { Row } from './bench-common.ts';

const root = resolve(import.meta.dirname, '..');
const BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>';

/** Script execution to the element's shadow content laid out, in a fresh page, ms. */
async function renderOnce(browser: Browser, url: string, code: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url);
  const ms = await page.evaluate((src) => {
    const el = document.createElement('remit-calculator');
    for (const [k, v] of [['from', 'US'], ['to', 'MX'], ['amount', '200'], ['lang', 'en']]) el.setAttribute(k!, v!);
    document.body.append(el);
    const t0 = performance.now();
    (0, eval)(src);
    const shown = el.shadowRoot?.querySelector('.remit');
    if (!shown) throw new Error('not rendered synchronously');
    shown.getBoundingClientRect(); // style and layout included
    return performance.now() - t0;
  }, code);
  await page.close();
  return ms;
}

/**
 * Where the widget's first render goes, in a fresh page: compiling the script
 * (`new Function`), running its top level (Preact, styles, `customElements.define`),
 * then the element connected (its first Preact render, the data decoded, `Intl`
 * with ICU's start-up) and the shadow content's style and layout, ms.
 */
async function partsOnce(browser: Browser, url: string, code: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(url);
  const parts = await page.evaluate((src) => {
    const t0 = performance.now();
    const run = new Function(src);
    const t1 = performance.now();
    run();
    const t2 = performance.now();
    const el = document.createElement('remit-calculator');
    for (const [k, v] of [['from', 'US'], ['to', 'MX'], ['amount', '200'], ['lang', 'en']]) el.setAttribute(k!, v!);
    document.body.append(el);
    const t3 = performance.now();
    el.shadowRoot!.querySelector('.remit')!.getBoundingClientRect();
    const t4 = performance.now();
    return [t1 - t0, t2 - t1, t3 - t2, t4 - t3];
  }, code);
  await page.close();
  return parts;
}

/** The first `new Intl.NumberFormat('en')` in a fresh page, nothing else, ms. */
async function icuOnce(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url);
  const ms = await page.evaluate(() => {
    const t0 = performance.now();
    new Intl.NumberFormat('en').format(1);
    return performance.now() - t0;
  });
  await page.close();
  return ms;
}

/** The widget's own first-render DOM and stylesheet, written back as static HTML by a bare element. */
async function floorScript(browser: Browser, url: string, widget: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  const { html, css } = await page.evaluate((src) => {
    const el = document.createElement('remit-calculator');
    for (const [k, v] of [['from', 'US'], ['to', 'MX'], ['amount', '200'], ['lang', 'en']]) el.setAttribute(k!, v!);
    document.body.append(el);
    (0, eval)(src);
    const r = el.shadowRoot!;
    return { html: r.innerHTML, css: r.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((x) => x.cssText)).join('\n') };
  }, widget);
  await page.close();
  return `customElements.define('remit-calculator', class extends HTMLElement { connectedCallback() {
    const root = this.attachShadow({ mode: 'open' }); const sheet = new CSSStyleSheet();
    sheet.replaceSync(${JSON.stringify(css)}); root.adoptedStyleSheets = [sheet]; root.innerHTML = ${JSON.stringify(html)}; } });`;
}

export async function benchFirstRender(runs = Number(process.env.BENCH_RUNS ?? 15)): Promise<Row[]> {
  const widget = readFileSync(join(root, 'dist/widget/remit-widget.js'), 'utf8');
  const server = await serve(join(root, 'dist/widget'), {
    routes: {
      '/bench-blank.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(BLANK);
      },
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const url = `${server.url}bench-blank.html`;
  try {
    const floor = await floorScript(browser, url, widget);
    const w: number[] = [];
    const f: number[] = [];
    const icu: number[] = [];
    const parts: number[][] = [];
    const floorParts: number[][] = [];
    for (let i = 0; i < runs; i++) {
      w.push(await renderOnce(browser, url, widget));
      f.push(await renderOnce(browser, url, floor));
      icu.push(await icuOnce(browser, url));
      parts.push(await partsOnce(browser, url, widget));
      floorParts.push(await partsOnce(browser, url, floor));
    }
    const [wm, fm, im] = [median(w), median(f), median(icu)];
    const ms = (v: number) => Number(v.toFixed(2));
    const part = (list: number[][], i: number) => ms(median(list.map((p) => p[i]!)));
    const split = (list: number[][]) =>
      `compile ${part(list, 0)} ms, top level ${part(list, 1)} ms, element connected (render, data, Intl) ${part(list, 2)} ms, style and layout ${part(list, 3)} ms`;
    return [
      { figure: `compare view first render, script execution to laid out (US -> MX, en, median of ${runs}, alternated with the floor)`, value: ms(wm), unit: 'ms', note: `min ${Math.min(...w).toFixed(1)} ms` },
      { figure: 'floor, same run: first-render DOM and CSS as static HTML + ICU start-up', value: ms(fm + im), unit: 'ms', note: `static HTML ${fm.toFixed(1)} ms + first Intl.NumberFormat ${im.toFixed(1)} ms` },
      {
        figure: 'compare view first render / floor (static HTML + ICU start-up)',
        value: Number((wm / (fm + im)).toFixed(2)),
        unit: 'x',
        goal: '<= 1.25',
        baseline: 'the floor row above, same run',
      },
      {
        figure: 'compare view first render, split (medians of separate fresh pages, same run)',
        value: ms(parts.map((p) => p.reduce((a, b) => a + b, 0)).sort((a, b) => a - b)[parts.length >> 1]!),
        unit: 'ms',
        note: `widget: ${split(parts)}; floor's static HTML: ${split(floorParts)}`,
        baseline: 'the floor split in note',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchFirstRender();
  console.table(rows.map((r) => ({ figure: r.figure, value: r.value, unit: r.unit, goal: r.goal ?? '' })));
  for (const r of rows) if (r.note) console.log(`${r.figure}: ${r.note}`);
}
