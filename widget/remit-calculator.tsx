/**
 * `<remit-calculator>`: the embeddable calculator.
 *
 * Attributes are the public API (`from`, `to`, `amount`, `per-year`, `lang`,
 * `theme`, `view`); changing one re-renders. Renders into its own shadow root,
 * so the host page's CSS cannot reach in and ours cannot leak out. Importing
 * this module has no side effects: `define.ts` registers the element.
 * Nothing here throws into the host page: errors become messages in the widget.
 */
import { render } from 'preact';
import type { Bundle } from '../core/data/types.ts';
import { createCalculatorStore, type CalculatorStore, type Theme, type View } from '../core/store.ts';
import { direction, englishWidget, format, matchLocale, translator, type Locale, type Messages } from '../core/i18n/messages.ts';
import { Ctx, type ViewContext } from './context.ts';
import { App, type AppResult } from './views/App.tsx';
import { readAttributes, type AttributeProblem } from './attributes.ts';
import type { LocaleLoader } from './locale-loader.ts';
import { sheet } from './styles.ts';

export interface RemitChangeDetail {
  readonly inputs: {
    readonly from: string;
    readonly to: string;
    readonly amount: number;
    readonly perYear: number;
    readonly view: View;
    readonly lang: Locale;
  };
  readonly result: AppResult;
}

/** What the element needs from its surroundings, set once by `define.ts`. */
export interface ElementEnvironment {
  readonly bundle: Bundle;
  readonly loadLocale: LocaleLoader;
}

let environment: ElementEnvironment | null = null;
let counter = 0;

/** Sets the bundle and locale loader every element uses. */
export function configure(env: ElementEnvironment): void {
  environment = env;
}

export class RemitCalculatorElement extends HTMLElement {
  static readonly observedAttributes = ['from', 'to', 'amount', 'per-year', 'lang', 'theme', 'view'];

  readonly #id = `remit${++counter}`;
  #store: CalculatorStore | null = null;
  #problems: readonly AttributeProblem[] = [];
  #theme: Theme = 'auto';
  #locale: Locale = 'en';
  #messages: Partial<Messages> = englishWidget;
  #localeWanted: Locale = 'en';
  #rendered = false;
  #connected = false;

  get store(): CalculatorStore | null {
    return this.#store;
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#safely(() => {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet()];
      }
      this.#store ??= createCalculatorStore();
      this.#apply();
    });
  }

  disconnectedCallback(): void {
    this.#connected = false;
    // Unmount so the store subscriptions and listeners of this instance go away.
    this.#safely(() => {
      if (this.shadowRoot) render(null, this.shadowRoot);
    });
  }

  attributeChangedCallback(): void {
    if (this.#connected) this.#safely(() => this.#apply());
  }

  #safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // A bug must not break the host page; show the fallback content instead.
      if (this.shadowRoot) {
        try {
          render(<slot />, this.shadowRoot);
        } catch {
          /* nothing more we can do quietly */
        }
      }
    }
  }

  /** The language of the page around the element, then of the browser. */
  #ambientLocale(): Locale {
    const fromPage = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return matchLocale(fromPage) ?? matchLocale(globalThis.navigator?.language) ?? 'en';
  }

  #apply(): void {
    const env = environment;
    const store = this.#store;
    if (!env || !store) return;
    const attrs = readAttributes((name) => this.getAttribute(name), env.bundle);
    const problems: AttributeProblem[] = [...attrs.problems];
    const s = store.getState();
    const from = attrs.from ?? s.from;
    const to = attrs.to ?? s.to;
    if (Object.hasOwn(env.bundle.corridors, `${from}-${to}`)) {
      if (from !== s.from || to !== s.to) s.setCorridor(from, to);
    } else if (attrs.from || attrs.to) {
      problems.push({ key: 'error_corridor_unknown', params: { from, to } });
    }
    if (attrs.amount !== undefined) s.setAmount(attrs.amount);
    if (attrs.perYear !== undefined) s.setPerYear(attrs.perYear);
    if (attrs.view !== undefined) s.setView(attrs.view);
    if (attrs.theme !== undefined) this.#theme = attrs.theme;
    this.#problems = problems;
    // A bad `lang` keeps the language already shown; on first paint the page's language is used.
    const wanted = attrs.lang ?? (this.hasAttribute('lang') && this.#rendered ? this.#locale : this.#ambientLocale());
    this.#localeWanted = wanted;
    if (wanted === this.#locale) {
      this.#render();
      return;
    }
    // Load the locale, keep showing the current one meanwhile (or the fallback content on first paint).
    if (!this.shadowRoot?.firstChild) render(<slot />, this.shadowRoot!);
    else this.#render();
    env.loadLocale(wanted).then(
      (messages) => {
        if (this.#localeWanted !== wanted) return;
        if (messages) {
          this.#locale = wanted;
          this.#messages = messages;
        } else {
          this.#problems = [...this.#problems, { key: 'error_data_load', params: {} }];
        }
        this.#safely(() => this.#render());
      },
      () => this.#safely(() => this.#render()),
    );
  }

  #render(): void {
    const env = environment;
    const store = this.#store;
    const root = this.shadowRoot;
    if (!env || !store || !root || !this.#connected) return;
    const t = translator(this.#messages);
    const locale = this.#locale;
    const ctx: ViewContext = { locale, t, bundle: env.bundle };
    const dir = direction(locale);
    const problems = this.#problems.map((p) =>
      format(t(p.key, { language: t('language_name'), ...p.params }), {}),
    );
    const view = store.getState().view;
    this.#rendered = true;
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    render(
      <Ctx.Provider value={ctx}>
        <div class={`remit theme-${this.#theme}`} dir={dir} lang={locale}>
          <App
            store={store}
            id={this.#id}
            views={[view === 'quote' ? 'quote' : 'compare']}
            problems={problems}
            onResult={(result) => this.#emit(result)}
          />
        </div>
      </Ctx.Provider>,
      root,
    );
  }

  #emit(result: AppResult): void {
    const s = this.#store?.getState();
    if (!s) return;
    const detail: RemitChangeDetail = {
      inputs: { from: s.from, to: s.to, amount: s.amount, perYear: s.perYear, view: s.view, lang: this.#locale },
      result,
    };
    this.dispatchEvent(new CustomEvent('remit-change', { detail, bubbles: true, composed: true }));
  }
}
