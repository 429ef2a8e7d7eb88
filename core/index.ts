/**
 * The public entry of core: pure functions over the full RPW bundle.
 * No DOM, no Preact, no chrome.* here.
 *
 * Units: percentages are percent (4.9 = 4.9 %); money is in major units of
 * the currency named next to it (200 = USD 200); volumes are USD millions.
 */
import { FULL_BUNDLE } from './data/full.ts';
import { SERVICES_FILE } from './data/services.ts';
import type { Bundle } from './data/types.ts';
import { corridorCostsIn, corridorProvidersIn, type CorridorCosts, type CorridorError, type CorridorOptions, type CorridorProviders } from './corridors.ts';
import { corridorLossIn, globalSeriesIn, type CorridorLoss, type SeriesPoint } from './targets.ts';
import { corridorsAboveIn } from './history.ts';

export { quoteCost, checkQuote, MAX_INPUT } from './quote.ts';
export { parseQuote, MAX_QUOTE_TEXT, MAX_QUOTE_VALUE, QUOTE_LANGUAGES } from './parse-quote/index.ts';
export type { ParsedQuote, ParseQuoteError, ParseQuoteHints, ParseQuoteResult, QuoteField, QuoteLang } from './parse-quote/index.ts';
export type { QuoteInput, QuoteCost, QuoteError, FeeMode } from './quote.ts';
export { CHANNELS, CHANNEL_GROUPS, corridorCostsIn, corridorProvidersIn, corridorsFrom, allCorridors, worldwideChannels, OLD_AFTER_QUARTERS, EXTREME_ABOVE_PCT } from './corridors.ts';
export type { Channel, ChannelGroup, ChannelCost, CorridorCosts, CorridorError, CorridorOptions, CorridorFlag, CorridorProviders, ProviderCost, WorldwideChannel } from './corridors.ts';
export { corridorDetail, detailPath } from './data/detail.ts';
export { channelOfFirmType, isChannelGroup, GROUP_COVERS } from './channels.ts';
export { TARGETS, progress, savings, verdictFor, versusAverage, transferCost, leastSquaresSlope, globalSeriesIn, indicatorsIn, corridorLossIn, TREND_WINDOW_YEARS } from './targets.ts';
export type { Verdict, Target, Progress, Savings, CostAtTargets, SeriesPoint, CorridorLoss } from './targets.ts';
export { toAlpha3, toAlpha2, currencyOf, countryName } from './countries.ts';
export { corridorHistoryIn, corridorsAboveIn, seriesCsv, LICENCE_LINE } from './history.ts';
export type { CorridorHistory, CorridorsAbove, CorridorAbove, NamedSeries } from './history.ts';
export { formatMoney, formatCompactMoney, formatPct, formatNumber, roundToMinor, currencyExponent, isCurrency } from './money.ts';
export { isPeriod, periodTime, comparePeriods, periodYear } from './periods.ts';
export { english, ALL_MESSAGES } from './i18n/all.ts';
export { LOCALES, isLocale, matchLocale, direction, format, translator, isMessages } from './i18n/messages.ts';
export type { Locale, MessageKey, Messages } from './i18n/messages.ts';
export { createCalculatorStore, DEFAULT_INPUTS, EMPTY_QUOTE, STORE_VERSION } from './store.ts';
export type { CalculatorStore, CalculatorState, CalculatorInputs, QuoteFields, StoreOptions, Persistence, Theme, View } from './store.ts';
export { persistence, readInputs, migrate } from './persist.ts';
export type { Bundle, CorridorSeries, SourceInfo, HeadlineRow, Period } from './data/types.ts';
export { FULL_BUNDLE };

/**
 * Cost of sending from `from` to `to` (ISO alpha-2 or alpha-3, any case) by
 * channel, for the latest quarter with data or `options.period`, from the full bundle.
 */
export function corridorCosts(from: unknown, to: unknown, options?: CorridorOptions): CorridorCosts | CorridorError {
  return corridorCostsIn(FULL_BUNDLE, from, to, options);
}

/**
 * The services surveyed by name in a corridor (ISO alpha-2 or alpha-3, any
 * case), cheapest first, in the latest quarter that has them or `options.period`;
 * percentages are percent of the amount sent (USD 200). `{ ok: false, error }` where there are none.
 */
export function corridorProviders(from: unknown, to: unknown, options?: Pick<CorridorOptions, 'period'>): CorridorProviders {
  return corridorProvidersIn({ ...FULL_BUNDLE, services: SERVICES_FILE.services }, from, to, options);
}

/** A headline series (`global_average`, `channel_bank`, `region_SSA`, ...) in time order, percent. */
export function globalSeries(indicator: string): SeriesPoint[] {
  return globalSeriesIn(FULL_BUNDLE, indicator);
}

/**
 * Money lost per year above the 5% and 3% targets in a corridor with a known
 * volume (USD millions, labelled with the volume's year), at its latest cost.
 */
export function corridorLoss(from: unknown, to: unknown, bundle: Bundle = FULL_BUNDLE): CorridorLoss | null {
  const costs = corridorCostsIn(bundle, from, to);
  if (!costs.ok) return null;
  return corridorLossIn(bundle, `${costs.from}-${costs.to}`, costs.averagePct, costs.period);
}

/** The corridors with data in the latest quarter and those above `thresholdPct` (default: the SDG 10.c limit, 5%). */
export function corridorsAbove(thresholdPct = 5) {
  return corridorsAboveIn(FULL_BUNDLE, thresholdPct);
}
