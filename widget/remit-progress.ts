/**
 * `<remit-progress>`: progress toward 5x5 and SDG 10.c, for advocates.
 *
 * Attributes: `lang`, `theme`, `indicator` (a headline series such as
 * `global_average`, `channel_bank`, `region_SSA`), `from`/`to` (one corridor's
 * history). This small class ships in the widget script; the view and the
 * full history load on first use from `remit-progress.js` next to the script,
 * so pages that only embed the calculator never download them. No side effects on import.
 */
import { matchLocale } from '../core/i18n/messages.ts';
import { readAttributes } from './attributes.ts';
import { currentEnvironment, loadDataModule } from './remit-calculator.tsx';
import { resolveDataSrc } from './data-source.ts';
import type { AttributeProblem } from './attributes.ts';
import type { Bundle } from '../core/data/types.ts';
import type { ProgressOptions } from './progress/module.tsx';

interface ProgressModule {
  mountProgress(root: ShadowRoot, options: ProgressOptions): void;
  unmountProgress(root: ShadowRoot): void;
}

let loading: Promise<ProgressModule | null> | null = null;
let counter = 0;

function loadModule(scriptUrl: string): Promise<ProgressModule | null> {
  loading ??= import(/* @vite-ignore */ new URL('remit-progress.js', scriptUrl).href).then(
    (m: ProgressModule) => m,
    () => null,
  );
  return loading;
}

export class RemitProgressElement extends HTMLElement {
  static readonly observedAttributes = ['lang', 'theme', 'indicator', 'from', 'to', 'data-src'];
  readonly #id = `remitp${++counter}`;
  #connected = false;
  #generation = 0;

  connectedCallback(): void {
    this.#connected = true;
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).append(document.createElement('slot'));
    void this.#update();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    const root = this.shadowRoot;
    if (root && loading) void loading.then((m) => m?.unmountProgress(root)).catch(() => undefined);
  }

  attributeChangedCallback(): void {
    if (this.#connected) void this.#update();
  }

  /**
   * The `data-src` bundle as for <remit-calculator>: used when valid and
   * complete (a `latest` bundle has no history to chart), else the built-in
   * one with a notice.
   */
  async #data(src: string, scriptUrl: string): Promise<{ bundle?: Bundle; notice: AttributeProblem }> {
    const url = resolveDataSrc(src, document.baseURI);
    const m = url && (await loadDataModule(scriptUrl));
    const r = m && url ? await m.loadBundleOnce(url.href) : null;
    return r?.ok && r.bundle.variant === 'full' && m && url
      ? { bundle: r.bundle, notice: { key: 'data_from_src', params: m.describeBundle(r.bundle, url) } }
      : { notice: { key: 'error_data_load', params: {} } };
  }

  async #update(): Promise<void> {
    try {
      const env = currentEnvironment();
      const root = this.shadowRoot;
      if (!env || !root) return;
      // The same reading, and the same messages for bad values, as <remit-calculator>.
      const attrs = readAttributes((name) => this.getAttribute(name), env.bundle);
      const locale = attrs.lang ?? matchLocale(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? matchLocale(navigator.language) ?? 'en';
      // Only the newest update renders: an older one (a slow locale, an earlier data-src) that finishes late is dropped.
      const generation = ++this.#generation;
      const current = () => this.#connected && generation === this.#generation;
      const [module, messages] = await Promise.all([loadModule(env.scriptUrl), env.loadLocale(locale)]);
      if (!module || !current()) return;
      const indicator = this.getAttribute('indicator');
      const mount = (data: { bundle?: Bundle; notice?: AttributeProblem }) =>
        module.mountProgress(root, {
        id: this.#id,
        locale: messages ? locale : 'en',
        messages,
        theme: attrs.theme ?? 'auto',
        ...(indicator ? { indicator } : {}),
        ...(attrs.from ? { from: attrs.from } : {}),
        ...(attrs.to ? { to: attrs.to } : {}),
        problems: data.notice ? [...attrs.problems, data.notice] : attrs.problems,
        ...(data.bundle ? { bundle: data.bundle } : {}),
        scriptUrl: env.scriptUrl,
      });
      // The built-in figures at once; a data-src bundle replaces them when (and if) it arrives.
      mount({});
      const src = this.getAttribute('data-src');
      if (src === null) return;
      const data = await this.#data(src, env.scriptUrl);
      if (current()) mount(data);
    } catch {
      // Never into the host page: the fallback content stays.
    }
  }
}
