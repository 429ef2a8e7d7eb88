/**
 * Reads a money-transfer quote from text the user selected on a provider's page,
 * a receipt, a confirmation e-mail or a text message (the extension's "Check this
 * quote"). Pure: no DOM, no I/O. Three stages, each a pure function in its own file:
 *
 * 1. `tokens.ts` reads figures, currency marks, labels, rate operators and cell
 *    breaks; dates, times, phone and tracking numbers, percents and durations are
 *    dropped there.
 * 2. `candidates.ts` gives each figure its currency and its role: a rate form
 *    (`1 USD = 17.05 MXN`, `17.05 MXN per USD`, `USD/MXN 17.05`), else its label
 *    (in front of it, after it, or on the line above; the strongest kind of word
 *    wins, `labels.ts`), a crossed-out price before a promotional one, a market
 *    price before its change.
 * 3. `assemble.ts` decides the two currencies from labels and the rate's own form,
 *    settles shared marks (`$`, `¥`, `FCFA`, `ريال`) from the other figures, the
 *    hints and the locale's region, picks each field and refuses non-quotes.
 *
 * Decisions on ambiguous text:
 * - A quote needs a transfer context: two of amount, fee, rate and received, or
 *   one of them with a transfer word (send, envío, virement, Überweisung, حوالة,
 *   汇款, भेजें, padala...). Rate boards (several pairs, or figures in three or more
 *   currencies), limits ("send up to $2,999"), prices, market quotes, dates and
 *   phone numbers are refused with `quote_parse_nothing_found`.
 * - A figure is money only with a currency (code, sign, or its label's) or a label.
 * - `1 X = n Y` is a rate only when the left side is exactly 1; a rate printed the
 *   other way round is inverted. Rates that disagree make the selection ambiguous
 *   (`quote_parse_ambiguous`); other conflicting figures leave that field missing.
 * - The rate is never derived from amount and received: whether the fee is taken
 *   out of the amount is not in the text, so the quotient could be wrong.
 * - Values that are negative, zero where zero is meaningless, above 1e9 or not
 *   finite are refused: that field stays missing.
 */
import { isoCode } from './currencies.ts';
import { assembleQuote } from './assemble.ts';
import { findCandidates } from './candidates.ts';
import { normalise, readTokens } from './tokens.ts';
import { MAX_QUOTE_TEXT, type ParseQuoteHints, type ParseQuoteResult } from './types.ts';

export { MAX_QUOTE_TEXT, MAX_QUOTE_VALUE, QUOTE_LANGUAGES } from './types.ts';
export type { ParsedQuote, ParseQuoteError, ParseQuoteHints, ParseQuoteResult, QuoteField, QuoteLang } from './types.ts';

function parse(input: string, hints: ParseQuoteHints | undefined): ParseQuoteResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'quote_parse_empty' };
  if (trimmed.length > MAX_QUOTE_TEXT) return { ok: false, error: 'quote_parse_too_long' };
  const locale = typeof hints?.locale === 'string' && hints.locale.trim() !== '' ? hints.locale.trim() : undefined;
  const tokens = readTokens(normalise(trimmed), locale);
  return assembleQuote(findCandidates(tokens), {
    locale,
    sendCurrency: isoCode(hints?.sendCurrency),
    receiveCurrency: isoCode(hints?.receiveCurrency),
  });
}

/**
 * Reads a quote from selected text. Never throws; every number returned is
 * finite, within [0, 1e9], in major units (amount, fee, received) or
 * receive-currency units per send-currency unit (rate).
 */
export function parseQuote(text: string, hints?: ParseQuoteHints): ParseQuoteResult {
  if (typeof text !== 'string') return { ok: false, error: 'quote_parse_empty' };
  try {
    return parse(text, hints);
  } catch {
    // Selected text is arbitrary input and a context-menu action must not crash;
    // a bug here reads as "nothing found" rather than an exception.
    return { ok: false, error: 'quote_parse_nothing_found' };
  }
}
