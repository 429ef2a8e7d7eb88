/**
 * One corridor's detail file: its measured channel series, service statistics,
 * SmaRT series (where the provider-level data gives one) and latest surveyed services, cut out of the full bundle as a small bundle
 * of its own (`variant: 'detail'`). The widget carries only each corridor's
 * latest average and loads this file, from next to its script, when the
 * corridor is shown; `corridorCostsIn(latest, from, to, { detail })` reads it.
 *
 * Sources and quarters are renumbered to the ones the file uses, so each file
 * stands alone and stays small (the largest is reported by `npm run bench`).
 */
import type { Bundle, ChannelSeries, CorridorSeries, Period, ServiceQuarter, ServiceStatsSeries, SourceInfo } from './types.ts';
import { hasOwn } from '../has-own.ts';

/** The file name of a corridor's detail, next to the widget script: `corridors/USA-MEX.json`. */
export function detailPath(key: string): string {
  return `corridors/${key}.json`;
}

/**
 * The detail bundle of corridor `key` (`FROM-TO`, alpha-3) from the full
 * bundle and the services (`generated/services.json`, same source indexes).
 * Keeps every quarter of the channel, statistics and SmaRT series, and the
 * services of the latest quarter only.
 */
export function corridorDetail(full: Bundle, services: Pick<Bundle, 'services'>, key: string): Bundle {
  const own = <T>(r: Readonly<Record<string, T>> | undefined) => (r && hasOwn(r, key) ? r[key] : undefined);
  const channels = own(full.channels) ?? [];
  const stats = own(full.serviceStats) ?? [];
  const smart = own(full.smart);
  const quarters = own(services.services) ?? [];
  const newest = quarters.reduce<Period | undefined>((m, q) => (m === undefined || q.period > m ? q.period : m), undefined);
  const latest = quarters.filter((q) => q.period === newest);

  // Quarters: the span the series use, renumbered from 0.
  const spans = [
    ...channels.map((s) => [s.start, s.start + s.pct200.length]),
    ...stats.map((s) => [s.start, s.start + s.n.length]),
    ...(smart ? [[smart.start, smart.start + smart.pct200.length]] : []),
  ];
  const first = Math.min(...spans.map(([a]) => a!));
  const last = Math.max(...spans.map(([, b]) => b!));
  const periods = spans.length ? full.periods.slice(first, last) : [];
  const shift = spans.length ? first : 0;

  // Sources: the ones used, in their full-bundle order; the corridor's own first when none is.
  const used = [...new Set([...channels.map((s) => s.source), ...stats.map((s) => s.source), ...(smart ? [smart.source] : []), ...latest.map((q) => q.source)])].sort(
    (a, b) => a - b,
  );
  if (!used.length) used.push(own(full.corridors)?.[0]?.source ?? 0);
  const index = new Map(used.map((s, i) => [s, i]));
  const sources: SourceInfo[] = used.map((s) => full.sources[s]!);
  const src = (s: number) => index.get(s)!;

  const [from = '', to = ''] = key.split('-');
  const countries = Object.fromEntries([from, to].filter((c) => hasOwn(full.countries, c)).map((c) => [c, full.countries[c]!]));
  return {
    schema: 1,
    variant: 'detail',
    sources,
    periods,
    countries,
    headline: [],
    corridors: {},
    volumes: {},
    volumeYear: full.volumeYear,
    volumeSource: 0,
    channels: { [key]: channels.map((s): ChannelSeries => ({ ...s, source: src(s.source), start: s.start - shift })) },
    serviceStats: { [key]: stats.map((s): ServiceStatsSeries => ({ ...s, source: src(s.source), start: s.start - shift })) },
    services: { [key]: latest.map((q): ServiceQuarter => ({ ...q, source: src(q.source) })) },
    // Only where the corridor has one: the detail view shows SmaRT when it is there, and nothing otherwise.
    ...(smart ? { smart: { [key]: { ...smart, source: src(smart.source), start: smart.start - shift } satisfies CorridorSeries } } : {}),
  };
}
