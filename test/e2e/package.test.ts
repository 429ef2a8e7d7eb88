/**
 * The widget as others install it: the npm package packed, installed from its
 * tarball into a fresh folder, typed for a TypeScript user and loaded from
 * node_modules in Chromium; the versioned CDN folder used from another origin
 * with its integrity hash; the demo's builder writing that hash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.ts';
import { ROOT, watch } from './browser.ts';
import { useBrowserAndServer } from './pages.ts';

const env = useBrowserAndServer();
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NAME = 'remit-cost-widget';
let consumer: string;

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'remit-consumer-'));
  const tarballs = mkdtempSync(join(tmpdir(), 'remit-pack-'));
  execFileSync('npm', ['pack', join(ROOT, 'dist/npm'), '--pack-destination', tarballs], { cwd: ROOT, stdio: 'ignore' });
  const tarball = join(tarballs, `${NAME}-${rootPackage.version}.tgz`);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'ngo-site', private: true }));
  // No dependencies to fetch: the install reads only the tarball.
  execFileSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: consumer, stdio: 'ignore' });
}, 120_000);
afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

const installed = () => join(consumer, 'node_modules', NAME);
const rendered = () => [...document.querySelectorAll('remit-calculator, remit-progress')].every((e) => e.shadowRoot?.querySelector('.remit'));

describe('the npm package, installed from its tarball', () => {
  it('has its name, version, licence, exports, types, manifest and the data attribution', () => {
    const pkg = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8'));
    expect(pkg.name).toBe(NAME);
    expect(pkg.version).toBe(rootPackage.version);
    expect(pkg.license).toBe('MIT');
    expect(pkg.exports['.']).toEqual({ types: './remit-widget.d.ts', default: './remit-widget.js' });
    expect(pkg.customElements).toBe('./custom-elements.json');
    const files = readdirSync(installed()).sort();
    expect(files).toEqual(['LICENSE', 'NOTICE.md', 'README.md', 'corridors', 'custom-elements.json', 'integrity.json', 'locales', 'package.json', 'remit-data.js', 'remit-progress.js', 'remit-quote.js', 'remit-widget.d.ts', 'remit-widget.js']);
    const notice = readFileSync(join(installed(), 'NOTICE.md'), 'utf8');
    expect(notice).toContain('Remittance Prices Worldwide');
    expect(notice).toContain('CC BY 4.0');
    // Every export points at a file that is there.
    for (const target of Object.values(pkg.exports as Record<string, string | { default: string }>)) {
      const path = typeof target === 'string' ? target : target.default;
      if (!path.includes('*')) expect(existsSync(join(installed(), path)), path).toBe(true);
    }
  });

  it('custom-elements.json names both elements, every attribute the element observes (and `loading`, read on connection), the event and the CSS properties', () => {
    const manifest = JSON.parse(readFileSync(join(installed(), 'custom-elements.json'), 'utf8'));
    const [module] = manifest.modules;
    const byTag = Object.fromEntries(module.declarations.map((d: { tagName: string }) => [d.tagName, d]));
    expect(Object.keys(byTag).sort()).toEqual(['remit-calculator', 'remit-progress']);
    const calc = byTag['remit-calculator'];
    expect(calc.attributes.map((a: { name: string }) => a.name)).toEqual(['from', 'to', 'amount', 'per-year', 'lang', 'theme', 'view', 'data-src', 'data-timeout', 'rates-src', 'loading']);
    expect(calc.events.map((e: { name: string }) => e.name)).toEqual(['remit-change']);
    const styles = readFileSync(join(ROOT, 'widget/styles.css'), 'utf8');
    const used = [...new Set([...styles.matchAll(/var\((--remit-[\w-]+)/g)].map((m) => m[1]))].sort();
    expect(calc.cssProperties.map((p: { name: string }) => p.name).sort()).toEqual(used);
    expect(module.exports.map((e: { name: string }) => e.name)).toEqual(['remit-calculator', 'remit-progress']);
    // No private state in the public description.
    const members = module.declarations.flatMap((d: { members: { name: string }[] }) => d.members.map((m) => m.name));
    expect(members).toEqual(['store']);
  });

  it('type-checks a TypeScript user of the package: tag names, attributes, the event detail', () => {
    writeFileSync(
      join(consumer, 'use.ts'),
      `import 'remit-cost-widget';
import type { RemitCalculatorAttributes, RemitChangeDetail } from 'remit-cost-widget';
const el = document.createElement('remit-calculator');
const attrs: RemitCalculatorAttributes = { from: 'US', to: 'MX', amount: 200, view: 'quote', theme: 'dark' };
for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
el.addEventListener('remit-change', (e) => {
  const detail: RemitChangeDetail = e.detail;
  const pct: number | undefined = detail.result.corridor.ok ? detail.result.corridor.averagePct : undefined;
  const lang: 'en' | 'es' | 'fr' | 'ar' | 'zh' | 'hi' | 'tl' | 'pt' = e.detail.inputs.lang;
  console.log(pct, lang, e.detail.inputs.quote.feeMode);
});
const progress: HTMLElement = document.querySelector('remit-progress')!;
console.log(progress);
// @ts-expect-error: not a view the element has
const bad: RemitCalculatorAttributes = { view: 'table' };
console.log(bad);
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2020', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2020', 'DOM'], types: [], skipLibCheck: false }, files: ['use.ts'] }),
    );
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    expect(() => execFileSync(tsc, ['-p', consumer], { cwd: consumer, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('loads from node_modules in Chromium: both elements render, the Spanish locale comes from the package folder', async () => {
    const site = await serve(consumer);
    try {
      const page = await env.browser.newPage();
      const seen = watch(page);
      const src = `/node_modules/${NAME}/remit-widget.js`;
      await page.route('**/t.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>t</title><script src="${src}" defer></script></head><body><remit-calculator from="US" to="MX"></remit-calculator><remit-progress></remit-progress></body></html>` }),
      );
      await page.goto(new URL('t.html', site.url).href);
      await page.waitForFunction(rendered, null, { timeout: 30_000 });
      await expect.poll(() => page.$eval('remit-calculator', (e) => e.shadowRoot!.textContent ?? '')).toContain('Bancos');
      expect(site.requests).toEqual(expect.arrayContaining([src, `/node_modules/${NAME}/locales/es.json`, `/node_modules/${NAME}/remit-progress.js`]));
      expect(seen.errors).toEqual([]);
      await page.close();
    } finally {
      await site.close();
    }
  });
});

describe('the versioned CDN folder, used from another origin', () => {
  it('runs from /<version>/remit-widget.js with integrity and crossorigin, and refuses a script that does not match', async () => {
    const cdn = await serve(join(ROOT, 'dist/cdn'));
    try {
      const version = rootPackage.version;
      const file = readFileSync(join(ROOT, 'dist/cdn', version, 'remit-widget.js'));
      const hash = `sha384-${createHash('sha384').update(file).digest('base64')}`;
      expect(JSON.parse(readFileSync(join(ROOT, 'dist/cdn', version, 'integrity.json'), 'utf8'))['remit-widget.js']).toBe(hash);
      const src = new URL(`${version}/remit-widget.js`, cdn.url).href;
      expect(new URL(src).origin).not.toBe(new URL(env.server.url).origin);
      const snippet = (integrity: string) =>
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title><script src="${src}" integrity="${integrity}" crossorigin="anonymous" defer></script></head><body><remit-calculator from="US" to="MX">Chargement</remit-calculator></body></html>`;

      const page = await env.browser.newPage();
      await page.goto(env.server.page('cdn-ok', snippet(hash)));
      await page.waitForFunction(rendered, null, { timeout: 30_000 });
      await expect.poll(() => page.$eval('remit-calculator', (e) => e.shadowRoot!.textContent ?? '')).toContain('Banques');
      expect(cdn.requests).toContain(`/${version}/locales/fr.json`);

      await page.goto(env.server.page('cdn-tampered', snippet(`sha384-${createHash('sha384').update('something else').digest('base64')}`)));
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => customElements.get('remit-calculator'))).toBeUndefined();
      expect(await page.textContent('remit-calculator')).toBe('Chargement');
      await page.close();
    } finally {
      await cdn.close();
    }
  });

  it("the demo's embed builder writes the script with its integrity hash and crossorigin, or plain when copied to your site", async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url);
    const widget = readFileSync(join(ROOT, 'dist/widget/remit-widget.js'));
    const hash = `sha384-${createHash('sha384').update(widget).digest('base64')}`;
    await expect.poll(() => page.inputValue('#snippet')).toContain(`integrity="${hash}" crossorigin="anonymous"`);
    expect(await page.inputValue('#snippet')).toContain(`<script src="${env.server.url}remit-widget.js" integrity=`);
    await page.selectOption('#builder [name=src]', 'copy');
    const copied = await page.inputValue('#snippet');
    expect(copied).toContain('<script src="/remit/remit-widget.js" defer></script>');
    expect(copied).not.toContain('integrity');
    await page.close();
  });
});

