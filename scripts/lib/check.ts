/**
 * Validation of single fields. Each function returns the clean value or
 * throws a `DataError` naming the file and line, so a bad row stops the build.
 */
import countries from 'i18n-iso-countries';
import countryToCurrency from 'country-to-currency';
import { BUNDLE_LIMITS } from '../../core/validate-bundle.ts';
import { DataError } from './csv.ts';

/**
 * Codes the World Bank uses that i18n-iso-countries does not know, with the
 * alpha-2 code they stand for. KSV: Kosovo (user-assigned XK, currency EUR).
 * ANT: Netherlands Antilles, dissolved in 2010 but still a DataBank corridor
 * (NLD-ANT, 2011-2015); AN is its former ISO 3166-1 alpha-2 code.
 */
export const EXTRA_ALPHA3: ReadonlyMap<string, string> = new Map([
  ['KSV', 'XK'],
  ['ANT', 'AN'],
]);

const CURRENCY_BY_ALPHA2: Readonly<Record<string, string | undefined>> = countryToCurrency;

/** Where a value comes from, for error messages. */
export interface At {
  readonly file: string;
  readonly line: number;
}

/** Whether `value` is an alpha-3 code known to i18n-iso-countries, or one of `EXTRA_ALPHA3`. */
export function isAlpha3(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && (EXTRA_ALPHA3.has(value) || Boolean(countries.alpha3ToAlpha2(value)));
}

/** A country code: ISO 3166-1 alpha-3 known to i18n-iso-countries, or one of `EXTRA_ALPHA3`. */
export function alpha3(value: string, column: string, at: At): string {
  if (isAlpha3(value)) return value;
  throw new DataError(at.file, at.line, `${column}: unknown ISO 3166-1 alpha-3 code "${value}"`);
}

/** A year in the range the data can plausibly cover. */
function validYear(year: string): boolean {
  const y = Number(year);
  return y >= 2000 && y <= 2100;
}

/** A quarter `YYYYQn` (n 1-4, year 2000-2100). */
export function quarter(value: string, column: string, at: At): string {
  const m = /^(\d{4})Q([1-4])$/.exec(value);
  if (m?.[1] && validYear(m[1])) return value;
  throw new DataError(at.file, at.line, `${column}: bad quarter "${value}" (expected YYYYQn, n 1-4, year 2000-2100)`);
}

/** A period: a quarter `YYYYQn`, or a year `YYYY` for an annual figure. */
export function period(value: string, column: string, at: At): string {
  const m = /^(\d{4})(Q[1-4])?$/.exec(value);
  if (m?.[1] && validYear(m[1])) return value;
  throw new DataError(at.file, at.line, `${column}: bad period "${value}" (expected YYYY or YYYYQn, n 1-4, year 2000-2100)`);
}

/**
 * Round to 3 decimals (the sources carry float noise such as
 * 15.2349996566772; a thousandth of a percentage point is plenty), half away
 * from zero so negative values mirror positive ones, never -0.
 */
export function round3(n: number): number {
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * 1000)) / 1000;
  return rounded === 0 ? 0 : rounded;
}

/** A finite number, rounded to 3 decimals. */
export function number3(value: string, column: string, at: At): number {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new DataError(at.file, at.line, `${column}: not a number: "${value}"`);
  return round3(n);
}

/**
 * Whether a percent figure is in the range the bundle validator accepts
 * (`BUNDLE_LIMITS.minPct`..`maxPct`, core/validate-bundle.ts): the importers
 * and the validator share this one range, so nothing imported can make a
 * bundle the widget refuses.
 */
export function pctInRange(n: number): boolean {
  return n >= BUNDLE_LIMITS.minPct && n <= BUNDLE_LIMITS.maxPct;
}

/** The range as shown in messages. */
export const PCT_RANGE = `${BUNDLE_LIMITS.minPct}..${BUNDLE_LIMITS.maxPct}`;

/** A percent figure: `number3`, within the bundle validator's range. */
export function pct3(value: string, column: string, at: At): number {
  const n = number3(value, column, at);
  if (!pctInRange(n)) throw new DataError(at.file, at.line, `${column}: ${n} is outside ${PCT_RANGE} percent`);
  return n;
}

/** A count (non-negative integer). */
export function count(value: string, column: string, at: At): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new DataError(at.file, at.line, `${column}: not a whole number: "${value}"`);
}

/** Non-empty text. */
export function text(value: string, column: string, at: At): string {
  if (value.trim()) return value.trim();
  throw new DataError(at.file, at.line, `${column}: missing`);
}

/**
 * [alpha-2, ISO 4217 currency] for a validated alpha-3 code. Fails rather
 * than guess when country-to-currency has no currency for it.
 */
export function countryEntry(code: string): [string, string] {
  const alpha2 = EXTRA_ALPHA3.get(code) ?? countries.alpha3ToAlpha2(code);
  const currency = alpha2 ? CURRENCY_BY_ALPHA2[alpha2] : undefined;
  if (!alpha2 || !currency) throw new Error(`no alpha-2/currency for country ${code} (alpha-2 ${alpha2 ?? '?'}) in country-to-currency`);
  return [alpha2, currency];
}
