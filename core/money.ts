/**
 * Money and percent formatting through `Intl.NumberFormat`.
 *
 * Arithmetic in core works on major units as plain numbers (200 = USD 200),
 * which is exact to far below a cent for the amounts a transfer can have
 * (a double carries ~15.9 significant digits; 10 million with 2 decimals uses 10).
 * Rounding to the currency's minor units (JPY 0, USD 2, KWD 3) happens here and
 * only here, at the edge where a figure becomes text.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** Whether `code` is an ISO 4217 currency this runtime can format. */
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    formatter('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

const exponents = new Map<string, number>();

/** Number of minor-unit digits of a currency (JPY 0, USD 2, KWD 3), as `Intl` knows it. */
export function currencyExponent(currency: string): number {
  let digits = exponents.get(currency);
  if (digits === undefined) {
    digits = formatter('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(currency, digits);
  }
  return digits;
}

/**
 * Rounds an amount in major units to the currency's minor units
 * (half away from zero, as cash is rounded). The one named rounding place.
 */
export function roundToMinor(major: number, currency: string): number {
  const factor = 10 ** currencyExponent(currency);
  // toPrecision(15) drops the binary noise of the multiplication (1244.755 x 100
  // is 124475.49999999999 in binary) so that a true half rounds away from zero.
  const minor = Math.sign(major) * Math.round(Number((Math.abs(major) * factor).toPrecision(15)));
  return minor / factor + 0; // + 0 turns -0 into 0
}

/**
 * Formats an amount given in major units, e.g. `formatMoney(4.5, 'USD', 'en')` -> "$4.50".
 * Never breaks across lines: `Intl` already joins the parts with no-break
 * spaces, but a line may break after a minus that precedes a currency sign
 * ("-" / "$89,224.81", UAX #14 HY), so a word joiner (U+2060) follows it
 * (`Intl` writes the minus as U+002D in the shipped locales).
 */
export function formatMoney(major: number, currency: string, locale: string): string {
  return formatter(locale, { style: 'currency', currency }).format(roundToMinor(major, currency)).replace('-', '-\u2060');
}

/** Formats a percent given as percent (4.9 -> "4.9%"), with at most `digits` decimals. */
export function formatPct(pct: number, locale: string, digits = 2): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 })
    .format(pct / 100 + 0);
}

/** A number as the user would type it back into a field in the locale: no grouping, every decimal ("12,5" in Spanish). */
export function formatForInput(value: number, locale: string): string {
  return formatter(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value + 0);
}

/** Formats a plain number (a rate, a count) in the locale. */
export function formatNumber(value: number, locale: string, maxDigits = 4): string {
  return formatter(locale, { maximumFractionDigits: maxDigits }).format(value + 0);
}

/** Formats a large amount in major units compactly in the locale ("$30B", "30 mil M US$"), for yearly corridor volumes. */
export function formatCompactMoney(major: number, currency: string, locale: string): string {
  return formatter(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(major + 0);
}
