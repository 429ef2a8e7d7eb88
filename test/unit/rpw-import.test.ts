/**
 * The provider-level RPW import (`npm run data -- --rpw FILE`, scripts/lib/rpw.js):
 * channel averages and SmaRT on a hand-written fixture, bad rows reported by
 * line, the measured figures in the bundle, and core preferring them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bundle, SourceInfo } from '../../core/data/types.ts';
import { corridorCostsIn, type CorridorCosts } from '../../core/corridors.ts';

// Writing the bundle must not touch the committed files: capture writes instead.
const writes = vi.hoisted(() => new Map<string, string>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeFileSync: (path: string, text: string) => {
      writes.set(path, text);
    },
  };
});

const { formatReport, importRpw, rpwQuarter, RPW_REQUIRED } = await import('../../scripts/lib/rpw.js');
const { main, OUTPUT, render } = await import('../../scripts/data.js');
const { RPW_COLUMNS, writeRpwFixture } = await import('../../scripts/make-rpw-fixture.js');

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/rpw/${name}`, import.meta.url));
const good = fixture('good.csv');
const broken = fixture('broken.csv');

const ok = (r: ReturnType<typeof corridorCostsIn>): CorridorCosts => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r;
};

/** A channel's figures for one quarter from an import. */
async function figures(path: string) {
  const result = await importRpw(path);
  const channel = (key: string, name: string, quarter: string) =>
    result.channels.find((c) => c.key === key && c.channel === name)?.quarters.get(quarter);
  const smart = (key: string, quarter: string) => result.smart.find((s) => s.key === key)?.quarters.get(quarter);
  return { result, channel, smart };
}

describe('rpwQuarter', () => {
  it.each([
    ['2024_3Q', '2024Q3'],
    ['Q3 2024', '2024Q3'],
    ['q1 2025', '2025Q1'],
    ['2024Q4', '2024Q4'],
    [' 2016_2Q ', '2016Q2'],
  ])('reads %o as %s', (value, quarter) => {
    expect(rpwQuarter(value)).toBe(quarter);
  });
  it.each([['2024_5Q'], ['2024_0Q'], ['1999_1Q'], ['2024'], ['2024-3'], [''], ['Q3-2024']])('refuses %o', (value) => {
    expect(rpwQuarter(value)).toBeNull();
  });
});

describe('channel averages on the hand-written fixture (test/fixtures/rpw/good.csv)', () => {
  it('counts every row and reads both period spellings', async () => {
    const { result } = await figures(good);
    expect(result.report).toMatchObject({
      rowsRead: 22,
      rowsUsed: 22,
      badRows: 0,
      reasons: [],
      corridors: 3,
      quarters: ['2024Q4', '2025Q1'],
      byChannel: { bank: 6, mto: 11, post_office: 2, mobile_operator: 2, none: 1 },
      otherFirmTypes: { 'Non-Bank FI': 1 },
      unrecognisedSpeed: {},
      unrecognisedTransparent: {},
      withoutUsd500: 1,
    });
    expect(result.quarters).toEqual(['2024Q4', '2025Q1']);
  });

  it('averages all services of a channel, transparent or not (simple means, RPW rule)', async () => {
    const { channel } = await figures(good);
    // USA-MEX 2025Q1 banks, lines 2-4: (8.00 + 10.50 + 9.25) / 3 = 9.25; USD 500: line 4 has no cc2, (5.00 + 6.00) / 2 = 5.5.
    expect(channel('USA-MEX', 'bank', '2025Q1')).toEqual({ pct200: 9.25, pct500: 5.5, providers: 3 });
    // MTOs, lines 5-9 (9 is slow, 7 not transparent: both count): (4.00 + 3.50 + 2.75 + 1.90 + 5.20) / 5 = 3.47;
    // USD 500: (2.50 + 2.00 + 1.50 + 1.00 + 3.10) / 5 = 2.02.
    expect(channel('USA-MEX', 'mto', '2025Q1')).toEqual({ pct200: 3.47, pct500: 2.02, providers: 5 });
    expect(channel('USA-MEX', 'post_office', '2025Q1')).toEqual({ pct200: 6.4, pct500: 4, providers: 1 });
    expect(channel('USA-MEX', 'mobile_operator', '2025Q1')).toEqual({ pct200: 3.8, pct500: 2.2, providers: 1 });
    // 2024Q4: line 13 spells it `Q4 2024`, lines 14-15 `2024_4Q`. MTOs (4.40 + 3.60) / 2 = 4, (2.70 + 2.10) / 2 = 2.4.
    expect(channel('USA-MEX', 'bank', '2024Q4')).toEqual({ pct200: 8.6, pct500: 5.4, providers: 1 });
    expect(channel('USA-MEX', 'mto', '2024Q4')).toEqual({ pct200: 4, pct500: 2.4, providers: 2 });
    expect(channel('USA-MEX', 'post_office', '2024Q4')).toBeUndefined();
    // GBR-NGA MTOs, lines 17, 18, 21, one negative: (3.20 - 0.50 + 2.60) / 3 = 1.7667 -> 1.767; (1.90 - 0.80 + 1.70) / 3 = 0.9333 -> 0.933.
    expect(channel('GBR-NGA', 'mto', '2025Q1')).toEqual({ pct200: 1.767, pct500: 0.933, providers: 3 });
    expect(channel('GBR-NGA', 'bank', '2025Q1')).toEqual({ pct200: 7.1, pct500: 4.2, providers: 1 });
    // The Non-Bank FI service (line 12) is in no channel.
    const { result } = await figures(good);
    expect(result.channels.map((c) => `${c.key} ${c.channel}`)).toEqual([
      'ARE-IND bank',
      'ARE-IND mto',
      'GBR-NGA bank',
      'GBR-NGA mto',
      'GBR-NGA post_office',
      'GBR-NGA mobile_operator',
      'USA-MEX bank',
      'USA-MEX mto',
      'USA-MEX post_office',
      'USA-MEX mobile_operator',
    ]);
  });

  it('SmaRT: the three cheapest transparent services delivering in 5 days or less', async () => {
    const { smart, result } = await figures(good);
    // USA-MEX 2025Q1: cheaper services are left out: 1.90 (line 8, 6 days or more) and 2.75 (line 7, not
    // transparent). Eligible: 3.00 (Non-Bank FI, line 12), 3.50, 3.80, 4.00, 5.20, 6.40, 8.00 -> (3.00 + 3.50 + 3.80) / 3 = 3.433.
    expect(smart('USA-MEX', '2025Q1')).toEqual({ pct200: 3.433, providers: 3 });
    // GBR-NGA: -0.50, 2.60 (`Yes`), 3.20 (7.10 is the fourth; 2.10 and 5.00 are not transparent) -> 5.30 / 3 = 1.767.
    expect(smart('GBR-NGA', '2025Q1')).toEqual({ pct200: 1.767, providers: 3 });
    // USA-MEX 2024Q4: only two eligible (3.60 is slow): their mean, and how many.
    expect(smart('USA-MEX', '2024Q4')).toEqual({ pct200: 6.5, providers: 2 });
    // ARE-IND: one slow service and one not transparent: no SmaRT.
    expect(result.smart.map((s) => s.key)).toEqual(['GBR-NGA', 'USA-MEX']);
    expect(result.report).toMatchObject({ smartCells: 3, smartPartial: 1, smartNone: 1 });
  });
});

describe('bad rows (test/fixtures/rpw/broken.csv)', () => {
  const expected = [
    'broken.csv:3: source_code: unknown ISO 3166-1 alpha-3 code "US"',
    'broken.csv:4: period: bad period "2025_5Q"',
    'broken.csv:5: cc1 total cost %: not a finite number: "n/a"',
    'broken.csv:6: expected 25 fields, got 24',
    'broken.csv:9: destination_code: unknown ISO 3166-1 alpha-3 code "mex"', // after a blank line 8
    'broken.csv:10: cc1 total cost %: not a finite number: "1e999"',
    'broken.csv:13: cc2 total cost %: not a finite number: "abc"', // after a record spanning lines 11-12
    'broken.csv:14: unreadable CSV record: Invalid Opening Quote',
  ];

  it('reports each by line and goes on', async () => {
    const seen: { line: number; message: string }[] = [];
    const { result, channel } = await figures(broken);
    const again = await importRpw(broken, { onBadRow: (bad) => seen.push(bad) });
    expect(result.report).toMatchObject({ rowsRead: 12, rowsUsed: 4, badRows: 8 });
    expect(result.report.reasons).toHaveLength(8);
    result.report.reasons.forEach((reason, i) => {
      expect(reason.startsWith('test/fixtures/rpw/')).toBe(true);
      expect(reason).toContain(expected[i]);
    });
    expect(seen.map((b) => b.line)).toEqual([3, 4, 5, 6, 9, 10, 13, 14]);
    expect(seen.map((b) => b.message)).toEqual(again.report.reasons);
    // The good rows count, including the one after the multi-line record and the last one, after a broken line:
    // banks lines 2 and 11-12: (8.00 + 6.00) / 2; MTOs lines 7 and 15: (4.00 + 5.00) / 2.
    expect(channel('USA-MEX', 'bank', '2025Q1')).toEqual({ pct200: 7, pct500: 4.5, providers: 2 });
    expect(channel('USA-MEX', 'mto', '2025Q1')).toEqual({ pct200: 4.5, pct500: 2.8, providers: 2 });
  });

  it('keeps the first reasons only, but counts them all', async () => {
    const { report } = await importRpw(broken, { maxReasons: 3 });
    expect(report.badRows).toBe(8);
    expect(report.reasons).toHaveLength(3);
    const text = formatReport(report);
    expect(text).toContain('12 rows read, 4 used, 8 bad');
    expect(text).toContain('... and 5 more');
  });

  it('stops on a header without the required columns', async () => {
    await expect(importRpw(fixture('missing-column.csv'))).rejects.toThrow(
      /test\/fixtures\/rpw\/missing-column\.csv:1: missing column\(s\): cc1 total cost %/,
    );
  });

  it('stops on a missing file', async () => {
    await expect(importRpw(fixture('no-such-file.csv'))).rejects.toThrow(/ENOENT/);
  });
});

describe('npm run data -- --rpw FILE', () => {
  beforeEach(() => writes.clear());

  const quiet = async (run: () => number | Promise<number>) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      return { code: await run(), log: log.mock.calls.flat().join('\n'), error: error.mock.calls.flat().join('\n') };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };

  it('writes both bundles with the measured figures, exit 0', async () => {
    const { code, log } = await quiet(() => main(['--rpw', good]));
    expect(code).toBe(0);
    expect([...writes.keys()]).toEqual([OUTPUT.full, OUTPUT.latest]);
    expect(writes.get(OUTPUT.full)).toContain('"channels":{');
    expect(log).toContain('22 rows read, 22 used, 0 bad; 3 corridors, 2 quarters');
  });

  it('exits 0 with bad rows, listing them on stderr', async () => {
    const { code, error } = await quiet(() => main(['--rpw', broken]));
    expect(code).toBe(0);
    expect(writes.size).toBe(2);
    expect(error).toContain('test/fixtures/rpw/broken.csv:3: source_code');
    expect(error).toContain('test/fixtures/rpw/broken.csv:14: unreadable CSV record');
  });

  it('exits 1 and writes nothing when the header lacks a column', async () => {
    const { code, error } = await quiet(() => main(['--rpw', fixture('missing-column.csv')]));
    expect(code).toBe(1);
    expect(writes.size).toBe(0);
    expect(error).toMatch(/missing-column\.csv:1: missing column\(s\): cc1 total cost %/);
  });

  it('exits 2 without a FILE', async () => {
    expect((await quiet(() => main(['--rpw']))).code).toBe(2);
    expect((await quiet(() => main(['--rpw', '--check']))).code).toBe(2);
  });

  it('--check with --rpw compares, and the committed files (no --rpw) differ', async () => {
    const { code, error } = await quiet(() => main(['--check', `--rpw=${good}`]));
    expect(code).toBe(1);
    expect(error).toContain('out of date');
    expect(writes.size).toBe(0);
  });
});

describe('the bundle with a provider-level import', async () => {
  const rpw = await importRpw(good);
  const [fullFile, latestFile] = render(undefined, rpw);
  const full = fullFile!.bundle;
  const latest = latestFile!.bundle;
  const defaults = render();
  const rpwIndex = full.sources.length - 1;

  it('adds one official source, after all the others, naming the dataset and its quarters', () => {
    expect(full.sources.slice(0, -1)).toEqual(defaults[0]!.bundle.sources);
    expect(full.sources[rpwIndex]).toMatchObject({ id: 'rpw-providers', kind: 'official', licence: 'CC BY 4.0' });
    expect(full.sources[rpwIndex]!.title).toContain('Remittance Prices Worldwide');
    expect(full.sources[rpwIndex]!.title).toContain('2024Q4-2025Q1');
    expect(full.sources[rpwIndex]!.location).toMatch(/^good\.csv: /);
  });

  it('full: channel and SmaRT series in the columnar layout', () => {
    const at = (q: string) => full.periods.indexOf(q);
    expect(full.channels?.['USA-MEX']).toEqual([
      { channel: 'bank', source: rpwIndex, start: at('2024Q4'), pct200: [8.6, 9.25], pct500: [5.4, 5.5], providers: [1, 3] },
      { channel: 'mto', source: rpwIndex, start: at('2024Q4'), pct200: [4, 3.47], pct500: [2.4, 2.02], providers: [2, 5] },
      { channel: 'post_office', source: rpwIndex, start: at('2025Q1'), pct200: [6.4], pct500: [4], providers: [1] },
      { channel: 'mobile_operator', source: rpwIndex, start: at('2025Q1'), pct200: [3.8], pct500: [2.2], providers: [1] },
    ]);
    expect(full.smart?.['USA-MEX']).toEqual({ source: rpwIndex, start: at('2024Q4'), pct200: [6.5, 3.433], providers: [2, 3] });
    expect(Object.keys(full.channels ?? {})).toEqual(['ARE-IND', 'GBR-NGA', 'USA-MEX']);
    expect(Object.keys(full.smart ?? {})).toEqual(['GBR-NGA', 'USA-MEX']);
    // Everything else is the default bundle.
    const { channels: _c, smart: _s, sources: _src, ...rest } = full;
    const { sources: _dsrc, ...defaultRest } = defaults[0]!.bundle;
    expect(rest).toEqual(defaultRest);
  });

  it('latest: the channel figures of the quarter each corridor shows, re-indexed sources, no SmaRT', () => {
    expect(latest.smart).toBeUndefined();
    const source = latest.sources.findIndex((s) => s.id === 'rpw-providers');
    expect(source).toBeGreaterThan(0);
    const start = latest.periods.indexOf('2025Q1');
    expect(latest.channels?.['USA-MEX']).toEqual([
      { channel: 'bank', source, start, pct200: [9.25], pct500: [5.5] },
      { channel: 'mto', source, start, pct200: [3.47], pct500: [2.02] },
      { channel: 'post_office', source, start, pct200: [6.4], pct500: [4] },
      { channel: 'mobile_operator', source, start, pct200: [3.8], pct500: [2.2] },
    ]);
    expect(latest.countries).toEqual(defaults[1]!.bundle.countries);
  });

  it('core shows the measured figures from either bundle', () => {
    for (const bundle of [full, latest]) {
      const r = ok(corridorCostsIn(bundle, 'US', 'MX'));
      expect(r.period).toBe('2025Q1');
      expect(r.channels.map((c) => [c.channel, c.basis, c.totalPct, c.source.id])).toEqual([
        ['bank', 'measured', 9.25, 'rpw-providers'],
        ['mto', 'measured', 3.47, 'rpw-providers'],
        ['post_office', 'measured', 6.4, 'rpw-providers'],
        ['mobile_operator', 'measured', 3.8, 'rpw-providers'],
      ]);
      expect(r.channels.every((c) => c.estimate === undefined)).toBe(true);
      // A corridor the file does not cover keeps its estimates.
      expect(ok(corridorCostsIn(bundle, 'US', 'GT')).channels.every((c) => c.basis === 'estimated')).toBe(true);
    }
    const earlier = ok(corridorCostsIn(full, 'US', 'MX', { period: '2024Q4' }));
    expect(earlier.channels.map((c) => [c.channel, c.basis])).toEqual([
      ['bank', 'measured'],
      ['mto', 'measured'],
      ['post_office', 'estimated'],
      ['mobile_operator', 'estimated'],
    ]);
  });

  it('is deterministic', async () => {
    const again = render(undefined, await importRpw(good));
    expect(again.map((f) => f.text)).toEqual([fullFile!.text, latestFile!.text]);
  });
});

describe('corridorCostsIn with measured channel figures (a small bundle)', () => {
  const src = (id: string, kind: SourceInfo['kind']): SourceInfo => ({ id, title: id, location: id, kind, licence: 'CC BY 4.0' });
  const base: Bundle = {
    schema: 1,
    variant: 'full',
    sources: [src('databank', 'official'), src('means', 'computed'), src('headline', 'compiled'), src('rpw-providers', 'official')],
    periods: ['2024Q4', '2025Q1'],
    countries: { USA: ['US', 'USD'], MEX: ['MX', 'MXN'], GTM: ['GT', 'GTQ'] },
    headline: [
      ['2025Q1', 'global_average', 6.4, 2],
      ['2025Q1', 'channel_bank', 12.8, 2],
      ['2025Q1', 'channel_mto', 5.12, 2],
      ['2025Q1', 'channel_post_office', 6.4, 2],
      ['2025Q1', 'channel_mobile_operator', 3.2, 2],
    ],
    corridors: {
      'USA-MEX': [{ source: 1, start: 0, pct200: [5, 4], pct500: [3, 2.5] }],
      'USA-GTM': [{ source: 1, start: 1, pct200: [6] }],
    },
    volumes: {},
    volumeYear: 2017,
    volumeSource: 2,
  };
  const measured: Bundle = {
    ...base,
    channels: {
      'USA-MEX': [
        { channel: 'bank', source: 3, start: 1, pct200: [9.25], pct500: [5.5] },
        { channel: 'mto', source: 3, start: 0, pct200: [4.4, 3.47] },
        { channel: 'post_office', source: 3, start: 0, pct200: [6, null] },
      ],
    },
  };
  const rows = (bundle: Bundle, options = {}) =>
    ok(corridorCostsIn(bundle, 'USA', 'MEX', options)).channels.map((c) => [c.channel, c.basis, c.totalPct, c.source.id]);

  it('uses a measured figure for its corridor, channel and quarter, the estimate for the others', () => {
    expect(rows(measured)).toEqual([
      ['bank', 'measured', 9.25, 'rpw-providers'],
      ['mto', 'measured', 3.47, 'rpw-providers'],
      ['post_office', 'estimated', 4, 'estimate-channel-ratio'], // null in 2025Q1: 4 x 6.4 / 6.4
      ['mobile_operator', 'estimated', 2, 'estimate-channel-ratio'], // 4 x 3.2 / 6.4
    ]);
  });

  it('matches the quarter shown', () => {
    expect(rows(measured, { period: '2024Q4' })).toEqual([
      ['bank', 'estimated', 10, 'estimate-channel-ratio'], // the bank series starts in 2025Q1: 5 x 12.8 / 6.4
      ['mto', 'measured', 4.4, 'rpw-providers'],
      ['post_office', 'measured', 6, 'rpw-providers'],
      ['mobile_operator', 'estimated', 2.5, 'estimate-channel-ratio'],
    ]);
  });

  it('at USD 500 uses a measured USD 500 figure only', () => {
    expect(rows(measured, { amountUsd: 500 })).toEqual([
      ['bank', 'measured', 5.5, 'rpw-providers'],
      ['mto', 'estimated', 2, 'estimate-channel-ratio'], // no pct500: 2.5 x 5.12 / 6.4, never the USD 200 figure
      ['post_office', 'estimated', 2.5, 'estimate-channel-ratio'],
      ['mobile_operator', 'estimated', 1.25, 'estimate-channel-ratio'],
    ]);
  });

  it('leaves other corridors, and bundles without `channels`, as they were', () => {
    expect(corridorCostsIn(measured, 'US', 'GT')).toEqual(corridorCostsIn(base, 'US', 'GT'));
    expect(rows(base).every(([, basis]) => basis === 'estimated')).toBe(true);
    expect(corridorCostsIn({ ...base }, 'US', 'MX')).toEqual(corridorCostsIn(base, 'US', 'MX'));
  });
});

describe('the synthetic fixture (scripts/make-rpw-fixture.js)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rpw-fixture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is deterministic, in the RPW column format, and imports cleanly', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    await writeRpwFixture(3000, a);
    await writeRpwFixture(3000, b);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const header = readFileSync(a, 'utf8').split('\n', 1)[0]!.split(',');
    expect(header).toEqual(RPW_COLUMNS);
    for (const column of RPW_REQUIRED) expect(header).toContain(column);
    const { report } = await importRpw(a);
    expect(report).toMatchObject({ rowsRead: 3000, rowsUsed: 3000, badRows: 0, unrecognisedSpeed: {}, unrecognisedTransparent: {} });
    expect(Object.values(report.byChannel).every((n) => n > 0)).toBe(true);
    expect(report.otherFirmTypes).toEqual({ 'Non-Bank FI': report.byChannel.none });
    expect(report.quarters).toHaveLength(36);
    expect(report.smartCells).toBeGreaterThan(0);
  });
});

describe('the default build', () => {
  it('still passes `node scripts/data.js --check` (no --rpw: no measured fields)', () => {
    const out = execFileSync(process.execPath, ['scripts/data.js', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
    const committed = JSON.parse(readFileSync(OUTPUT.full, 'utf8')) as Bundle;
    expect(committed.channels).toBeUndefined();
    expect(committed.smart).toBeUndefined();
  });
});
