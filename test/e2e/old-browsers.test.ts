/**
 * Older phones: every shipped script (the widget, its on-demand files, the
 * demo's and the extension's pages) parses and uses only features of the
 * oldest browsers with `Intl.DisplayNames` (TARGETS in vite.config.ts:
 * Chrome 81, Firefox 86, Safari 14.1), as es-check reads them; and the widget
 * renders, styled, where the newer APIs it would otherwise use are missing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './browser.ts';
import { html, useBrowserAndServer } from './pages.ts';

/** TARGETS from vite.config.ts (`'chrome81'`) as a browserslist query (`chrome 81`). */
function targetsQuery(): string {
  const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
  const list = /const TARGETS = \[([^\]]*)\]/.exec(config)?.[1] ?? '';
  return [...list.matchAll(/'([a-z]+)([\d.]+)'/g)].map((m) => `${m[1]} ${m[2]}`).join(', ');
}

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.vite') return [];
    if (statSync(path).isDirectory()) return scripts(path);
    return name.endsWith('.js') ? [relative(ROOT, path)] : [];
  });
}

/** Classic scripts (no import/export): the widget and the demo's builder. The rest are modules. */
const CLASSIC = new Set(['dist/widget/remit-widget.js', 'dist/widget/builder.js']);

function esCheck(files: string[], module: boolean): { status: number | null; output: string } {
  const args = ['checkBrowser', ...files, `--browserslistQuery=${targetsQuery()}`, '--checkFeatures', '--noColor', '--noCache'];
  const run = spawnSync(join(ROOT, 'node_modules/.bin/es-check'), module ? [...args, '--module'] : args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('es-check on every shipped script, for Chrome 81, Firefox 86 and Safari 14.1', () => {
  const all = ['dist/widget', 'dist/extension', 'dist/firefox'].flatMap((d) => scripts(join(ROOT, d)));

  it('reads the targets from the build config', () => {
    expect(targetsQuery()).toBe('chrome 81, firefox 86, safari 14.1');
  });

  it('finds the widget, its on-demand files, the demo page and both extensions', () => {
    for (const file of ['dist/widget/remit-widget.js', 'dist/widget/remit-progress.js', 'dist/widget/remit-data.js', 'dist/widget/builder.js']) {
      expect(all).toContain(file);
    }
    expect(all.filter((f) => f.startsWith('dist/widget/popup/')).length).toBeGreaterThan(0);
    expect(all.filter((f) => f.startsWith('dist/extension/')).length).toBeGreaterThan(2);
    expect(all.filter((f) => f.startsWith('dist/firefox/')).length).toBeGreaterThan(2);
  });

  it('classic scripts pass', () => {
    const run = esCheck(all.filter((f) => CLASSIC.has(f)), false);
    expect(run.output).toContain('ES-Check passed');
    expect(run.status).toBe(0);
  });

  it('modules pass', () => {
    const run = esCheck(all.filter((f) => !CLASSIC.has(f)), true);
    expect(run.output).toContain('ES-Check passed');
    expect(run.status).toBe(0);
  });

  it('the check fails on what those browsers lack (so a pass means something)', () => {
    // Optional chaining is Chrome 80+, fine; Object.hasOwn (Chrome 93) and ??= (Chrome 85) are not.
    const probe = join(ROOT, 'test/fixtures/es-check-probe.js');
    const run = esCheck([relative(ROOT, probe)], false);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/ObjectHasOwn/);
    expect(run.output).toMatch(/LogicalAssignment/);
  });

  it('no Array.prototype.at (Chrome 92, Safari 15.4), which es-check cannot always tell from a minified call', () => {
    for (const file of all) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/\.at\(-\d/);
  });

  it('no optional call with a spread before another argument, which Chrome 80-90 get wrong (crbug.com/42201552)', () => {
    // The build keeps `?.` (vite.config.ts, BUILD_TARGETS) on the strength of this check.
    const hazard = /\?\.[\w$]*\([^()]*\.\.\.[\w$.[\]]+,/;
    expect('a?.b(...c,d)').toMatch(hazard);
    expect('a?.b(c,...d)').not.toMatch(hazard);
    for (const file of all) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(hazard);
  });
});

describe('the widget where newer APIs are missing, as on Firefox 86 or Safari 14.1', () => {
  const env = useBrowserAndServer();

  it('renders styled without constructed stylesheets, Object.hasOwn or Array.prototype.at', async () => {
    const page = await env.browser.newPage({ viewport: { width: 600, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const gone = (o: object, key: string) => Reflect.deleteProperty(o, key);
      gone(Object, 'hasOwn');
      gone(Array.prototype, 'at');
      gone(ShadowRoot.prototype, 'adoptedStyleSheets');
      gone(Document.prototype, 'adoptedStyleSheets');
    });
    await page.goto(env.server.page('old-apis', html('<remit-calculator from="US" to="MX" amount="200">Loading</remit-calculator><remit-progress from="US" to="MX">Loading</remit-progress>')));
    await page.waitForFunction(() => document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.channels li'));
    await page.waitForFunction(() => document.querySelector('remit-progress')?.shadowRoot?.querySelector('svg'), null, { timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const root = document.querySelector('remit-calculator')!.shadowRoot!;
      const progress = document.querySelector('remit-progress')!.shadowRoot!;
      return {
        apis: [typeof Object.hasOwn, typeof [].at, 'adoptedStyleSheets' in root],
        styles: root.querySelectorAll('style').length,
        progressStyles: progress.querySelectorAll('style').length,
        // Styled: the widget's own font size and padding, not the browser's defaults.
        padding: getComputedStyle(root.querySelector('.remit')!).paddingTop,
        channels: root.querySelectorAll('.channels li').length,
      };
    });
    expect(seen.apis).toEqual(['undefined', 'undefined', false]);
    // The widget's stylesheet, and the corridor detail views' once they came.
    expect(seen.styles).toBe(2);
    expect(seen.progressStyles).toBe(2);
    expect(seen.padding).not.toBe('0px');
    // US -> MX: banks and money transfer operators, measured there in 2014.
    expect(seen.channels).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
