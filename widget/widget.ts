/**
 * The embeddable script (`dist/widget/remit-widget.js`): registers
 * `<remit-calculator>` with the built-in latest figures and fetches other
 * locales from next to this script, and nothing else.
 */
import { LATEST_BUNDLE } from '../core/data/latest.ts';
import { defineRemitElements } from './define.ts';
import { fetchLocales } from './locale-loader.ts';

/** This script's own URL: later files (locales, history) sit next to it. */
function scriptBase(): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  return document.baseURI;
}

try {
  const scriptUrl = scriptBase();
  defineRemitElements({ bundle: LATEST_BUNDLE, loadLocale: fetchLocales(scriptUrl), scriptUrl });
} catch {
  // Never throw into the host page; the elements keep their fallback content.
}
