/**
 * Validation of single fields. Each function returns the clean value or
 * throws a `DataError` naming the file and line, so a bad row stops the build.
 */
import countries from 'i18n-iso-countries';
import countryToCurrency from 'country-to-currency';
import { DataError } from './csv.js';

/**
 * Codes the World Bank uses that i18n-iso-countries does not know, with the
 * alpha-2 code they stand for. KSV: Kosovo (user-assigned XK, currency EUR).
 * ANT: Netherlands Antilles, dissolved in 2010 but still a DataBank corridor
 * (NLD-ANT, 2011-2015); AN is its former ISO 3166-1 alpha-2 code.
 * @type {Readonly<Record<string, string>>}
 */
export const EXTRA_ALPHA3 = { KSV: 'XK', ANT: 'AN' };

/** @type {Readonly<Record<string, string | undefined>>} */
const CURRENCY_BY_ALPHA2 = countryToCurrency;

/** @typedef {{ file: string, line: number }} At where a value comes from, for error messages */

/**
 * A country code: ISO 3166-1 alpha-3 known to i18n-iso-countries, or one of
 * `EXTRA_ALPHA3`.
 * @param {string} value
 * @param {string} column
 * @param {At} at
 */
export function alpha3(value, column, at) {
  if (/^[A-Z]{3}$/.test(value) && (Object.hasOwn(EXTRA_ALPHA3, value) || countries.alpha3ToAlpha2(value))) return value;
  throw new DataError(at.file, at.line, `${column}: unknown ISO 3166-1 alpha-3 code "${value}"`);
}

/**
 * A year in the range the data can plausibly cover.
 * @param {string} year four digits
 */
function validYear(year) {
  const y = Number(year);
  return y >= 2000 && y <= 2100;
}

/**
 * A quarter `YYYYQn` (n 1-4, year 2000-2100).
 * @param {string} value
 * @param {string} column
 * @param {At} at
 */
export function quarter(value, column, at) {
  const m = /^(\d{4})Q([1-4])$/.exec(value);
  if (m?.[1] && validYear(m[1])) return value;
  throw new DataError(at.file, at.line, `${column}: bad quarter "${value}" (expected YYYYQn, n 1-4, year 2000-2100)`);
}

/**
 * A period: a quarter `YYYYQn`, or a year `YYYY` for an annual figure.
 * @param {string} value
 * @param {string} column
 * @param {At} at
 */
export function period(value, column, at) {
  const m = /^(\d{4})(Q[1-4])?$/.exec(value);
  if (m?.[1] && validYear(m[1])) return value;
  throw new DataError(at.file, at.line, `${column}: bad period "${value}" (expected YYYY or YYYYQn, n 1-4, year 2000-2100)`);
}

/**
 * A finite number, rounded to 3 decimals (the sources carry float noise such
 * as 15.2349996566772; a thousandth of a percentage point is plenty).
 * Rounds half away from zero so negative values mirror positive ones.
 * @param {string} value
 * @param {string} column
 * @param {At} at
 */
export function number3(value, column, at) {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new DataError(at.file, at.line, `${column}: not a number: "${value}"`);
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * 1000)) / 1000;
  return rounded === 0 ? 0 : rounded; // no -0
}

/**
 * A count (non-negative integer).
 * @param {string} value
 * @param {string} column
 * @param {At} at
 */
export function count(value, column, at) {
  if (/^\d+$/.test(value)) return Number(value);
  throw new DataError(at.file, at.line, `${column}: not a whole number: "${value}"`);
}

/**
 * Non-empty text.
 * @param {string} value
 * @param {string} column
 * @param {At} at
 */
export function text(value, column, at) {
  if (value.trim()) return value.trim();
  throw new DataError(at.file, at.line, `${column}: missing`);
}

/**
 * [alpha-2, ISO 4217 currency] for a validated alpha-3 code. Fails rather
 * than guess when country-to-currency has no currency for it.
 * @param {string} code alpha-3
 * @returns {[string, string]}
 */
export function countryEntry(code) {
  const alpha2 = EXTRA_ALPHA3[code] ?? countries.alpha3ToAlpha2(code);
  const currency = alpha2 ? CURRENCY_BY_ALPHA2[alpha2] : undefined;
  if (!alpha2 || !currency) throw new Error(`no alpha-2/currency for country ${code} (alpha-2 ${alpha2 ?? '?'}) in country-to-currency`);
  return [alpha2, currency];
}
