/**
 * Periods as RPW writes them: `YYYYQn` for a quarter, `YYYY` for an annual figure.
 */
import type { Period } from './data/types.ts';

const PERIOD = /^(\d{4})(?:Q([1-4]))?$/;

/** Whether `value` is a well-formed period. */
export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

/**
 * A period's position in time, in fractional years, at its middle:
 * 2011Q3 -> 2011.625, 2008 -> 2008.5. Used for ordering and trends.
 */
export function periodTime(period: Period): number {
  let time = TIMES.get(period);
  if (time === undefined) {
    const m = PERIOD.exec(period);
    time = !m ? Number.NaN : m[2] === undefined ? Number(m[1]) + 0.5 : Number(m[1]) + (Number(m[2]) - 0.5) / 4;
    if (TIMES.size < 4096) TIMES.set(period, time);
  }
  return time;
}

/**
 * Times of the periods seen: a bundle has a few dozen, compared in loops over
 * every corridor (sorting, nearest quarter), where the regex was the advocates'
 * view's largest cost. Bounded, so odd input cannot grow it without end.
 */
const TIMES = new Map<string, number>();

/** Orders periods in time. */
export function comparePeriods(a: Period, b: Period): number {
  return periodTime(a) - periodTime(b);
}

/** The calendar year of a period. */
export function periodYear(period: Period): number {
  return Math.floor(periodTime(period));
}

/**
 * A quarter in any spelling RPW files use: `2024_3Q` (the provider-level
 * dataset's own), `2024Q3`, `2024 Q3`, `Q3 2024`; year 2000-2100. Returns
 * `YYYYQn`, or null. The one quarter parser of the repository: the data
 * pipeline reads source files with it.
 */
export function parseQuarter(value: string): Period | null {
  const v = value.trim();
  const m = /^(\d{4})(?:_([1-4])Q| ?Q([1-4]))$/i.exec(v);
  const n = m ? null : /^Q([1-4]) (\d{4})$/i.exec(v);
  const year = m?.[1] ?? n?.[2];
  const q = m?.[2] ?? m?.[3] ?? n?.[1];
  if (year === undefined || q === undefined) return null;
  const y = Number(year);
  return y >= 2000 && y <= 2100 ? `${year}Q${q}` : null;
}

/** How many quarters `later` is after `earlier` (negative when before); NaN unless both are quarters. */
export function quartersBetween(earlier: Period, later: Period): number {
  const a = /^(\d{4})Q([1-4])$/.exec(earlier);
  const b = /^(\d{4})Q([1-4])$/.exec(later);
  if (!a || !b) return Number.NaN;
  return (Number(b[1]) - Number(a[1])) * 4 + Number(b[2]) - Number(a[2]);
}
