import { describe, expect, it } from 'vitest';
import { corridorLoss, FULL_BUNDLE, globalSeries, progress, PROJECTION_HORIZON_YEARS, savings, TARGETS, transferCost, verdictFor, type SeriesPoint } from '../../core/full.ts';

const value = (indicator: string, period: string) => globalSeries(indicator).find((p) => p.period === period)?.valuePct;

describe('the seed figures come out of core exactly', () => {
  it('global average 9.8 (2008), 8.9 (2010Q3), 9.3 (2011Q3), 6.36 latest (2025Q3)', () => {
    expect(value('global_average', '2008')).toBe(9.8);
    expect(value('global_average', '2010Q3')).toBe(8.9);
    expect(value('global_average', '2011Q3')).toBe(9.3);
    const series = globalSeries('global_average');
    expect(series.at(-1)).toMatchObject({ period: '2025Q3', valuePct: 6.36 });
    expect(series[0]!.source.title).toMatch(/A\/67\/254/);
  });

  it('2011Q3 channels: banks 13.7, money transfer operators 7.4, post offices 7.2', () => {
    expect(value('channel_bank', '2011Q3')).toBe(13.7);
    expect(value('channel_mto', '2011Q3')).toBe(7.4);
    expect(value('channel_post_office', '2011Q3')).toBe(7.2);
  });

  it('series are in time order, annual figures at mid-year', () => {
    const periods = globalSeries('global_average').map((p) => p.period);
    expect(periods.slice(0, 3)).toEqual(['2008', '2009Q1', '2010Q3']);
    expect(globalSeries('region_SSA').length).toBeGreaterThan(5);
    expect(globalSeries('no_such_indicator')).toEqual([]);
  });
});

describe('targets', () => {
  it('are the G8 5x5 and SDG 10.c', () => {
    expect(TARGETS.g8_5x5).toMatchObject({ pct: 5, year: 2014 });
    expect(TARGETS.sdg_10c).toMatchObject({ pct: 3, year: 2030, corridorMaxPct: 5 });
  });

  it('verdicts', () => {
    expect(verdictFor(11.7)).toBe('above_5');
    expect(verdictFor(5)).toBe('between');
    expect(verdictFor(3)).toBe('below_3');
    expect(verdictFor(-1)).toBe('negative');
  });
});

const src = globalSeries('global_average')[0]!.source;
const pt = (period: string, valuePct: number): SeriesPoint => ({ period, valuePct, source: src });

describe('progress', () => {
  it('fits a falling line and says when the target is reached', () => {
    const p = progress([pt('2019Q1', 7.5), pt('2020Q1', 7), pt('2021Q1', 6.5), pt('2022Q1', 6)], 5)!;
    expect(p.latest.valuePct).toBe(6);
    expect(p.gapPts).toBe(1);
    expect(p.trendPtsPerYear).toBeCloseTo(-0.5, 10);
    expect(p.reachedYear).toBe(2024); // 2022.125 + 1 / 0.5 = 2024.125
    expect(p.achieved).toBe(false);
    // Three figures are too few to project a year from.
    expect(progress([pt('2020Q1', 7), pt('2021Q1', 6.5), pt('2022Q1', 6)], 5)!.reachedYear).toBeNull();
  });

  it('gives null when the trend does not fall, and the latest year when already met', () => {
    expect(progress([pt('2020Q1', 6), pt('2021Q1', 6.5)], 5)!.reachedYear).toBeNull();
    const met = progress([pt('2020Q1', 6), pt('2021Q1', 2.5)], 3)!;
    expect(met.achieved).toBe(true);
    expect(met.reachedYear).toBe(2021);
    expect(progress([], 5)).toBeNull();
  });

  it('global average against 5x5: gap 1.36 points in 2025Q3', () => {
    const p = progress(globalSeries('global_average'), TARGETS.g8_5x5.pct)!;
    expect(p.gapPts).toBeCloseTo(1.36, 10);
    expect(p.latest.period).toBe('2025Q3');
    expect(p.trendPtsPerYear).toBeLessThan(0);
    expect(p.reachedYear).toBeGreaterThan(2025);
  });
});

describe('savings', () => {
  it('USD 200 twelve times a year at 6.36%: paid now, at 5% and at 3%, and the difference', () => {
    const s = savings(200, 6.36, 12);
    expect(s.perTransfer.now).toBeCloseTo(12.72, 10);
    expect(s.perTransfer.at5).toBe(10);
    expect(s.perTransfer.at3).toBe(6);
    expect(s.perYear.now).toBeCloseTo(152.64, 10);
    expect(s.perYear.saveAt5).toBeCloseTo(32.64, 10);
    expect(s.perYear.saveAt3).toBeCloseTo(80.64, 10);
  });

  it('money lost above each target in a corridor with a known volume, labelled with its year', () => {
    const loss = corridorLoss('US', 'MX')!;
    expect(loss.volumeYear).toBe(2017);
    expect(loss.volumeSource.id).toBe('wb-bilateral-2017');
    expect(loss.costPeriod).toBe('2025Q1');
    expect(loss.lostAbove5UsdMillions).toBe(0); // 4.978 % is below 5 %
    expect(loss.lostAbove3UsdMillions).toBeCloseTo((loss.volumeUsdMillions * (4.978 - 3)) / 100, 10);
    expect(corridorLoss('US', 'CU')).toBeNull(); // no 2017 volume for USA-CUB
  });
});

describe('absurd figures stay within sense', () => {
  const source = FULL_BUNDLE.sources[0]!;

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
});
