/**
 * `<remit-calculator>`: the embeddable calculator.
 *
 * Attributes are the public API, declared once in `attributes.ts`; changing
 * one re-renders. Renders into its own shadow root, so the host page's CSS
 * cannot reach in and ours cannot leak out. Importing this module has no side
 * effects: `define.ts` registers the element with the page's environment.
 * Nothing here throws into the host page: errors become messages in the widget.
 */
import { render } from 'preact';
import type { Bundle, RatesState } from '../core/index.ts';
import { createCalculatorStore, type CalculatorStore, type QuoteFields, type View, direction, englishWidget, matchLocale, regionalTag, translator, type Locale, type Messages, countryName, detailPath, hasOwn } from '../core/index.ts';
import { Ctx, type ViewContext } from './context.ts';
import { App, type AppResult } from './views/App.tsx';
import { ATTRIBUTES, readAttributes, type AttributeProblem } from './attributes.ts';
import { withTimeout } from './locale-loader.ts';
import { attachRoot, Guard, showFallback } from './guard.tsx';
import { adopt } from './styles.ts';
import { resolveDataSrc } from './data-source.ts';
import type { Page } from './environment.ts';
import { jsx, Fragment } from 'preact/jsx-runtime';
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

const NAMES = Object.keys(ATTRIBUTES);
let counter = 0;

/** Some data (a locale, a data-src bundle) could not be loaded: the built-in figures and English stay. */
const DATA_LOAD: AttributeProblem = { key: 'error_data_load', params: {} };

/**
 * What a corridor's detail needs, from `remit-data.js` (next to the script,
 * once per page): its file (`corridors/USA-MEX.json`, fetched, size-capped
 * and validated; null when it cannot be had, and the view then says so and
 * keeps the average), and the views that draw it with this script's Preact,
 * their stylesheet adopted next to the widget's.
 */
function detailLoaders(page: Page, root: ShadowRoot): Pick<ViewContext, 'loadDetail' | 'loadViews'> {
  return {
    loadDetail: (key) => page.data().then((m) => m.loadBundleOnce(new URL(detailPath(key), page.scriptUrl).href)).then((r) => (r.ok ? r.bundle : null)),
    loadViews: () => page.data().then((m) => (m.setup({ jsx, Fragment }), adopt(root, m.views.detailCss), m.views)),
  };
}

/**
 * What sending money home costs, by channel or for a quote, against the 5% and 3% targets.
 * The tags below feed `custom-elements.json` (scripts/npm-package.ts adds the attributes from
 * `attributes.ts`); the README has the details.
 *
 * @tagname remit-calculator
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
  static readonly observedAttributes = NAMES;

  readonly #id = `remit${++counter}`;
  /** Set by `define.ts` on the class it registers: what every element of the page shares. */
  readonly page: Page | null = null;
  #store: CalculatorStore | null = null;
  #root: ShadowRoot | null = null;
  #problems: readonly AttributeProblem[] = [];
  /** The language shown and its messages (English until another has loaded). */
  #locale: Locale = 'en';
  #messages: Partial<Messages> = englishWidget;
  /** `data-timeout`, milliseconds. */
  #timeout = 8_000;
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
      this.#apply(first ? NAMES : this.#pending);
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
    if (this.#connected) this.#safely(() => this.#apply([name]));
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

  /** The language asked for: the `lang` attribute's, else the page's, then the browser's. */
  #wanted(): Locale {
    return this.#store?.getState().lang ?? matchLocale(this.#pageLang()) ?? matchLocale(globalThis.navigator?.language) ?? 'en';
  }

  /**
   * Takes the attributes named in `changed` into the state (a removed one
   * brings back its default; a bad one leaves the state as it was) and
   * re-renders with a message for every bad attribute.
   */
  #apply(changed: Iterable<string>): void {
    const page = this.page;
    const store = this.#store;
    if (!page || !store) return;
    const names = new Set(changed);
    const bundle = this.#dataBundle ?? page.bundle;
    // Every attribute is read, so each bad one keeps its message; only the changed ones are taken.
    const { values, problems } = readAttributes((name) => this.getAttribute(name), NAMES, bundle);
    const v: typeof values = {};
    for (const name of names) (v as Record<string, unknown>)[name] = (values as Record<string, unknown>)[name];
    if (v['data-timeout']) this.#timeout = v['data-timeout'];
    if (names.has('data-src')) this.#loadData();
    if (names.has('rates-src')) this.#loadRates();
    const s = store.getState();
    // A corridor is asked for as a pair: with either code unreadable, neither is taken.
    if ((v.from || v.to) && !problems.some((p) => p.key === 'error_country_unknown')) {
      // The other code of the pair: its attribute's, or the one shown when it has none.
      const from = this.hasAttribute('from') ? values.from! : (v.from ?? s.from);
      const to = this.hasAttribute('to') ? values.to! : (v.to ?? s.to);
      if (hasOwn(bundle.corridors, `${from}-${to}`)) s.setCorridor(from, to);
      else problems.push({ key: 'error_corridor_unknown', params: { from, to } });
    }
    if (v.amount) s.setAmount(v.amount);
    if (v['per-year']) s.setPerYear(v['per-year']);
    if (v.view) s.setView(v.view);
    if (v.theme) s.setTheme(v.theme);
    // A bad `lang` keeps the language asked for before (on first paint, the page's).
    if (v.lang !== undefined) s.setLang(v.lang);
    this.#problems = problems;
    const wanted = this.#wanted();
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
    withTimeout(page.loadLocale(wanted, view === 'quote'), this.#timeout).then(
      (messages) => {
        if (this.#wanted() !== wanted) return;
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
    const [url, wanted] = this.#source('data-src');
    if (wanted === this.#dataWanted) return;
    this.#dataWanted = wanted;
    this.#dataBundle = null;
    this.#dataNotice = wanted && !url ? DATA_LOAD : null;
    if (url) void this.#fetchData(url, wanted);
  }

  /** A URL attribute resolved against the page (null: absent or not a URL), and what a late answer is checked against (null: absent). */
  #source(name: string): [URL | null, string | null] {
    const value = this.getAttribute(name);
    const url = value === null ? null : resolveDataSrc(value, document.baseURI);
    return [url, value === null ? null : (url?.href ?? `invalid:${value}`)];
  }

  /**
   * Loads the reference rates named by `rates-src` through `remit-data.js`
   * (next to the script, fetched only on pages that set it or `data-src`). Until
   * they arrive, and without them, amounts stay in the sending currency.
   */
  #loadRates(): void {
    const [url, wanted] = this.#source('rates-src');
    if (wanted === this.#ratesWanted) return;
    this.#ratesWanted = wanted;
    const failed: RatesState = { ok: false, error: 'rates_failed' };
    this.#rates = wanted && !url ? failed : undefined;
    if (url && this.page)
      void this.page
        .data()
        .then((m) => m.loadRatesOnce(url.href))
        .then(undefined, () => failed)
        .then((rates) => {
          if (this.#ratesWanted === wanted) {
            this.#rates = rates;
            this.#safely(() => this.#render());
          }
        });
  }

  async #fetchData(url: URL, wanted: string | null): Promise<void> {
    const page = this.page!;
    let notice: AttributeProblem = DATA_LOAD;
    let bundle: Bundle | null = null;
    try {
      const m = await page.data();
      const result = await m.loadBundleOnce(url.href, { timeoutMs: this.#timeout });
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
      const shown = bundle ?? page.bundle;
      const missing = !!s && !hasOwn(shown.corridors, `${s.from}-${s.to}`);
      const refused = this.#problems.some((p) => p.key === 'error_corridor_unknown' || p.key === 'error_country_unknown');
      this.#apply(missing || refused ? ['from', 'to'] : []);
    });
  }

  #render(): void {
    const page = this.page;
    const store = this.#store;
    const root = this.#root;
    if (!page || !store || !root || !this.#connected) return;
    const locale = regionalTag(this.#locale, [
      this.getAttribute('lang'),
      this.#pageLang(),
      ...(globalThis.navigator?.languages ?? []),
    ]);
    const t = translator(this.#messages, locale);
    const ctx: ViewContext = {
      locale,
      t,
      bundle: this.#dataBundle ?? page.bundle,
      loadQuote: page.quote,
      ...detailLoaders(page, root),
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
    const { view, theme } = store.getState();
    this.#rendered = true;
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    render(
      <Ctx.Provider value={ctx}>
        <div class={`remit theme-${theme}`} dir={dir} lang={locale}>
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
