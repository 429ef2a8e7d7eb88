/**
 * What a transfer in a corridor costs, by channel, from the bundle.
 *
 * The corridor average is the official DataBank figure (ATCR.CORR) where it
 * exists for the quarter, otherwise the mean computed from RPW data (labelled
 * as such). A channel's figure is measured (`basis: 'measured'`) where the
 * bundle has the provider-level RPW average for that corridor, channel and
 * quarter (`bundle.channels`, from `npm run data -- --rpw FILE`). Otherwise it
 * is estimated: corridor average x (global channel figure / global average)
 * of the quarter nearest to the corridor's that has both figures. Estimates
 * say so (`basis: 'estimated'`) and carry their method.
 */
import type { Bundle, ChannelSeries, CorridorSeries, Period, SourceInfo } from './data/types.ts';
import type { MessageKey } from './i18n/messages.ts';
import { currencyOf, toAlpha3 } from './countries.ts';
import { comparePeriods, isPeriod, periodTime } from './periods.ts';
import { hasOwn } from './has-own.ts';

export const CHANNELS = ['bank', 'mto', 'post_office', 'mobile_operator'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a channel figure was obtained, so it can be explained in any language. */
export interface ChannelEstimate {
  /** Quarter of the global channel and average figures used for the ratio. */
  readonly ratioPeriod: Period;
  /** Global average cost of the channel in that quarter, percent. */
  readonly channelPct: number;
  /** Global average cost in that quarter, percent. */
  readonly globalPct: number;
}

export interface ChannelCost {
  readonly channel: Channel;
  /** Total cost, percent of the amount sent. */
  readonly totalPct: number;
  readonly basis: 'measured' | 'estimated';
  readonly period: Period;
  readonly source: SourceInfo;
  /** Present when `basis` is `estimated`. */
  readonly estimate?: ChannelEstimate;
}

export interface CorridorCosts {
  readonly ok: true;
  /** Sender and receiver, ISO alpha-3 as in the bundle. */
  readonly from: string;
  readonly to: string;
  readonly sendCurrency: string;
  readonly receiveCurrency: string;
  readonly period: Period;
  /** Corridor average total cost, percent of the amount sent. */
  readonly averagePct: number;
  /** The RPW price point the figures are for: USD 200 or USD 500. */
  readonly priceUsd: 200 | 500;
  /** `official` (DataBank ATCR.CORR) or `computed` (mean of RPW services). */
  readonly basis: 'official' | 'computed';
  readonly source: SourceInfo;
  /** Services averaged, when the source says. */
  readonly providers?: number;
  /** Average FX margin at USD 200, percent, when the source says. */
  readonly fxMarginPct?: number;
  /** One row per channel, in `CHANNELS` order; channels without any figure are left out. */
  readonly channels: readonly ChannelCost[];
}

export interface CorridorSuggestion {
  readonly from: string;
  readonly to: string;
}

export interface CorridorError {
  readonly ok: false;
  readonly error: MessageKey;
  /** Corridors with data from the same sender (empty when the sender is unknown). */
  readonly suggestions: readonly CorridorSuggestion[];
}

export interface CorridorOptions {
  /** A quarter `YYYYQn`; the latest with data when absent. */
  readonly period?: Period;
  /** The amount in USD, to pick the nearer RPW price point (200 or 500). */
  readonly amountUsd?: number;
}

/** One corridor figure for one quarter from one series. */
interface Point {
  readonly period: Period;
  readonly series: CorridorSeries;
  readonly offset: number;
}

/** The method shown as the source of an estimated channel figure. */
export const ESTIMATE_SOURCE: SourceInfo = {
  id: 'estimate-channel-ratio',
  title:
    'Estimate: corridor average x (global channel average / global average) in the nearest quarter with both figures (RPW reports)',
  location: 'core/corridors.ts',
  kind: 'estimate',
  licence: 'CC BY 4.0',
};

function key(from: string, to: string): string {
  return `${from}-${to}`;
}

/** Figures of one series at one offset, null-safe. */
function at(values: readonly (number | null)[] | undefined, offset: number): number | null {
  const v = values?.[offset];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

const pointCache = new WeakMap<readonly CorridorSeries[], readonly Point[]>();

/** Every quarter a corridor has a USD 200 figure for, official series first on ties (computed once per corridor). */
function points(bundle: Bundle, series: readonly CorridorSeries[]): readonly Point[] {
  let found = pointCache.get(series);
  if (!found) {
    found = collectPoints(bundle, series);
    pointCache.set(series, found);
  }
  return found;
}

function collectPoints(bundle: Bundle, series: readonly CorridorSeries[]): Point[] {
  const out: Point[] = [];
  for (const s of series) {
    s.pct200.forEach((v, offset) => {
      const period = bundle.periods[s.start + offset];
      if (v !== null && period !== undefined) out.push({ period, series: s, offset });
    });
  }
  const kindRank = (p: Point) => (bundle.sources[p.series.source]?.kind === 'official' ? 0 : 1);
  return out.sort((a, b) => comparePeriods(a.period, b.period) || kindRank(a) - kindRank(b));
}

/** The point for the asked period (official first), or the latest (official first on ties). */
function choose(all: readonly Point[], period: Period | undefined): Point | undefined {
  if (period !== undefined) return all.find((p) => p.period === period);
  const last = all[all.length - 1];
  if (!last) return undefined;
  return all.find((p) => p.period === last.period);
}

const ratioCache = new WeakMap<Bundle, Map<string, ChannelEstimate | null>>();

/** Global channel-to-average ratio nearest in time to `period`, per channel (computed once per bundle, channel and quarter). */
function channelRatio(bundle: Bundle, channel: Channel, period: Period): ChannelEstimate | null {
  let cache = ratioCache.get(bundle);
  if (!cache) {
    cache = new Map();
    ratioCache.set(bundle, cache);
  }
  const key = `${channel} ${period}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = findChannelRatio(bundle, channel, period);
    cache.set(key, found);
  }
  return found;
}

function findChannelRatio(bundle: Bundle, channel: Channel, period: Period): ChannelEstimate | null {
  const global = new Map<Period, number>();
  for (const [p, indicator, value] of bundle.headline) {
    if (indicator === 'global_average' && p.includes('Q')) global.set(p, value);
  }
  const target = periodTime(period);
  let best: ChannelEstimate | null = null;
  let bestDistance = Infinity;
  for (const [p, indicator, value] of bundle.headline) {
    if (indicator !== `channel_${channel}`) continue;
    const globalPct = global.get(p);
    if (globalPct === undefined || globalPct <= 0) continue;
    const distance = Math.abs(periodTime(p) - target);
    // On equal distance prefer the later quarter: it reflects the newer market.
    if (distance < bestDistance || (distance === bestDistance && best && comparePeriods(p, best.ratioPeriod) > 0)) {
      best = { ratioPeriod: p, channelPct: value, globalPct };
      bestDistance = distance;
    }
  }
  return best;
}

const periodIndexCache = new WeakMap<Bundle, Map<Period, number>>();

/** The index of `period` in the bundle's `periods` (computed once per bundle). */
function periodIndex(bundle: Bundle, period: Period): number | undefined {
  let index = periodIndexCache.get(bundle);
  if (!index) {
    index = new Map(bundle.periods.map((p, i) => [p, i]));
    periodIndexCache.set(bundle, index);
  }
  return index.get(period);
}

/**
 * The measured figure for a corridor, channel and quarter, at the price point
 * in use (USD 500 only when the series has it: a USD 200 figure is never shown
 * for a USD 500 amount), with its source; null when the bundle has none.
 */
function measuredChannel(
  bundle: Bundle,
  corridor: string,
  channel: Channel,
  period: Period,
  use500: boolean,
): { totalPct: number; source: SourceInfo } | null {
  const list: readonly ChannelSeries[] | undefined =
    bundle.channels && hasOwn(bundle.channels, corridor) ? bundle.channels[corridor] : undefined;
  if (!list) return null;
  const index = periodIndex(bundle, period);
  if (index === undefined) return null;
  for (const series of list) {
    if (series.channel !== channel) continue;
    const value = at(use500 ? series.pct500 : series.pct200, index - series.start);
    const source = bundle.sources[series.source];
    if (value !== null && index >= series.start && source) return { totalPct: value, source };
  }
  return null;
}

/** Corridors from one sender, sorted by receiver code. */
export function corridorsFrom(bundle: Bundle, fromAlpha3: string): CorridorSuggestion[] {
  const prefix = `${fromAlpha3}-`;
  return Object.keys(bundle.corridors)
    .filter((k) => k.startsWith(prefix))
    .sort()
    .map((k) => ({ from: fromAlpha3, to: k.slice(4) }));
}

/** Every corridor in the bundle, as alpha-3 pairs. */
export function allCorridors(bundle: Bundle): CorridorSuggestion[] {
  return Object.keys(bundle.corridors)
    .sort()
    .map((k) => ({ from: k.slice(0, 3), to: k.slice(4) }));
}

/**
 * Cost of sending in a corridor, by channel, from `bundle`.
 * `from`/`to`: ISO alpha-2 or alpha-3, any case. Percentages are percent of
 * the amount sent. Never throws: unknown input gives `{ ok: false, error, suggestions }`.
 */
export function corridorCostsIn(
  bundle: Bundle,
  from: unknown,
  to: unknown,
  options: CorridorOptions = {},
): CorridorCosts | CorridorError {
  const a = toAlpha3(from, bundle);
  const b = toAlpha3(to, bundle);
  if (!a) return { ok: false, error: 'error_country_unknown', suggestions: [] };
  if (!b) return { ok: false, error: 'error_country_unknown', suggestions: corridorsFrom(bundle, a) };
  const series = bundle.corridors[key(a, b)];
  if (!series || !hasOwn(bundle.corridors, key(a, b))) {
    return { ok: false, error: 'error_corridor_unknown', suggestions: corridorsFrom(bundle, a) };
  }
  const asked = options.period;
  if (asked !== undefined && (typeof asked !== 'string' || !isPeriod(asked))) {
    return { ok: false, error: 'error_period_unavailable', suggestions: [] };
  }
  const point = choose(points(bundle, series), asked);
  const source = point && bundle.sources[point.series.source];
  const pct200 = point && at(point.series.pct200, point.offset);
  if (!point || !source || pct200 === null || pct200 === undefined) {
    return { ok: false, error: 'error_period_unavailable', suggestions: [] };
  }
  const pct500 = at(point.series.pct500, point.offset);
  const usd = options.amountUsd;
  const use500 = pct500 !== null && typeof usd === 'number' && Number.isFinite(usd) && usd >= 350;
  const averagePct = use500 ? pct500 : pct200;
  const channels: ChannelCost[] = [];
  for (const channel of CHANNELS) {
    const measured = measuredChannel(bundle, key(a, b), channel, point.period, use500);
    if (measured) {
      channels.push({ channel, totalPct: measured.totalPct, basis: 'measured', period: point.period, source: measured.source });
      continue;
    }
    const estimate = channelRatio(bundle, channel, point.period);
    if (!estimate) continue;
    channels.push({
      channel,
      totalPct: (averagePct * estimate.channelPct) / estimate.globalPct,
      basis: 'estimated',
      period: point.period,
      source: ESTIMATE_SOURCE,
      estimate,
    });
  }
  const providers = at(point.series.providers, point.offset);
  const fx = at(point.series.fx200, point.offset);
  return {
    ok: true,
    from: a,
    to: b,
    sendCurrency: currencyOf(a, bundle) ?? 'USD',
    receiveCurrency: currencyOf(b, bundle) ?? 'USD',
    period: point.period,
    averagePct,
    priceUsd: use500 ? 500 : 200,
    basis: source.kind === 'official' ? 'official' : 'computed',
    source,
    ...(providers !== null ? { providers } : {}),
    ...(fx !== null && !use500 ? { fxMarginPct: fx } : {}),
    channels,
  };
}
