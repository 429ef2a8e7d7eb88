/**
 * Reference exchange rates: a table of mid rates against one base currency
 * (the European Central Bank publishes euro rates; an NGO's `rates-src` file
 * may use any base), cross rates between any two of its currencies, and money
 * converted with them. Every figure carries the table's date and source, so a
 * view can say where a converted amount comes from. Pure: no fetch, no DOM.
 *
 * Units: a rate is units of the quote currency per one unit of the base
 * currency (ECB: 1 EUR = 1.0543 USD -> `rates.USD = 1.0543`); money is in
 * major units of the named currency, unrounded (money.ts rounds for display).
 */
import type { Failure } from './result.ts';
import { hasOwn } from './has-own.ts';

export interface RateTable {
  /** ISO 4217 code the rates are quoted against (its own rate is 1). */
  readonly base: string;
  /** Day the rates are for, `YYYY-MM-DD`. */
  readonly date: string;
  /** Who published them, as shown to the reader ("European Central Bank euro reference rates"). */
  readonly source: string;
  /** Units of each currency per one unit of `base`. */
  readonly rates: Readonly<Record<string, number>>;
}

/** A rate between two currencies and where it comes from. */
export interface ReferenceRate {
  readonly ok: true;
  /** Units of `to` per one unit of `from`. */
  readonly rate: number;
  readonly date: string;
  readonly source: string;
}

/** No rate: `field` names the currency (for lookups) or the part of the file (for validation) at fault. */
export type RatesError = Failure;

/** Where the views get their rates: absent when none were asked for; an error when they were and failed. */
export type RatesState = { readonly ok: true; readonly table: RateTable } | RatesError;

/** A converted amount: `value` in the target currency, with the rate used. */
export interface Converted extends Omit<ReferenceRate, 'ok'> {
  readonly ok: true;
  /** Major units of the target currency. */
  readonly value: number;
}

const CODE = /^[A-Z]{3}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Largest and smallest rate accepted: 1 EUR is about 0.3 KWD and about 40,000 IRR; far beyond both is a broken file. */
const MAX_RATE = 1e7;
const MIN_RATE = 1e-7;
/** More currencies than exist: a larger table is not a rates file. */
const MAX_CURRENCIES = 400;

/** Units of `code` per one unit of the base; undefined when the table has none (inherited keys are not currencies). */
const rateOf = (table: RateTable, code: string): number | undefined =>
  code === table.base ? 1 : hasOwn(table.rates, code) ? table.rates[code] : undefined;

/**
 * Units of `to` per one unit of `from`, through the table's base
 * (USD -> MXN with euro rates = MXN per EUR / USD per EUR). A currency the
 * table lacks gives `rates_not_covered` with that currency as `field`.
 */
export function crossRate(table: RateTable, from: string, to: string): ReferenceRate | RatesError {
  const a = rateOf(table, from);
  const b = rateOf(table, to);
  return a && b ? { ok: true, rate: b / a, date: table.date, source: table.source } : { ok: false, error: 'rates_not_covered', field: a ? to : from };
}

/** `major` units of `from` in `to` at the table's cross rate. */
export function convert(major: number, from: string, to: string, table: RateTable): Converted | RatesError {
  const r = crossRate(table, from, to);
  return r.ok ? { ...r, value: major * r.rate } : r;
}

function bad(field: string): RatesError {
  return { ok: false, error: 'rates_failed', field };
}

/**
 * Checks untrusted JSON (a `rates-src` file) and returns it as a table:
 * `{ "base": "EUR", "date": "2026-11-30", "source": "...", "rates": { "USD": 1.0543, ... } }`.
 * Codes are three capital letters, rates finite and within 1e-7..1e7, no
 * inherited or `__proto__` keys, at most 400 currencies. Never throws.
 */
export function validateRates(json: unknown): { readonly ok: true; readonly table: RateTable } | RatesError {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad('root');
  const o = json as Record<string, unknown>;
  const { base, date, source, rates } = o;
  if (typeof base !== 'string' || !CODE.test(base)) return bad('base');
  if (typeof date !== 'string' || !DATE.test(date)) return bad('date');
  if (typeof source !== 'string' || !source.trim() || source.length > 200) return bad('source');
  if (typeof rates !== 'object' || rates === null || Array.isArray(rates)) return bad('rates');
  const keys = Object.keys(rates);
  if (keys.length > MAX_CURRENCIES) return bad('rates');
  const clean: Record<string, number> = {};
  for (const code of keys) {
    const v: unknown = (rates as Record<string, unknown>)[code];
    if (!CODE.test(code) || typeof v !== 'number' || !Number.isFinite(v) || v < MIN_RATE || v > MAX_RATE) return bad(code);
    clean[code] = v;
  }
  return { ok: true, table: { base, date, source: source.trim(), rates: clean } };
}

/** The ECB's daily reference rates file, the one address the extension may fetch. */
export const ECB_DAILY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';
export const ECB_SOURCE = 'European Central Bank euro reference rates';

/**
 * Reads the ECB's daily reference rates XML (gesmes envelope, one
 * `<Cube time="YYYY-MM-DD">` holding `<Cube currency="USD" rate="1.0543"/>`
 * per currency, rates per euro). A plain scan of the attributes, no XML parser
 * (core runs without a DOM); anything that is not that shape is refused.
 */
export function parseEcbXml(xml: string): { readonly ok: true; readonly table: RateTable } | RatesError {
  if (typeof xml !== 'string' || xml.length > 100_000 || !/<gesmes:Envelope[\s>]/.test(xml)) return bad('root');
  const time = /<Cube\s+time=(["'])(\d{4}-\d\d-\d\d)\1\s*>/.exec(xml);
  if (!time || !xml.includes('</gesmes:Envelope>')) return bad('date');
  const rates: Record<string, unknown> = Object.create(null); // so that a `__proto__` entry is seen, and refused
  for (const m of xml.matchAll(/<Cube\s+currency=(["'])([^"']*)\1\s+rate=(["'])([^"']*)\3\s*\/>/g)) {
    const value = m[4] ?? '';
    rates[m[2] ?? ''] = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  }
  if (Object.keys(rates).length === 0) return bad('rates');
  return validateRates({ base: 'EUR', date: time[2], source: ECB_SOURCE, rates });
}
