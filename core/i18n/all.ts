/**
 * Every shipped locale in one map. The extension bundles it; the widget
 * ships only English and fetches the others as JSON written from this map.
 */
import type { Locale, Messages } from './messages.ts';
import { en } from './en.ts';
import { enExtension } from './en-extension.ts';
import { enDetail } from './en-detail.ts';
import { enQuote } from './en-quote.ts';
import { es } from './locales/es.ts';
import { fr } from './locales/fr.ts';
import { ar } from './locales/ar.ts';
import { zh } from './locales/zh.ts';
import { hi } from './locales/hi.ts';
import { tl } from './locales/tl.ts';
import { pt } from './locales/pt.ts';

/** Complete English: the widget's messages, the detail views', the quote checker's and the extension's. */
// Marked pure so that a bundle importing this module for something else leaves the merged English out.
export const english: Messages = /* @__PURE__ */ Object.assign({}, en, enDetail, enQuote, enExtension);

export const ALL_MESSAGES: Readonly<Record<Locale, Messages>> = { en: english, es, fr, ar, zh, hi, tl, pt };
