/**
 * One config, three builds:
 *   vite build --mode widget   -> dist/widget/  (remit-widget.js, its data and locales, the demo page)
 *   vite build                 -> dist/extension/ (Chrome MV3, loadable unpacked)
 *   vite build --mode firefox  -> dist/firefox/  (background as scripts, gecko id)
 *   vite build --mode progress -> dist/widget/remit-progress.js (the advocates' view, loaded on demand)
 *   vite build --mode quote    -> dist/widget/remit-quote.js (the quote checker's views, loaded on demand)
 *   vite build --mode popup-demo -> dist/widget/popup/ (the popup on the demo site, no extension)
 *   vite build --mode demo     -> dist/widget/builder.js (the demo page's embed builder)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { ALL_MESSAGES } from './core/i18n/all.ts';
import { compactBundle } from './core/data/compact.ts';
import { corridorDetail, detailPath } from './core/data/detail.ts';
import type { Bundle } from './core/data/types.ts';
import { builderFieldsHtml } from './widget/demo/fields.ts';

const root = import.meta.dirname;

/**
 * The oldest browsers every shipped script runs in (the widget, its on-demand
 * files, the extension pages): the first with `Intl.DisplayNames`, which names
 * countries and currencies. es-check holds the built files to the same list
 * (test/e2e/old-browsers.test.ts).
 */
const TARGETS = ['chrome81', 'firefox86', 'safari14.1'];
/**
 * What the build lowers JavaScript to: ES2020, which all of TARGETS have, so
 * logical assignment (Chrome 85) and class fields are lowered while optional
 * chaining stays. esbuild's and Oxc's browser tables put `?.` at Chrome 91 for
 * one V8 bug, an optional call with a spread argument before another
 * (`a?.b(...c, d)`, crbug.com/42201552), which no shipped file contains
 * (old-browsers.test.ts checks); lowering every `?.` for it cost ~175 bytes
 * gzipped in the widget. CSS is lowered for TARGETS themselves.
 */
const BUILD_TARGETS = 'es2020';

/**
 * Class fields lowered for TARGETS as plain assignments in the constructor
 * (`this._store = null`) rather than through a defineProperty helper: the
 * same for our classes, which no setter of HTMLElement's shadows, and smaller.
 */
const OXC = { assumptions: { setPublicClassFields: true } };

/**
 * Renames ECMAScript private members (`#store`) to short plain properties
 * (`_a`, `_b`, ... in order of first use in the module) before the build lowers
 * classes for TARGETS. Firefox before 90 has no private fields, and their exact
 * lowering (a WeakMap per field and helpers to reach them) cost ~850 bytes
 * gzipped in remit-widget.js, over its budget; this is Babel's
 * `privateFieldsAsProperties` assumption, with names as short as the minifier
 * gives real private names. TypeScript still checks the sources with real `#`
 * privacy, and no module may already use a name it would produce (the build
 * stops instead of merging the two).
 */
function privateNamesAsProperties(): Plugin {
  type Node = { type?: string; start: number; end: number; name?: string; [key: string]: unknown };
  const each = (node: unknown, visit: (n: Node, parent: Node | null) => void, parent: Node | null = null): void => {
    if (Array.isArray(node)) for (const child of node) each(child, visit, parent);
    else if (node && typeof node === 'object') {
      const n = node as Node;
      if (typeof n.type === 'string') visit(n, parent);
      for (const [key, value] of Object.entries(n)) if (key !== 'parent' && value && typeof value === 'object') each(value, visit, typeof n.type === 'string' ? n : parent);
    }
  };
  return {
    name: 'remit:private-names-as-properties',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/node_modules/') || !code.includes('#')) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const names = new Map<string, string>();
      each(this.parse(code, { lang: id.endsWith('x') ? 'tsx' : 'ts' }), (n, parent) => {
        if (n.type !== 'PrivateIdentifier' || !n.name) return;
        let plain = names.get(n.name);
        if (!plain) {
          plain = `_${(names.size + 10).toString(36)}`;
          if (new RegExp(`\\b${plain}\\b`).test(code)) this.error(`${id}: #${n.name} would become ${plain}, which the module already uses`);
          names.set(n.name, plain);
        }
        // `#name in obj` (a brand check) becomes `'_name' in obj`.
        const brand = parent?.type === 'BinaryExpression' && parent.operator === 'in' && parent.left === n;
        edits.push({ start: n.start, end: n.end, text: brand ? `'${plain}'` : plain });
      });
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

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
      // The demo page with the builder's fields written from the attribute declaration; builder.ts is built by `--mode demo`.
      for (const name of readdirSync(resolve(root, 'widget/demo')).filter((n) => !n.endsWith('.ts'))) {
        const text = readFileSync(resolve(root, 'widget/demo', name), 'utf8');
        const source = name === 'index.html' ? text.replace(/<!-- attribute fields:[^>]*-->/, builderFieldsHtml()) : text;
        this.emitFile({ type: 'asset', fileName: name, source });
      }
    },
  };
}

/**
 * The widget carries the latest figures in a smaller encoding of the same
 * bundle (core/data/compact.ts), expanded when the script runs.
 */
function compactLatest(): Plugin {
  // Replaces widget/latest-bundle.ts: the same `readLatest()`, decoding on first call, not at load.
  const file = resolve(root, 'widget/latest-bundle.ts');
  return {
    name: 'remit:compact-latest',
    enforce: 'pre',
    // A virtual module in its place, so Vite's JSON plugin leaves it alone.
    resolveId(source, importer) {
      return importer && resolve(importer, '..', source) === file ? '\0remit-latest.js' : null;
    },
    load(id) {
      if (id !== '\0remit-latest.js') return null;
      const latest: Bundle = JSON.parse(readFileSync(resolve(root, 'core/data/generated/latest.json'), 'utf8'));
      // Of the headline rows the calculator shows only the worldwide channel averages (beside a
      // corridor's measured channels), so only they, and the sources it names (corridor figures,
      // volumes, those averages), keep their text in the script; `<remit-progress>` has them all.
      const headline = latest.headline.filter((r) => r[1].startsWith('channel_'));
      const named = new Set([latest.volumeSource, ...Object.values(latest.corridors).flat().map((s) => s.source), ...headline.map((r) => r[3])]);
      // Where a figure sits in the source files (`location`) is not part of the widget's API: it stays in full.json.
      const sources = latest.sources.map((s, i) => ({ ...s, title: named.has(i) ? s.title : '', location: '' }));
      const compact = compactBundle({ ...latest, headline, sources });
      return [
        `import { expandBundle } from ${JSON.stringify(resolve(root, 'core/data/compact.ts'))};`,
        // An object literal, not JSON.parse: a host page that replaced JSON.parse cannot reach the built-in figures.
        `export const readLatest = () => expandBundle(${JSON.stringify(compact)});`,
      ].join('\n');
    },
  };
}

/**
 * `<remit-progress>` carries the full history, but not what only the
 * calculator's corridor detail shows: no channel series, no SmaRT, and of the
 * service statistics only each series' latest quarter (the costliest list
 * names services and the median of a corridor's latest figure).
 */
function progressBundle(): Plugin {
  const file = resolve(root, 'core/data/generated/full.json');
  const id = '\0remit-full-progress.js';
  return {
    name: 'remit:progress-bundle',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer && resolve(importer, '..', source) === file ? id : null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      const { channels: _c, smart: _s, serviceStats, ...full }: Bundle = JSON.parse(readFileSync(file, 'utf8'));
      const latest = Object.fromEntries(
        Object.entries(serviceStats ?? {}).map(([key, list]) => [
          key,
          list.map((s) => {
            const i = s.n.length - 1;
            return { source: s.source, start: s.start + i, n: [s.n[i]], median: [s.median[i]], min: [s.min[i]], max: [s.max[i]] };
          }),
        ]),
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify({ ...full, serviceStats: latest }))});`;
    },
  };
}

/**
 * One detail file per corridor (`corridors/USA-MEX.json`: measured channels,
 * service figures, the latest services), cut from the full bundle and the
 * services; the widget and the popup fetch the one they show, on demand.
 */
function corridorDetails(): Plugin {
  return {
    name: 'remit:corridor-details',
    generateBundle() {
      const read = (name: string) => JSON.parse(readFileSync(resolve(root, 'core/data/generated', name), 'utf8')) as Bundle;
      const full = read('full.json');
      const services = read('services.json');
      for (const key of Object.keys(full.corridors)) {
        this.emitFile({ type: 'asset', fileName: detailPath(key), source: JSON.stringify(corridorDetail(full, services, key)) });
      }
    },
  };
}

/**
 * In `remit-data.js`, JSX goes through the runtime of the widget that loads
 * it (`remit:host-jsx`, handed over by `setup`): the detail views render in
 * the widget's own Preact tree, and the file carries no Preact of its own.
 */
function hostJsx(): Plugin {
  const id = '\0remit-host-jsx.js';
  return {
    name: 'remit:host-jsx',
    enforce: 'pre',
    resolveId(source) {
      return source === 'remit:host-jsx' || source === 'preact/jsx-runtime' || source === 'preact/jsx-dev-runtime' ? id : null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      return [
        'let host;',
        'export function setup(runtime) { host = runtime; }',
        'export function Fragment(props) { return props.children; }',
        'export function jsx(type, props, key) { return host.jsx(type === Fragment ? host.Fragment : type, props, key); }',
        'export { jsx as jsxs, jsx as jsxDEV };',
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
    manifest.browser_specific_settings = {
      gecko: {
        id: 'remit-cost@remit-cost.org',
        // The extension sends nothing anywhere, and says so: Firefox shows "no data collected"
        // at install. Firefox reads that key from 140 (142 on Android), hence the minimum versions;
        // 140 is an ESR, so every supported Firefox has it.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android runs the same build; the popup is checked at a phone's 360 px.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

/** A file next to the widget script that it loads on first use: an ES module for the same browsers. */
function onDemand(entry: string, fileName: string, ...plugins: Plugin[]): UserConfig {
  return {
    plugins: [privateNamesAsProperties(), ...plugins, preact({ devToolsEnabled: false, prefreshEnabled: false }), asciiOnly()],
    build: {
      outDir: 'dist/widget',
      emptyOutDir: false,
      target: BUILD_TARGETS,
      cssTarget: TARGETS,
      rolldownOptions: { transform: OXC },
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => fileName },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'widget') {
    return {
      plugins: [privateNamesAsProperties(), compactLatest(), preact({ devToolsEnabled: false, prefreshEnabled: false }), widgetFiles(), corridorDetails(), asciiOnly()],
      build: {
        outDir: 'dist/widget',
        emptyOutDir: true,
        target: BUILD_TARGETS,
        cssTarget: TARGETS,
        rolldownOptions: { transform: OXC },
        lib: { entry: resolve(root, 'widget/widget.ts'), formats: ['iife'], name: 'RemitWidget', fileName: () => 'remit-widget.js' },
      },
    };
  }
  if (mode === 'progress') {
    // The advocates' view and the full history, loaded by <remit-progress> on first use.
    return onDemand('widget/progress/module.tsx', 'remit-progress.js', progressBundle());
  }
  if (mode === 'quote') {
    // The quote checker's views, loaded by <remit-calculator view="quote"> on first use.
    return onDemand('widget/views/quote-module.tsx', 'remit-quote.js');
  }
  if (mode === 'data') {
    // The bundle loader and validator (data-src, corridor detail files, rates-src) and the detail views, loaded on first use.
    return onDemand('widget/remit-data.ts', 'remit-data.js', hostJsx());
  }
  if (mode === 'demo') {
    // The demo's embed builder, a classic script like the widget's.
    return {
      plugins: [asciiOnly()],
      build: {
        outDir: 'dist/widget',
        emptyOutDir: false,
        target: BUILD_TARGETS,
        lib: { entry: resolve(root, 'widget/demo/builder.ts'), formats: ['iife'], name: 'RemitBuilder', fileName: () => 'builder.js' },
      },
    };
  }
  if (mode === 'popup-demo') {
    // The popup as a plain page next to the demo: browser.ts falls back to its
    // in-memory twin where chrome.* is missing, so it runs without an extension.
    return {
      root: resolve(root, 'extension/popup'),
      base: './',
      plugins: [privateNamesAsProperties(), preact({ devToolsEnabled: false, prefreshEnabled: false }), asciiOnly()],
      build: { outDir: resolve(root, 'dist/widget/popup'), emptyOutDir: true, target: BUILD_TARGETS, cssTarget: TARGETS, rolldownOptions: { transform: OXC } },
    };
  }
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    // The popup carries the latest figures in the widget's compact encoding too (smaller to download and parse).
    plugins: [privateNamesAsProperties(), compactLatest(), preact({ devToolsEnabled: false, prefreshEnabled: false }), crx({ manifest: manifestFor(browser), browser }), extensionFiles(), corridorDetails(), asciiOnly()],
    build: {
      outDir: browser === 'firefox' ? 'dist/firefox' : 'dist/extension',
      emptyOutDir: true,
      target: BUILD_TARGETS,
      cssTarget: TARGETS,
      rolldownOptions: { transform: OXC },
    },
  };
});
