/**
 * `<remit-calculator>`: the embeddable calculator.
 *
 * Attributes are the public API (`from`, `to`, `amount`, `per-year`, `lang`,
 * `theme`, `view`); changing one re-renders. Renders into its own shadow root,
 * so the host page's CSS cannot reach in and ours cannot leak out. Importing
 * this module has no side effects: `define.ts` registers the element.
 * Nothing here throws into the host page: errors become messages in the widget.
 */
import { render, type ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import type { Bundle } from '../core/data/types.ts';
import { createCalculatorStore, DEFAULT_INPUTS, type CalculatorStore, type Theme, type View } from '../core/store.ts';
import { direction, englishWidget, matchLocale, translator, type Locale, type Messages } from '../core/i18n/messages.ts';
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
  /** The widget script's URL: files loaded later sit next to it. */
  readonly scriptUrl: string;
}

/** The environment set by `define.ts` (null before). */
export function currentEnvironment(): ElementEnvironment | null {
  return environment;
}

let environment: ElementEnvironment | null = null;

/** The element's public API. */
const ATTRIBUTES = ['from', 'to', 'amount', 'per-year', 'lang', 'theme', 'view'];
/** Every attribute, for the first connection. */
const ALL: ReadonlySet<string> = new Set(ATTRIBUTES);

/**
 * Catches an error thrown while re-rendering (after typing, say), which
 * would otherwise reach the host page: the fallback content shows instead.
 */
function Guard({ children }: { readonly children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  return error ? <slot /> : <>{children}</>;
}
let counter = 0;

/** Sets the bundle and locale loader every element uses. */
export function configure(env: ElementEnvironment): void {
  environment = env;
}

export class RemitCalculatorElement extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTES;

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
      // Attributes are read in full on the first connection only: after that the
      // user's own choices inside the widget stand until an attribute changes.
      const first = !this.#store;
      this.#store ??= createCalculatorStore();
      this.#apply(first ? ALL : new Set());
    });
  }

  disconnectedCallback(): void {
    this.#connected = false;
    // Unmount so the store subscriptions and listeners of this instance go away.
    this.#safely(() => {
      if (this.shadowRoot) render(null, this.shadowRoot);
    });
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.#connected && old !== value) this.#safely(() => this.#apply(new Set([name])));
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

  /**
   * Takes the attributes named in `changed` into the state (a removed one
   * brings back its default; a bad one leaves the state as it was) and
   * re-renders with a message for every bad attribute.
   */
  #apply(changed: ReadonlySet<string>): void {
    const env = environment;
    const store = this.#store;
    if (!env || !store) return;
    const attrs = readAttributes((name) => this.getAttribute(name), env.bundle);
    const problems: AttributeProblem[] = [...attrs.problems];
    const s = store.getState();
    const removed = (name: string) => changed.has(name) && !this.hasAttribute(name);
    if (changed.has('from') || changed.has('to')) {
      const from = attrs.from ?? (removed('from') ? DEFAULT_INPUTS.from : s.from);
      const to = attrs.to ?? (removed('to') ? DEFAULT_INPUTS.to : s.to);
      if (Object.hasOwn(env.bundle.corridors, `${from}-${to}`)) s.setCorridor(from, to);
      else if (attrs.from || attrs.to) problems.push({ key: 'error_corridor_unknown', params: { from, to } });
    }
    if (changed.has('amount')) s.setAmount(attrs.amount ?? (removed('amount') ? DEFAULT_INPUTS.amount : s.amount));
    if (changed.has('per-year')) s.setPerYear(attrs.perYear ?? (removed('per-year') ? DEFAULT_INPUTS.perYear : s.perYear));
    if (changed.has('view')) s.setView(attrs.view ?? (removed('view') ? DEFAULT_INPUTS.view : s.view));
    if (changed.has('theme')) this.#theme = attrs.theme ?? (removed('theme') ? 'auto' : this.#theme);
    this.#problems = problems;
    // A bad `lang` keeps the language already shown; on first paint the page's language is used.
    const wanted = attrs.lang ?? (this.hasAttribute('lang') && this.#rendered ? this.#locale : this.#ambientLocale());
    this.#localeWanted = wanted;
    if (wanted === this.#locale) {
      this.#render();
      return;
    }
    // Load the locale, keep showing the current one meanwhile (or the fallback content before the first paint).
    if (this.#rendered) this.#render();
    else render(<slot />, this.shadowRoot!);
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
    const problems = this.#problems.map((p) => t(p.key, { language: t('language_name'), ...p.params }));
    const view = store.getState().view;
    this.#rendered = true;
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    render(
      <Ctx.Provider value={ctx}>
        <div class={`remit theme-${this.#theme}`} dir={dir} lang={locale}>
          <Guard>
          <App
            store={store}
            id={this.#id}
            view={view === 'quote' ? 'quote' : 'compare'}
            problems={problems}
            onResult={(result) => this.#emit(result)}
          />
          </Guard>
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
