/**
 * `<remit-progress>`: progress toward 5x5 and SDG 10.c, for advocates.
 *
 * Attributes: `lang`, `theme`, `indicator` (a headline series such as
 * `global_average`, `channel_bank`, `region_SSA`), `from`/`to` (one corridor's
 * history), `data-src`. This small class ships in the widget script; the
 * reading of the attributes, the view and the full history load on first use
 * from `remit-progress.js` next to the script (`progress/module.tsx`), so pages
 * that only embed the calculator never download them. No side effects on import.
 */
import { matchLocale } from '../core/index.ts';
import { attachRoot, showFallback } from './guard.tsx';
import type { Page } from './environment.ts';
import { whenNear } from './when-near.ts';

/**
 * Progress toward the 5x5 and SDG 10.c targets: a headline series, the corridors above 5%, one corridor's history.
 *
 * @tagname remit-progress
 * @attr {string} indicator - Headline series (`global_average`, `smart_average`, `channel_bank`, `region_SSA`, ...). Default `global_average`.
 * @attr {string} from - Sender's country of the corridor whose history is shown. Default `US`.
 * @attr {string} to - Receiver's country of that corridor. Default `MX`.
 * @attr {'en' | 'es' | 'fr' | 'ar' | 'zh' | 'hi' | 'tl' | 'pt'} lang - Language. Default: the page's, then the browser's.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme. Default `auto`.
 * @attr {string} data-src - URL of a newer data bundle (same origin or CORS). Default: the full history, loaded on first use.
 * @attr {'eager' | 'lazy'} loading - `lazy`: the view and the history load when the element comes within half a screen of the viewport (read when it is connected). Default `eager`.
 * @cssprop [--remit-font=system-ui, sans-serif] - Font stack, and the other `--remit-*` properties of `<remit-calculator>`.
 * @slot - Fallback content, shown until the view has loaded.
 */
export class RemitProgressElement extends HTMLElement {
  static readonly observedAttributes = ['lang', 'theme', 'indicator', 'from', 'to', 'data-src'];
  /** Set by `define.ts` on the class it registers: what every element of the page shares. */
  readonly page: Page | null = null;
  #connected = false;
  #generation = 0;
  #root: ShadowRoot | null = null;

  connectedCallback(): void {
    try {
      if (!this.#root) (this.#root = attachRoot(this)).append(document.createElement('slot'));
    } catch {
      // No root of our own: the page's content stays as it is.
    }
    // `loading="lazy"`: the module, the history and the first render wait until the element comes near the viewport.
    whenNear(this, () => {
      this.#connected = true;
      void this.#update();
    });
  }

  disconnectedCallback(): void {
    this.#connected = false;
    const root = this.#root;
    // The module is loaded (or loading) since the element connected.
    if (root) void this.page?.progress().then((m) => m.unmountProgress(root)).catch(() => undefined);
  }

  attributeChangedCallback(): void {
    if (this.#connected) void this.#update();
  }

  async #update(): Promise<void> {
    const root = this.#root;
    try {
      const env = this.page;
      if (!env || !root) return;
      // Only the newest update renders: an older one (a slow locale, an earlier data-src) that finishes late is dropped.
      const generation = ++this.#generation;
      const current = () => this.#connected && generation === this.#generation;
      // The language starts loading alongside the module (the module asks for it again, from the cache).
      const lang = matchLocale(this.getAttribute('lang'));
      if (lang) void env.loadLocale(lang);
      const module = await env.progress();
      if (current()) await module.updateProgress(this, root, 'remitp', env, current);
    } catch (e) {
      // Never into the host page: the fallback content stays, and says why.
      try {
        if (root) showFallback(root, e);
      } catch {
        /* nothing more we can do quietly */
      }
    }
  }
}
