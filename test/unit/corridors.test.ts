import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { allCorridors, corridorCosts, corridorCostsIn, FULL_BUNDLE, toAlpha2, verdictFor, type Bundle, type CorridorCosts } from '../../core/full.ts';
import { quartersBetween } from '../../core/periods.ts';
import { MAX_PCT, MIN_PCT } from '../../core/validate-bundle.ts';
import { absurd } from '../fixtures/absurd.ts';
import { importRpw } from '../../scripts/lib/rpw.ts';
import { render, SOURCES_DIR } from '../../scripts/data.ts';

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

  it('shows measured channels only, cheapest first, each with its own quarter and source, and the worldwide averages apart', () => {
    const r = ok(corridorCosts('usa', 'mex'));
    for (const c of r.channels) {
      expect(c.basis).toBe('measured');
      expect(c.source.kind).toBe('computed');
      expect(c.period <= r.period).toBe(true);
    }
    expect(r.channels.map((c) => c.totalPct)).toEqual([...r.channels.map((c) => c.totalPct)].sort((a, b) => a - b));
    // The global channel averages nearest to 2025Q1, each with its own quarter: banks 2025Q3 (14.99).
    expect(r.worldwide.find((w) => w.channel === 'bank')).toMatchObject({ totalPct: 14.99, period: '2025Q3' });
    expect(r.worldwide.find((w) => w.channel === 'mobile_operator')?.period).toBe('2020Q3');
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

  it('every corridor in the bundle gives a finite average, measured channels only, and flags that match its figures', () => {
    for (const c of allCorridors(FULL_BUNDLE)) {
      const r = ok(corridorCosts(c.from, c.to));
      expect(Number.isFinite(r.averagePct)).toBe(true);
      expect(r.channels.every((ch) => ch.basis === 'measured' && Number.isFinite(ch.totalPct))).toBe(true);
      expect(r.flags.includes('extreme')).toBe(r.averagePct > 30 || r.averagePct < 0);
      expect(r.flags.includes('old')).toBe(quartersBetween(r.period, r.newestPeriod) > 4);
      // MTOs are never shown twice: on their own and together with mobile operators.
      const groups = r.channels.map((ch) => ch.channel);
      expect(groups.includes('mto_mobile') && (groups.includes('mto') || groups.includes('mobile_operator'))).toBe(false);
    }
  });

  it('flags TR -> BG (above 30%) and AE -> SD (below zero) as extreme', () => {
    expect(ok(corridorCosts('TR', 'BG')).flags).toContain('extreme');
    const sd = ok(corridorCosts('AE', 'SD'));
    expect(sd.averagePct).toBeLessThan(0);
    expect(sd.flags).toContain('extreme');
  });
});

describe('corridorCostsIn: which measured figure a channel shows (a small bundle)', () => {
  const source = (id: string, over: 'transparent' | 'all' = 'transparent') =>
    ({ id, title: id, location: id, kind: 'computed', licence: 'CC BY 4.0', over }) as const;
  const periods = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1'];
  const base: Bundle = {
    schema: 1,
    variant: 'full',
    sources: [source('corridor'), source('providers'), source('split'), { id: 'report', title: 'report', location: 'r', kind: 'compiled', licence: 'CC BY 4.0' }],
    periods,
    countries: { USA: ['US', 'USD'], MEX: ['MX', 'MXN'] },
    headline: [['2024Q3', 'channel_bank', 12, 3]],
    corridors: { 'USA-MEX': [{ source: 0, start: 0, pct200: [5, null, null, null, null, null, null, null, 4], pct500: [3, null, null, null, null, null, null, null, 2.5] }] },
    volumes: {},
    volumeYear: 2017,
    volumeSource: 0,
    channels: {
      'USA-MEX': [
        { channel: 'bank', source: 1, start: 0, pct200: [9, 8], pct500: [7, 6], providers: [3, 2] },
        { channel: 'mto', source: 1, start: 0, pct200: [4, 3.5], providers: [10, 9] },
        { channel: 'mto_mobile', source: 2, start: 6, pct200: [3, null, null] },
        { channel: 'post_office', source: 2, start: 8, pct200: [6] },
      ],
    },
  };
  const rows = (options = {}) => {
    const r = corridorCostsIn(base, 'US', 'MX', options);
    if (!r.ok) throw new Error(r.error);
    return r.channels.map((c) => [c.channel, c.totalPct, c.period, c.services, c.old, c.priceUsd]);
  };

  it('takes each group\'s latest quarter at or before the corridor\'s; the newer of MTOs and MTOs with mobile operators; old beyond four quarters', () => {
    expect(rows()).toEqual([
      ['mto_mobile', 3, '2024Q3', null, false, 200],
      ['post_office', 6, '2025Q1', null, false, 200],
      ['bank', 8, '2023Q2', 2, true, 200],
    ]);
  });

  it('for an earlier quarter, shows what was measured by then', () => {
    expect(rows({ period: '2023Q1' })).toEqual([
      ['mto', 4, '2023Q1', 10, false, 200],
      ['bank', 9, '2023Q1', 3, false, 200],
    ]);
  });

  it('at the USD 500 price point uses USD 500 figures where the source has them, and says USD 200 where not', () => {
    expect(rows({ amountUsd: 500 })).toEqual([
      ['mto_mobile', 3, '2024Q3', null, false, 200],
      ['post_office', 6, '2025Q1', null, false, 200],
      ['bank', 6, '2023Q2', 2, true, 500],
    ]);
  });

  it('reads the channels of a detail bundle when one is given, and none without', () => {
    const { channels: _, ...latest } = base;
    const without = corridorCostsIn(latest, 'US', 'MX');
    expect(without.ok && without.channels).toEqual([]);
    const withDetail = corridorCostsIn(latest, 'US', 'MX', { detail: base });
    expect(withDetail.ok && withDetail.channels.length).toBe(3);
  });

  it('decides a verdict on the value as displayed', () => {
    expect(verdictFor(5.006, 1)).toBe('between');
    expect(verdictFor(5.006)).toBe('above_5');
    expect(verdictFor(3.04, 1)).toBe('below_3');
    expect(verdictFor(-0.004)).toBe('below_3');
  });
});

describe('corridorCostsIn on a bundle with a provider-level import (test/fixtures/rpw/good.csv)', () => {
  let full: Bundle | undefined;
  // Building the bundle reads 10 MB of sources: seconds on a shared machine.
  beforeAll(async () => {
    const rpw = await importRpw(fileURLToPath(new URL('../fixtures/rpw/good.csv', import.meta.url)));
    full = render(SOURCES_DIR, [rpw])[0]!.bundle as Bundle;
  }, 60_000);

  it('core shows the measured figures from the full bundle', () => {
    const r = ok(corridorCostsIn(full!, 'US', 'MX'));
    expect(r.period).toBe('2025Q1');
    // Cheapest first (which measured figure a channel shows: the small bundle above).
    expect(r.channels.map((c) => [c.channel, c.basis, c.totalPct, c.source.id])).toEqual([
      ['mto', 'measured', 3.65, 'rpw-providers:good.csv'],
      ['mobile_operator', 'measured', 3.8, 'rpw-providers:good.csv'],
      ['post_office', 'measured', 6.4, 'rpw-providers:good.csv'],
      ['bank', 'measured', 9.25, 'rpw-providers:good.csv'],
    ]);
  });
});

describe('corridorCostsIn on absurd but schema-valid bundles', () => {
  it('a global channel average of almost nothing or of 1000% changes no corridor figure: worldwide averages are shown apart, never as the corridor\'s', () => {
    const b = absurd((raw) => {
      for (const r of raw.headline) r[2] = r[1] === 'global_average' ? 1e-300 : 1000;
    });
    const r = corridorCostsIn(b, 'US', 'MX');
    const base = corridorCostsIn(FULL_BUNDLE, 'US', 'MX');
    expect(r.ok && base.ok).toBe(true);
    if (!r.ok || !base.ok) return;
    expect(r.channels).toEqual(base.channels);
    expect(r.averagePct).toBe(base.averagePct);
    for (const c of r.channels) expect(c.totalPct >= MIN_PCT && c.totalPct <= MAX_PCT).toBe(true);
  });

  it('a corridor without any figure says there is no data for it, not "no figure for <nothing>"', () => {
    const b = absurd((raw) => {
      for (const s of raw.corridors['USA-GTM']) s.pct200 = s.pct200.map(() => null);
    });
    expect(corridorCostsIn(b, 'US', 'GT')).toMatchObject({ ok: false, error: 'error_corridor_unknown' });
    // Asked for a quarter it lacks, it still names the quarter.
    expect(corridorCostsIn(FULL_BUNDLE, 'US', 'MX', { period: '1999Q1' })).toMatchObject({ ok: false, error: 'error_period_unavailable' });
  });
});
