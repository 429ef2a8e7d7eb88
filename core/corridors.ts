/**
 * What a transfer in a corridor costs, by channel, from the bundle.
 *
 * The corridor average is the official DataBank figure (ATCR.CORR) where it
 * exists for the quarter, then a mean computed with the official method (over
 * transparent services), then the mean over all surveyed services; each
 * labelled by its source. Channel figures are measured only: the mean over a
 * channel's surveyed services in this corridor (`bundle.channels`, or the
 * corridor's `detail` file), each with its own quarter and service count.
 * No channel figure is ever derived from a global ratio: the global channel
 * averages come back apart, as `worldwide`, to be shown beside the corridor's
 * figures and never as them.
 */
import type { Failure } from './result.ts';
import type { Bundle, ChannelSeries, CorridorSeries, Period, ServiceRow, SourceInfo } from './data/types.ts';
import type { MessageKey } from './i18n/messages.ts';
import { CHANNELS, GROUP_COVERS, type Channel, type ChannelGroup } from './channels.ts';
import { currencyOf, toAlpha3 } from './countries.ts';
import { comparePeriods, isPeriod, periodTime, quartersBetween } from './periods.ts';
import { hasOwn } from './has-own.ts';

export { CHANNELS, CHANNEL_GROUPS } from './channels.ts';
export type { Channel, ChannelGroup } from './channels.ts';

/** A figure is old when its quarter is more than this many quarters before the one it is shown with. */
export const OLD_AFTER_QUARTERS = 4;
/** A corridor average above this, percent, is flagged as extreme (and so is any below 0). */
export const EXTREME_ABOVE_PCT = 30;

/** One channel group's measured cost in the corridor. */
export interface ChannelCost {
  readonly channel: ChannelGroup;
  /** Mean total cost of the group's surveyed services, percent of the amount sent. */
  readonly totalPct: number;
  /** Services averaged; null where the source does not say. */
  readonly services: number | null;
  /** The group's latest measured quarter at or before the corridor's. */
  readonly period: Period;
  readonly source: SourceInfo;
  readonly basis: 'measured';
  /** `period` is more than `OLD_AFTER_QUARTERS` quarters before the corridor's. */
  readonly old: boolean;
  /** The price point of `totalPct` (USD 200 where the source has no USD 500 figure). */
  readonly priceUsd: 200 | 500;
}

/** A global channel average (RPW reports), to show beside the corridor's figures, never as them. */
export interface WorldwideChannel {
  readonly channel: Channel;
  /** Percent. */
  readonly totalPct: number;
  readonly period: Period;
  readonly source: SourceInfo;
}

/**
 * `old`: the corridor's own quarter is more than `OLD_AFTER_QUARTERS` before
 * the newest quarter of the bundle. `extreme`: its average is above
 * `EXTREME_ABOVE_PCT` or below 0.
 */
export type CorridorFlag = 'old' | 'extreme';

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
  /** Measured channel groups only, cheapest first; empty where none is measured (or the detail is not loaded). */
  readonly channels: readonly ChannelCost[];
  /** The global average of each channel in the quarter nearest to `period` that has one. */
  readonly worldwide: readonly WorldwideChannel[];
  /** Surveyed services in `servicesPeriod` (the latest quarter at or before `period` with service figures), when known. */
  readonly services?: number;
  /** Median, lowest and highest total cost of those services, percent. */
  readonly medianPct?: number;
  readonly minPct?: number;
  readonly maxPct?: number;
  readonly servicesPeriod?: Period;
  readonly servicesSource?: SourceInfo;
  readonly flags: readonly CorridorFlag[];
  /** The newest quarter in the bundle, against which `old` is judged. */
  readonly newestPeriod: Period;
}

export interface CorridorSuggestion {
  readonly from: string;
  readonly to: string;
}

/** Unknown countries, corridor or quarter; with the corridors that have data from the same sender (none when the sender is unknown). */
export type CorridorError = Failure<{ readonly suggestions: readonly CorridorSuggestion[] }>;

export interface CorridorOptions {
  /** A quarter `YYYYQn`; the latest with data when absent. */
  readonly period?: Period;
  /** The amount in USD, to pick the nearer RPW price point (200 or 500). */
  readonly amountUsd?: number;
  /**
   * Where the measured channels, service figures and services are read:
   * a corridor `detail` bundle (the widget loads one per corridor on demand);
   * default: `bundle` itself.
   */
  readonly detail?: Bundle;
}

/** One corridor figure for one quarter from one series. */
interface Point {
  readonly period: Period;
  readonly series: CorridorSeries;
  readonly offset: number;
}

function key(from: string, to: string): string {
  return `${from}-${to}`;
}

/** Figures of one series at one offset, null-safe. */
function at(values: readonly (number | null)[] | undefined, offset: number): number | null {
  const v = values?.[offset];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** An own entry of a record, never an inherited one. */
function own<T>(record: Readonly<Record<string, T>> | undefined, k: string): T | undefined {
  return record && hasOwn(record, k) ? record[k] : undefined;
}

const pointCache = new WeakMap<readonly CorridorSeries[], readonly Point[]>();

/** Every quarter a corridor has a USD 200 figure for, best source first on ties (computed once per corridor). */
function points(bundle: Bundle, series: readonly CorridorSeries[]): readonly Point[] {
  let found = pointCache.get(series);
  if (!found) {
    found = collectPoints(bundle, series);
    pointCache.set(series, found);
  }
  return found;
}

/** Official first; then means over transparent services (the official method); then the rest. */
function sourceRank(source: SourceInfo | undefined): number {
  if (source?.kind === 'official') return 0;
  return source?.over === 'transparent' ? 1 : 2;
}

function collectPoints(bundle: Bundle, series: readonly CorridorSeries[]): Point[] {
  const out: Point[] = [];
  for (const s of series) {
    s.pct200.forEach((v, offset) => {
      const period = bundle.periods[s.start + offset];
      if (v !== null && period !== undefined) out.push({ period, series: s, offset });
    });
  }
  const rank = (p: Point) => sourceRank(bundle.sources[p.series.source]);
  return out.sort((a, b) => comparePeriods(a.period, b.period) || rank(a) - rank(b));
}

/** The point for the asked period (best source first), or the latest (best source first on ties). */
function choose(all: readonly Point[], period: Period | undefined): Point | undefined {
  if (period !== undefined) return all.find((p) => p.period === period);
  const last = all[all.length - 1];
  if (!last) return undefined;
  return all.find((p) => p.period === last.period);
}

/** The latest offset of `values` (a column starting at `start`) whose quarter is at or before `period`. */
function latestAtOrBefore(
  bundle: Bundle,
  start: number,
  values: readonly (number | null)[],
  period: Period,
): { offset: number; period: Period } | null {
  for (let offset = values.length - 1; offset >= 0; offset--) {
    const p = bundle.periods[start + offset];
    if (p !== undefined && at(values, offset) !== null && comparePeriods(p, period) <= 0) return { offset, period: p };
  }
  return null;
}

/**
 * The measured channel groups of a corridor at `period`: each group's latest
 * quarter at or before it (a source that counts its services first on ties).
 * Groups that share a channel (MTOs, and MTOs with mobile operators together)
 * are never both shown: the newer figure stands, the more specific on ties.
 */
function measuredChannels(detail: Bundle, corridor: string, period: Period, use500: boolean): ChannelCost[] {
  const list: readonly ChannelSeries[] = own(detail.channels, corridor) ?? [];
  const found: (ChannelCost & { readonly rank: number })[] = [];
  for (const series of list) {
    const latest = latestAtOrBefore(detail, series.start, series.pct200, period);
    const source = detail.sources[series.source];
    if (!latest || !source) continue;
    const pct500 = use500 ? at(series.pct500, latest.offset) : null;
    const services = at(series.providers, latest.offset);
    found.push({
      channel: series.channel,
      totalPct: pct500 ?? at(series.pct200, latest.offset)!,
      services,
      period: latest.period,
      source,
      basis: 'measured',
      old: quartersBetween(latest.period, period) > OLD_AFTER_QUARTERS,
      priceUsd: pct500 === null ? 200 : 500,
      rank: services === null ? 1 : 0,
    });
  }
  found.sort(
    (a, b) =>
      comparePeriods(b.period, a.period) ||
      GROUP_COVERS[a.channel].length - GROUP_COVERS[b.channel].length ||
      a.rank - b.rank,
  );
  const covered = new Set<Channel>();
  const kept: ChannelCost[] = [];
  for (const { rank: _, ...c } of found) {
    const covers = GROUP_COVERS[c.channel];
    if (covers.some((ch) => covered.has(ch))) continue;
    for (const ch of covers) covered.add(ch);
    kept.push(c);
  }
  return kept.sort((a, b) => a.totalPct - b.totalPct);
}

/** The service statistics of the latest quarter at or before `period` (transparent-only sources first on ties). */
function serviceFigures(detail: Bundle, corridor: string, period: Period) {
  let best: { n: number; median: number; min: number; max: number; period: Period; source: SourceInfo } | null = null;
  for (const s of own(detail.serviceStats, corridor) ?? []) {
    const latest = latestAtOrBefore(detail, s.start, s.n, period);
    const source = detail.sources[s.source];
    if (!latest || !source) continue;
    const [n, median, min, max] = [s.n, s.median, s.min, s.max].map((v) => at(v, latest.offset));
    if (n == null || median == null || min == null || max == null) continue;
    const better =
      !best || comparePeriods(latest.period, best.period) > 0 ||
      (latest.period === best.period && sourceRank(source) < sourceRank(best.source));
    if (better) best = { n, median, min, max, period: latest.period, source };
  }
  return best
    ? { services: best.n, medianPct: best.median, minPct: best.min, maxPct: best.max, servicesPeriod: best.period, servicesSource: best.source }
    : {};
}

/** Each channel's global average in the quarter nearest to `period` (the later on ties), with its own quarter and source. */
export function worldwideChannels(bundle: Bundle, period: Period): WorldwideChannel[] {
  const d = (p: Period) => Math.abs(periodTime(p) - periodTime(period));
  const out: WorldwideChannel[] = [];
  for (const channel of CHANNELS) {
    let best: WorldwideChannel | undefined;
    for (const [p, indicator, value, src] of bundle.headline) {
      const source = bundle.sources[src];
      if (indicator !== `channel_${channel}` || !p.includes('Q') || !source) continue;
      if (!best || d(p) < d(best.period) || (d(p) === d(best.period) && comparePeriods(p, best.period) > 0)) best = { channel, totalPct: value, period: p, source };
    }
    if (best) out.push(best);
  }
  return out;
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
    // No quarter asked: the corridor has no figure at all.
    return { ok: false, error: asked === undefined ? 'error_corridor_unknown' : 'error_period_unavailable', suggestions: [] };
  }
  const pct500 = at(point.series.pct500, point.offset);
  const usd = options.amountUsd;
  const use500 = pct500 !== null && typeof usd === 'number' && Number.isFinite(usd) && usd >= 350;
  const averagePct = use500 ? pct500 : pct200;
  const detail = options.detail ?? bundle;
  const newest = bundle.periods[bundle.periods.length - 1] ?? point.period;
  const flags: CorridorFlag[] = [];
  if (quartersBetween(point.period, newest) > OLD_AFTER_QUARTERS) flags.push('old');
  if (averagePct > EXTREME_ABOVE_PCT || averagePct < 0) flags.push('extreme');
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
    channels: measuredChannels(detail, key(a, b), point.period, use500),
    worldwide: worldwideChannels(bundle, point.period),
    ...serviceFigures(detail, key(a, b), point.period),
    flags,
    newestPeriod: newest,
  };
}

/** One surveyed service at USD 200. Percentages are percent of the amount sent. */
export interface ProviderCost {
  /** The firm as RPW names it. */
  readonly firm: string;
  /** Its channel; null for a firm type that names two channels (or none). */
  readonly channel: Channel | null;
  /** The fee in percent of the amount; absent where the source gives no amount (or no fee). */
  readonly feePct?: number;
  /** The exchange-rate margin, percent; absent where the source leaves it empty. */
  readonly fxMarginPct?: number;
  readonly totalPct: number;
}

export type CorridorProviders =
  | { readonly ok: true; readonly period: Period; readonly source: SourceInfo; readonly services: readonly ProviderCost[] }
  | { readonly ok: false; readonly error: MessageKey };

/**
 * The named services surveyed in a corridor, cheapest first: those of the
 * latest quarter that has any, or of `options.period`. Read from
 * `options.detail` (a corridor detail file), else `bundle.services` (core's
 * full entry adds them). `{ ok: false, error }` where there are none.
 */
export function corridorProvidersIn(
  bundle: Bundle,
  from: unknown,
  to: unknown,
  options: Pick<CorridorOptions, 'period' | 'detail'> = {},
): CorridorProviders {
  const a = toAlpha3(from, bundle);
  const b = toAlpha3(to, bundle);
  if (!a || !b) return { ok: false, error: 'error_country_unknown' };
  const asked = options.period;
  if (asked !== undefined && (typeof asked !== 'string' || !isPeriod(asked))) return { ok: false, error: 'error_period_unavailable' };
  const detail = options.detail ?? bundle;
  const quarters = (own(detail.services, key(a, b)) ?? []).filter(
    (q) => q.rows.length > 0 && (asked === undefined || q.period === asked),
  );
  let best = quarters[0];
  for (const q of quarters) {
    const source = detail.sources[q.source];
    const bestSource = best && detail.sources[best.source];
    if (!best || comparePeriods(q.period, best.period) > 0 || (q.period === best.period && sourceRank(source) < sourceRank(bestSource))) best = q;
  }
  const source = best && detail.sources[best.source];
  if (!best || !source) return { ok: false, error: 'error_no_services' };
  const services = best.rows
    .map(([firm, channel, feePct, fxMarginPct, totalPct]: ServiceRow): ProviderCost => ({
      firm,
      channel,
      totalPct,
      ...(feePct === null ? {} : { feePct }),
      ...(fxMarginPct === null ? {} : { fxMarginPct }),
    }))
    .sort((x, y) => x.totalPct - y.totalPct);
  return { ok: true, period: best.period, source, services };
}
