/**
 * Real Chromium for the browser tests, driven by playwright-core: Debian's
 * /usr/bin/chromium (or $CHROMIUM), flags that keep it off the network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WIDGET_DIR = join(ROOT, 'dist/widget');
export const EXTENSION_DIR = join(ROOT, 'dist/extension');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** Collects what a page says in its console and every error it throws. */
export function watch(page: Page): { errors: string[]; console: string[] } {
  const seen = { errors: [] as string[], console: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.console.push(`${m.type()}: ${m.text()}`);
  });
  return seen;
}

/** The extension id Chromium derives from the public key in the test manifest. */
export function extensionId(keyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * Loads the built extension, unpacked, in a persistent context. The copy gets
 * a `key` in its manifest so its id is fixed; the built files are not touched.
 */
export async function launchExtension(userDataDir = mkdtempSync(join(tmpdir(), 'remit-profile-'))): Promise<{
  context: BrowserContext;
  id: string;
  userDataDir: string;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'remit-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const key = readFileSync(join(ROOT, 'test/e2e/extension-key.txt'), 'utf8').trim();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, key }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  return { context, id: extensionId(key), userDataDir };
}
