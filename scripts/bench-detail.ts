/**
 * Corridor detail files (`dist/widget/corridors/*.json`, loaded on demand by
 * the compare view): their gzipped sizes, and the time from the widget's
 * first render (the built-in corridor average) to the measured channels and
 * named services shown, on a local server (so network time is loopback only:
 * the request for the validator module, the request for the file, validation
 * and the second render).
 *
 * `tsx scripts/bench-detail.ts` prints its rows alone (needs `npm run build`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { serve } from './serve.ts';
import { type Row, median } from './bench-common.ts';
export type { Row } from './bench-common.ts';


const root = resolve(import.meta.dirname, '..');
const widgetDir = join(root, 'dist/widget');

/** Sizes of every detail file, gzipped at level 9 (what a server with compression sends). */
export function detailSizes(): Row[] {
  const dir = join(widgetDir, 'corridors');
  const sizes = readdirSync(dir).map((name) => ({ name, gz: gzipSync(readFileSync(join(dir, name)), { level: 9 }).length }));
  sizes.sort((a, b) => a.gz - b.gz);
  const largest = sizes.at(-1)!;
  return [
    {
      figure: `corridor detail files: largest of ${sizes.length}, gzip`,
      value: largest.gz,
      unit: 'bytes',
      goal: '<= 6144 each',
      note: largest.name,
      baseline: 'the 6 KB goal of issue 10',
    },
    {
      figure: 'corridor detail files: median, gzip',
      value: median(sizes.map((s) => s.gz)),
      unit: 'bytes',
      note: `${sizes.filter((s) => s.gz > 6144).length} above 6 KB`,
      baseline: 'largest, above',
    },
  ];
}

/**
 * Milliseconds from the widget's first render (script evaluated, average
 * shown) to the services table in its shadow root, median of `runs` fresh pages.
 */
export async function detailTime(browser: Browser, baseUrl: string, from: string, to: string, runs: number): Promise<number[]> {
  const script = readFileSync(join(widgetDir, 'remit-widget.js'), 'utf8');
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}bench-blank.html`);
    // A string, not a function: tsx names nested functions with a helper the page does not have.
    const probe = `new Promise((done, fail) => {
      const el = document.createElement('remit-calculator');
      for (const [k, v] of [['from', ${JSON.stringify(from)}], ['to', ${JSON.stringify(to)}], ['amount', '200'], ['lang', 'en']]) el.setAttribute(k, v);
      document.body.append(el);
      (0, eval)(${JSON.stringify(script)});
      const rootNode = el.shadowRoot;
      if (!rootNode || !rootNode.querySelector('.answer')) return fail(new Error('not rendered synchronously'));
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        if (!rootNode.querySelector('.services tbody tr')) return;
        observer.disconnect();
        rootNode.querySelector('.services').getBoundingClientRect();
        done(performance.now() - t0);
      });
      observer.observe(rootNode, { childList: true, subtree: true });
      setTimeout(() => fail(new Error('services not shown within 10 s')), 10000);
    })`;
    out.push(await page.evaluate(probe) as number);
    await page.close();
  }
  return out;
}

/** Both figures, with a browser and server of the caller's (bench.ts) or its own. */
export async function benchDetail(browser: Browser, baseUrl: string, runs: number): Promise<Row[]> {
  const rows = detailSizes();
  for (const [from, to] of [['GB', 'NG'], ['US', 'IN']] as const) {
    const ms = median(await detailTime(browser, baseUrl, from, to, runs));
    rows.push({
      figure: `${from} -> ${to}: first render (built-in average) to named services shown, median of ${runs}`,
      value: Number(ms.toFixed(1)),
      unit: 'ms',
      note: 'loopback server: fetch of remit-data.js and the detail file, validation, second render',
      baseline: 'widget first render (above)',
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const server = await serve(widgetDir, {
    routes: {
      '/bench-blank.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
      },
    },
  });
  console.table(await benchDetail(browser, server.url, Number(process.env.BENCH_RUNS ?? 15)));
  await browser.close();
  await server.close();
}
