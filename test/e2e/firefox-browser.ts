/**
 * Real Firefox for the Firefox build of the extension, driven by puppeteer-core
 * over WebDriver BiDi: Debian's /usr/bin/firefox-esr (or $FIREFOX), no browser
 * download. The built dist/firefox is installed as a temporary add-on
 * (BiDi webExtension.install), at a fixed moz-extension:// UUID.
 *
 * Two things Firefox's BiDi does not do for extension pages (bug 1755014:
 * extension contexts are left out of its events), and how this file copes:
 *   - navigating to moz-extension:// is refused unless the browser runs with
 *     --remote-allow-system-access, and the navigation events never arrive, so
 *     Puppeteer's page.goto() would wait for ever: `open()` sends the BiDi
 *     navigate command itself and waits for the page's own readiness;
 *   - no log events (console, uncaught errors) come back: Firefox is told to
 *     write them to its stdout/stderr instead, which covers the background
 *     page too, and `FirefoxExtension.problems()` reads them from there.
 * The same flag lets `manifestWarnings()` ask the browser window (chrome
 * scope) what Firefox found wrong in the manifest.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './browser.ts';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, 'dist/firefox');
/** The moz-extension:// host the profile assigns to the add-on (pref extensions.webextensions.uuids). */
export const FIREFOX_UUID = '6c1f2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxExtension {
  readonly browser: Browser;
  /** What webExtension.install answered: the add-on's id. */
  readonly id: string;
  /** Everything Firefox wrote to stdout and stderr since the add-on was installed. */
  readonly output: string[];
  /** Opens an extension page (a path inside the add-on) in a new tab, once its document has loaded. */
  open(path: string, ready?: string): Promise<Page>;
  /** Uncaught errors of the add-on's pages (background included) and every console.error / console.warn. */
  problems(): string[];
  /** What Firefox found wrong in the manifest when it read it (about:debugging shows the same list). */
  manifestWarnings(): Promise<string[]>;
  close(): Promise<void>;
}

/** Puppeteer's BiDi frame keeps its browsing context here; not in the typings, so checked at run time. */
interface BidiNavigable {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
}
function navigable(page: Page): BidiNavigable {
  const context = (page.mainFrame() as unknown as { browsingContext?: Partial<BidiNavigable> }).browsingContext;
  if (typeof context?.navigate !== 'function') {
    throw new Error('puppeteer-core no longer exposes frame.browsingContext.navigate(): update open() in test/e2e/firefox-browser.ts');
  }
  return context as BidiNavigable;
}

/** Puppeteer's BiDi connection, for the two commands it has no API for; also checked at run time. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
function connection(browser: Browser): BidiConnection {
  const conn = (browser as unknown as { connection?: Partial<BidiConnection> }).connection;
  if (typeof conn?.send !== 'function') {
    throw new Error('puppeteer-core no longer exposes browser.connection.send(): update test/e2e/firefox-browser.ts');
  }
  return conn as BidiConnection;
}

/** The gecko id the Firefox build declares in its manifest. */
export function geckoId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings?.gecko?.id;
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} not found: apt-get install -y firefox-esr (bash .ci/run does), or set SKIP_FIREFOX=1 to skip the Firefox test.`);
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${FIREFOX_EXTENSION_DIR}/manifest.json is missing: run \`npx vite build --mode firefox\` (npm test builds it).`);
  }
  // A copy, so a build running meanwhile cannot change the files under the browser.
  const dir = mkdtempSync(join(tmpdir(), 'remit-ff-ext-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi navigate to moz-extension:// pages; nothing else in these tests uses it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(dir)]: FIREFOX_UUID }),
      // Extension pages' console and uncaught errors on stdout/stderr; not Firefox's own.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': false,
      'browser.dom.window.dump.enabled': true,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  const output: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let partial = ''; // a chunk may end mid-line
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines.filter((l) => l.trim() !== ''));
    });
  }
  let id: string;
  try {
    id = await browser.installExtension(dir);
  } catch (e) {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Firefox refused to install ${FIREFOX_EXTENSION_DIR}: ${(e as Error).message}`);
  }
  return {
    browser,
    id,
    output,
    async open(path, ready = '.remit') {
      const page = await browser.newPage();
      await navigable(page).navigate(`${FIREFOX_ORIGIN}/${path}`, 'complete');
      await page.waitForFunction((p) => location.pathname === `/${p}` && document.readyState === 'complete', {}, path);
      await page.waitForSelector(ready);
      return page;
    },
    problems() {
      return output.filter(
        (l) =>
          // Firefox's own remote-settings loader (RSLoader), offline here, logs an empty error once an
          // add-on declares host permissions (optional_host_permissions, for the ECB rates): not the add-on's.
          !/^console\.error: RSLoader: ?$/.test(l) &&
          (/^console\.(error|warn|assert|exception):/.test(l) ||
            (/^JavaScript (error|warning):/.test(l) && l.includes(FIREFOX_ORIGIN))),
      );
    },
    async manifestWarnings() {
      // Read in the browser window's own (chrome) scope, which --remote-allow-system-access opens to BiDi.
      const conn = connection(browser);
      const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      const windows = tree.result.contexts as { context: string; url: string }[];
      const window = windows.find((w) => w.url === 'chrome://browser/content/browser.xhtml') ?? windows[0];
      if (!window) throw new Error('Firefox has no browser window to ask for the manifest warnings');
      const answer = await conn.send('script.evaluate', {
        expression: `JSON.stringify(WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension.warnings)`,
        target: { context: window.context },
        awaitPromise: false,
      });
      const result = answer.result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
      if (result.type !== 'success' || typeof result.result?.value !== 'string') {
        throw new Error(`Could not read the manifest warnings: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
      }
      return JSON.parse(result.result.value) as string[];
    },
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
