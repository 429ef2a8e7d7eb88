import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allCorridors, corridorCosts, FULL_BUNDLE, toAlpha2, type CorridorCosts } from '../../core/index.ts';

const ok = (r: ReturnType<typeof corridorCosts>): CorridorCosts => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r;
};

describe('corridorCosts', () => {
  it('gives the latest USA -> Mexico quarter in the sources with its value and source', () => {
    const r = ok(corridorCosts('US', 'MX'));
    expect(r.from).toBe('USA');
    expect(r.to).toBe('MEX');
    expect(r.period).toBe('2025Q1');
    expect(r.averagePct).toBe(4.978); // rpw-corridor-quarter-means, 2025_1Q, USAMEX, 4.97804347826087
    expect(r.basis).toBe('computed');
    expect(r.source.id).toBe('rpw-corridor-means');
    expect(r.sendCurrency).toBe('USD');
    expect(r.receiveCurrency).toBe('MXN');
    expect(r.priceUsd).toBe(200);
  });

  it('returns one row per channel, each estimated from the nearest quarter with channel figures', () => {
    const r = ok(corridorCosts('usa', 'mex'));
    expect(r.channels.map((c) => c.channel)).toEqual(['bank', 'mto', 'post_office', 'mobile_operator']);
    for (const c of r.channels) {
      expect(c.basis).toBe('estimated');
      expect(c.source.kind).toBe('estimate');
      expect(c.period).toBe('2025Q1');
    }
    const bank = r.channels[0]!;
    // Nearest quarter with a bank figure and a global average to 2025Q1 is 2025Q3: 14.99 / 6.36.
    expect(bank.estimate).toEqual({ ratioPeriod: '2025Q3', channelPct: 14.99, globalPct: 6.36 });
    expect(bank.totalPct).toBeCloseTo((4.978 * 14.99) / 6.36, 10);
    const mobile = r.channels[3]!;
    expect(mobile.estimate?.ratioPeriod).toBe('2020Q3'); // the only quarter with a mobile operator figure
  });

  it('prefers the official DataBank figure for a quarter both sources cover', () => {
    const r = ok(corridorCosts('US', 'MX', { period: '2020Q3' }));
    expect(r.basis).toBe('official');
    expect(r.source.id).toBe('rpw-databank');
    expect(r.averagePct).toBe(4.18);
  });

  it('uses the USD 500 price point for larger USD amounts where the data has it', () => {
    const r = ok(corridorCosts('US', 'MX', { amountUsd: 500 }));
    expect(r.priceUsd).toBe(500);
    expect(r.averagePct).toBe(3.225);
  });

  it('keeps official 2011 quarters', () => {
    const r = ok(corridorCosts('USA', 'MEX', { period: '2011Q1' }));
    expect(r.basis).toBe('official');
  });

  it('says which corridors a sender has when the corridor is unknown', () => {
    const r = corridorCosts('US', 'FR');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('error_corridor_unknown');
    expect(r.suggestions).toContainEqual({ from: 'USA', to: 'MEX' });
    expect(r.suggestions.every((s) => s.from === 'USA')).toBe(true);
  });

  it.each([['ZZ'], ['ZZZ'], [''], [null], [42], ['USAX']])('refuses an unknown sender %o', (code) => {
    expect(corridorCosts(code, 'MX')).toEqual({ ok: false, error: 'error_country_unknown', suggestions: [] });
  });

  it('refuses a period with no figure, or malformed', () => {
    expect(corridorCosts('US', 'MX', { period: '1999Q1' })).toMatchObject({ ok: false, error: 'error_period_unavailable' });
    expect(corridorCosts('US', 'MX', { period: '2020Q9' })).toMatchObject({ ok: false, error: 'error_period_unavailable' });
  });

  it('alpha-2 and alpha-3 lookups agree for every corridor, in any case', () => {
    const corridors = allCorridors(FULL_BUNDLE);
    fc.assert(
      fc.property(fc.constantFrom(...corridors), fc.boolean(), (c, lower) => {
        const a2 = [toAlpha2(c.from, FULL_BUNDLE)!, toAlpha2(c.to, FULL_BUNDLE)!];
        const cased = (s: string) => (lower ? s.toLowerCase() : s);
        expect(corridorCosts(cased(a2[0]!), cased(a2[1]!))).toEqual(corridorCosts(cased(c.from), cased(c.to)));
      }),
      { seed: 1128, numRuns: 300 },
    );
  });

  it('every corridor in the bundle gives a finite average and four channels', () => {
    for (const c of allCorridors(FULL_BUNDLE)) {
      const r = ok(corridorCosts(c.from, c.to));
      expect(Number.isFinite(r.averagePct)).toBe(true);
      expect(r.channels).toHaveLength(4);
    }
  });
});
