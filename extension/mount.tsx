/**
 * Mounts the calculator in an extension page (popup or options): the store
 * persisted through the connector, every locale bundled, the widget's views.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createCalculatorStore, type CalculatorStore, type View } from '../core/store.ts';
import { persistence } from '../core/persist.ts';
import { direction, matchLocale, translator, LOCALES, type Locale } from '../core/i18n/messages.ts';
import { ALL_MESSAGES } from '../core/i18n/all.ts';
import { LATEST_BUNDLE } from '../core/data/latest.ts';
import type { Bundle } from '../core/data/types.ts';
import { detailPath } from '../core/data/detail.ts';
import { loadBundleOnce } from '../widget/data-source.ts';
import * as detailViews from '../widget/views/Detail.tsx';
import { Ctx, type ViewContext } from '../widget/context.ts';
import { App } from '../widget/views/App.tsx';
import { Tabs } from './Tabs.tsx';
import progressCss from '../widget/progress/progress.css?inline';
import extensionCss from './extension.css?inline';
import { CorridorPicker } from '../widget/views/CorridorPicker.tsx';
import { useStore } from '../widget/use-store.ts';
import { sheet } from '../widget/styles.ts';
import type { Connector } from './browser.ts';
import { applyPendingQuote, type QuoteHandOver } from './pending-quote.ts';
import { hasOwn } from '../core/has-own.ts';

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
  return loadBundleOnce(new URL(base + detailPath(key), location.href).href).then((r) => (r.ok ? r.bundle : null));
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
  const locale: Locale = lang ?? matchLocale(globalThis.navigator?.language) ?? 'en';
  const t = translator(ALL_MESSAGES[locale]);
  const ctx: ViewContext = { locale, t, bundle: LATEST_BUNDLE, loadDetail: options.loadDetail ?? loadDetail, loadViews: () => Promise.resolve(detailViews) };
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
    ? handOver.messages.map((m) => t(m.key, m.fields ? { fields: list.format(m.fields.map((f) => t(f))) } : undefined))
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
                  {ALL_MESSAGES[l].language_name}
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

/** Renders the popup or the options page into `root`. Never leaves it blank. */
export async function mountCalculator(root: HTMLElement, conn: Connector, options: Options): Promise<CalculatorStore> {
  const extra = new CSSStyleSheet();
  extra.replaceSync(detailViews.detailCss + progressCss + extensionCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet(), extra];
  const isCorridor = (from: string, to: string) => hasOwn(LATEST_BUNDLE.corridors, `${from}-${to}`);
  const store = createCalculatorStore({ persistence: persistence(conn.storage, STORAGE_KEY, isCorridor) });
  await waitForHydration(store);
  let handOver: QuoteHandOver | null = null;
  if (options.settings === 'popup') {
    try {
      handOver = applyPendingQuote(store, await conn.takePendingQuote(), LATEST_BUNDLE);
    } catch {
      handOver = null;
    }
  }
  root.textContent = ''; // the "Loading…" placeholder
  render(<Shell store={store} conn={conn} options={options} handOver={handOver} />, root);
  return store;
}
