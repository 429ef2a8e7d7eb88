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

  // Inputs
  label_from: 'From',
  label_to: 'To',
  label_amount: 'Amount you send ({currency})',
  label_per_year: 'Transfers per year',

  // Channels (RPW firm types)
  channel_bank: 'Banks',
  channel_mto: 'Money transfer operators',
  channel_post_office: 'Post offices',
  channel_mobile_operator: 'Mobile operators',
  channel_mto_mobile: 'Money transfer and mobile operators (together)',

  // Compare table
  // The answer first: one sentence, then the figures behind it (the cheapest channel's sentence comes with them, en-detail.ts).
  answer_average: 'Sending {amount} here costs {pct} on average ({period}): {arrives} arrives.',
  channels_none: 'No channel is measured on its own here.',
  detail_failed: 'Channel and service figures could not be loaded.',
  flag_old: 'Old figure: the newest here is from {period}, while the data goes up to {newest}.',
  flag_negative: 'Below zero: providers’ rates beat the reference rate RPW used, as happens where official and market rates differ.',
  flag_high: 'Unusually high; no figures by service for this quarter show why.',
  yearly_old: 'Uses an old figure ({period}).',
  corridor_average: 'Average cost in this corridor: {pct} ({period})',
  corridor_average_computed: 'computed from RPW data, average of all services',
  corridor_average_official: 'official RPW corridor average',
  corridor_average_method: 'computed from RPW data with the official method (transparent services)',
  price_point: 'RPW prices sending the equivalent of USD {usd}; fees are often fixed, so small amounts cost a larger share.',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: '{p5} target (G8 “5x5”; SDG 10.c limit for any corridor)',
  target_3: '{p3} target (SDG 10.c, by 2030)',
  // {p5} and {p3} arrive formatted like every other percent on the page (5% or 5 %).
  verdict_above_5: 'Above {p5}: costlier than any corridor should be under SDG 10.c.',
  verdict_between: 'Between {p3} and {p5}: under the {p5} limit, above the {p3} target.',
  verdict_below_3: 'At or below {p3}: meets the SDG 10.c target.',
  // Also a corridor average below zero (AE -> SD) shows it, so it stays in the script.
  verdict_negative: 'Below zero: the rate is better than the mid-market rate. Check the figures.',



  // Yearly cost and savings
  yearly_title: 'Over a year: {count} transfers of {amount}',
  yearly_now: 'Cost now',
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
  error_country_unknown: 'Unknown country code “{value}”. Use a code such as US or MEX.',
  error_corridor_unknown: 'There is no price data for sending from {from} to {to}.',
  error_period_unavailable: 'There is no figure for {period} in this corridor.',
  error_per_year_invalid: 'Transfers per year must be a whole number from 1 to 365.',
  error_timeout_invalid: 'data-timeout must be from 100 to 60000 milliseconds.',
  error_lang_unknown: 'Language “{value}” is not available, so this is in {language}.',
  error_view_unknown: 'Unknown view “{value}”, so the current view stays.',
  error_theme_unknown: 'Unknown theme “{value}”, so the current theme stays.',
  data_from_src: 'Figures from {host}: {title}.',
  error_data_load: 'Some data could not be loaded; showing the figures built into this page.',
  error_render: 'The figures cannot be shown on this page ({why}).',
  keeping_last: 'Showing the last valid figures.',


} as const;
