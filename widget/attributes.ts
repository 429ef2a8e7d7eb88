/**
 * `<remit-calculator>`'s attributes, declared once. From this table come the
 * element's `observedAttributes`, the reading of every attribute, the value a
 * removed one goes back to (its default, read like any value), the demo's
 * embed builder fields (`widget/demo/fields.ts`) and the attribute types in
 * `custom-elements.json` (`scripts/npm-package.ts`); test/unit/attributes.test.ts
 * fails when the README or the package types disagree with it.
 *
 * A value is read on its own: a valid one is taken, a bad one gives a message
 * key and leaves the last good state in place.
 */
import type { Bundle } from '../core/index.ts';
import { LOCALES, matchLocale, type Locale, type MessageKey, toAlpha3, readNumber, THEMES, VIEWS, type Theme, type View } from '../core/index.ts';

export interface AttributeProblem {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/** What each attribute's value is read as. */
export interface AttributeValues {
  /** Alpha-3 codes (World Bank `KSV` for Kosovo). */
  readonly from: string;
  readonly to: string;
  readonly amount: number;
  readonly 'per-year': number;
  /** null: follow the page's language, then the browser's. */
  readonly lang: Locale | null;
  readonly theme: Theme;
  readonly view: View;
  /** Milliseconds. `data-src` and `rates-src` are URLs the element resolves and loads itself. */
  readonly 'data-timeout': number;
}

export interface AttributeSpec {
  /** The value a removed attribute stands for, as written in HTML; '' for none. A number here makes the attribute a number. */
  readonly default: string;
  /** The allowed values, when there is a list. */
  readonly values?: readonly string[];
  /** Reads a value: what it stands for, or the message key a bad one gets (with the value as `{value}`). Absent: the element reads it itself. */
  readonly read?: (value: string, bundle: Bundle) => AttributeValues[keyof AttributeValues] | MessageKey;
}

/** Reads an amount written as in HTML, with `.` for decimals (`200`, `1500.50`, `1,500`). */
function readAmount(value: string): number | MessageKey {
  const n = readNumber(value, 'en');
  return n === null ? 'error_amount_invalid' : n <= 0 ? 'error_amount_not_positive' : n > 1e12 ? 'error_amount_too_large' : n;
}

/** A whole number from `min` to `max`, or the message. */
const whole = (min: number, max: number, key: MessageKey) => (value: string) => {
  const n = /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : NaN;
  return n >= min && n <= max ? n : key;
};

/** One of `values`, any case. */
const oneOf = (values: readonly string[], key: MessageKey) => (value: string) => {
  const v = value.trim().toLowerCase();
  return values.includes(v) ? v : key;
};

const country = (value: string, bundle: Bundle) => toAlpha3(value, bundle) ?? 'error_country_unknown';

/** The widget's views; the popup's third tab, `progress`, is an element of its own here (`<remit-progress>`). */
const WIDGET_VIEWS = VIEWS.filter((v): v is Exclude<View, 'progress'> => v !== 'progress');

export const ATTRIBUTES = {
  from: { default: 'US', read: country },
  to: { default: 'MX', read: country },
  amount: { default: '200', read: readAmount },
  'per-year': { default: '12', read: whole(1, 365, 'error_per_year_invalid') },
  // An empty `lang` follows the page, like no `lang`.
  lang: { default: '', values: LOCALES, read: (v) => (v.trim() ? (matchLocale(v) ?? 'error_lang_unknown') : null) },
  theme: { default: 'auto', values: THEMES, read: oneOf(THEMES, 'error_theme_unknown') },
  view: { default: 'compare', values: WIDGET_VIEWS, read: oneOf(WIDGET_VIEWS, 'error_view_unknown') },
  'data-src': { default: '' },
  'data-timeout': { default: '8000', read: whole(100, 60_000, 'error_timeout_invalid') },
  'rates-src': { default: '' },
  // Read by when-near.ts when the element is connected, as `<img loading>` is.
  loading: { default: 'eager', values: ['eager', 'lazy'] },
} as const satisfies Record<string, AttributeSpec>;

export type AttributeName = keyof typeof ATTRIBUTES;

/** Attribute values longer than this are refused without being parsed or shown. */
const MAX_LENGTH = 64;

/**
 * The values of the attributes named in `changed`: each read from its
 * attribute, or from its default when the attribute is absent; a bad value
 * gives a problem and no value.
 */
export function readAttributes(
  get: (name: string) => string | null,
  changed: Iterable<string>,
  bundle: Bundle,
): { values: Partial<AttributeValues>; problems: AttributeProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: AttributeProblem[] = [];
  for (const name of changed) {
    const read = (ATTRIBUTES as Record<string, AttributeSpec>)[name]?.read;
    if (!read) continue;
    const raw = get(name) ?? (ATTRIBUTES as Record<string, AttributeSpec>)[name]!.default;
    const v = read(raw.length > MAX_LENGTH ? '\u0000' : raw, bundle);
    if (typeof v === 'string' && v.startsWith('error_')) problems.push({ key: v as MessageKey, params: { value: raw.length > 24 ? `${raw.slice(0, 24)}…` : raw } });
    else values[name] = v;
  }
  return { values: values as Partial<AttributeValues>, problems };
}
