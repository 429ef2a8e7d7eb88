/**
 * Each shipped language's name in itself, for language pickers that must list
 * every language without loading every locale (the popup loads one at a time).
 * The same as each locale's `language_name`; test/unit/i18n.test.ts checks it.
 */
import type { Locale } from './messages.ts';

export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ar: 'العربية',
  zh: '中文',
  hi: 'हिन्दी',
  tl: 'Tagalog',
  pt: 'Português',
};
