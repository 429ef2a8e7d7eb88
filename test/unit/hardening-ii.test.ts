/**
 * Core under absurd but schema-valid bundles: every derived figure finite and
 * within the validator's range, projections within a horizon, nothing negative
 * arriving.
 */
import { describe, expect, it } from 'vitest';
import { corridorCostsIn, FULL_BUNDLE, progress, transferCost, type Bundle, type SeriesPoint } from '../../core/full.ts';
import { MAX_PCT, MIN_PCT, validateBundle } from '../../core/validate-bundle.ts';
import { PROJECTION_HORIZON_YEARS } from '../../core/targets.ts';

/** The shipped bundle through JSON, changed by `change`, validated as a data-src bundle would be. */
function absurd(change: (b: Record<string, any>) => void): Bundle {
  const raw = JSON.parse(JSON.stringify(FULL_BUNDLE));
  change(raw);
  const r = validateBundle(raw);
  if (!r.ok) throw new Error(r.detail);
  return r.bundle;
}

const source = FULL_BUNDLE.sources[0]!;

describe('absurd but valid bundles', () => {
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

  it('a cost above the amount leaves nothing to arrive, never a negative sum', () => {
    expect(transferCost(200, 1000)).toEqual({ cost: 2000, arrives: 0 });
    expect(transferCost(200, 104.33).arrives).toBe(0);
    expect(transferCost(200, 5).arrives).toBe(190);
  });

  it('a trend that falls by a hair projects no year past the horizon', () => {
    const series: SeriesPoint[] = Array.from({ length: 40 }, (_, i) => ({
      period: `${2016 + Math.floor(i / 4)}Q${(i % 4) + 1}`,
      valuePct: 1000 - i * 1e-4,
      source,
    }));
    const p = progress(series, 3);
    expect(p?.trendPtsPerYear).toBeLessThan(0);
    expect(p?.reachedYear).toBeNull();
    // A real trend still projects: 6.36 % falling by 0.2 points a year reaches 3 % in about 17 years.
    const real = series.map((s, i) => ({ ...s, valuePct: 8.31 - i * 0.05 }));
    const q = progress(real, 3);
    expect(q?.reachedYear).toBeGreaterThan(2025);
    expect(q?.reachedYear).toBeLessThanOrEqual(2025 + PROJECTION_HORIZON_YEARS);
  });

  it('the validator refuses a corridor volume no corridor can have', () => {
    const raw = JSON.parse(JSON.stringify(FULL_BUNDLE));
    raw.volumes['USA-MEX'] = 1e308;
    expect(validateBundle(raw)).toMatchObject({ ok: false, error: 'error_data_load', detail: expect.stringMatching(/volumes\.USA-MEX: .* above/) });
  });
});
