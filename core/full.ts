/**
 * The convenience entry: everything `index.ts` has, plus the full RPW history
 * (every quarter of every corridor, about 190 KB gzipped), the services
 * surveyed by name, all eight languages' messages, and the functions of
 * `index.ts` already bound to that data. For scripts, tests and the
 * advocates' view; the widget's script uses `index.ts` with its own latest figures.
 */
import { FULL_BUNDLE } from './data/full.ts';
import { SERVICES_FILE } from './data/services.ts';
import type { Bundle } from './data/types.ts';
import { corridorCostsIn, corridorProvidersIn, type CorridorCosts, type CorridorError, type CorridorOptions, type CorridorProviders } from './corridors.ts';
import { corridorLossIn, globalSeriesIn, type CorridorLoss, type SeriesPoint } from './targets.ts';
import { corridorsAboveIn } from './history.ts';

export * from './index.ts';
export { english, ALL_MESSAGES } from './i18n/all.ts';
export { FULL_BUNDLE, SERVICES_FILE };

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
