/**
 * Where a front end gets a locale's messages. English is built in; the widget
 * fetches other locales from next to its own script (`locales/xx.json`), the
 * extension bundles them. A loader never throws: it resolves to null and the
 * view falls back to English with a notice.
 */
import { englishWidget, isMessages, type Locale, type Messages } from '../core/index.ts';

/**
 * `quote`: the quote checker's messages are wanted too. Built-in English has
 * only the rest; with `quote` the full English (`locales/en.json`) is fetched.
 * Other locales' files always have everything.
 */
export type LocaleLoader = (locale: Locale, quote?: boolean) => Promise<Partial<Messages> | null>;

/** A loader that fetches `locales/<code>.json` relative to `base` and validates it. */
export function fetchLocales(base: string): LocaleLoader {
  const cache = new Map<Locale, Promise<Partial<Messages> | null>>();
  return (locale, quote) => {
    if (locale === 'en' && !quote) return Promise.resolve(englishWidget);
    let pending = cache.get(locale);
    if (!pending) {
      // Inside a promise: a missing or throwing `fetch` (a host page's doing) is a null locale, not a throw.
      pending = Promise.resolve()
        .then(() => fetch(new URL(`locales/${locale}.json`, base), { credentials: 'omit' }))
        .then((r) => (r.ok ? r.json() : null))
        .then((json: unknown) => (isMessages(json) ? json : null))
        .catch(() => null);
      cache.set(locale, pending);
    }
    return pending;
  };
}

/**
 * `pending`, or null after `ms` milliseconds: a locale file that never
 * answers must not leave an element on its fallback text for good.
 */
export function withTimeout<T>(pending: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([pending, new Promise<null>((resolve) => setTimeout(resolve, ms, null))]);
}
