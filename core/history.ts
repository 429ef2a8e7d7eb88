/**
 * What advocates track: a corridor's history from both sources, the
 * corridors above the SDG 10.c limit in the latest quarter, and the shown
 * series as CSV with their sources.
 */
import type { Bundle, Period, SourceInfo } from './data/types.ts';
import { comparePeriods, periodTime } from './periods.ts';
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
  /** Services surveyed and their median cost (percent) in the corridor's latest quarter with service figures, when known. */
  readonly services?: number;
  readonly medianPct?: number;
  /** The average is extreme (above 30% or below 0%: `CorridorCosts.flags`). */
  readonly extreme: boolean;
}

export interface CorridorsAbove {
  /** The latest quarter any corridor has a figure for. */
  readonly period: Period;
  /** Corridors with a figure for `period`: the basis of the share. */
  readonly withData: number;
  /** Those above the threshold, costliest first. */
  readonly above: readonly CorridorAbove[];
  /** `above` as a percent of `withData`. */
  readonly sharePct: number;
  /** The sources of those figures, most used first: which corridors and which services the share is over. */
  readonly sources: readonly { readonly source: SourceInfo; readonly corridors: number }[];
  /**
   * The World Bank's own published share of corridors below 5% in the quarter
   * nearest to `period` (headline `share_corridors_below_5`), to show beside
   * ours, never as it; null where the bundle has none.
   */
  readonly published: { readonly belowPct: number; readonly period: Period; readonly source: SourceInfo } | null;
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
    .map((r): CorridorAbove => ({
      from: r.from,
      to: r.to,
      pct: r.averagePct,
      ...(r.services !== undefined && r.medianPct !== undefined ? { services: r.services, medianPct: r.medianPct } : {}),
      extreme: r.flags.includes('extreme'),
    }))
    .sort((a, b) => b.pct - a.pct || (a.from + a.to).localeCompare(b.from + b.to));
  const bySource = new Map<string, { source: SourceInfo; corridors: number }>();
  for (const r of current) {
    const entry = bySource.get(r.source.id) ?? { source: r.source, corridors: 0 };
    bySource.set(r.source.id, { ...entry, corridors: entry.corridors + 1 });
  }
  // Nearest in time to `period`; the later quarter on ties.
  let published: CorridorsAbove['published'] = null;
  const distance = (p: Period) => Math.abs(periodTime(p) - periodTime(period));
  for (const [p, indicator, value, src] of bundle.headline) {
    const source = bundle.sources[src];
    if (indicator !== 'share_corridors_below_5' || !source) continue;
    const d = published ? distance(p) - distance(published.period) : -1;
    if (d < 0 || (d === 0 && published && comparePeriods(p, published.period) > 0)) published = { belowPct: value, period: p, source };
  }
  return {
    period,
    withData: current.length,
    above,
    sharePct: current.length ? (above.length / current.length) * 100 : 0,
    sources: [...bySource.values()].sort((x, y) => y.corridors - x.corridors),
    published,
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
  // A ";" too: where the reader's spreadsheet splits on ";", an unquoted "a;=cmd" would start a new cell with a formula.
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A text field a spreadsheet must not run as a formula (`=HYPERLINK(...)`,
 * `+cmd|...`): source titles can come from a bundle on someone else's site.
 * Spreadsheets trim leading white space (line feed, space, tab) before looking
 * for a formula and read the fullwidth forms ＝＋－＠ as their ASCII twins, so
 * those starts are guarded too (OWASP, "CSV Injection"). Numbers are written as
 * numbers and need no guard.
 */
function csvText(value: string): string {
  return csvField(/^[\s=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value);
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
