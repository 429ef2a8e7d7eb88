/**
 * The public shape of a quote read from selected text, shared by the stages.
 * Unchanged from the single-file parser this folder replaces, so callers
 * (the extension's hand-over, other engineers' code) keep working.
 */
import type { MessageKey } from '../i18n/messages.ts';
import type { Failure } from '../result.ts';

/** Fields the UI asks for when they could not be read. */
export type QuoteField = 'amount' | 'fee' | 'rate' | 'sendCurrency' | 'receiveCurrency';

export interface ParsedQuote {
  /** Amount sent, major units of `sendCurrency` (200 = USD 200). */
  readonly amount?: number;
  /** Fee, major units of `sendCurrency`, or of `feeCurrency` when that is set. */
  readonly fee?: number;
  /** ISO 4217 code of the fee, set only when it differs from `sendCurrency`. */
  readonly feeCurrency?: string;
  /** Provider's rate: `receiveCurrency` units per one `sendCurrency` unit. */
  readonly rate?: number;
  /** ISO 4217, upper case: the currency the text shows being sent (from labels and the rate's own form). */
  readonly sendCurrency?: string;
  /** ISO 4217, upper case: the currency the text shows arriving. */
  readonly receiveCurrency?: string;
  /** Amount the recipient gets, major units of `receiveCurrency`, when stated. */
  readonly received?: number;
  /** What could not be read, so the UI asks only for that. */
  readonly missing: readonly QuoteField[];
}

export type ParseQuoteError = Extract<
  MessageKey,
  'quote_parse_empty' | 'quote_parse_nothing_found' | 'quote_parse_too_long' | 'quote_parse_ambiguous'
>;

export type ParseQuoteResult =
  | { readonly ok: true; readonly quote: ParsedQuote }
  | Failure<{ readonly error: ParseQuoteError }>;

export interface ParseQuoteHints {
  /** BCP 47 tag of the page or the user; breaks `1,000` / `1.000` ties and `$` / `¥` / `FCFA` ties. */
  readonly locale?: string;
  /** ISO 4217 code the user sends, if known (used when the text does not say). */
  readonly sendCurrency?: string;
  /** ISO 4217 code the recipient gets, if known (used when the text does not say). */
  readonly receiveCurrency?: string;
}

/** Longest selection read, in characters (after trimming); a quote is a few lines. */
export const MAX_QUOTE_TEXT = 2000;
/** Largest value accepted, in major units or as a rate. */
export const MAX_QUOTE_VALUE = 1e9;

/** The languages whose labels are read (the product's eight, plus German and Italian). */
export const QUOTE_LANGUAGES = ['en', 'es', 'fr', 'ar', 'zh', 'hi', 'tl', 'pt', 'de', 'it'] as const;
export type QuoteLang = (typeof QUOTE_LANGUAGES)[number];
