/**
 * One config, three builds:
 *   vite build --mode widget   -> dist/widget/  (remit-widget.js, its data and locales, the demo page)
 *   vite build                 -> dist/extension/ (Chrome MV3, loadable unpacked)
 *   vite build --mode firefox  -> dist/firefox/  (background as scripts, gecko id)
 *   vite build --mode progress -> dist/widget/remit-progress.js (the advocates' view, loaded on demand)
 *   vite build --mode quote    -> dist/widget/remit-quote.js (the quote checker's views, loaded on demand)
 *   vite build --mode popup-demo -> dist/widget/popup/ (the popup on the demo site, no extension)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { ALL_MESSAGES } from './core/i18n/all.ts';
import { compactBundle } from './core/data/compact.ts';

const root = import.meta.dirname;

/**
 * Escapes every non-ASCII character of the emitted JavaScript as \uXXXX, so the
 * script reads the same on a page in windows-1252, Shift_JIS or no charset.
 * Valid in string, template and regex literals, identifiers and comments alike.
 */
function asciiOnly(): Plugin {
  return {
    name: 'remit:ascii-only',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          file.code = file.code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        }
      }
    },
  };
}

/** Emits files that sit next to the widget script: each locale as JSON, and the demo page. */
function widgetFiles(): Plugin {
  return {
    name: 'remit:widget-files',
    generateBundle() {
      // English too: the script carries all of it but the quote checker's messages, which come with en.json.
      for (const [locale, messages] of Object.entries(ALL_MESSAGES)) {
        this.emitFile({ type: 'asset', fileName: `locales/${locale}.json`, source: JSON.stringify(messages) });
      }
      for (const name of readdirSync(resolve(root, 'widget/demo'))) {
        this.emitFile({ type: 'asset', fileName: name, source: readFileSync(resolve(root, 'widget/demo', name)) });
      }
    },
  };
}

/**
 * The widget carries the latest figures in a smaller encoding of the same
 * bundle (core/data/compact.ts), expanded when the script runs.
 */
function compactLatest(): Plugin {
  const file = resolve(root, 'core/data/generated/latest.json');
  return {
    name: 'remit:compact-latest',
    enforce: 'pre',
    // A virtual module in its place, so Vite's JSON plugin leaves it alone.
    resolveId(source, importer) {
      return importer && resolve(importer, '..', source) === file ? '\0remit-latest.js' : null;
    },
    load(id) {
      if (id !== '\0remit-latest.js') return null;
      const compact = compactBundle(JSON.parse(readFileSync(file, 'utf8')));
      return [
        `import { expandBundle } from ${JSON.stringify(resolve(root, 'core/data/compact.ts'))};`,
        `export default expandBundle(JSON.parse(${JSON.stringify(JSON.stringify(compact))}));`,
      ].join('\n');
    },
  };
}

/** Copies `extension/_locales` and icons into the extension's output. */
function extensionFiles(): Plugin {
  return {
    name: 'remit:extension-files',
    generateBundle() {
      const dir = resolve(root, 'extension/_locales');
      for (const locale of readdirSync(dir)) {
        this.emitFile({ type: 'asset', fileName: `_locales/${locale}/messages.json`, source: readFileSync(resolve(dir, locale, 'messages.json')) });
      }
    },
  };
}

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') {
    // Firefox MV3 runs background scripts as event pages, not service workers.
    manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = { gecko: { id: 'remit-cost@remit-cost.org', strict_min_version: '121.0' } };
  }
  return manifest;
}

export default defineConfig(({ mode }) => {
  if (mode === 'widget') {
    return {
      plugins: [compactLatest(), preact({ devToolsEnabled: false, prefreshEnabled: false }), widgetFiles(), asciiOnly()],
      build: {
        outDir: 'dist/widget',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: resolve(root, 'widget/widget.ts'), formats: ['iife'], name: 'RemitWidget', fileName: () => 'remit-widget.js' },
      },
    };
  }
  if (mode === 'progress') {
    // The advocates' view and the full history, loaded by <remit-progress> on first use.
    return {
      plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), asciiOnly()],
      build: {
        outDir: 'dist/widget',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: resolve(root, 'widget/progress/module.tsx'), formats: ['es'], fileName: () => 'remit-progress.js' },
      },
    };
  }
  if (mode === 'quote') {
    // The quote checker's views, loaded by <remit-calculator view="quote"> on first use.
    return {
      plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), asciiOnly()],
      build: {
        outDir: 'dist/widget',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: resolve(root, 'widget/views/quote-module.tsx'), formats: ['es'], fileName: () => 'remit-quote.js' },
      },
    };
  }
  if (mode === 'data') {
    // The data-src loader and bundle validator, and the rates-src loader, loaded by <remit-calculator data-src> or rates-src on first use.
    return {
      plugins: [asciiOnly()],
      build: {
        outDir: 'dist/widget',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: resolve(root, 'widget/data-source.ts'), formats: ['es'], fileName: () => 'remit-data.js' },
      },
    };
  }
  if (mode === 'popup-demo') {
    // The popup as a plain page next to the demo: browser.ts falls back to its
    // in-memory twin where chrome.* is missing, so it runs without an extension.
    return {
      root: resolve(root, 'extension/popup'),
      base: './',
      plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), asciiOnly()],
      build: { outDir: resolve(root, 'dist/widget/popup'), emptyOutDir: true, target: 'es2022' },
    };
  }
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), crx({ manifest: manifestFor(browser), browser }), extensionFiles(), asciiOnly()],
    build: {
      outDir: browser === 'firefox' ? 'dist/firefox' : 'dist/extension',
      emptyOutDir: true,
      target: 'es2022',
    },
  };
});
