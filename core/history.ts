/**
 * What advocates track: a corridor's history from both sources, the
 * corridors above the SDG 10.c limit in the latest quarter, and the shown
 * series as CSV with their sources.
 */
import type { Bundle, Period, SourceInfo } from './data/types.ts';
import { comparePeriods } from './periods.ts';
import { corridorCostsIn } from './corridors.ts';
import type { SeriesPoint } from './targets.ts';
import { hasOwn } from './has-own.ts';

export interface CorridorHistory {
  /** Official DataBank figures (ATCR.CORR), percent, in time order. */
  readonly official: readonly SeriesPoint[];
  /** Means computed from RPW data (not an official series), percent, in time order. */
  readonly computed: readonly SeriesPoint[];
}

/** A corridor's USD 200 cost over time, one series per source kind. `key` is `FROM-TO` in alpha-3. */
export function corridorHistoryIn(bundle: Bundle, key: string): CorridorHistory {
  const official: SeriesPoint[] = [];
  const computed: SeriesPoint[] = [];
  const series = hasOwn(bundle.corridors, key) ? (bundle.corridors[key] ?? []) : [];
  for (const s of series) {
    const source = bundle.sources[s.source];
    if (!source) continue;
    s.pct200.forEach((value, i) => {
      const period = bundle.periods[s.start + i];
      if (value === null || period === undefined) return;
      (source.kind === 'official' ? official : computed).push({ period, valuePct: value, source });
    });
  }
  const byTime = (a: SeriesPoint, b: SeriesPoint) => comparePeriods(a.period, b.period);
  return { official: official.sort(byTime), computed: computed.sort(byTime) };
}

export interface CorridorAbove {
  readonly from: string;
  readonly to: string;
  /** Corridor average, percent. */
  readonly pct: number;
}

export interface CorridorsAbove {
  /** The latest quarter any corridor has a figure for. */
  readonly period: Period;
  /** Corridors with a figure in that quarter. */
  readonly withData: number;
  /** Those costing more than the threshold, costliest first. */
  readonly above: readonly CorridorAbove[];
  /** above / withData, percent. */
  readonly sharePct: number;
  readonly source: SourceInfo | null;
}

/**
 * SDG 10.c asks that no corridor cost more than 5%: the corridors with data
 * in the latest quarter, and those above `thresholdPct` (percent), costliest first.
 */
export function corridorsAboveIn(bundle: Bundle, thresholdPct: number): CorridorsAbove {
  const latest = Object.keys(bundle.corridors)
    .map((key) => {
      const r = corridorCostsIn(bundle, key.slice(0, 3), key.slice(4));
      return r.ok ? r : null;
    })
    .filter((r) => r !== null);
  const periods = latest.map((r) => r.period).sort(comparePeriods);
  const period = periods[periods.length - 1] ?? '';
  const current = latest.filter((r) => r.period === period);
  const above = current
    .filter((r) => r.averagePct > thresholdPct)
    .map((r) => ({ from: r.from, to: r.to, pct: r.averagePct }))
    .sort((a, b) => b.pct - a.pct || (a.from + a.to).localeCompare(b.from + b.to));
  return {
    period,
    withData: current.length,
    above,
    sharePct: current.length ? (above.length / current.length) * 100 : 0,
    source: current[0]?.source ?? null,
  };
}

/** One labelled series for export. */
export interface NamedSeries {
  readonly name: string;
  readonly points: readonly SeriesPoint[];
}

/** The attribution the CC BY 4.0 licence of RPW data requires. */
export const LICENCE_LINE =
  'Source: The World Bank, Remittance Prices Worldwide (remittanceprices.worldbank.org), CC BY 4.0';

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A text field a spreadsheet must not run as a formula (`=HYPERLINK(...)`,
 * `+cmd|...`): source titles can come from a bundle on someone else's site.
 * Numbers are written as numbers and need no guard.
 */
function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/**
 * The series as CSV: `series,period,value_pct,source,source_location`, one row
 * per point, then the licence line as a comment row. Values are percent, as published.
 */
export function seriesCsv(series: readonly NamedSeries[]): string {
  const lines = ['series,period,value_pct,source,source_location'];
  for (const s of series) {
    for (const p of s.points) {
      lines.push([csvText(s.name), csvField(p.period), csvField(p.valuePct), csvText(p.source.title), csvText(p.source.location)].join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n${csvField(`# ${LICENCE_LINE}`)}\r\n`;
}
