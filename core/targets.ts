/**
 * The targets the world set for the cost of remittances, and progress toward them.
 *
 * - G8 "5x5" (L'Aquila summit, July 2009; adopted by the G20 at Cannes 2011 and
 *   Brisbane 2014): cut the global average from 10% to 5% in five years, by 2014.
 *   Cited in UN report A/67/254 (2012), para. 12.
 * - SDG 10.c (UN General Assembly resolution A/RES/70/1, 2015): by 2030, reduce
 *   the transaction costs of migrant remittances to less than 3% and eliminate
 *   remittance corridors with costs higher than 5%.
 */
import type { Bundle, Period, SourceInfo } from './data/types.ts';
import { comparePeriods, periodTime } from './periods.ts';
import { hasOwn } from './has-own.ts';

export interface Target {
  readonly id: 'g8_5x5' | 'sdg_10c';
  /** Target cost, percent of the amount sent. */
  readonly pct: number;
  /** Year by which it was to be met. */
  readonly year: number;
  /** For SDG 10.c: no corridor should cost more than this, percent. */
  readonly corridorMaxPct?: number;
  readonly source: string;
}

export const TARGETS = {
  g8_5x5: { id: 'g8_5x5', pct: 5, year: 2014, source: 'G8 L’Aquila summit, July 2009 ("5x5"); UN A/67/254 para. 12' },
  sdg_10c: {
    id: 'sdg_10c',
    pct: 3,
    year: 2030,
    corridorMaxPct: 5,
    source: 'UN Sustainable Development Goal target 10.c (A/RES/70/1)',
  },
} as const satisfies Record<string, Target>;

export interface SeriesPoint {
  readonly period: Period;
  /** Percent of the amount sent. */
  readonly valuePct: number;
  readonly source: SourceInfo;
}

/** Headline indicator names in the bundle (`global_average`, `channel_bank`, `region_SSA`, ...). */
export function indicatorsIn(bundle: Bundle): string[] {
  return [...new Set(bundle.headline.map((row) => row[1]))].sort();
}

/** A headline series in time order; empty when the indicator is unknown. */
export function globalSeriesIn(bundle: Bundle, indicator: string): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const [period, name, valuePct, sourceIndex] of bundle.headline) {
    const source = bundle.sources[sourceIndex];
    if (name === indicator && source) out.push({ period, valuePct, source });
  }
  return out.sort((a, b) => comparePeriods(a.period, b.period));
}

export interface Progress {
  readonly latest: SeriesPoint;
  /** Target, percent. */
  readonly targetPct: number;
  /** Latest value minus target, percentage points (negative: below the target). */
  readonly gapPts: number;
  /** Least-squares slope over the fit window, percentage points per year; null with fewer than 2 points. */
  readonly trendPtsPerYear: number | null;
  /**
   * Year the target is reached at that trend: the latest year when already met;
   * null when the trend does not fall or rests on fewer than MIN_TREND_POINTS figures.
   */
  readonly reachedYear: number | null;
  readonly achieved: boolean;
  /** First period used for the trend. */
  readonly fitFrom: Period;
  /** Points used for the trend. */
  readonly fitPoints: number;
}

/** Years of history the trend is fitted over, counted back from the latest point. */
export const TREND_WINDOW_YEARS = 10;
/** Years past the latest figure a trend is projected; a target further off is "not reached at this trend". */
export const PROJECTION_HORIZON_YEARS = 50;
/** Fewest points a trend is fitted through before a year is projected from it. */
export const MIN_TREND_POINTS = 4;

/**
 * Progress of a series toward a target (percent). The trend is an ordinary
 * least-squares line through the points of the last `windowYears` years,
 * time in fractional years at the middle of each period. Null for an empty series.
 */
export function progress(
  series: readonly SeriesPoint[],
  targetPct: number,
  windowYears: number = TREND_WINDOW_YEARS,
): Progress | null {
  const sorted = [...series]
    .filter((p) => Number.isFinite(p.valuePct) && Number.isFinite(periodTime(p.period)))
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = sorted[sorted.length - 1];
  if (!latest || !Number.isFinite(targetPct)) return null;
  const tLatest = periodTime(latest.period);
  const fit = sorted.filter((p) => periodTime(p.period) > tLatest - windowYears);
  const slope = leastSquaresSlope(fit.map((p) => [periodTime(p.period), p.valuePct] as const));
  const gapPts = latest.valuePct - targetPct;
  const achieved = gapPts <= 0;
  let reachedYear: number | null = null;
  // A projection from two or three figures says more about noise than about a trend.
  const projectable = fit.length >= MIN_TREND_POINTS;
  if (achieved) reachedYear = Math.floor(tLatest);
  else if (projectable && slope !== null && slope < 0 && gapPts / -slope <= PROJECTION_HORIZON_YEARS) {
    reachedYear = Math.floor(tLatest + gapPts / -slope);
  }
  return {
    latest,
    targetPct,
    gapPts: gapPts + 0,
    trendPtsPerYear: slope,
    reachedYear,
    achieved,
    fitFrom: fit[0]?.period ?? latest.period,
    fitPoints: fit.length,
  };
}

/** Slope of the least-squares line through (x, y) points; null with fewer than two distinct x. */
export function leastSquaresSlope(points: readonly (readonly [number, number])[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const [x, y] of points) {
    sx += x;
    sy += y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx + 0;
}

export interface CostAtTargets {
  /** Cost at the current rate, major units of the send currency. */
  readonly now: number;
  readonly at5: number;
  readonly at3: number;
  /** now - at5: what would be saved at 5% (negative when already cheaper). */
  readonly saveAt5: number;
  readonly saveAt3: number;
}

export interface Savings {
  readonly perTransfer: CostAtTargets;
  readonly perYear: CostAtTargets;
  readonly timesPerYear: number;
}

function costs(amount: number, costPct: number): CostAtTargets {
  const now = (amount * costPct) / 100;
  const at5 = (amount * TARGETS.g8_5x5.pct) / 100;
  const at3 = (amount * TARGETS.sdg_10c.pct) / 100;
  return { now: now + 0, at5, at3, saveAt5: now - at5 + 0, saveAt3: now - at3 + 0 };
}

/**
 * What transfers cost now and at the 5% and 3% targets.
 * `amount`: major units of the send currency per transfer; `costPct`: percent;
 * `timesPerYear`: transfers a year (default 12, the RPW-style USD 200 monthly pattern).
 */
export function savings(amount: number, costPct: number, timesPerYear = 12): Savings {
  return {
    perTransfer: costs(amount, costPct),
    perYear: costs(amount * timesPerYear, costPct),
    timesPerYear,
  };
}

export interface CorridorLoss {
  /** Yearly volume, USD millions, and its year and source. */
  readonly volumeUsdMillions: number;
  readonly volumeYear: number;
  readonly volumeSource: SourceInfo;
  /** Cost figure used, percent, and its period. */
  readonly costPct: number;
  readonly costPeriod: Period;
  /** Money paid above 5% and above 3% per year, USD millions (0 when below). */
  readonly lostAbove5UsdMillions: number;
  readonly lostAbove3UsdMillions: number;
}

/**
 * Money lost per year in a corridor above each target: volume x (cost - target).
 * The volume (a World Bank estimate for one year) and the cost (one quarter)
 * are different periods; both are returned so they are labelled.
 */
export function corridorLossIn(
  bundle: Bundle,
  corridorKey: string,
  costPct: number,
  costPeriod: Period,
): CorridorLoss | null {
  if (!hasOwn(bundle.volumes, corridorKey)) return null;
  const volume = bundle.volumes[corridorKey];
  const source = bundle.sources[bundle.volumeSource];
  if (volume === undefined || !source || !Number.isFinite(costPct) || !Number.isFinite(volume)) return null;
  const above = (target: number) => Math.max(0, (volume * (costPct - target)) / 100);
  return {
    volumeUsdMillions: volume,
    volumeYear: bundle.volumeYear,
    volumeSource: source,
    costPct,
    costPeriod,
    lostAbove5UsdMillions: above(TARGETS.g8_5x5.pct),
    lostAbove3UsdMillions: above(TARGETS.sdg_10c.pct),
  };
}

export type Verdict = 'negative' | 'below_3' | 'between' | 'above_5';

/**
 * Where a cost (percent) stands against the targets: above the SDG 10.c
 * corridor limit of 5%, between 3% and 5%, at or below the 3% target, or below
 * zero (a rate better than the reference, which deserves a second look).
 */
export function verdictFor(costPct: number, shownDigits = 2): Verdict {
  // Decided on the value as the reader sees it (formatPct with the same
  // digits): 5.006 shown as "5%" is within the 5% target, never "above 5%".
  const f = 10 ** shownDigits;
  const shown = (Math.sign(costPct) * Math.round(Math.abs(costPct) * f)) / f;
  if (shown < 0) return 'negative';
  if (shown <= TARGETS.sdg_10c.pct) return 'below_3';
  if (shown <= TARGETS.g8_5x5.pct) return 'between';
  return 'above_5';
}

/** How a cost compares with a corridor average (percent), within half a point counts as the same. */
export function versusAverage(costPct: number, averagePct: number): 'lower' | 'same' | 'higher' {
  const diff = costPct - averagePct;
  if (Math.abs(diff) < 0.5) return 'same';
  return diff < 0 ? 'lower' : 'higher';
}

/**
 * What a transfer of `amount` (major units) costs at `costPct` (percent), and
 * the value that arrives, in the same currency: amount - cost.
 */
export function transferCost(amount: number, costPct: number): { readonly cost: number; readonly arrives: number } {
  const cost = (amount * costPct) / 100 + 0;
  // A cost above the amount (the data has 104.3 %) leaves nothing to arrive, never a negative sum.
  return { cost, arrives: Math.max(0, amount - cost) + 0 };
}
