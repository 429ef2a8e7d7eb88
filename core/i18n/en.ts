/**
 * English messages shared by the widget and the extension: the reference
 * locale. (Messages only the extension shows are in en-extension.ts, so the
 * widget does not ship them.) Every other locale must have every
 * key (test/unit/i18n.test.ts and the `Messages` type check it).
 * Placeholders are `{name}`; numbers, money and country names arrive already
 * formatted through `Intl` in the reader's locale.
 * Plain language: the reader may be sending money for the first time.
 */
export const en = {
  // Language names are shown in their own language in the language picker.
  language_name: 'English',

  // Views and tabs
  title_compare: 'Sending {amount} from {from} to {to}',
  title_quote: 'Check a quote',

  // Inputs
  label_from: 'From',
  label_to: 'To',
  label_amount: 'Amount you send ({currency})',
  label_per_year: 'Transfers per year',
  label_fee: 'Fee ({currency})',
  label_rate: 'Exchange rate offered',
  label_mid_rate: 'Mid-market rate',
  label_fee_mode: 'How is the fee paid?',
  fee_on_top: 'Added on top of the amount',
  fee_included: 'Taken out of the amount',
  hint_mid_rate: 'The mid-market rate is the one banks use between themselves; search "{send} to {receive}" to find today’s.',

  // Channels (RPW firm types)
  channel_bank: 'Banks',
  channel_mto: 'Money transfer operators',
  channel_post_office: 'Post offices',
  channel_mobile_operator: 'Mobile operators',

  // Compare table
  col_channel: 'Channel',
  col_cost_money: 'Cost of this transfer',
  col_received: 'Arrives (value in {currency})',
  estimated: '(estimate, {period})',
  estimate_note: 'Estimates: the corridor average scaled by how each channel compared with the global average in the quarter shown (banks {bankPeriod}, mobile operators {mobilePeriod}).',
  measured: 'measured',
  corridor_average: 'Average cost in this corridor: {pct} ({period})',
  corridor_average_computed: 'computed from RPW data, average of all services',
  corridor_average_official: 'official RPW corridor average',
  price_point: 'RPW prices sending the equivalent of USD {usd}; fees are often fixed, so small amounts cost a larger share.',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: '{p5} target (G8 “5x5”; SDG 10.c limit for any corridor)',
  target_3: '{p3} target (SDG 10.c, by 2030)',
  // {p5} and {p3} arrive formatted like every other percent on the page (5% or 5 %).
  verdict_above_5: 'Above {p5}: costlier than any corridor should be under SDG 10.c.',
  verdict_between: 'Between {p3} and {p5}: under the {p5} limit, above the {p3} target.',
  verdict_below_3: 'At or below {p3}: meets the SDG 10.c target.',
  verdict_negative: 'Below zero: the rate is better than the mid-market rate. Check the figures.',
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

  // Quote results
  result_total: 'Total cost',
  result_fee: 'Fee',
  result_fx_margin: 'Hidden exchange-rate margin',
  result_paid: 'You pay',
  result_received: 'Arrives',
  result_at_mid: 'At the mid-market rate, {amount} would buy',
  result_lost: 'Lost to fee and margin',
  quote_prompt: 'Enter the quote a provider gave you.',

  // Reference rates (a quote's mid-market rate, rates-src, the ECB in the extension)
  use_reference_rate: 'Use the reference rate {rate}',
  rate_note: '{source}, {date}',
  rates_failed: 'The reference rates could not be loaded, so amounts stay in {currency}.',
  rates_not_covered: 'The reference rates have no rate for {currency}, so amounts stay in {send}.',

  // Yearly cost and savings
  yearly_title: 'Over a year: {count} transfers of {amount}',
  yearly_now: 'Cost now',
  yearly_now_average: 'Cost now, at the corridor average',
  yearly_at_5: 'Cost at {p5}',
  yearly_at_3: 'Cost at {p3}',
  yearly_save_5: 'Saved at {p5}',
  yearly_save_3: 'Saved at {p3}',
  yearly_already_below: 'already below',

  // Data and sources
  source_line: 'Source: World Bank, Remittance Prices Worldwide, CC BY 4.0 ({period})',
  // The computed corridor means' source, said in the reader's language; other source titles are citations and stay as published.
  source_corridor_means: 'Computed from RPW data: simple mean of all services in the corridor (not an official RPW series)',
  // A quarter, as a reader says it: Q1 2025 (RPW writes 2025Q1).
  quarter: 'Q{q} {year}',
  loading: 'Loading…',

  // Messages about bad input: clear, in the reader's language, and the last
  // good state stays on screen.
  error_amount_invalid: 'Enter the amount as a number, for example 200.',
  error_amount_not_positive: 'The amount must be more than zero.',
  error_amount_too_large: 'That amount is too large to check.',
  error_fee_invalid: 'Enter the fee as a number, for example 4.99 (0 if there is none).',
  error_fee_negative: 'The fee cannot be below zero.',
  error_fee_not_below_amount: 'When the fee is taken out of the amount, it must be smaller than the amount.',
  error_fee_mode: 'Choose whether the fee is added on top or taken out of the amount.',
  error_rate_invalid: 'Enter the exchange rate you were offered as a number above zero, for example 17.05.',
  error_mid_rate_invalid: 'Enter the mid-market rate as a number above zero, for example 17.60.',
  error_country_unknown: 'Unknown country code “{code}”. Use a code such as US or MEX.',
  error_corridor_unknown: 'There is no price data for sending from {from} to {to}.',
  error_period_unavailable: 'There is no figure for {period} in this corridor.',
  error_per_year_invalid: 'Transfers per year must be a whole number from 1 to 365.',
  error_lang_unknown: 'Language “{lang}” is not available, so this is in {language}.',
  error_view_unknown: 'Unknown view “{view}”, so the current view stays.',
  error_theme_unknown: 'Unknown theme “{theme}”, so the current theme stays.',
  data_from_src: 'Figures from {host}: {title}.',
  error_data_load: 'Some data could not be loaded; showing the figures built into this page.',
  keeping_last: 'Showing the last valid figures.',


} as const;
