/**
 * English messages only a corridor's detail shows (measured channel rows,
 * services surveyed, worldwide averages, their sources). The widget ships
 * them in `remit-data.js` with the views that use them (widget/views/Detail.tsx),
 * not in its main script; every locale still translates them (the `Messages`
 * type and test/unit/i18n.test.ts check it).
 */
export const enDetail = {
  // The answer first, once the measured channels are there (the corridor average's sentence is in en.ts).
  answer_cheapest: 'Cheapest measured way: {channel}, {pct} ({period}). Of {amount}, {arrives} arrives.',
  answer_costliest: '{channel} would take {more} more.',
  // What arrives in the receiving currency, the sending currency's value beside it: "MX$3,080.45 ($176.53)".
  money_both: '{received} ({sent})',
  col_arrives: 'Arrives',
  rates_used: 'Amounts in {currency} at the reference rate 1 {send} = {rate} {currency}: {source}, {date}.',
  compare_rates_failed: 'Reference rates could not be loaded; amounts stay in {currency}.',
  compare_rates_not_covered: 'No reference rate for {currency}; amounts stay in {send}.',
  // SmaRT (RPW): what a well-informed sender can pay, beside what senders pay on average.
  smart: 'SmaRT: {pct} ({period})',
  smart_means: 'The average cost of the three cheapest services that show their fee and exchange rate and deliver within five days: what a well-informed sender can pay.',
  smart_fewer: 'Only {count} services qualified that quarter.',
  col_channel: 'Channel',
  col_cost_money: 'Cost of this transfer',
  col_received: 'Arrives (value in {currency})',
  channel_services: '{period} · {count} services',
  old_figure: 'old figure',
  at_usd_200: 'at USD 200',
  flag_high_services: 'Unusually high: {count} of {total} services surveyed cost more than 30%, up to {max}.',
  flag_high_channel: 'Unusually high: {channel} average {pct}.',
  services_title: 'Cheapest services surveyed ({period})',
  services_all: 'See all {count}',
  services_summary: '{count} services surveyed ({period}): median {median}, from {min} to {max}, {over}.',
  over_all: 'over all surveyed services',
  over_transparent: 'over transparent services (the official method)',
  col_service: 'Service',
  col_fee: 'Fee',
  col_total: 'Total',
  col_margin: 'Margin',
  worldwide_title: 'For reference, worldwide by channel (not this corridor)',
  sources_more: 'Sources of these figures',
  channel_other: 'Other',
  // Core's corridorProviders says it; the widget never shows it.
  error_no_services: 'No service has been surveyed by name in this corridor.',
  error_no_smart: 'No SmaRT figure for this corridor.',
} as const;
