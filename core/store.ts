/**
 * The calculator's store: what the user chose, nothing that can be computed.
 * Totals come from core functions over these inputs, in the views.
 *
 * `zustand/vanilla` keeps it framework-free; persistence goes through an
 * injected string storage (the extension passes chrome.storage through its
 * connector, the widget nothing or localStorage when the page opts in).
 * Stored data is versioned; anything unreadable falls back to the defaults
 * field by field and raises `notice`, so nothing valid is lost and the user is told.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type {} from 'zustand/middleware';
import type { FeeMode } from './quote.ts';
import type { Locale, MessageKey } from './i18n/messages.ts';
import { isLocale } from './i18n/messages.ts';
import { failure, OK, type Result } from './result.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** The views: the comparison, the quote checker and the advocates' progress (a tab in the popup, its own element in the widget). */
export const VIEWS = ['compare', 'quote', 'progress'] as const;
export type View = (typeof VIEWS)[number];

/** A quote as the user entered it; null where a field is still empty. */
export interface QuoteFields {
  /** Major units of the send currency. */
  readonly amount: number | null;
  readonly fee: number | null;
  /** Receive-currency units per one send-currency unit. */
  readonly rate: number | null;
  readonly midRate: number | null;
  readonly feeMode: FeeMode;
  /** Where the mid-market rate came from: typed by the user, read from a page selection, or a reference rate table taken with one click. */
  readonly midRateFrom: 'user' | 'selection' | 'reference' | null;
}

export interface CalculatorInputs {
  /** Sender and receiver, ISO 3166-1 alpha-3 (World Bank `KSV` for Kosovo). */
  readonly from: string;
  readonly to: string;
  /** Amount per transfer, major units of the send currency. */
  readonly amount: number;
  /** Transfers per year, 1 to 365. */
  readonly perYear: number;
  /** null: follow the page or browser language. */
  readonly lang: Locale | null;
  readonly theme: Theme;
  readonly view: View;
  readonly quote: QuoteFields;
}

export interface CalculatorState extends CalculatorInputs {
  /** A message for the user about the store itself (e.g. stored data reset); not persisted. */
  readonly notice: MessageKey | null;
  /** What the notice is about, as message keys naming settings (`field_amount`); empty when it is about everything. */
  readonly noticeFields: readonly MessageKey[];
  /** Each setter takes a valid value, or keeps the state and says why not, naming the input at fault (`core/result.ts`). */
  setCorridor(from: string, to: string): Result;
  setAmount(amount: number): Result;
  setPerYear(perYear: number): Result;
  setLang(lang: string | null): Result;
  setTheme(theme: string): Result;
  setView(view: string): Result;
  setQuote(fields: Partial<QuoteFields>): Result;
  raiseNotice(key: MessageKey, fields?: readonly MessageKey[]): void;
  dismissNotice(): void;
}

export type CalculatorStore = StoreApi<CalculatorState>;

export const EMPTY_QUOTE: QuoteFields = {
  amount: null,
  fee: null,
  rate: null,
  midRate: null,
  feeMode: 'on-top',
  midRateFrom: null,
};

/** United States -> Mexico, USD 200 monthly: the largest RPW corridor and its reference amount. */
export const DEFAULT_INPUTS: CalculatorInputs = {
  from: 'USA',
  to: 'MEX',
  amount: 200,
  perYear: 12,
  lang: null,
  theme: 'auto',
  view: 'compare',
  quote: EMPTY_QUOTE,
};

/** Version of the stored shape. Bump it and extend `migrate` when the shape changes. */
export const STORE_VERSION = 1;

export const ALPHA3 = /^[A-Z]{3}$/;
const MAX_AMOUNT = 1e12;

export const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_AMOUNT;
export const isPerYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365;
const isOptionalNumber = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_AMOUNT);

/**
 * A stored or entered quote, checked field by field (missing fields take
 * their empty value); a failure names the first field that cannot be taken.
 */
export function checkQuoteFields(value: unknown): Result<{ readonly quote: QuoteFields }> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return failure('error_quote_invalid');
  const q = value as Record<string, unknown>;
  const { amount = null, fee = null, rate = null, midRate = null, feeMode = 'on-top', midRateFrom = null } = q;
  for (const field of ['amount', 'fee', 'rate', 'midRate'] as const) {
    // error_amount_invalid, error_fee_invalid, error_rate_invalid, error_mid_rate_invalid
    if (!isOptionalNumber(q[field] ?? null)) return failure(`error_${field === 'midRate' ? 'mid_rate' : field}_invalid`, field);
  }
  if (feeMode !== 'on-top' && feeMode !== 'included') return failure('error_fee_mode', 'feeMode');
  if (midRateFrom !== null && midRateFrom !== 'user' && midRateFrom !== 'selection' && midRateFrom !== 'reference') return failure('error_quote_invalid', 'midRateFrom');
  return { ok: true, quote: { amount, fee, rate, midRate, feeMode, midRateFrom } as QuoteFields };
}

/** A stored quote, or null when any field of it cannot be taken. */
export function readQuote(value: unknown): QuoteFields | null {
  const r = checkQuoteFields(value);
  return r.ok ? r.quote : null;
}

/** Wraps the store's creator to keep the inputs somewhere (see `persistence` in persist.ts). */
export type Persistence = (
  creator: StateCreator<CalculatorState>,
  defaults: CalculatorInputs,
) => StateCreator<CalculatorState, [], [['zustand/persist', unknown]]>;

export interface StoreOptions {
  /** Where to keep the inputs between visits (`persistence(storage)`); none keeps them in memory only. */
  readonly persistence?: Persistence;
  /** Starting inputs (e.g. from a widget's attributes). */
  readonly initial?: Partial<CalculatorInputs>;
}

/**
 * Creates a calculator store. With `persistence`, inputs are kept between
 * visits (versioned, validated on read); the persistence code lives in its
 * own module so the widget, which keeps nothing, does not ship it.
 */
export function createCalculatorStore(options: StoreOptions = {}): CalculatorStore {
  const defaults: CalculatorInputs = { ...DEFAULT_INPUTS, ...options.initial };
  const creator = (set: StoreApi<CalculatorState>['setState']): CalculatorState => ({
    ...defaults,
    notice: null,
    noticeFields: [],
    setCorridor(from, to) {
      const a = String(from).toUpperCase();
      const b = String(to).toUpperCase();
      if (!ALPHA3.test(a)) return failure('error_country_unknown', 'from');
      if (!ALPHA3.test(b)) return failure('error_country_unknown', 'to');
      set({ from: a, to: b });
      return OK;
    },
    setAmount(amount) {
      if (typeof amount !== 'number' || !Number.isFinite(amount)) return failure('error_amount_invalid', 'amount');
      if (amount <= 0) return failure('error_amount_not_positive', 'amount');
      if (amount > MAX_AMOUNT) return failure('error_amount_too_large', 'amount');
      set({ amount });
      return OK;
    },
    setPerYear(perYear) {
      if (!isPerYear(perYear)) return failure('error_per_year_invalid', 'perYear');
      set({ perYear });
      return OK;
    },
    setLang(lang) {
      if (lang !== null && !isLocale(lang)) return failure('error_lang_unknown', 'lang');
      set({ lang });
      return OK;
    },
    setTheme(theme) {
      if (!(THEMES as readonly string[]).includes(theme)) return failure('error_theme_unknown', 'theme');
      set({ theme: theme as Theme });
      return OK;
    },
    setView(view) {
      if (!(VIEWS as readonly string[]).includes(view)) return failure('error_view_unknown', 'view');
      set({ view: view as View });
      return OK;
    },
    setQuote(fields) {
      let result: Result = OK;
      set((state) => {
        const r = checkQuoteFields({ ...state.quote, ...fields });
        result = r.ok ? OK : r;
        return r.ok ? { quote: r.quote } : {};
      });
      return result;
    },
    raiseNotice(key, fields = []) {
      set({ notice: key, noticeFields: fields });
    },
    dismissNotice() {
      set({ notice: null, noticeFields: [] });
    },
  });

  if (!options.persistence) return createStore<CalculatorState>()((set) => creator(set));
  return createStore<CalculatorState>()(options.persistence((set) => creator(set), defaults)) as CalculatorStore;
}
