/**
 * The embeddable script (`dist/widget/remit-widget.js`): registers
 * `<remit-calculator>` with the built-in latest figures and fetches other
 * locales from next to this script, and nothing else. Works as a classic
 * script (`defer` or not) and as `<script type="module">`.
 */
import type { Bundle } from '../core/index.ts';
import { readLatest } from './latest-bundle.ts';
import { defineRemitElements } from './define.ts';
import { fetchLocales } from './locale-loader.ts';

/**
 * This script's own URL: later files (locales, history, the data-src loader)
 * sit next to it. `document.currentScript` can be clobbered by the page's
 * markup (`<img name="currentScript">` is not a script, so it is not taken)
 * and is null in a module; then the stack of an error thrown here names this
 * file. The page's own URL is the last resort, never `document.baseURI`, which
 * a `<base>` injected into the page would point elsewhere.
 */
function scriptBase(): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  // Only an http(s) URL: code run by eval or a devtools console has none in its stack.
  return /https?:\/\/[^\s(@]+(?=:\d+:\d+)/.exec(new Error().stack ?? '')?.[0] ?? location.href;
}

try {
  const scriptUrl = scriptBase();
  let bundle: Bundle | undefined;
  defineRemitElements({
    // Decoded on first use, inside the elements' guards.
    get bundle() {
      return (bundle ??= readLatest());
    },
    loadLocale: fetchLocales(scriptUrl),
    scriptUrl,
  });
} catch {
  // Never throw into the host page; the elements keep their fallback content.
}
