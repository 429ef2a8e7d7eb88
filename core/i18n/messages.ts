/**
 * Message keys and lookup, shared by the widget and the extension.
 * Locales: `en` is complete and built in; the others are loaded on demand by
 * the front ends (the widget fetches them from next to its script; the
 * extension bundles them).
 */
import { en } from './en.ts';
import type { enExtension } from './en-extension.ts';
import type { enDetail } from './en-detail.ts';
import type { enQuote } from './en-quote.ts';
import { hasOwn } from '../has-own.ts';
import { formatPct } from '../money.ts';

/** Keys the widget ships in English (and checks fetched locales for). */
export type WidgetMessageKey = keyof typeof en;
/** Every key: the widget's built-in ones, the detail views' and the quote checker's (each loaded with its views), the extension's. */
export type MessageKey = WidgetMessageKey | keyof typeof enDetail | keyof typeof enQuote | keyof typeof enExtension;
/** A complete locale: every key of `en`, each a string. */
export type Messages = { readonly [K in MessageKey]: string };

/** Locales the product ships, in the order the language picker shows them. */
export const LOCALES = ['en', 'es', 'fr', 'ar', 'zh', 'hi', 'tl', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** Locales written right to left. */
const RTL: ReadonlySet<string> = new Set(['ar']);

/** The English messages the widget carries; the extension's complete English is `ALL_MESSAGES.en` (all.ts). */
export const englishWidget: Partial<Messages> & { readonly [K in WidgetMessageKey]: string } = en;

/** Whether `locale` is one the product ships. */
export function isLocale(locale: string): locale is Locale {
  return (LOCALES as readonly string[]).includes(locale);
}

/**
 * The shipped locale nearest to a BCP 47 tag (`pt-BR` -> `pt`, `fil` -> `tl`),
 * or null when none is near.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'fil') return 'tl';
  return isLocale(base) ? base : null;
}

/**
 * The tag to format and read numbers, money and names with: the messages'
 * language with the region of the first of `tags` (the element's lang, the
 * page's, the browser's) in that language, so that a Mexican reader of the
 * Spanish messages gets `es-MX` (US$1,500.00, and `1,500` typed is fifteen
 * hundred), not `es`. Only the region is taken: a `zh-TW` page keeps the
 * messages' Simplified script for country names (`zh-Hans-TW`), and
 * extensions such as `-u-nu-hanidec` never reach the number fields.
 */
export function regionalTag(locale: Locale, tags: readonly (string | null | undefined)[]): string {
  for (const tag of tags) {
    try {
      const region = tag && matchLocale(tag) === locale ? new Intl.Locale(tag.trim()).region : undefined;
      if (region) return new Intl.Locale(locale === 'tl' ? 'fil' : locale, locale === 'zh' ? { script: 'Hans', region } : { region }).toString();
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return locale;
}

/** Text direction of a locale. */
export function direction(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** Fills `{name}` placeholders. Unknown placeholders stay visible so a gap is noticed. */
export function format(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A translate function over one locale's messages, falling back to English per
 * key, then to the key. The targets `{p5}` and `{p3}` are filled in every
 * message, formatted in `locale` (the regional tag numbers use, `es-MX`) like
 * every other percent on the page, so a verdict never says "5 %" beside "3.19%".
 */
export function translator(messages: Partial<Messages>, locale = 'en') {
  const fallback: Partial<Record<MessageKey, string>> = en;
  const targets = { p5: formatPct(5, locale), p3: formatPct(3, locale) };
  return (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
    format(messages[key] ?? fallback[key] ?? key, { ...targets, ...params });
}

/**
 * Checks that untrusted JSON (a fetched locale) has every message the widget
 * shows, each a non-empty string. Other keys are ignored.
 */
export function isMessages(value: unknown): value is Partial<Messages> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return Object.keys(en).every((key) => hasOwn(record, key) && typeof record[key] === 'string' && record[key] !== '');
}

/**
 * The short form of a verdict sentence: what comes before its first colon
 * ("Above 5%: costlier than..." -> "Above 5%"). Every locale writes the four
 * verdicts in that shape; a test checks it.
 */
export function verdictHead(sentence: string): string {
  return (sentence.split(/[:\uff1a]/)[0] ?? sentence).trim();
}
