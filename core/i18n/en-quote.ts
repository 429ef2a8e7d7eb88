/**
 * English messages of the quote checker only. The widget's script carries
 * en.ts; these come with the full English (`locales/en.json`, fetched like
 * any other language) the first time a widget shows the quote view, so that
 * pages with only the channel comparison do not download them. The extension
 * and every other locale have them as usual (the `Messages` type and
 * test/unit/i18n.test.ts check it).
 */
export const enQuote = {
  title_quote: 'Check a quote',
  label_fee: 'Fee ({currency})',
  label_rate: 'Exchange rate offered',
  label_mid_rate: 'Mid-market rate',
  label_fee_mode: 'How is the fee paid?',
  fee_on_top: 'Added on top of the amount',
  fee_included: 'Taken out of the amount',
  hint_mid_rate: 'The mid-market rate is the one banks use between themselves; search "{send} to {receive}" to find today’s.',
  quote_prompt: 'Enter the quote a provider gave you.',

  // Only a quote can cost less than nothing (a rate better than the mid-market one); channel averages cannot.
  // The answer first: one sentence; {verdict} is a verdict's short form, {versus} one of the three below.
  answer_quote: 'This transfer costs {cost} ({pct}) in all: {verdict}, {versus}.',
  verdict_vs_average_lower: 'cheaper than this corridor’s average of {pct}',
  verdict_vs_average_higher: 'costlier than this corridor’s average of {pct}',
  verdict_vs_average_same: 'about the same as this corridor’s average of {pct}',

  // Quote sanity: no verdict while one of these stands unconfirmed.
  rate_inverted: 'One rate looks written the other way round (about 1 ÷ the other). Flip it or confirm the figures.',
  margin_implausible: 'An exchange-rate margin of {pct} is not plausible: check the rates.',
  flip_rate: 'Flip: {field} = 1 ÷ {from} = {to}',
  confirm_figures: 'The figures are right',

  // Results, and the reference rate offered for the mid-market field
  result_total: 'Total cost',
  result_fee: 'Fee',
  result_fx_margin: 'Hidden exchange-rate margin',
  result_paid: 'You pay',
  result_received: 'Arrives',
  result_at_mid: 'At the mid-market rate, {amount} would buy',
  result_lost: 'Lost to fee and margin',
  use_reference_rate: 'Use the reference rate {rate}',
  yearly_now_average: 'Cost now, at the corridor average',

  // Bad input in the quote fields
  error_fee_invalid: 'Enter the fee as a number, for example 4.99 (0 if there is none).',
  error_fee_negative: 'The fee cannot be below zero.',
  error_fee_not_below_amount: 'When the fee is taken out of the amount, it must be smaller than the amount.',
  error_fee_mode: 'Choose whether the fee is added on top or taken out of the amount.',
  error_quote_invalid: 'These quote figures cannot be read. Enter them again.',
  error_rate_invalid: 'Enter the exchange rate you were offered as a number above zero, for example 17.05.',
  error_mid_rate_invalid: 'Enter the mid-market rate as a number above zero, for example 17.60.',

  // Reference rates (rates-src in the widget, the ECB's in the extension). Here, not in the script, for bytes:
  // a compare view that shows them in English must fetch en.json as the quote view does.
  rate_note: '{source}, {date}',
  rates_failed: 'Reference rates could not be loaded; amounts stay in {currency}.',
  rates_not_covered: 'No reference rate for {currency}; amounts stay in {send}.',
} as const;
