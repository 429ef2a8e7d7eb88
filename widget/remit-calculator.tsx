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
import { createCalculatorStore, DEFAULT_INPUTS, type CalculatorStore, type QuoteFields, type Theme, type View } from '../core/store.ts';
import { direction, englishWidget, matchLocale, regionalTag, translator, type Locale, type Messages } from '../core/i18n/messages.ts';
import { Ctx, type ViewContext } from './context.ts';
import { App, type AppResult } from './views/App.tsx';
import { readAttributes, type AttributeProblem } from './attributes.ts';
import type { LocaleLoader } from './locale-loader.ts';
import { sheet } from './styles.ts';
import { countryName } from '../core/countries.ts';
import { resolveDataSrc } from './data-source.ts';
import type * as DataSource from './data-source.ts';
import type { RatesState } from '../core/rates.ts';

export interface RemitChangeDetail {
  readonly inputs: {
    readonly from: string;
    readonly to: string;
    readonly amount: number;
    readonly perYear: number;
    readonly view: View;
    readonly lang: Locale;
    /** The quote checker's fields as entered (null where empty; an empty amount means `amount`). */
    readonly quote: QuoteFields;
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
const ATTRIBUTES = ['from', 'to', 'amount', 'per-year', 'lang', 'theme', 'view', 'data-src', 'data-timeout', 'rates-src'];
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

let dataModule: Promise<typeof DataSource | null> | null = null;
/**
 * The bundle loader and validator (`remit-data.js`, next to the script),
 * fetched only when a widget on the page has a `data-src`.
 */
export function loadDataModule(scriptUrl: string): Promise<typeof DataSource | null> {
  dataModule ??= import(/* @vite-ignore */ new URL('remit-data.js', scriptUrl).href).then(
    (m: typeof DataSource) => m,
    () => null,
  );
  return dataModule;
}

let quoteModule: Promise<typeof import('./views/quote-module.tsx')> | null = null;
/** The quote checker's views (`remit-quote.js`, next to the script), fetched the first time a widget shows them. */
function loadQuote(): Promise<typeof import('./views/quote-module.tsx')> {
  quoteModule ??= import(/* @vite-ignore */ new URL('remit-quote.js', environment?.scriptUrl ?? document.baseURI).href).catch((e: unknown) => {
    quoteModule = null;
    throw e;
  });
  return quoteModule;
}

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
  /** Attributes changed while disconnected. */
  #pending = new Set<string>();
  /** The bundle from `data-src` once loaded and valid; null: the built-in one. */
  #dataBundle: Bundle | null = null;
  /** What the widget says about its data: where it comes from, or that it fell back. */
  #dataNotice: AttributeProblem | null = null;
  /** The `data-src` URL asked for last (null: none), so a late answer for an older one is ignored. */
  #dataWanted: string | null = null;
  /** Reference rates from `rates-src` (undefined: none asked for, or not yet arrived), and the URL asked for last. */
  #rates: RatesState | undefined;
  #ratesWanted: string | null = null;

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
      // Changes made while the element was out of the page are applied now.
      this.#apply(first ? ALL : this.#pending);
      this.#pending = new Set();
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
    if (old === value) return;
    if (this.#connected) this.#safely(() => this.#apply(new Set([name])));
    else this.#pending.add(name);
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
    if (changed.has('data-src')) this.#loadData();
    if (changed.has('rates-src')) this.#loadRates();
    const bundle = this.#dataBundle ?? env.bundle;
    const attrs = readAttributes((name) => this.getAttribute(name), bundle);
    const problems: AttributeProblem[] = [...attrs.problems];
    const s = store.getState();
    const removed = (name: string) => changed.has(name) && !this.hasAttribute(name);
    // A corridor is asked for as a pair: with either code unreadable, neither is taken.
    const unreadable = (name: 'from' | 'to') => this.hasAttribute(name) && !attrs[name];
    if ((changed.has('from') || changed.has('to')) && !unreadable('from') && !unreadable('to')) {
      const from = attrs.from ?? (removed('from') ? DEFAULT_INPUTS.from : s.from);
      const to = attrs.to ?? (removed('to') ? DEFAULT_INPUTS.to : s.to);
      if (Object.hasOwn(bundle.corridors, `${from}-${to}`)) s.setCorridor(from, to);
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
    // The quote checker's messages are not built in (English fetches them with locales/en.json).
    const view = store.getState().view;
    const quote = view === 'quote' && !('title_quote' in this.#messages);
    if (wanted === this.#locale && !quote) {
      this.#render();
      return;
    }
    // Load the locale, keep showing the current one meanwhile (or the fallback content before the first paint).
    if (this.#rendered) this.#render();
    else render(<slot />, this.shadowRoot!);
    env.loadLocale(wanted, view === 'quote').then(
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

  /**
   * Starts loading the bundle named by `data-src` (several widgets with the
   * same URL share one request). Until it arrives the built-in figures show;
   * a valid bundle replaces them with a notice naming its host; any failure
   * keeps them with the `error_data_load` notice. No `data-src`: built-in, no notice.
   */
  #loadData(): void {
    const value = this.getAttribute('data-src');
    const url = value === null ? null : resolveDataSrc(value, document.baseURI);
    const wanted = value === null ? null : (url?.href ?? `invalid:${value}`);
    if (wanted === this.#dataWanted) return;
    this.#dataWanted = wanted;
    this.#dataBundle = null;
    this.#dataNotice = value === null || url ? null : { key: 'error_data_load', params: {} };
    if (url) void this.#fetchData(url, wanted);
  }

  /**
   * Loads the reference rates named by `rates-src` through `remit-data.js`
   * (next to the script, fetched only on pages that set it or `data-src`). Until
   * they arrive, and without them, amounts stay in the sending currency.
   */
  #loadRates(): void {
    const value = this.getAttribute('rates-src');
    const url = value === null ? null : resolveDataSrc(value, document.baseURI);
    const wanted = url?.href ?? value;
    if (wanted === this.#ratesWanted) return;
    this.#ratesWanted = wanted;
    const failed: RatesState = { ok: false, error: 'rates_failed' };
    this.#rates = value !== null && !url ? failed : undefined;
    if (url)
      void loadDataModule(environment?.scriptUrl ?? document.baseURI)
        .then((m) => (m ? m.loadRatesOnce(url.href) : failed))
        .then((rates) => {
          if (this.#ratesWanted === wanted) {
            this.#rates = rates;
            this.#safely(() => this.#render());
          }
        });
  }

  async #fetchData(url: URL, wanted: string | null): Promise<void> {
    const ms = Number(this.getAttribute('data-timeout'));
    const options = Number.isInteger(ms) && ms >= 100 && ms <= 60_000 ? { timeoutMs: ms } : {};
    let notice: AttributeProblem = { key: 'error_data_load', params: {} };
    let bundle: Bundle | null = null;
    try {
      const m = await loadDataModule(environment?.scriptUrl ?? document.baseURI);
      const result = m ? await m.loadBundleOnce(url.href, options) : null;
      if (m && result?.ok) {
        bundle = result.bundle;
        notice = { key: 'data_from_src', params: m.describeBundle(result.bundle, url) };
      }
    } catch {
      /* the built-in figures stay, with the notice */
    }
    if (this.#dataWanted !== wanted) return;
    this.#dataBundle = bundle;
    this.#dataNotice = notice;
    // Re-read from/to against the new figures when the corridor shown is not in them or the
    // attributes' corridor was refused before; otherwise the user's own choice stays.
    const s = this.#store?.getState();
    const shown = bundle ?? environment?.bundle;
    const missing = !!s && !!shown && !Object.hasOwn(shown.corridors, `${s.from}-${s.to}`);
    const refused = this.#problems.some((p) => p.key === 'error_corridor_unknown' || p.key === 'error_country_unknown');
    this.#safely(() => this.#apply(new Set(missing || refused ? ['from', 'to'] : [])));
  }

  #render(): void {
    const env = environment;
    const store = this.#store;
    const root = this.shadowRoot;
    if (!env || !store || !root || !this.#connected) return;
    const locale = regionalTag(this.#locale, [
      this.getAttribute('lang'),
      this.parentElement?.closest('[lang]')?.getAttribute('lang'),
      ...(globalThis.navigator?.languages ?? []),
    ]);
    const t = translator(this.#messages, locale);
    const ctx: ViewContext = { locale, t, bundle: this.#dataBundle ?? env.bundle, loadQuote, ...(this.#rates ? { rates: this.#rates } : {}) };
    const dir = direction(this.#locale);
    const all = this.#dataNotice ? [...this.#problems, this.#dataNotice] : this.#problems;
    // One line per message: a failed locale and a failed data-src both say `error_data_load`.
    // Corridors are named in the reader's language, not by their codes.
    const named = (p: AttributeProblem) =>
      p.key === 'error_corridor_unknown'
        ? { from: countryName(p.params.from ?? '', locale, ctx.bundle), to: countryName(p.params.to ?? '', locale, ctx.bundle) }
        : p.params;
    const problems = [...new Set(all.map((p) => t(p.key, { language: t('language_name'), ...named(p) })))];
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
            // The comparison shows until the quote checker's messages have arrived (or if they cannot).
            view={view === 'quote' && 'title_quote' in this.#messages ? 'quote' : 'compare'}
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
      inputs: { from: s.from, to: s.to, amount: s.amount, perYear: s.perYear, view: s.view, lang: this.#locale, quote: { ...s.quote } },
      result,
    };
    this.dispatchEvent(new CustomEvent('remit-change', { detail, bubbles: true, composed: true }));
  }
}
