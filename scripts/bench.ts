/**
 * `npm run bench`: every figure the issues ask for, measured here, printed as
 * one table and written to bench/report.json, each with its baseline and the machine.
 *
 * Needs the built files (`npm run build`) and Chromium (/usr/bin/chromium or $CHROMIUM).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { chromium } from 'playwright-core';
import { allCorridors, corridorCosts, FULL_BUNDLE } from '../core/full.ts';
import { serve } from './serve.ts';
import { benchImporter } from './bench-importer.ts';
import { benchDetail } from './bench-detail.ts';
import { benchHostile } from './bench-hostile.ts';
import { benchLighthouse } from './bench-lighthouse.ts';
import { type Row, median, CHROMIUM, FLAGS } from './bench-common.ts';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench/tmp');
mkdirSync(tmp, { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const rows: Row[] = [];

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const quietBuild = (config: Parameters<typeof build>[0]) => build({ logLevel: 'silent', configFile: false, ...config });

// --- Core without data, and the data bundles -------------------------------------------
await quietBuild({
  build: {
    outDir: join(tmp, 'core'),
    emptyOutDir: true,
    minify: true,
    lib: { entry: join(root, 'core/full.ts'), formats: ['es'], fileName: () => 'core.js' },
    // Data and translations are measured on their own; zustand is a dependency.
    rollupOptions: { external: [/\/generated\/.*\.json$/, /\/i18n\/locales\//, /\/i18n\/en(-extension)?\.ts$/, /^zustand/] },
  },
});
const coreJs = readFileSync(join(tmp, 'core/core.js'));
rows.push({ figure: 'core gzip: code only (no data bundle, no messages, no zustand; minified ES module of core/index.ts)', value: gz(coreJs), unit: 'bytes', baseline: 'the minimal Preact element built in this run' });
for (const name of ['latest', 'full']) {
  const json = readFileSync(join(root, `core/data/generated/${name}.json`));
  rows.push({ figure: `data bundle ${name}.json gzip`, value: gz(json), unit: 'bytes', note: `${json.length} bytes raw`, baseline: name === 'latest' ? 'full.json' : 'the source CSVs' });
}

// --- corridorCosts for every corridor -----------------------------------------------------
const corridors = allCorridors(FULL_BUNDLE);
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  for (const c of corridors) corridorCosts(c.from, c.to);
  times.push(performance.now() - t0);
}
rows.push({
  figure: `corridorCosts for all ${corridors.length} corridors, full bundle (median of ${RUNS} runs)`,
  value: Number(median(times).toFixed(3)),
  unit: 'ms',
  note: `first (cold: JIT and per-corridor caches) ${times[0]!.toFixed(1)} ms; min ${Math.min(...times).toFixed(3)} ms`,
  baseline: 'its own first (cold) run, in note' });
rows.push({ figure: 'corridorCosts throughput, warm', value: Math.round((corridors.length / median(times)) * 1000), unit: 'calls/s', baseline: '-' });

// --- Widget size, and render time against a minimal Preact element ------------------------
const widgetJs = readFileSync(join(root, 'dist/widget/remit-widget.js'));
rows.push({ figure: 'remit-widget.js gzip', value: gz(widgetJs), unit: 'bytes', goal: '<= 25000', baseline: 'the minimal Preact element (next row)' });
for (const [name, file] of [['minimal', 'minimal-element.tsx'], ['intl', 'intl-element.tsx']] as const) {
  await quietBuild({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: {
      outDir: join(tmp, `baseline-${name}`),
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(root, 'bench/baseline', file), formats: ['iife'], name: 'Baseline', fileName: () => 'baseline.js' },
    },
  });
}
const baselineJs = readFileSync(join(tmp, 'baseline-minimal/baseline.js'));
const intlBaselineJs = readFileSync(join(tmp, 'baseline-intl/baseline.js'));
rows.push({ figure: 'baseline: minimal Preact custom element gzip', value: gz(baselineJs), unit: 'bytes' });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const server = await serve(join(root, 'dist/widget'), {
  routes: {
    '/bench-blank.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
    },
  },
});

/**
 * Time from the start of the script's execution to the widget's first render
 * (its shadow content laid out), median of fresh pages. The script text is
 * evaluated in the page, so download time is not counted.
 */
async function renderTime(code: string, throttle = 1, count = 1, warmIntl = false): Promise<number[]> {
  const out: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`${server.url}bench-blank.html`);
    out.push(
      await page.evaluate(([src, n, warm]) => {
        // As on a page whose own scripts already showed a number or a date.
        if (warm) new Intl.NumberFormat('en').format(1);
        for (let i = 0; i < n; i++) {
          const el = document.createElement('remit-calculator');
          for (const [k, v] of [['from', 'US'], ['to', 'MX'], ['amount', String(200 + i)], ['lang', 'en']]) el.setAttribute(k!, v!);
          document.body.append(el);
        }
        const t0 = performance.now();
        (0, eval)(src);
        const all = document.querySelectorAll('remit-calculator');
        const last = all[all.length - 1]!.shadowRoot?.querySelector('.remit');
        if (!last) throw new Error('not rendered synchronously');
        last.getBoundingClientRect(); // style and layout included
        return performance.now() - t0;
      }, [code, count, warmIntl] as const),
    );
    await page.close();
  }
  return out;
}
const widgetTimes = await renderTime(widgetJs.toString('utf8'));
const baseTimes = await renderTime(baselineJs.toString('utf8'));
const widgetMs = median(widgetTimes);
const baseMs = median(baseTimes);
rows.push({ figure: `widget first render, script execution to laid out (median of ${RUNS})`, value: Number(widgetMs.toFixed(2)), unit: 'ms', baseline: 'baseline rows below' });
rows.push({ figure: 'baseline first render, same measure', value: Number(baseMs.toFixed(2)), unit: 'ms', baseline: '-' });
rows.push({ figure: 'widget / baseline first-render ratio', value: Number((widgetMs / baseMs).toFixed(2)), unit: 'x', goal: '<= 2', baseline: 'minimal Preact custom element' });
const intlMs = median(await renderTime(intlBaselineJs.toString('utf8')));
rows.push({ figure: 'second baseline: minimal element + one Intl.DisplayNames + one Intl.NumberFormat', value: Number(intlMs.toFixed(2)), unit: 'ms', note: 'the ICU start-up every localized first paint pays' });
rows.push({ figure: 'widget / second baseline first-render ratio', value: Number((widgetMs / intlMs).toFixed(2)), unit: 'x', baseline: 'minimal element with Intl' });
// Where the widget's time goes: the first Intl.NumberFormat in a fresh renderer
// pays V8's one-off ICU start-up (it lists every locale ICU has), whoever calls it.
const icuTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const page = await browser.newPage();
  await page.goto(`${server.url}bench-blank.html`);
  icuTimes.push(await page.evaluate(() => {
    const t0 = performance.now();
    new Intl.NumberFormat('en').format(1);
    return performance.now() - t0;
  }));
  await page.close();
}
const icuMs = median(icuTimes);
rows.push({ figure: 'ICU start-up: first new Intl.NumberFormat("en") in a fresh page, nothing else', value: Number(icuMs.toFixed(2)), unit: 'ms', note: `${(icuMs / baseMs).toFixed(1)}x the baseline's whole first render, before the widget does anything of its own`, baseline: 'baseline first render' });
// The floor for what the widget must show: its own first-render DOM and
// stylesheet, copied out of a rendered widget and written back as static HTML
// by a bare custom element (no Preact, no Intl, no logic). What is left is
// the browser's style, text shaping and layout of that content.
const floorJs = await (async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}bench-blank.html`);
  const { html, css } = await page.evaluate((src) => {
    const el = document.createElement('remit-calculator');
    for (const [k, v] of [['from', 'US'], ['to', 'MX'], ['amount', '200'], ['lang', 'en']]) el.setAttribute(k!, v!);
    document.body.append(el);
    (0, eval)(src);
    const root = el.shadowRoot!;
    return { html: root.innerHTML, css: root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n') };
  }, widgetJs.toString('utf8'));
  await page.close();
  return `customElements.define('remit-calculator', class extends HTMLElement { connectedCallback() {
    const root = this.attachShadow({ mode: 'open' }); const sheet = new CSSStyleSheet();
    sheet.replaceSync(${JSON.stringify(css)}); root.adoptedStyleSheets = [sheet]; root.innerHTML = ${JSON.stringify(html)}; } });`;
})();
const floorMs = median(await renderTime(floorJs));
rows.push({ figure: "floor: the widget's first-render DOM and CSS as static HTML in a bare custom element (no Preact, no Intl)", value: Number(floorMs.toFixed(2)), unit: 'ms', note: `${(floorMs / baseMs).toFixed(1)}x the baseline: the browser's cost to style, shape and lay out what the issue asks the widget to show`, baseline: 'baseline first render' });
const warmWidgetMs = median(await renderTime(widgetJs.toString('utf8'), 1, 1, true));
const warmBaseMs = median(await renderTime(baselineJs.toString('utf8'), 1, 1, true));
rows.push({ figure: 'widget first render on a page that already used Intl.NumberFormat once', value: Number(warmWidgetMs.toFixed(2)), unit: 'ms', baseline: 'baseline, same page' });
rows.push({ figure: 'baseline first render on the same page', value: Number(warmBaseMs.toFixed(2)), unit: 'ms', baseline: '-' });
rows.push({ figure: 'widget / baseline first-render ratio, ICU already started', value: Number((warmWidgetMs / warmBaseMs).toFixed(2)), unit: 'x', goal: '<= 2', baseline: 'minimal Preact custom element' });
const one = widgetMs;
for (const n of [10, 50]) {
  const ms = median(await renderTime(widgetJs.toString('utf8'), 1, n));
  rows.push({ figure: `${n} widgets on one page, first render of all (median)`, value: Number(ms.toFixed(1)), unit: 'ms', note: `${(ms / one).toFixed(1)}x one widget for ${n}x the widgets (linear or better when <= ${n})`, baseline: `one widget x ${n}` });
}
const slow = median(await renderTime(widgetJs.toString('utf8'), 4));
rows.push({ figure: 'widget first render under 4x CPU throttling (DevTools protocol)', value: Number(slow.toFixed(2)), unit: 'ms', baseline: `unthrottled: ${widgetMs.toFixed(1)} ms` });

// --- Corridor detail files: sizes, and first render to services shown ------------------
rows.push(...(await benchDetail(browser, server.url, RUNS)));

// --- Popup -------------------------------------------------------------------------------
// The popup's JavaScript: the scripts its HTML loads and everything they import statically.
const extDir = join(root, 'dist/extension');
const popupFiles = new Set<string>();
const crawl = (file: string) => {
  if (popupFiles.has(file)) return;
  popupFiles.add(file);
  const code = readFileSync(join(extDir, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) crawl(join(file, '..', m[1]!));
};
const popupHtml = readFileSync(join(extDir, 'extension/popup/index.html'), 'utf8');
for (const m of popupHtml.matchAll(/<script[^>]+src="\/([^"]+)"/g)) crawl(m[1]!);
const popupGz = [...popupFiles].reduce((sum, f) => sum + gz(readFileSync(join(extDir, f))), 0);
rows.push({ figure: 'popup JavaScript gzip (entry and its imports)', value: popupGz, unit: 'bytes', note: [...popupFiles].join(', '), baseline: 'remit-widget.js (same views, one locale, latest data)' });

const { launchExtension } = await import('../test/e2e/browser.ts');
const popupTimes: number[] = [];
const ext = await launchExtension();
for (let run = 0; run < Math.min(RUNS, 10); run++) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/extension/popup/index.html`);
  await page.locator('.remit').waitFor();
  popupTimes.push(await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance.now() - nav.startTime;
  }));
  await page.close();
}
await ext.context.close();
rows.push({ figure: 'popup page: navigation start to calculator shown (median)', value: Number(median(popupTimes).toFixed(1)), unit: 'ms', note: 'includes reading chrome.storage', baseline: 'widget first render above' });

rows.push(...(await (await import('./bench-popup.ts')).benchPopup())); // issue 11: popup JS for one language, popup vs widget time to the calculator
rows.push(...(await (await import('./bench-first-render.ts')).benchFirstRender())); // issue 11: compare view first render / (static-HTML floor + ICU start-up), goal <= 1.25, and where its time goes
await browser.close();
await server.close();

// --- Provider-level RPW importer: 200,000 generated rows, streaming --------------------
const imp = await benchImporter();
rows.push({
  figure: `RPW importer: ${imp.rows} rows (${imp.fileMB} MB generated CSV), streaming`,
  value: Number(imp.seconds.toFixed(2)),
  unit: 's',
  goal: '< 30',
  note: `${Math.round(imp.rowsPerSecond)} rows/s; ${imp.badRows} bad rows reported`,
  baseline: 'goal 30 s (issue 5)' });
rows.push({
  figure: 'RPW importer: live heap after GC at 50k rows vs at 200k rows',
  value: Number((imp.heapLiveGrowthMB ?? 0).toFixed(2)),
  unit: 'MB growth',
  note: `heap peak ${imp.heapPeakAt50kMB} MB at 50k rows, ${imp.heapPeakMB} MB at 200k; rss peak ${imp.rssPeakMB} MB (grows with the services kept for the service lists, about 45 bytes each, bounded by MAX_SERVICES; not with the text read)`,
  baseline: 'live heap at 50k rows' });

rows.push(...(await (await import('./bench-parser.ts')).benchParser()));
// --- Hostile data-src bodies up to 5 MB: the longest main-thread task (scripts/bench-hostile.ts) ---
rows.push(...(await benchHostile()));
rows.push(...(await benchLighthouse()));

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: browser.version(),
};
const report = { date: new Date().toISOString(), machine, runs: RUNS, figures: rows };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`);
console.table(rows.map((r) => ({ figure: r.figure, value: r.value, unit: r.unit, goal: r.goal ?? '', baseline: r.baseline ?? '' })));
console.log(JSON.stringify(report));
