/**
 * A corridor's SmaRT ("Smart Remitter Target", RPW): the average total cost
 * of the three cheapest services that are transparent (they show their fee
 * and rate) and deliver within five days, in the World Bank's provider-level
 * files (RPW methodology, "SmaRT" indicator). It says what a well-informed
 * sender can pay, beside the corridor average that everyone pays on average.
 * Pure: reads the bundle's `smart` series (in `full` and a corridor's detail file).
 */
import type { Bundle, SourceInfo } from './data/types.ts';
import type { MessageKey } from './i18n/messages.ts';
import { toAlpha3 } from './countries.ts';
import { hasOwn } from './has-own.ts';

export interface CorridorSmart {
  readonly ok: true;
  /** Average total cost of sending USD 200 through the cheapest qualifying services, percent. */
  readonly pct: number;
  /** The quarter of that figure (`2014Q2`): the series' latest quarter with one. */
  readonly period: string;
  /** How many services were averaged: 3, or 1-2 when fewer qualified; null when the source does not say. */
  readonly providers: number | null;
  readonly source: SourceInfo;
}

/**
 * The latest SmaRT figure of corridor `from` -> `to` (alpha-2 or alpha-3) in
 * `bundle`, or `error_no_smart` when it has none (most corridors: only the
 * 2011-2014 provider-level file gives it).
 */
export function corridorSmartIn(bundle: Bundle, from: unknown, to: unknown): CorridorSmart | { readonly ok: false; readonly error: MessageKey } {
  const a = toAlpha3(from, bundle);
  const b = toAlpha3(to, bundle);
  if (!a || !b) return { ok: false, error: 'error_country_unknown' };
  const key = `${a}-${b}`;
  const series = bundle.smart && hasOwn(bundle.smart, key) ? bundle.smart[key] : undefined;
  const source = series && bundle.sources[series.source];
  for (let i = (series?.pct200.length ?? 0) - 1; series && source && i >= 0; i--) {
    const pct = series.pct200[i];
    const period = bundle.periods[series.start + i];
    if (pct !== null && pct !== undefined && period) return { ok: true, pct, period, providers: series.providers?.[i] ?? null, source };
  }
  return { ok: false, error: 'error_no_smart' };
}
