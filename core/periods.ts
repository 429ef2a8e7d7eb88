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
  const m = PERIOD.exec(period);
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  return m[2] === undefined ? year + 0.5 : year + (Number(m[2]) - 0.5) / 4;
}

/** Orders periods in time. */
export function comparePeriods(a: Period, b: Period): number {
  return periodTime(a) - periodTime(b);
}

/** The calendar year of a period. */
export function periodYear(period: Period): number {
  return Math.floor(periodTime(period));
}
