/**
 * Mounts the calculator in an extension page (popup or options): the store
 * persisted through the connector, the widget's views, English built in and
 * each other locale loaded when it is first shown (so the popup's JavaScript
 * carries one language), and the ECB's reference rates when the user turned them on.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createCalculatorStore, type CalculatorStore, type View, persistence, direction, matchLocale, translator, LOCALES, type Locale, type Messages, type MessageKey, en, enExtension, enQuote, LANGUAGE_NAMES, formatMoney, formatNumber, countryName, detailPath, hasOwn } from '../core/index.ts';
import type { RatesState, Bundle } from '../core/index.ts';
import { readLatest } from '../widget/latest-bundle.ts';
import type { DetailViews } from '../widget/context.ts';
import { Ctx, useView, type ViewContext } from '../widget/context.ts';
import { App } from '../widget/views/App.tsx';
import { Tabs } from './Tabs.tsx';
import extensionCss from './extension.css?inline';
import { CorridorPicker } from '../widget/views/CorridorPicker.tsx';
import { useStore } from '../widget/use-store.ts';
import { sheet } from '../widget/styles.ts';
import type { Connector } from './browser.ts';
import type { QuoteHandOver } from './pending-quote.ts';
import type { RatesSetting } from './ecb-rates.ts';

/**
 * The latest figures, in the compact encoding the widget carries (the build's
 * `compactLatest`), expanded once when this module runs.
 */
const LATEST_BUNDLE: Bundle = readLatest();

/**
 * The ECB option's code (reading the setting, the fetch, the XML reader): a
 * chunk of its own, since the rates are read after the first paint anyway.
 */
const ecb = () => import('./ecb-rates.ts');

/** The storage key of the popup's inputs. */
export const STORAGE_KEY = 'remit-calculator';

interface Options {
  readonly views: readonly View[];
  readonly settings: 'popup' | 'options';
  /** Where a corridor's detail comes from; default: the files shipped with the extension (tests give their own). */
  readonly loadDetail?: (key: string) => Promise<Bundle | null>;
}

/**
 * A corridor's detail file, shipped with the extension (`/corridors/`) or,
 * for the popup on the demo site, next to the widget (`../corridors/`).
 */
function loadDetail(key: string): Promise<Bundle | null> {
  const base = import.meta.env.MODE === 'popup-demo' ? '../' : '/';
  // The loader and validator are a chunk of their own, fetched with the first corridor shown.
  return import('../widget/data-source.ts')
    .then((m) => m.loadBundleOnce(new URL(base + detailPath(key), location.href).href))
    .then((r) => (r.ok ? r.bundle : null));
}

let detailViews: Promise<DetailViews> | undefined;
/** The detail views, a chunk of their own too, their stylesheet added to the page once they arrive. */
function loadViews(): Promise<DetailViews> {
  detailViews ??= import('../widget/views/Detail.tsx').then((views) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(views.detailCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return views;
  });
  return detailViews;
}

// The detail views' English comes with them (views/Detail.tsx), as in the widget.
const english: Partial<Messages> = { ...en, ...enQuote, ...enExtension };
/** The quote checker's views: a chunk of their own, loaded when the quote tab first shows. */
const loadQuote = () => import('../widget/views/quote-module.tsx');
/** Each locale's messages, loaded on first use (a chunk per language); English is built in. */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: () => import('../core/i18n/locales/es.ts').then((m) => m.es),
  fr: () => import('../core/i18n/locales/fr.ts').then((m) => m.fr),
  ar: () => import('../core/i18n/locales/ar.ts').then((m) => m.ar),
  zh: () => import('../core/i18n/locales/zh.ts').then((m) => m.zh),
  hi: () => import('../core/i18n/locales/hi.ts').then((m) => m.hi),
  tl: () => import('../core/i18n/locales/tl.ts').then((m) => m.tl),
  pt: () => import('../core/i18n/locales/pt.ts').then((m) => m.pt),
};
const loaded = new Map<Locale, Partial<Messages>>([['en', english]]);

/** A locale's messages; English when its chunk cannot be loaded (never a blank page). */
export async function messagesFor(locale: Locale): Promise<Partial<Messages>> {
  const have = loaded.get(locale);
  if (have) return have;
  const messages = await (locale === 'en' ? Promise.resolve(english) : LOADERS[locale]()).catch(() => english);
  loaded.set(locale, messages);
  return messages;
}

function waitForHydration(store: CalculatorStore, ms = 2000): Promise<void> {
  const api = (store as unknown as { persist?: { hasHydrated(): boolean; onFinishHydration(f: () => void): () => void } }).persist;
  if (!api || api.hasHydrated()) return Promise.resolve();
  // Never a blank popup: if storage does not answer, go on with the defaults.
  return new Promise((resolve) => {
    const stop = api.onFinishHydration(() => resolve());
    setTimeout(() => {
      stop();
      resolve();
    }, ms);
  });
}

function Shell({ store, conn, options, handOver }: { store: CalculatorStore; conn: Connector; options: Options; handOver: QuoteHandOver | null }) {
  const lang = useStore(store, (s) => s.lang);
  const theme = useStore(store, (s) => s.theme);
  const wanted: Locale = lang ?? matchLocale(globalThis.navigator?.language) ?? 'en';
  // A newly chosen language shows once its messages have arrived; the current one stays meanwhile.
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (!loaded.has(wanted)) void messagesFor(wanted).then(() => setArrived((n) => n + 1));
  }, [wanted]);
  const shown = useRef(wanted);
  const locale: Locale = loaded.has(wanted) ? wanted : shown.current;
  shown.current = locale;
  const t = translator(loaded.get(locale) ?? english, locale);
  // The ECB's reference rates, when the user turned them on in the options (read after the first paint).
  const [rates, setRates] = useState<RatesState | undefined>(undefined);
  useEffect(() => {
    void ecb()
      .then((m) => m.ecbRates(conn))
      .then(setRates, () => undefined);
  }, [conn]);
  const ctx: ViewContext = {
    locale,
    t,
    bundle: LATEST_BUNDLE,
    loadQuote,
    loadDetail: options.loadDetail ?? loadDetail,
    loadViews,
    ...(rates ? { rates } : {}),
  };
  const s = store.getState();
  const from = useStore(store, (st) => st.from);
  const notice = useStore(store, (st) => st.notice);
  const noticeFields = useStore(store, (st) => st.noticeFields);
  const chosen = useStore(store, (st) => st.view);
  const view = options.views.includes(chosen) ? chosen : 'compare';
  const [tab, setTab] = useState<typeof import('./progress-tab.tsx') | null>(null);
  useEffect(() => {
    if (view === 'progress' && !tab) void import('./progress-tab.tsx').then(setTab, () => undefined);
  }, [view]);
  const to = useStore(store, (st) => st.to);
  const [saved, setSaved] = useState(false);
  useEffect(() => (options.settings === 'options' ? store.subscribe(() => setSaved(true)) : undefined), [store]);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  // A notice about some settings names them ("Your saved amount could not be read, so it was reset.").
  const noticeText =
    notice && noticeFields.length > 0
      ? t(noticeFields.length === 1 ? 'error_storage_reset_one' : 'error_storage_reset_some', { fields: list.format(noticeFields.map((f) => t(f))) })
      : notice && t(notice);
  const problems = handOver
    ? handOver.messages.map((m) => t(m.key, { ...m.params, ...(m.fields ? { fields: list.format(m.fields.map((f) => t(f))) } : {}) }))
    : [];
  // A quote whose currencies did not fit the route shown waits, unfiled, for a route that fits.
  const [waiting, setWaiting] = useState(handOver?.waiting ?? null);
  useEffect(() => {
    if (waiting && (!waiting.send || LATEST_BUNDLE.countries[from]?.[1] === waiting.send) && (!waiting.receive || LATEST_BUNDLE.countries[to]?.[1] === waiting.receive)) {
      s.setQuote(waiting.fields);
      setWaiting(null);
    }
  }, [from, to, waiting]);
  const read = handOver?.read;
  const readItems = read
    ? [
        read.amount !== undefined && (read.sendCurrency ? formatMoney(read.amount, read.sendCurrency, locale) : formatNumber(read.amount, locale)),
        read.fee !== undefined && `${t('field_fee')} ${read.feeCurrency || read.sendCurrency ? formatMoney(read.fee, read.feeCurrency ?? read.sendCurrency ?? '', locale) : formatNumber(read.fee, locale)}`,
        read.rate !== undefined && `1 ${read.sendCurrency ?? '?'} = ${formatNumber(read.rate, locale, 6)} ${read.receiveCurrency ?? '?'}`,
      ].filter((x): x is string => typeof x === 'string')
    : [];
  return (
    <Ctx.Provider value={ctx}>
      <div class={`remit theme-${theme}`} dir={direction(locale)} lang={locale}>
        <div class="row settings">
          <label class="field">
            <span>{t('label_language')}</span>
            <select id="lang" value={lang ?? ''} onChange={(e) => s.setLang(e.currentTarget.value || null)}>
              <option value="">{t('theme_auto')}</option>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          {options.settings === 'options' && (
            <label class="field">
              <span>{t('label_theme')}</span>
              <select id="theme" value={theme} onChange={(e) => s.setTheme(e.currentTarget.value)}>
                <option value="auto">{t('theme_auto')}</option>
                <option value="light">{t('theme_light')}</option>
                <option value="dark">{t('theme_dark')}</option>
              </select>
            </label>
          )}
        </div>
        {options.settings === 'options' ? (
          <section>
            <h2>{t('label_default_corridor')}</h2>
            {/* One stored corridor for both pages: the popup remembers the last one chosen. */}
            <p class="hint">{t('default_corridor_hint')}</p>
            <CorridorPicker id="opt" from={from} to={to} onChange={(a, b) => s.setCorridor(a, b)} />
            {saved && <p class="muted" role="status">{t('settings_saved')}</p>}
            <EcbOption conn={conn} />
          </section>
        ) : (
          <>
            {notice && (
              <div class="problems" role="status">
                <p class="error">
                  {noticeText}{' '}
                  <button type="button" class="link" onClick={() => s.dismissNotice()}>
                    {t('dismiss')}
                  </button>
                </p>
              </div>
            )}
            {read && readItems.length > 0 && (
              <p class="note">
                <bdi>{t('quote_read', { items: list.format(readItems) })}</bdi>
              </p>
            )}
            {waiting && waiting.corridors.length > 0 && (
              <p class="choices">
                {waiting.corridors.map(([a, b]) => (
                  <button
                    key={a + b}
                    type="button"
                    onClick={() => {
                      s.setCorridor(a, b);
                      s.setQuote(waiting.fields);
                      setWaiting(null);
                    }}
                  >
                    {countryName(a, locale, LATEST_BUNDLE)} → {countryName(b, locale, LATEST_BUNDLE)}
                  </button>
                ))}
              </p>
            )}
            <Tabs id="popup" views={options.views} view={view} onChange={(v) => s.setView(v)}>
              {view === 'progress' ? (
                tab ? <tab.ProgressTab from={from} to={to} /> : <p class="muted">{t('loading')}</p>
              ) : (
                <App store={store} id="popup" view={view} problems={problems} />
              )}
            </Tabs>
            <p class="note">
              <button type="button" class="link" onClick={() => conn.openOptions()}>
                {t('open_settings')}
              </button>
            </p>
          </>
        )}
      </div>
    </Ctx.Provider>
  );
}

/**
 * The options page's switch for the ECB's reference rates: off by default; on
 * asks the browser for the one host permission, then loads today's rates and
 * says what happened (loaded with their date, refused, or offline).
 */
function EcbOption({ conn }: { conn: Connector }) {
  const { t } = useView();
  const [on, setOn] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // Loaded before the switch works, so that turning it on asks for the permission in the click itself.
  const [mod, setMod] = useState<typeof import('./ecb-rates.ts') | null>(null);
  useEffect(() => {
    void ecb()
      .then((m) => {
        setMod(m);
        return m.readRatesSetting(conn.storage);
      })
      .then((r: RatesSetting) => setOn(r.on), () => undefined);
  }, [conn]);
  const say = (r: RatesState | 'denied' | undefined): string | null =>
    r === 'denied' ? t('ecb_rates_denied') : !r ? null : r.ok ? t('ecb_rates_loaded', { date: r.table.date, source: r.table.source }) : t(r.error as MessageKey);
  return (
    <section>
      <label class="check">
        <input
          type="checkbox"
          id="ecb-rates"
          checked={on}
          disabled={!mod}
          onChange={(e) => {
            const want = e.currentTarget.checked;
            setStatus(null);
            // Called in the click itself: the permission prompt needs the user's gesture.
            if (!mod) return;
            void mod.setEcbRates(conn, want).then((r) => {
              setOn(want && r !== 'denied');
              setStatus(say(r));
            });
          }}
        />{' '}
        {t('ecb_rates_label')}
      </label>
      <p class="note">{t('ecb_rates_hint')}</p>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

/** Renders the popup or the options page into `root`. Never leaves it blank. */
export async function mountCalculator(root: HTMLElement, conn: Connector, options: Options): Promise<CalculatorStore> {
  const extra = new CSSStyleSheet();
  // The Progress tab's styles come with it (progress-tab.tsx).
  extra.replaceSync(extensionCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet(), extra];
  const isCorridor = (from: string, to: string) => hasOwn(LATEST_BUNDLE.corridors, `${from}-${to}`);
  const store = createCalculatorStore({ persistence: persistence(conn.storage, STORAGE_KEY, isCorridor) });
  await waitForHydration(store);
  let handOver: QuoteHandOver | null = null;
  if (options.settings === 'popup') {
    try {
      // The parser loads only when a quote was handed over: most openings have none.
      const pending = await conn.takePendingQuote();
      if (pending) handOver = (await import('./pending-quote.ts')).applyPendingQuote(store, pending, LATEST_BUNDLE);
    } catch {
      handOver = null;
    }
  }
  // The language's messages before the first paint, so the popup opens in it.
  const s = store.getState();
  await messagesFor(s.lang ?? matchLocale(globalThis.navigator?.language) ?? 'en');
  // A popup that opens on the quote tab (or with a quote handed over) has its views ready for the first paint.
  if (options.views.includes('quote') && s.view === 'quote') await loadQuote().catch(() => undefined);
  root.textContent = ''; // the "Loading…" placeholder
  render(<Shell store={store} conn={conn} options={options} handOver={handOver} />, root);
  return store;
}
