/**
 * Assembling the bundle (`core/data/types.ts`) from parsed sources, deriving
 * the `latest` variant and the services file, and writing them as
 * deterministic JSON.
 */
import { CHANNEL_GROUPS } from '../../core/channels.ts';
import type {
  Bundle,
  ChannelSeries,
  CorridorSeries,
  HeadlineRow,
  ServiceQuarter,
  ServiceRow,
  ServicesFile,
  ServiceStatsSeries,
  SourceInfo,
} from '../../core/data/types.ts';
import { periodTime } from '../../core/periods.ts';
import { countryEntry } from './check.ts';
import type { ChannelDraft, QuarterFigures, SeriesDraft } from './parse.ts';
import type { RpwStats } from './rpw.ts';

/** What the services of one corridor cost, per quarter, from one provider-level source, before layout. */
export interface StatsDraft {
  readonly key: string;
  readonly source: number;
  readonly quarters: ReadonlyMap<string, RpwStats>;
}

/** The services of one corridor in one quarter from one source, cheapest first. */
export interface ServicesDraft {
  readonly key: string;
  readonly source: number;
  readonly quarter: string;
  readonly rows: readonly ServiceRow[];
}

/** Everything the bundle is built from. */
export interface BundleInput {
  /** in bundle order; drafts and rows index into it */
  readonly sources: readonly SourceInfo[];
  /** corridor series from every source */
  readonly series: readonly SeriesDraft[];
  readonly headline: readonly HeadlineRow[];
  /** USD millions by `FROM-TO` key (any corridor) */
  readonly volumes: ReadonlyMap<string, number>;
  readonly volumeYear: number;
  readonly volumeSource: number;
  /** measured channel series (provider-level and channel-split sources) */
  readonly channels?: readonly ChannelDraft[];
  /** SmaRT series, at most one per corridor */
  readonly smart?: readonly SeriesDraft[];
  /** the services' statistics, one draft per corridor and provider-level source */
  readonly serviceStats?: readonly StatsDraft[];
  /** the services, one draft per corridor, quarter and provider-level source */
  readonly services?: readonly ServicesDraft[];
}

/** Plain code-unit order, so output never depends on the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Optional per-quarter fields, in output order. */
const OPTIONAL_FIELDS = ['pct500', 'fx200', 'providers'] as const;

/** Where a draft's quarters sit on the bundle's periods: its first index, and how many periods to its last. */
function span(quarters: Iterable<string>, periodIndex: ReadonlyMap<string, number>): { start: number; length: number } {
  const indexes = [...quarters].map((q) => periodIndex.get(q) ?? 0);
  const start = Math.min(...indexes);
  return { start, length: Math.max(...indexes) - start + 1 };
}

/** One column of a draft laid out from `start`: `null` where the draft has no figure. */
function column<T>(quarters: ReadonlyMap<string, T>, periodIndex: ReadonlyMap<string, number>, start: number, length: number, pick: (figures: T) => number | undefined): (number | null)[] {
  const values: (number | null)[] = Array.from({ length }, () => null);
  for (const [q, figures] of quarters) values[(periodIndex.get(q) ?? 0) - start] = pick(figures) ?? null;
  return values;
}

/**
 * Lay a draft out on the bundle's periods: `start` is the index of its first
 * quarter, and values run to its last quarter, `null` in between where the
 * source has no figure. Optional fields appear only if the source has them.
 */
function layOut(draft: SeriesDraft, periodIndex: ReadonlyMap<string, number>): CorridorSeries {
  const { start, length } = span(draft.quarters.keys(), periodIndex);
  const pick = (f: (figures: QuarterFigures) => number | undefined) => column(draft.quarters, periodIndex, start, length, f);
  const series: Mutable<CorridorSeries> = { source: draft.source, start, pct200: pick((f) => f.pct200) };
  for (const field of OPTIONAL_FIELDS) {
    if ([...draft.quarters.values()].some((f) => f[field] !== undefined)) series[field] = pick((f) => f[field]);
  }
  return series;
}

/** [alpha-2, currency] for every alpha-3 code in the corridor keys, sorted. */
function countriesOf(keys: Iterable<string>): Record<string, [string, string]> {
  const codes = new Set([...keys].flatMap((key) => key.split('-')));
  return Object.fromEntries([...codes].sort(compare).map((code) => [code, countryEntry(code)]));
}

/** Headline rows in time order (then by indicator, for a stable order). */
function sortHeadline(rows: readonly HeadlineRow[]): HeadlineRow[] {
  return [...rows].sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
}

/**
 * The corridors a bundle built from `series` has (`corridors` keys): those
 * with at least one quarter in some series. Volumes, channel, statistics,
 * service and SmaRT series are kept only for these.
 */
export function corridorKeys(series: readonly SeriesDraft[]): Set<string> {
  return new Set(series.filter((draft) => draft.quarters.size > 0).map((draft) => draft.key));
}

/** Group `items` by corridor key, keys sorted, each group sorted by `order`. */
function byCorridor<T extends { readonly key: string }>(items: readonly T[], order: (a: T, b: T) => number): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.key, [...(groups.get(item.key) ?? []), item]);
  return [...groups.keys()].sort(compare).map((key) => [key, (groups.get(key) ?? []).sort(order)]);
}

/**
 * The `full` bundle: every quarter of every series. Empty drafts are dropped;
 * volumes, channel, statistics and SmaRT series are kept only for corridors
 * that have a corridor series (a bundle validator refuses any other key, as
 * `core/validate-bundle.ts` does). Channel series are ordered by
 * `CHANNEL_GROUPS`, then source index; statistics by source index. The
 * services go to `buildServices`, not here.
 */
export function buildFull(input: BundleInput): Bundle {
  const drafts = input.series.filter((draft) => draft.quarters.size > 0);
  const known = corridorKeys(drafts);
  const kept = <T extends { readonly key: string; readonly quarters: ReadonlyMap<string, unknown> }>(draft: T) =>
    draft.quarters.size > 0 && known.has(draft.key);
  const channelDrafts = input.channels?.filter(kept);
  const smartDrafts = input.smart?.filter(kept);
  const statsDrafts = input.serviceStats?.filter(kept);
  const quartersOf = (list: readonly { readonly quarters: ReadonlyMap<string, unknown> }[] | undefined) => (list ?? []).flatMap((d) => [...d.quarters.keys()]);
  const periods = [...new Set([...quartersOf(drafts), ...quartersOf(channelDrafts), ...quartersOf(smartDrafts), ...quartersOf(statsDrafts)])].sort(compare);
  const periodIndex = new Map(periods.map((q, i) => [q, i]));

  const corridors = new Map<string, CorridorSeries[]>();
  for (const draft of drafts) corridors.set(draft.key, [...(corridors.get(draft.key) ?? []), layOut(draft, periodIndex)]);
  const keys = [...corridors.keys()].sort(compare);
  for (const list of corridors.values()) list.sort((a, b) => a.source - b.source);

  const bundle: Bundle = {
    schema: 1,
    variant: 'full',
    sources: input.sources,
    periods,
    countries: countriesOf(keys),
    headline: sortHeadline(input.headline),
    corridors: Object.fromEntries(keys.map((key) => [key, corridors.get(key) ?? []])),
    volumes: Object.fromEntries(keys.filter((key) => input.volumes.has(key)).map((key) => [key, input.volumes.get(key) ?? 0])),
    volumeYear: input.volumeYear,
    volumeSource: input.volumeSource,
  };
  // Measured figures only when given, so a bundle without them has no such keys.
  return {
    ...bundle,
    ...(channelDrafts ? { channels: layOutChannels(channelDrafts, periodIndex) } : {}),
    ...(statsDrafts ? { serviceStats: layOutStats(statsDrafts, periodIndex) } : {}),
    ...(smartDrafts ? { smart: layOutSmart(smartDrafts, periodIndex) } : {}),
  };
}

/** Channel series by corridor key (sorted), each corridor's by `CHANNEL_GROUPS`, then source index. */
function layOutChannels(drafts: readonly ChannelDraft[], periodIndex: ReadonlyMap<string, number>): Record<string, ChannelSeries[]> {
  const rank = (d: ChannelDraft) => CHANNEL_GROUPS.indexOf(d.channel);
  return Object.fromEntries(
    byCorridor(drafts, (a, b) => rank(a) - rank(b) || a.source - b.source).map(([key, list]) => [
      key,
      list.map((draft) => ({ channel: draft.channel, ...layOut(draft, periodIndex) })),
    ]),
  );
}

/** The services' statistics by corridor key (sorted), each corridor's by source index. */
function layOutStats(drafts: readonly StatsDraft[], periodIndex: ReadonlyMap<string, number>): Record<string, ServiceStatsSeries[]> {
  return Object.fromEntries(
    byCorridor(drafts, (a, b) => a.source - b.source).map(([key, list]) => [
      key,
      list.map((draft) => {
        const { start, length } = span(draft.quarters.keys(), periodIndex);
        const pick = (f: (s: RpwStats) => number) => column(draft.quarters, periodIndex, start, length, f);
        return { source: draft.source, start, n: pick((s) => s.n), median: pick((s) => s.median), min: pick((s) => s.min), max: pick((s) => s.max) };
      }),
    ]),
  );
}

/** SmaRT series by corridor key (sorted); a second draft for a corridor is an error. */
function layOutSmart(drafts: readonly SeriesDraft[], periodIndex: ReadonlyMap<string, number>): Record<string, CorridorSeries> {
  const sorted = [...drafts].sort((a, b) => compare(a.key, b.key));
  sorted.forEach((draft, i) => {
    if (i > 0 && sorted[i - 1]?.key === draft.key) throw new Error(`two SmaRT series for corridor ${draft.key} (two provider-level files in the World Bank format cover it)`);
  });
  return Object.fromEntries(sorted.map((draft) => [draft.key, layOut(draft, periodIndex)]));
}

/**
 * The services file (`generated/services.json`): for each corridor of
 * `full`, every quarter and source with services, in time order (then by
 * source index); `sources` as in `full`.
 */
export function buildServices(full: Bundle, drafts: readonly ServicesDraft[]): ServicesFile {
  const kept = drafts.filter((d) => Object.hasOwn(full.corridors, d.key) && d.rows.length > 0);
  const services: Record<string, ServiceQuarter[]> = Object.fromEntries(
    byCorridor(kept, (a, b) => compare(a.quarter, b.quarter) || a.source - b.source).map(([key, list]) => [
      key,
      list.map((d) => ({ period: d.quarter, source: d.source, rows: d.rows })),
    ]),
  );
  return { schema: 1, sources: full.sources, services };
}

/** Preference on a tie between series ending in the same quarter: official data first. */
const KIND_RANK: Readonly<Record<SourceInfo['kind'], number>> = { official: 0, computed: 1, compiled: 2, estimate: 3 };

/**
 * The `latest` bundle: each corridor keeps one series of length 1, its
 * latest quarter, from whichever source reaches the latest quarter (on a tie
 * the official series wins, then the lower source index). `periods` keeps
 * only the quarters still used. No channels, statistics, services or SmaRT:
 * the widget loads a corridor's detail on demand.
 */
export function buildLatest(full: Bundle): Bundle {
  const kind = (source: number) => KIND_RANK[full.sources[source]?.kind ?? 'estimate'];
  const picks: [key: string, series: CorridorSeries, last: string][] = Object.entries(full.corridors).map(([key, list]) => {
    const ranked = list
      .map((series) => ({ series, last: full.periods[series.start + series.pct200.length - 1] ?? '' }))
      .sort((a, b) => compare(b.last, a.last) || kind(a.series.source) - kind(b.series.source) || a.series.source - b.series.source);
    const best = ranked[0];
    if (!best) throw new Error(`corridor ${key} has no series`);
    return [key, best.series, best.last];
  });
  const periods = [...new Set(picks.map(([, , last]) => last))].sort(compare);
  const periodIndex = new Map(periods.map((q, i) => [q, i]));

  // Headline rows the first paint needs: for each channel, its global figure of
  // the quarter nearest to some corridor's latest quarter (core/corridors.ts
  // shows the worldwide channel figure of the nearest quarter; among those with
  // a global average too, for the estimates), and the global averages of those
  // quarters. Sources are re-indexed to the ones still used; the first three
  // (corridor and volume sources) keep their places.
  const headlineKept = firstPaintHeadline(full.headline, periods);
  const used = [...new Set([0, 1, 2, ...headlineKept.map((row) => row[3]), ...picks.map(([, series]) => series.source)])].sort((a, b) => a - b);
  const newIndex = new Map(used.map((old, i) => [old, i]));
  const reindex = (source: number) => newIndex.get(source) ?? 0;
  // The widget shows each source's title; the locations (long URLs) stay in full.json only.
  // `over` stays: the compare view names the average's basis from it (official method or all services).
  const sources = used.flatMap((i) => {
    const source = full.sources[i];
    return source ? [{ ...source, location: 'full.json' }] : [];
  });

  const corridors: Record<string, CorridorSeries[]> = {};
  for (const [key, series, last] of picks) {
    const lastOnly = (values: readonly (number | null)[]) => values.slice(-1);
    const one: Mutable<CorridorSeries> = { source: reindex(series.source), start: periodIndex.get(last) ?? 0, pct200: lastOnly(series.pct200) };
    // The first paint shows the cost at USD 200, and at USD 500 where the sender's currency is the
    // dollar: without exchange rates the widget can only tell a USD 500 transfer from a USD one
    // (core/corridors.ts). Margins and counts stay in the full bundle.
    const sendsUsd = full.countries[key.slice(0, 3)]?.[1] === 'USD';
    if (series.pct500 && sendsUsd) one.pct500 = lastOnly(series.pct500);
    corridors[key] = [one];
  }
  const headline: HeadlineRow[] = headlineKept.map(([period, indicator, value, source]) => [period, indicator, value, reindex(source)]);
  const { channels: _channels, serviceStats: _stats, services: _services, smart: _smart, ...rest } = full;
  return { ...rest, variant: 'latest', sources, periods, headline, corridors, volumes: {} };
}

/**
 * The headline rows `latest` keeps (see `buildLatest`), in their order: per
 * channel, the `channel_*` figure of the quarter nearest to each of
 * `periods` (on a tie the later), once among all its quarters and once among
 * those that also have a `global_average`; and those quarters' global averages.
 */
function firstPaintHeadline(headline: readonly HeadlineRow[], periods: readonly string[]): HeadlineRow[] {
  const global = new Set(headline.filter(([p, name, value]) => name === 'global_average' && p.includes('Q') && value > 0).map(([p]) => p));
  const byChannel = new Map<string, string[]>();
  for (const [p, name] of headline) if (name.startsWith('channel_')) byChannel.set(name, [...(byChannel.get(name) ?? []), p]);
  const nearest = (candidates: readonly string[], period: string): string | undefined => {
    const target = periodTime(period);
    let best: string | undefined;
    for (const p of candidates) {
      const d = Math.abs(periodTime(p) - target);
      const bestD = best === undefined ? Infinity : Math.abs(periodTime(best) - target);
      if (d < bestD || (d === bestD && best !== undefined && periodTime(p) > periodTime(best))) best = p;
    }
    return best;
  };
  const keep = new Set<string>();
  const quarters = new Set<string>();
  for (const [name, list] of byChannel) {
    for (const period of periods) {
      for (const candidates of [list, list.filter((p) => global.has(p))]) {
        const p = nearest(candidates, period);
        if (p === undefined) continue;
        keep.add(`${p} ${name}`);
        if (global.has(p)) quarters.add(p);
      }
    }
  }
  return headline.filter(([p, name]) => keep.has(`${p} ${name}`) || (name === 'global_average' && quarters.has(p)));
}

/**
 * Deterministic JSON: keys in the order the objects were built, the top
 * level and each top-level collection one entry per line (small diffs when a
 * quarter is added), everything deeper compact. Ends with a newline.
 */
export function serialise(bundle: Bundle | ServicesFile): string {
  const block = (value: unknown): string => {
    if (Array.isArray(value) && value.length) return `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length) {
      return `{\n${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
        .join(',\n')}\n}`;
    }
    return JSON.stringify(value);
  };
  return `{\n${Object.entries(bundle)
    .map(([key, value]) => `${JSON.stringify(key)}:${block(value)}`)
    .join(',\n')}\n}\n`;
}

/**
 * The services file as deterministic JSON: like `serialise`, but one
 * corridor-quarter (`ServiceQuarter`) per line, so a new quarter is a few
 * added lines in a diff.
 */
export function serialiseServices(file: ServicesFile): string {
  const corridors = Object.entries(file.services).map(
    ([key, list]) => `${JSON.stringify(key)}:[\n${list.map((q) => JSON.stringify(q)).join(',\n')}\n]`,
  );
  return `{\n"schema":${file.schema},\n"sources":[\n${file.sources.map((s) => JSON.stringify(s)).join(',\n')}\n],\n"services":{\n${corridors.join(',\n')}\n}\n}\n`;
}

/** Counts for the summary line. */
export function stats(bundle: Bundle): {
  corridors: number;
  series: number;
  /** corridor-quarter figures (non-null USD 200 costs) */
  rows: number;
  headline: number;
  volumes: number;
  countries: number;
} {
  const series = Object.values(bundle.corridors).flat();
  return {
    corridors: Object.keys(bundle.corridors).length,
    series: series.length,
    rows: series.reduce((n, s) => n + s.pct200.filter((v) => v !== null).length, 0),
    headline: bundle.headline.length,
    volumes: Object.keys(bundle.volumes).length,
    countries: Object.keys(bundle.countries).length,
  };
}
