/**
 * The measured channel figures `corridorCosts` shows, recomputed here straight
 * from the source CSVs (the World Bank's provider-level rows and the South
 * Asia corridor file), independently of the data pipeline's code: a
 * corridor's channel is the simple mean of its services' `cc1 total cost %`
 * (transparent ones where the file has the flag), and the South Asia file's
 * bank and MTO-with-mobile columns are taken as published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { channelOfFirmType, corridorCosts, corridorProviders, type ChannelGroup, type CorridorCosts } from '../../core/full.ts';
import { parseQuarter, quartersBetween } from '../../core/periods.ts';

const SOURCES = join(import.meta.dirname, '../../core/data/sources');
const rows = (file: string): Record<string, string>[] => parse(readFileSync(join(SOURCES, file)), { columns: true, skip_empty_lines: true });

/** `FROM-TO quarter group` -> [sum, count] of the services averaged. */
function means(file: string, transparentOnly: boolean): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const r of rows(file)) {
    if (transparentOnly && r.transparent?.trim().toLowerCase() !== 'yes') continue;
    const channel = channelOfFirmType(r.firm_type ?? '');
    const quarter = parseQuarter(r.period ?? '');
    if (!channel || !quarter) continue;
    const key = `${r.source_code}-${r.destination_code} ${quarter} ${channel}`;
    const [s, n] = sums.get(key) ?? [0, 0];
    sums.set(key, [s + Number(r['cc1 total cost %']), n + 1]);
  }
  return new Map([...sums].map(([k, [s, n]]) => [k, s / n]));
}

/** Compares every corridor-quarter whose figure `corridorCosts` shows for that quarter; returns how many matched. */
function compare(expected: Map<string, number>, basis: (r: CorridorCosts, group: ChannelGroup) => boolean = () => true): number {
  let checked = 0;
  const cache = new Map<string, CorridorCosts | null>();
  for (const [key, value] of expected) {
    const [corridor = '', quarter = '', group = ''] = key.split(' ');
    const id = `${corridor} ${quarter}`;
    if (!cache.has(id)) {
      const r = corridorCosts(corridor.slice(0, 3), corridor.slice(4), { period: quarter });
      cache.set(id, r.ok ? r : null);
    }
    const r = cache.get(id);
    const shown = r?.channels.find((c) => c.channel === group && c.period === quarter);
    if (!r || !shown || !basis(r, group as ChannelGroup)) continue;
    expect(Math.abs(shown.totalPct - value), `${key}: shown ${shown.totalPct}, recomputed ${value}`).toBeLessThanOrEqual(0.01);
    checked++;
  }
  return checked;
}

describe('measured channel averages, recomputed from the source CSVs', () => {
  it('World Bank provider-level rows 2011-2014: mean over transparent services', () => {
    const checked = compare(means('rpw-providers-2011q1-2014q2.csv', true));
    expect(checked).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('Africa provider-level rows 2016-2025: mean over all surveyed services', () => {
    const checked = compare(means('rpw-providers-africa-2016q2-2025q1.csv', false));
    expect(checked).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('South Asia and Philippines corridor file: bank and MTO-with-mobile as published, to 2025Q3', () => {
    const expected = new Map<string, number>();
    for (const r of rows('rpw-corridor-bank-mto-2011q1-2025q3-south-asia-philippines.csv')) {
      const corridor = `${r.source_code}-${r.destination_code}`;
      // 2011-2014 quarters have per-service rows too, which are preferred (they count their services).
      if (r.quarter! < '2014Q3') continue;
      if (r.bank_cost_pct) expected.set(`${corridor} ${r.quarter} bank`, Number(r.bank_cost_pct));
      if (r.mto_cost_pct) expected.set(`${corridor} ${r.quarter} mto_mobile`, Number(r.mto_cost_pct));
    }
    const checked = compare(expected);
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('the 55 South Asia corridors have their 2025Q3 averages as the latest figures', () => {
    const latest = rows('rpw-corridor-bank-mto-2011q1-2025q3-south-asia-philippines.csv').filter((r) => r.quarter === '2025Q3');
    expect(latest.length).toBeGreaterThan(40);
    for (const r of latest) {
      const c = corridorCosts(r.source_code, r.destination_code);
      expect(c.ok && c.period).toBe('2025Q3');
      if (c.ok) expect(c.averagePct).toBeCloseTo(Number(r.total_cost_pct), 3);
    }
  });

  it('never shows a channel the corridor has no measured figure for', () => {
    // US -> MX has no surveyed services after 2014: its channels (if any) say their own, older, quarter.
    const r = corridorCosts('US', 'MX');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const c of r.channels) {
      expect(c.basis).toBe('measured');
      expect(c.period <= r.period).toBe(true);
      expect(c.old).toBe(quartersBetween(c.period, r.period) > 4);
    }
  });

  it('corridorProviders names the services of the latest surveyed quarter, cheapest first', () => {
    const p = corridorProviders('GB', 'NG');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.period).toBe('2025Q1');
    expect(p.services.length).toBeGreaterThan(3);
    const totals = p.services.map((s) => s.totalPct);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(p.services.every((s) => s.feePct === undefined && s.firm.length > 0)).toBe(true);
    expect(corridorProviders('US', 'MX', { period: '2014Q2' })).toMatchObject({ ok: true, period: '2014Q2' });
    expect(corridorProviders('US', 'MX', { period: '2020Q3' })).toMatchObject({ ok: false, error: 'error_no_services' });
  });
});
