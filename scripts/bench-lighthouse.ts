/**
 * Lighthouse (npm package, Debian's Chromium) on the demo page and on a bare
 * embed page (one widget, nothing else), with the mobile and the desktop
 * preset: the four category scores, against the goal of 1.00 for
 * accessibility and best practices and 0.95 for performance and SEO.
 *
 * Run alone: `npx tsx scripts/bench-lighthouse.ts` (after `npm run build`).
 * `scripts/bench.ts` adds the same rows to bench/report.json.
 */
import { join, resolve } from 'node:path';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.ts';
import { type Row, CHROMIUM } from './bench-common.ts';


const root = resolve(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GOALS: Record<(typeof CATEGORIES)[number], number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 0.95 };

/** The smallest page an NGO would make: one widget as the README's snippet writes it. */
export const BARE_EMBED = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What it costs to send money home</title>
<meta name="description" content="The cost of sending money from the United States to Mexico, by channel, against the 5% and 3% targets.">
<link rel="icon" href="data:,">
<script src="/remit-widget.js" defer></script>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; } remit-calculator { display: block; min-height: 52rem; }</style>
</head>
<body>
<h1>What it costs to send money home</h1>
<remit-calculator from="US" to="MX" amount="200">
  What it costs to send money home (loading).
</remit-calculator>
</body>
</html>`;

export interface LighthouseScores {
  readonly page: string;
  readonly preset: 'mobile' | 'desktop';
  readonly scores: Record<string, number>;
  /** Audits below full marks in a category with a goal it misses, for the note. */
  readonly failing: string[];
  readonly cls: number;
  readonly tbtMs: number;
}

export async function lighthouseScores(runs: readonly { page: string; path: string }[]): Promise<LighthouseScores[]> {
  const server = await serve(join(root, 'dist/widget'), {
    routes: {
      '/bare-embed.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(BARE_EMBED);
      },
    },
  });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const out: LighthouseScores[] = [];
  try {
    for (const { page, path } of runs) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
        const result = await lighthouse(new URL(path, server.url).href, flags, preset === 'desktop' ? desktopConfig : undefined);
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0]));
        const failing = CATEGORIES.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${ref.id} ${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score}`),
        );
        out.push({
          page,
          preset,
          scores,
          failing,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? -1,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? -1,
        });
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return out;
}

/** The bench rows: one per page, preset and category, plus CLS and TBT. */
export async function benchLighthouse(): Promise<Row[]> {
  const results = await lighthouseScores([
    { page: 'demo page', path: '/' },
    { page: 'bare embed page', path: '/bare-embed.html' },
  ]);
  return results.flatMap((r) => [
    ...CATEGORIES.map((c) => ({
      figure: `Lighthouse ${r.page}, ${r.preset}: ${c}`,
      value: r.scores[c] ?? 0,
      unit: 'score',
      goal: `>= ${GOALS[c].toFixed(2)}`,
      baseline: 'Lighthouse 12 default scoring',
      ...(r.failing.some((f) => f.startsWith(`${c}:`)) ? { note: r.failing.filter((f) => f.startsWith(`${c}:`)).join('; ') } : {}),
    })),
    { figure: `Lighthouse ${r.page}, ${r.preset}: cumulative layout shift`, value: Number(r.cls.toFixed(3)), unit: 'CLS', goal: '<= 0.1', baseline: '0.235-0.339 on desktop before issue 14' },
    { figure: `Lighthouse ${r.page}, ${r.preset}: total blocking time`, value: Math.round(r.tbtMs), unit: 'ms', goal: '<= 200', baseline: 'up to 1 s on mobile before issue 14' },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table((await benchLighthouse()).map((r) => ({ figure: r.figure, value: r.value, goal: r.goal ?? '', note: r.note ?? '' })));
}
