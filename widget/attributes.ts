/**
 * Reading the widget's attributes. Each attribute is read on its own: a valid
 * value is taken, a bad one gives a message key and leaves the last good
 * state in place.
 */
import type { Bundle } from '../core/data/types.ts';
import type { MessageKey } from '../core/i18n/messages.ts';
import { matchLocale, type Locale } from '../core/i18n/messages.ts';
import { toAlpha3 } from '../core/countries.ts';
import { readNumber } from '../core/read-number.ts';
import type { Theme, View } from '../core/store.ts';

export interface AttributeProblem {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

export interface Attributes {
  readonly from?: string;
  readonly to?: string;
  readonly amount?: number;
  readonly perYear?: number;
  readonly lang?: Locale;
  readonly theme?: Theme;
  readonly view?: View;
  readonly problems: readonly AttributeProblem[];
}

/** Attribute values longer than this are refused without being parsed or shown. */
const MAX_LENGTH = 64;

function shown(value: string): string {
  return value.length > 24 ? `${value.slice(0, 24)}…` : value;
}

/** Reads an amount written as in HTML, with `.` for decimals (`200`, `1500.50`, `1,500`). */
function readAmount(value: string): number | MessageKey {
  const n = readNumber(value, 'en');
  if (n === null) return 'error_amount_invalid';
  if (n <= 0) return 'error_amount_not_positive';
  if (n > 1e12) return 'error_amount_too_large';
  return n;
}

/** Reads every attribute the element has; absent ones are left out. */
export function readAttributes(get: (name: string) => string | null, bundle: Bundle): Attributes {
  const problems: AttributeProblem[] = [];
  const out: { -readonly [K in keyof Attributes]: Attributes[K] } = { problems };
  const text = (name: string) => {
    const v = get(name);
    if (v === null) return null;
    if (v.length > MAX_LENGTH) return '\u0000';
    return v;
  };
  const from = text('from');
  const to = text('to');
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value === null) continue;
    const code = toAlpha3(value, bundle);
    if (code) out[name] = code;
    else problems.push({ key: 'error_country_unknown', params: { code: shown(value) } });
  }
  const amount = text('amount');
  if (amount !== null) {
    const n = readAmount(amount);
    if (typeof n === 'number') out.amount = n;
    else problems.push({ key: n, params: {} });
  }
  const perYear = text('per-year');
  if (perYear !== null) {
    const n = /^\s*\d{1,3}\s*$/.test(perYear) ? Number(perYear) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 365) out.perYear = n;
    else problems.push({ key: 'error_per_year_invalid', params: {} });
  }
  const lang = text('lang');
  if (lang !== null && lang.trim() !== '') {
    const l = matchLocale(lang);
    if (l) out.lang = l;
    else problems.push({ key: 'error_lang_unknown', params: { lang: shown(lang) } });
  }
  const theme = text('theme');
  if (theme !== null) {
    const v = theme.trim().toLowerCase();
    if (v === 'light' || v === 'dark' || v === 'auto') out.theme = v;
    else problems.push({ key: 'error_theme_unknown', params: { theme: shown(theme) } });
  }
  const view = text('view');
  if (view !== null) {
    const v = view.trim().toLowerCase();
    if (v === 'compare' || v === 'quote') out.view = v;
    else problems.push({ key: 'error_view_unknown', params: { view: shown(view) } });
  }
  return out;
}
