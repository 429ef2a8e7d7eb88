/**
 * The popup's size and speed (issue 11), for `npm run bench`; runnable alone:
 * `tsx scripts/bench-popup.ts` prints its rows. Needs `npm run build` and Chromium.
 *
 * - The popup's JavaScript for one language: what its HTML loads and every
 *   static import (other languages, the parser and the Progress tab load on
 *   demand), gzip level 9 as for the widget. Goal: at most 35,000 bytes.
 * - Time to the calculator: navigation start to the calculator's channel list
 *   in the page, the same measurement on the popup (the real extension,
 *   chrome.storage included) and on a page with the widget (served locally),
 *   alternated in one run. Goal: the popup at most 1.5x the widget.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serve } from './serve.ts';
import { launchExtension } from '../test/e2e/browser.ts';
import { type Row, median } from './bench-common.ts';
export type { Row } from './bench-common.ts';


const root = resolve(import.meta.dirname, '..');
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The popup's JavaScript: its HTML's scripts and their static imports (not `import()`). */
export function popupScripts(extDir = join(root, 'dist/extension')): string[] {
  const files = new Set<string>();
  const crawl = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(extDir, file), 'utf8');
    // Static imports only: `import {x} from "./a.js"` and `import "./a.js"`, not `import("./a.js")`.
    for (const m of code.matchAll(/(?:from\s*|import\s*)["']\.\/([^"']+\.js)["']/g)) crawl(join(file, '..', m[1]!));
  };
  const page = readFileSync(join(extDir, 'extension/popup/index.html'), 'utf8');
  for (const m of page.matchAll(/<script[^>]+src="\/([^"]+)"/g)) crawl(m[1]!);
  return [...files];
}

/** Navigation start to the calculator's first channel row in the DOM (its shadow root for the widget), in ms. */
function timeToCalculator(page: Page): Promise<number> {
  // A string, not a function: tsx would wrap a function's inner helpers in its own `__name`, unknown in the page.
  return page.evaluate(`new Promise((done) => {
    const find = () => document.querySelector('.remit .channels li') ?? document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.channels li');
    const check = () => (find() ? done(performance.now()) : requestAnimationFrame(check));
    check();
  })`) as Promise<number>;
}

export async function benchPopup(runs = Number(process.env.BENCH_RUNS ?? 15)): Promise<Row[]> {
  const rows: Row[] = [];
  const extDir = join(root, 'dist/extension');
  const files = popupScripts(extDir);
  const bytes = files.reduce((sum, f) => sum + gz(readFileSync(join(extDir, f))), 0);
  const assets = readdirSync(join(extDir, 'assets'));
  const locale = assets.find((f) => /^es-.*\.js$/.test(f));
  rows.push({
    figure: 'popup JavaScript for one language, gzip (entry and its static imports)',
    value: bytes,
    unit: 'bytes',
    goal: '<= 35000',
    baseline: 'remit-widget.js (same views, latest data)',
    note: `${files.join(', ')}; each other language loads when chosen (es: ${locale ? gz(readFileSync(join(extDir, 'assets', locale))) : '?'} bytes gzip)`,
  });

  // One page with the widget, on a local server; the popup in the real extension. Alternated, in one run.
  const widgetDir = join(root, 'dist/widget');
  const server = await serve(widgetDir, {
    routes: {
      '/bench-widget.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script src="/remit-widget.js"></script></head><body><remit-calculator from="US" to="MX" amount="200"></remit-calculator></body></html>');
      },
    },
  });
  const ext = await launchExtension();
  const popup: number[] = [];
  const widget: number[] = [];
  try {
    for (let run = 0; run < runs + 1; run++) {
      const p = await ext.context.newPage();
      await p.setViewportSize({ width: 400, height: 600 });
      await p.goto(`chrome-extension://${ext.id}/extension/popup/index.html`);
      const tp = await timeToCalculator(p);
      await p.close();
      const w = await ext.context.newPage();
      await w.setViewportSize({ width: 400, height: 600 });
      await w.goto(`${server.url}bench-widget.html`);
      const tw = await timeToCalculator(w);
      await w.close();
      // The first of each is a cold start (compile caches empty): left out.
      if (run > 0) {
        popup.push(tp);
        widget.push(tw);
      }
    }
  } finally {
    await ext.context.close();
    await server.close();
  }
  const p = median(popup);
  const w = median(widget);
  rows.push({
    figure: `popup: navigation start to the calculator shown (median of ${runs})`,
    value: Number(p.toFixed(1)),
    unit: 'ms',
    baseline: 'the widget on a local page, same measurement, same run (next row)',
    note: `includes reading chrome.storage and loading the saved language; min ${Math.min(...popup).toFixed(1)} ms`,
  });
  rows.push({ figure: `widget page: navigation start to the calculator shown (median of ${runs})`, value: Number(w.toFixed(1)), unit: 'ms', note: `min ${Math.min(...widget).toFixed(1)} ms` });
  rows.push({ figure: 'popup time to the calculator / widget first render', value: Number((p / w).toFixed(2)), unit: 'x', goal: '<= 1.5', baseline: 'the widget row above' });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchPopup();
  console.table(rows.map((r) => ({ figure: r.figure, value: r.value, unit: r.unit, goal: r.goal ?? '' })));
  for (const r of rows) if (r.note) console.log(`${r.figure}: ${r.note}`);
}
