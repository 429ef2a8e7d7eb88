/**
 * The public entry of core: pure functions over a data bundle you pass in,
 * with the types, the vocabulary (channels, quarters, message keys) and the
 * English messages. It carries no data, so a page that brings its own bundle
 * (the widget's latest figures, a `data-src` file) stays small; `full.ts` is
 * the convenience entry with the full RPW history built in. No DOM, no
 * Preact, no chrome.* here. Fallible functions return `Result` (result.ts).
 *
 * Units: percentages are percent (4.9 = 4.9 %); money is in major units of
 * the currency named next to it (200 = USD 200); volumes are USD millions.
 */
export * from './result.ts';
export type * from './data/types.ts';
export * from './channels.ts';
export * from './periods.ts';
export * from './countries.ts';
export * from './corridors.ts';
export * from './data/detail.ts';
export * from './targets.ts';
export * from './history.ts';
export * from './smart.ts';
export * from './money.ts';
export * from './read-number.ts';
export * from './has-own.ts';
export * from './quote.ts';
export * from './rates.ts';
export * from './parse-quote/index.ts';
export * from './store.ts';
export * from './persist.ts';
export * from './validate-bundle.ts';
export * from './prescan-json.ts';
export * from './parse-json.ts';
export * from './i18n/messages.ts';
export * from './i18n/language-names.ts';
export { en } from './i18n/en.ts';
export { enDetail } from './i18n/en-detail.ts';
export { enQuote } from './i18n/en-quote.ts';
export { enExtension } from './i18n/en-extension.ts';
