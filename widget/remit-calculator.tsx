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
import { createCalculatorStore, DEFAULT_INPUTS, type CalculatorStore, type QuoteFields, type Theme, type View } from '../core/store.ts';
import { direction, englishWidget, matchLocale, regionalTag, translator, type Locale, type Messages } from '../core/i18n/messages.ts';
import { Ctx, type DetailViews, type ViewContext } from './context.ts';
import { App, type AppResult } from './views/App.tsx';
import { readAttributes, type AttributeProblem } from './attributes.ts';
import { withTimeout, type LocaleLoader } from './locale-loader.ts';
import { Fallback, Guard } from './guard.tsx';
import { adopt } from './styles.ts';
import { countryName } from '../core/countries.ts';
import { resolveDataSrc } from './data-source.ts';
import { detailPath } from '../core/data/detail.ts';
import type * as DataSource from './remit-data.ts';
import type { RatesState } from '../core/rates.ts';
import { jsx, Fragment } from 'preact/jsx-runtime';
import { hasOwn } from '../core/has-own.ts';
import { whenNear } from './when-near.ts';

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

let counter = 0;
/** Some data (a locale, a data-src bundle) could not be loaded: the built-in figures and English stay. */
const DATA_LOAD: AttributeProblem = { key: 'error_data_load', params: {} };

/**
 * The element's shadow root: a new open one, or one the page's markup already
 * declared (`<template shadowrootmode="closed">`), which `attachShadow` with
 * the same mode hands back emptied instead of throwing.
 */
export function attachRoot(el: HTMLElement): ShadowRoot {
  try {
    return el.attachShadow({ mode: 'open' });
  } catch {
    return el.attachShadow({ mode: 'closed' });
  }
}

/** Shows the page's fallback content in `root` with one line saying why the figures are not shown. */
export function showFallback(root: ShadowRoot, error: unknown, messages: Partial<Messages> = englishWidget): void {
  render(<Fallback t={translator(messages)} error={error} />, root);
}

let dataModule: Promise<typeof DataSource> | null = null;
/**
 * The bundle loader and validator (`remit-data.js`, next to the script),
 * fetched only when a widget on the page has a `data-src`. Rejects when it
 * cannot load; callers keep their built-in figures with a notice.
 */
export function loadDataModule(scriptUrl: string): Promise<typeof DataSource> {
  dataModule ??= import(/* @vite-ignore */ new URL('remit-data.js', scriptUrl).href);
  return dataModule;
}

/**
 * What a corridor's detail needs, from `remit-data.js` (next to the script,
 * once per page): its file (`corridors/USA-MEX.json`, fetched, size-capped
 * and validated; null when it cannot be had, and the view then says so and
 * keeps the average), and the views that draw it with this script's Preact,
 * their stylesheet adopted next to the widget's.
 */
function detailLoaders(scriptUrl: string, root: ShadowRoot): Pick<ViewContext, 'loadDetail' | 'loadViews'> {
  const data = () => loadDataModule(scriptUrl);
  return {
    loadDetail: (key) => data().then((m) => m.loadBundleOnce(new URL(detailPath(key), scriptUrl).href)).then((r) => (r.ok ? r.bundle : null)),
    loadViews: () => data().then((m) => (m.setup({ jsx, Fragment }), adopt(root, m.views.detailCss), m.views)),
  };
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

/**
 * What sending money home costs, by channel or for a quote, against the 5% and 3% targets.
 * The tags below feed `custom-elements.json` (scripts/npm-package.ts); the README has the details.
 *
 * @tagname remit-calculator
 * @attr {string} from - Sender's country, ISO 3166 alpha-2 or alpha-3, any case. Default `US`.
 * @attr {string} to - Receiver's country, ISO 3166 alpha-2 or alpha-3, any case. Default `MX`.
 * @attr {number} amount - Amount sent, in major units of the sender's currency. Default `200`.
 * @attr {number} per-year - Transfers a year, 1 to 365. Default `12`.
 * @attr {'en' | 'es' | 'fr' | 'ar' | 'zh' | 'hi' | 'tl' | 'pt'} lang - Language (BCP 47 tags such as `pt-BR` match). Default: the page's, then the browser's.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme. Default `auto`.
 * @attr {'compare' | 'quote'} view - Cost by channel, or the quote checker. Default `compare`.
 * @attr {string} data-src - URL of a newer data bundle (same origin or CORS). Default: the built-in figures.
 * @attr {number} data-timeout - Milliseconds to wait for `data-src`, 100 to 60000. Default `8000`.
 * @attr {string} rates-src - URL of a JSON table of mid-market reference rates, with its date and source. Default: none.
 * @attr {'eager' | 'lazy'} loading - `lazy`: the first render waits until the element comes within half a screen of the viewport (read when it is connected). Default `eager`.
 * @fires {CustomEvent<RemitChangeDetail>} remit-change - After every change of inputs (bubbles, composed): the inputs and the computed result.
 * @cssprop [--remit-font=system-ui, sans-serif] - Font stack.
 * @cssprop [--remit-radius=12px] - Corner radius.
 * @cssprop [--remit-bg=#ffffff] - Background, light theme.
 * @cssprop [--remit-fg=#1a1f2b] - Text, light theme.
 * @cssprop [--remit-muted=#4b5563] - Secondary text, light theme.
 * @cssprop [--remit-accent=#0a57a3] - Links, buttons and focus, light theme.
 * @cssprop [--remit-border=#c9ced6] - Borders, light theme.
 * @cssprop [--remit-dark-bg=#14181f] - Background, dark theme.
 * @cssprop [--remit-dark-fg=#eef1f5] - Text, dark theme.
 * @cssprop [--remit-dark-muted=#b8c0cc] - Secondary text, dark theme.
 * @cssprop [--remit-dark-accent=#8cc2ff] - Links, buttons and focus, dark theme.
 * @cssprop [--remit-dark-border=#3a4350] - Borders, dark theme.
 * @slot - Fallback content, shown until the script runs (and if it cannot).
 */
export class RemitCalculatorElement extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTES;

  readonly #id = `remit${++counter}`;
  #store: CalculatorStore | null = null;
  #root: ShadowRoot | null = null;
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
    // `loading="lazy"`: the first render waits until the element comes near the viewport.
    whenNear(this, () => this.#connect());
  }

  #connect(): void {
    this.#connected = true;
    this.#safely(() => {
      if (!this.#root) {
        this.#root = attachRoot(this);
        adopt(this.#root);
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
      if (this.#root) render(null, this.#root);
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
    } catch (e) {
      // A bug or a broken host page must not reach the page's console: the fallback content shows, and why.
      try {
        if (this.#root) showFallback(this.#root, e, this.#messages);
      } catch {
        /* nothing more we can do quietly */
      }
    }
  }

  /** The `lang` of the page around the element. */
  #pageLang(): string | null | undefined {
    return this.parentElement?.closest('[lang]')?.getAttribute('lang');
  }

  /** The language of the page around the element, then of the browser. */
  #ambientLocale(): Locale {
    return matchLocale(this.#pageLang()) ?? matchLocale(globalThis.navigator?.language) ?? 'en';
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
      if (hasOwn(bundle.corridors, `${from}-${to}`)) s.setCorridor(from, to);
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
    else render(<slot />, this.#root!);
    // A locale file that never answers gives way to English, with the notice, after `data-timeout`.
    withTimeout(env.loadLocale(wanted, view === 'quote'), this.#timeout()).then(
      (messages) => {
        if (this.#localeWanted !== wanted) return;
        if (messages) {
          this.#locale = wanted;
          this.#messages = messages;
        } else {
          this.#problems = [...this.#problems, DATA_LOAD];
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
    this.#dataNotice = value === null || url ? null : DATA_LOAD;
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
        .then((m) => m.loadRatesOnce(url.href))
        .then(undefined, () => failed)
        .then((rates) => {
          if (this.#ratesWanted === wanted) {
            this.#rates = rates;
            this.#safely(() => this.#render());
          }
        });
  }

  

  /** `data-timeout`, milliseconds, 100 to 60,000; default 8,000. */
  #timeout(): number {
    const ms = Number(this.getAttribute('data-timeout'));
    return Number.isInteger(ms) && ms >= 100 && ms <= 60_000 ? ms : 8_000;
  }

  async #fetchData(url: URL, wanted: string | null): Promise<void> {
    const options = { timeoutMs: this.#timeout() };
    let notice: AttributeProblem = DATA_LOAD;
    let bundle: Bundle | null = null;
    try {
      const m = await loadDataModule(environment?.scriptUrl ?? document.baseURI);
      const result = await m.loadBundleOnce(url.href, options);
      if (result.ok) {
        bundle = result.bundle;
        notice = { key: 'data_from_src', params: m.describeBundle(result.bundle, url) };
      }
    } catch {
      /* the built-in figures stay, with the notice */
    }
    // Guarded as a whole: whatever a host page did to the globals, this promise never rejects into it.
    this.#safely(() => {
      if (this.#dataWanted !== wanted) return;
      this.#dataBundle = bundle;
      this.#dataNotice = notice;
      // Re-read from/to against the new figures when the corridor shown is not in them or the
      // attributes' corridor was refused before; otherwise the user's own choice stays.
      const s = this.#store?.getState();
      const shown = bundle ?? environment?.bundle;
      const missing = !!s && !!shown && !hasOwn(shown.corridors, `${s.from}-${s.to}`);
      const refused = this.#problems.some((p) => p.key === 'error_corridor_unknown' || p.key === 'error_country_unknown');
      this.#apply(new Set(missing || refused ? ['from', 'to'] : []));
    });
  }

  #render(): void {
    const env = environment;
    const store = this.#store;
    const root = this.#root;
    if (!env || !store || !root || !this.#connected) return;
    const locale = regionalTag(this.#locale, [
      this.getAttribute('lang'),
      this.#pageLang(),
      ...(globalThis.navigator?.languages ?? []),
    ]);
    const t = translator(this.#messages, locale);
    const ctx: ViewContext = {
      locale,
      t,
      bundle: this.#dataBundle ?? env.bundle,
      loadQuote,
      ...detailLoaders(env.scriptUrl, root),
      ...(this.#rates ? { rates: this.#rates } : {}),
    };
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
