// @vitest-environment node
/**
 * The data script (scripts/data.ts): the committed bundle is what the script
 * makes from the committed sources, bad rows stop it with `file:line`, a few
 * figures are spot-checked against the source CSVs, and its command line
 * (`--check`, `--rpw FILE`, provider-level files committed in the sources
 * folder) writes, compares and exits as documented.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Building the bundle reads 10 MB of sources: seconds on a shared machine, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

// The command line must not touch the committed files: capture writes instead. `served`
// stands in for the committed output files where a test sets it (for `--check`).
const { writes, served } = vi.hoisted(() => ({ writes: new Map<string, string>(), served: new Map<string, string>() }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeFileSync: (path: string, text: string) => {
      writes.set(path, text);
    },
    existsSync: (path: string) => served.has(path) || fs.existsSync(path),
    readFileSync: ((path: string, ...rest: unknown[]) =>
      served.has(path) ? served.get(path) : (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest)) as typeof fs.readFileSync,
  };
});
import type { Bundle, CorridorSeries, ServicesFile } from '../../core/data/types.ts';
import { CHANNEL_GROUPS } from '../../core/channels.ts';
import { validateBundle } from '../../core/validate-bundle.ts';
import { compactBundle, expandBundle } from '../../core/data/compact.ts';
import { englishWidget } from '../../core/i18n/messages.ts';
import { importRpw } from '../../scripts/lib/rpw.ts';
import {
  renderSources,
  SOURCES_DIR,
  OUTPUT,
  buildFull,
  buildLatest,
  main,
  parseBankMto,
  parseDatabank,
  parseHeadline,
  parseMeans,
  parseVolumes,
  render,
  serialise,
} from '../../scripts/data.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));
const load = (path: string): Bundle => JSON.parse(readFileSync(path, 'utf8')) as Bundle;
const full = load(OUTPUT.full);
const latest = load(OUTPUT.latest);
const services = JSON.parse(readFileSync(OUTPUT.services, 'utf8')) as ServicesFile;

/** The figure of `series` for `period`, or undefined when the series does not cover it. */
function valueAt(bundle: Bundle, series: CorridorSeries, period: string): number | null | undefined {
  return series.pct200[bundle.periods.indexOf(period) - series.start];
}

describe('committed bundle', () => {
  it('is exactly what the script generates from the committed sources (full, latest and services)', async () => {
    // renderSources also imports the committed rpw-providers*.csv, as `npm run data` does.
    const files = await renderSources();
    expect(files.map((f) => f.path)).toEqual([OUTPUT.full, OUTPUT.latest, OUTPUT.services]);
    for (const { path, text } of files) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('passes `tsx scripts/data.ts --check`', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/data.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('is deterministic', () => {
    expect(render().map((f) => f.text)).toEqual(render().map((f) => f.text));
  });
});

describe('malformed rows stop with file:line', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['bad ISO code', () => parseDatabank(fixture('databank-bad-iso.csv'), 0), /databank-bad-iso\.csv:3: Sending Countries Code: unknown .*"ZZZ"/],
    ['bad period in a DataBank header', () => parseDatabank(fixture('databank-bad-period.csv'), 0), /databank-bad-period\.csv:1: .*"2016Q5"/],
    ['bad period in the means', () => parseMeans(fixture('means-bad-period.csv'), 1), /means-bad-period\.csv:3: period: bad period "2016_5Q"/],
    ['annual period out of range', () => parseHeadline(fixture('headline-bad-period.csv'), 3), /headline-bad-period\.csv:3: period: bad period "1999"/],
    ['non-numeric value', () => parseMeans(fixture('means-non-numeric.csv'), 1), /means-non-numeric\.csv:2: avg_cost_pct_500usd: not a number: "n\/a"/],
    ['non-numeric volume with codes', () => parseVolumes(fixture('bilateral-non-numeric.csv'), 'usd_millions_2017'), /bilateral-non-numeric\.csv:5: usd_millions_2017: not a number/],
    ['missing headline source', () => parseHeadline(fixture('headline-missing-source.csv'), 3), /headline-missing-source\.csv:3: source: missing/],
  ];
  it.each(cases)('%s', (_name, run, message) => {
    expect(run).toThrow(message);
  });

  it('makes the command exit 1 with the message on stderr', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main(['--check'], fixture('sources-bad-headline'))).toBe(1);
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/sources-bad-headline\/rpw-headline-figures\.csv:3: source: missing$/));
    } finally {
      errors.mockRestore();
    }
  });
});

describe('parsing and building on fixtures', () => {
  const databank = parseDatabank(fixture('databank-ok.csv'), 0);
  const means = parseMeans(fixture('means-ok.csv'), 1);
  const fixtureFull = buildFull({
    sources: [
      { id: 'a', title: 'A', location: 'a', kind: 'official', licence: 'x' },
      { id: 'b', title: 'B', location: 'b', kind: 'computed', licence: 'x' },
      { id: 'c', title: 'C', location: 'c', kind: 'estimate', licence: 'x' },
    ],
    series: [...means, ...databank],
    headline: [['2012', 'global_average', 8.96, 0], ['2011Q3', 'global_average', 9.3, 0]],
    volumes: new Map([['USA-MEX', 30019.187], ['FRA-MAR', 1]]),
    volumeYear: 2017,
    volumeSource: 2,
  });
  const fixtureLatest = buildLatest(fixtureFull);

  it('skips the DataBank footer, maps `..` to no data, trims and rounds to 3 decimals', () => {
    expect(databank.map((d) => d.key)).toEqual(['USA-MEX', 'DEU-KSV']);
    expect(fixtureFull.periods).toEqual(['2016Q2', '2016Q3', '2016Q4', '2017Q1']);
    expect(fixtureFull.corridors['USA-MEX']?.[0]).toEqual({ source: 0, start: 1, pct200: [5.235] });
    expect(fixtureFull.corridors['DEU-KSV']?.[0]).toEqual({ source: 0, start: 0, pct200: [6.1, 6.2, 6.3] });
  });

  it('keeps negative means, nulls for gaps, and the means fields', () => {
    expect(fixtureFull.corridors['USA-MEX']?.[1]).toEqual({
      source: 1,
      start: 1,
      pct200: [5.1, null, 4.978],
      pct500: [3.2, null, 3.2],
      fx200: [-0.123, null, 1.4],
      providers: [10, null, 12],
    });
  });

  it('keeps volumes only for corridors with series, and sorts headline by time', () => {
    expect(fixtureFull.volumes).toEqual({ 'USA-MEX': 30019.187 });
    expect(fixtureFull.headline.map((r) => r[0])).toEqual(['2011Q3', '2012']);
    expect(fixtureFull.countries).toEqual({ DEU: ['DE', 'EUR'], KSV: ['XK', 'EUR'], MEX: ['MX', 'MXN'], USA: ['US', 'USD'] });
  });

  it('latest: the later source wins, the official one on a tie', () => {
    expect(fixtureLatest.periods).toEqual(['2016Q4', '2017Q1']);
    expect(fixtureLatest.corridors['USA-MEX']).toEqual([
      { source: 1, start: 1, pct200: [4.978], pct500: [3.2] },
    ]);
    // The first paint needs no volumes; they stay in the full bundle.
    expect(fixtureLatest.volumes).toEqual({});
    const channelPeriods = new Set(fixtureLatest.headline.filter(([, n]) => n.startsWith('channel_')).map(([p]) => p));
    expect(
      fixtureLatest.headline.every(([p, n]) => n.startsWith('channel_') || (n === 'global_average' && channelPeriods.has(p))),
    ).toBe(true);
    expect(fixtureLatest.headline.every(([, , , source]) => source < fixtureLatest.sources.length)).toBe(true);
    expect(fixtureLatest.corridors['DEU-KSV']).toEqual([{ source: 0, start: 0, pct200: [6.3] }]);
  });

  it('skips volume rows without codes and WORLD totals quietly', () => {
    const rows = readFileSync(fixture('bilateral-non-numeric.csv'), 'utf8').split('\n').slice(0, 4).join('\n');
    expect(rows).toContain('WORLD');
    // The first bad row is line 5: lines 3-4 (no code, WORLD) were skipped, not rejected.
    expect(() => parseVolumes(fixture('bilateral-non-numeric.csv'), 'usd_millions_2017')).toThrow(/:5:/);
  });

  it('serialises with a trailing newline and no pretty-printed arrays', () => {
    const text = serialise(fixtureLatest);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"USA-MEX":[{"source":1,"start":1,"pct200":[4.978],');
  });
});

describe('spot checks on the committed bundle', () => {
  it('USA-MEX latest is 2025Q1, 4.978 % from the computed means', () => {
    const [series, ...rest] = latest.corridors['USA-MEX'] ?? [];
    expect(rest).toEqual([]);
    expect(series?.source).toBe(1);
    expect(latest.sources[1]?.id).toBe('rpw-corridor-means');
    // The widget says this title in the reader's language by matching it to the English message.
    expect(latest.sources[1]?.title).toBe(englishWidget.source_corridor_means);
    expect(latest.periods[series?.start ?? -1]).toBe('2025Q1');
    expect(series?.pct200).toEqual([4.978]);
  });

  it('DataBank USA-MEX 2020Q3 is 4.18 % (4.18037033081055 in the export)', () => {
    const series = full.corridors['USA-MEX']?.find((s) => s.source === 0);
    expect(full.sources[0]?.id).toBe('rpw-databank');
    expect(series && valueAt(full, series, '2020Q3')).toBe(4.18);
    expect(series && valueAt(full, series, '2011Q1')).toBe(5.006);
  });

  it('headline 2011Q3 global_average is 9.3 % from the UN report', () => {
    const row = full.headline.find(([p, indicator]) => p === '2011Q3' && indicator === 'global_average');
    expect(row?.[2]).toBe(9.3);
    expect(full.sources[row?.[3] ?? -1]?.location).toBe('UN document A/67/254');
  });

  it('every headline row points at a compiled source in range', () => {
    for (const bundle of [full, latest]) {
      expect(bundle.headline.length).toBeGreaterThan(0);
      for (const [, , , source] of bundle.headline) {
        expect(source).toBeGreaterThanOrEqual(0);
        expect(bundle.sources[source]?.kind).toBe('compiled');
      }
    }
  });

  it('every corridor code is in countries; volumes only for corridors', () => {
    for (const bundle of [full, latest]) {
      for (const key of [...Object.keys(bundle.corridors), ...Object.keys(bundle.volumes)]) {
        const [from = '', to = ''] = key.split('-');
        expect(bundle.countries[from], key).toBeDefined();
        expect(bundle.countries[to], key).toBeDefined();
        expect(bundle.corridors[key], key).toBeDefined();
      }
    }
    expect(full.countries.KSV).toEqual(['XK', 'EUR']);
    expect(full.sources[full.volumeSource]?.kind).toBe('estimate');
  });

  it('every series is trimmed, in range, and from a known source', () => {
    for (const bundle of [full, latest]) {
      for (const [key, list] of Object.entries(bundle.corridors)) {
        for (const s of list) {
          expect(bundle.sources[s.source], key).toBeDefined();
          expect(s.pct200[0], key).not.toBeNull();
          expect(s.pct200.at(-1), key).not.toBeNull();
          expect(s.start + s.pct200.length, key).toBeLessThanOrEqual(bundle.periods.length);
          for (const other of [s.pct500, s.fx200, s.providers]) if (other) expect(other.length, key).toBe(s.pct200.length);
        }
      }
      expect([...bundle.periods].sort()).toEqual(bundle.periods);
    }
    for (const list of Object.values(latest.corridors)) expect(list.map((s) => s.pct200.length)).toEqual([1]);
  });
});

describe('the compact encoding the widget carries (core/data/compact.ts)', () => {
  it('gives back the latest bundle exactly, corridors in the same order', () => {
    const packed = compactBundle(latest);
    expect('c' in packed).toBe(true);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(latest).length);
    const back = expandBundle(JSON.parse(JSON.stringify(packed)));
    expect(back).toStrictEqual(latest);
    expect(Object.keys(back.corridors)).toEqual(Object.keys(latest.corridors));
  });

  it('leaves a bundle with several series per corridor as it is', () => {
    expect(compactBundle(full)).toBe(full);
    expect(expandBundle(full)).toBe(full);
  });
});

describe('the corridor file with bank and MTO + mobile operator splits (parseBankMto)', () => {
  const split = parseBankMto(fixture('bank-mto-ok.csv'), 7);

  it('makes a corridor series with USD 500, margin and services', () => {
    expect(split.series.map((d) => [d.key, d.source, Object.fromEntries(d.quarters)])).toEqual([
      ['USA-IND', 7, { '2025Q1': { pct200: 4.25, pct500: 3.01, fx200: 2.15, providers: 20 }, '2025Q3': { pct200: 3.9, pct500: 2.8, fx200: 1.9, providers: 18 } }],
      ['SGP-BGD', 7, { '2025Q3': { pct200: -0.5, pct500: -0.6, fx200: -0.8, providers: 5 } }],
    ]);
  });

  it('a bank series and an MTO + mobile operator series (never `mto`), no figure for NA, no service counts', () => {
    expect(split.channels.map((d) => [d.key, d.channel, Object.fromEntries(d.quarters)])).toEqual([
      ['USA-IND', 'bank', { '2025Q1': { pct200: 6.1 } }],
      ['SGP-BGD', 'bank', { '2025Q3': { pct200: 1.2 } }],
      ['USA-IND', 'mto_mobile', { '2025Q1': { pct200: 2.9 }, '2025Q3': { pct200: 3.1 } }],
    ]);
    expect(split.missing).toEqual({ bank: 1, mto_mobile: 1 });
  });

  it("stops on a cost outside the bundle validator's range", () => {
    expect(() => parseBankMto(fixture('bank-mto-out-of-range.csv'), 7)).toThrow(/bank-mto-out-of-range\.csv:2: bank_cost_pct: 5000 is outside -100\.\.1000 percent/);
  });
});

describe('measured figures in the committed bundle', () => {
  const sourceId = (i: number) => full.sources[i]?.id ?? '';

  it('full.json and services.json validate (services checked inside the full bundle), with the same sources', () => {
    expect(validateBundle(full)).toMatchObject({ ok: true });
    expect(validateBundle(latest)).toMatchObject({ ok: true });
    expect(services.sources).toEqual(full.sources);
    expect(validateBundle({ ...full, services: services.services })).toMatchObject({ ok: true });
  });

  it('latest.json carries no channels, statistics, services or SmaRT', () => {
    for (const key of ['channels', 'serviceStats', 'services', 'smart']) expect(latest).not.toHaveProperty(key);
  });

  it('latest.json keeps, per channel, the global figure of the quarter nearest to some corridor\'s latest, with its global average', () => {
    const time = (p: string) => Number(p.slice(0, 4)) + (Number(p.slice(5)) - 0.5) / 4;
    const latestPeriods = Object.values(latest.corridors).map(([s]) => latest.periods[s?.start ?? 0] ?? '');
    for (const channel of ['bank', 'mto', 'post_office', 'mobile_operator']) {
      const all = full.headline.filter(([p, n]) => n === `channel_${channel}` && p.includes('Q')).map(([p]) => p);
      const kept = latest.headline.filter(([, n]) => n === `channel_${channel}`).map(([p]) => p);
      for (const period of latestPeriods) {
        const best = Math.min(...all.map((p) => Math.abs(time(p) - time(period))));
        expect(kept.some((p) => Math.abs(time(p) - time(period)) === best), `${channel} near ${period}`).toBe(true);
      }
      const hasGlobal = (b: Bundle, p: string) => b.headline.some(([q, n]) => q === p && n === 'global_average');
      for (const p of kept) expect(hasGlobal(latest, p), `global_average ${p}`).toBe(hasGlobal(full, p));
    }
    expect(latest.headline.length).toBeLessThan(full.headline.filter(([, n]) => n.startsWith('channel_') || n === 'global_average').length);
  });

  it('the 2025Q3 official-method averages are the latest figures of the South Asia and Philippines corridors', () => {
    const [series] = latest.corridors['USA-IND'] ?? [];
    expect(latest.periods[series?.start ?? -1]).toBe('2025Q3');
    expect(latest.sources[series?.source ?? -1]).toMatchObject({ id: 'rpw-corridor-bank-mto', kind: 'computed' });
    expect(full.sources.find((s) => s.id === 'rpw-corridor-bank-mto')?.over).toBe('transparent');
    // 2025Q3,United States,USA,India,IND,... in the source file.
    const raw = readFileSync(join(root, 'core/data/sources/rpw-corridor-bank-mto-2011q1-2025q3-south-asia-philippines.csv'), 'utf8');
    const row = raw.split(/\r?\n/).find((line) => line.startsWith('2025Q3,') && line.includes(',USA,') && line.includes(',IND,'));
    expect(series?.pct200).toEqual([Number(row?.split(',')[5])]);
  });

  it('channel series: by CHANNEL_GROUPS then source; the bank-MTO file gives bank and mto_mobile only, without counts', () => {
    for (const [key, list] of Object.entries(full.channels ?? {})) {
      const order = list.map((c) => CHANNEL_GROUPS.indexOf(c.channel) * 1000 + c.source);
      expect(order, key).toEqual([...order].sort((a, b) => a - b));
      for (const c of list.filter((c) => sourceId(c.source) === 'rpw-corridor-bank-mto')) {
        expect(['bank', 'mto_mobile'], key).toContain(c.channel);
        expect(c.providers, key).toBeUndefined();
      }
      for (const c of list.filter((c) => c.channel === 'mto_mobile')) expect(sourceId(c.source), key).toBe('rpw-corridor-bank-mto');
    }
  });

  it('the provider-level sources say which services they are over; only the World Bank format has SmaRT and USD 500', () => {
    const providers = full.sources.filter((s) => s.id.startsWith('rpw-providers:'));
    expect(providers.map((s) => [s.id, s.over])).toEqual([
      ['rpw-providers:rpw-providers-2011q1-2014q2.csv', 'transparent'],
      ['rpw-providers:rpw-providers-africa-2016q2-2025q1.csv', 'all'],
    ]);
    expect(providers[1]?.title).toContain('computed over all surveyed services');
    const africa = full.sources.findIndex((s) => s.id === 'rpw-providers:rpw-providers-africa-2016q2-2025q1.csv');
    const fromAfrica = Object.values(full.channels ?? {}).flat().filter((c) => c.source === africa);
    expect(fromAfrica.length).toBeGreaterThan(0);
    expect(fromAfrica.every((c) => c.pct500 === undefined && c.providers !== undefined)).toBe(true);
    expect(Object.values(full.smart ?? {}).every((s) => sourceId(s.source) === 'rpw-providers:rpw-providers-2011q1-2014q2.csv')).toBe(true);
    for (const quarters of Object.values(services.services)) {
      for (const q of quarters) if (q.source === africa) expect(q.rows.every((r) => r[2] === null)).toBe(true);
    }
  });

  it('recomputes from the provider-level CSVs: transparent means (World Bank format), all-service means and medians (short format)', async () => {
    const { parse } = await import('csv-parse/sync');
    type Row = Record<string, string>;
    const read = (name: string) => parse(readFileSync(join(root, 'core/data/sources', name), 'utf8'), { columns: true, bom: true }) as Row[];
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const at = (bundle: Bundle, values: readonly (number | null)[] | undefined, start: number, period: string) =>
      values?.[bundle.periods.indexOf(period) - start];
    const channel = (key: string, name: string, source: string) => full.channels?.[key]?.find((c) => c.channel === name && sourceId(c.source) === source);

    const wb = read('rpw-providers-2011q1-2014q2.csv');
    const wbSource = 'rpw-providers:rpw-providers-2011q1-2014q2.csv';
    for (const [from, to, period, firmType, name] of [
      ['USA', 'MEX', '2014_2Q', 'Bank', 'bank'],
      ['GBR', 'NGA', '2013_1Q', 'Money Transfer Operator', 'mto'],
    ] as const) {
      const costs = wb
        .filter((r) => r.source_code === from && r.destination_code === to && r.period === period && r.firm_type === firmType && r.transparent === 'yes')
        .map((r) => Number(r['cc1 total cost %']));
      const c = channel(`${from}-${to}`, name, wbSource);
      const q = `${period.slice(0, 4)}Q${period[5]}`;
      expect(at(full, c?.pct200, c?.start ?? 0, q)).toBeCloseTo(mean(costs), 3);
      expect(at(full, c?.providers, c?.start ?? 0, q)).toBe(costs.length);
    }

    const africa = read('rpw-providers-africa-2016q2-2025q1.csv');
    const africaSource = 'rpw-providers:rpw-providers-africa-2016q2-2025q1.csv';
    const rows = africa.filter((r) => r.source_code === 'GBR' && r.destination_code === 'NGA' && r.period === '2025_1Q');
    const mto = rows.filter((r) => r.firm_type === 'Money Transfer Operator').map((r) => Number(r['cc1 total cost %']));
    const c = channel('GBR-NGA', 'mto', africaSource);
    expect(at(full, c?.pct200, c?.start ?? 0, '2025Q1')).toBeCloseTo(mean(mto), 3);
    const all = rows.map((r) => Number(r['cc1 total cost %'])).sort((a, b) => a - b);
    const stats = full.serviceStats?.['GBR-NGA']?.find((s) => sourceId(s.source) === africaSource);
    const median = all.length % 2 ? all[(all.length - 1) / 2]! : (all[all.length / 2 - 1]! + all[all.length / 2]!) / 2;
    expect(at(full, stats?.n, stats?.start ?? 0, '2025Q1')).toBe(all.length);
    expect(at(full, stats?.median, stats?.start ?? 0, '2025Q1')).toBeCloseTo(median, 3);
    expect(at(full, stats?.min, stats?.start ?? 0, '2025Q1')).toBeCloseTo(all[0]!, 3);
    const listed = services.services['GBR-NGA']?.find((q) => q.period === '2025Q1' && sourceId(q.source) === africaSource);
    expect(listed?.rows.length).toBe(all.length);
  });
});

/** The provider-level fixtures (test/fixtures/rpw/). */
const rpwFixture = (name: string): string => fileURLToPath(new URL(`../fixtures/rpw/${name}`, import.meta.url));
const good = rpwFixture('good.csv');
const broken = rpwFixture('broken.csv');

/**
 * The corridor-level sources only (no provider-level file), in a folder of
 * their own: what `main` reads in the command-line tests, so that they do not
 * import the committed provider-level files (8 MB) again and again.
 */
const corridorSources = mkdtempSync(join(tmpdir(), 'rpw-corridor-sources-'));
for (const name of readdirSync(SOURCES_DIR).filter((n) => n.endsWith('.csv') && !n.startsWith('rpw-providers'))) {
  copyFileSync(join(SOURCES_DIR, name), join(corridorSources, name));
}
afterAll(() => rmSync(corridorSources, { recursive: true, force: true }));

/** Runs the command line quietly and returns its exit code and what it printed. */
async function quiet(run: () => number | Promise<number>) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return { code: await run(), log: log.mock.calls.flat().join('\n'), error: error.mock.calls.flat().join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('npm run data -- --rpw FILE', () => {
  beforeEach(() => writes.clear());

  it('writes the three files with the measured figures, exit 0', async () => {
    const { code, log } = await quiet(() => main(['--rpw', good], corridorSources));
    expect(code).toBe(0);
    expect([...writes.keys()]).toEqual([OUTPUT.full, OUTPUT.latest, OUTPUT.services]);
    expect(writes.get(OUTPUT.full)).toContain('"channels":{');
    expect(writes.get(OUTPUT.services)).toContain('"USA-MEX":[');
    expect(log).toContain('22 rows read, 22 used, 0 bad; 3 corridors, 2 quarters');
  });

  it('exits 0 with bad rows, listing them on stderr', async () => {
    const { code, error } = await quiet(() => main(['--rpw', broken], corridorSources));
    expect(code).toBe(0);
    expect(writes.size).toBe(3);
    expect(error).toContain('test/fixtures/rpw/broken.csv:3: source_code');
    expect(error).toContain('test/fixtures/rpw/broken.csv:16: unclosed quote');
  });

  it('exits 1 and writes nothing when the header lacks a column', async () => {
    const { code, error } = await quiet(() => main(['--rpw', rpwFixture('missing-column.csv')], corridorSources));
    expect(code).toBe(1);
    expect(writes.size).toBe(0);
    expect(error).toMatch(/missing-column\.csv:1: missing column\(s\): cc1 total cost %/);
  });

  it('exits 2 without a FILE', async () => {
    expect((await quiet(() => main(['--rpw']))).code).toBe(2);
    expect((await quiet(() => main(['--rpw', '--check']))).code).toBe(2);
  });

  it('--check with --rpw compares, and the committed files differ', async () => {
    const { code, error } = await quiet(() => main(['--check', `--rpw=${good}`], corridorSources));
    expect(code).toBe(1);
    expect(error).toContain('out of date');
    expect(writes.size).toBe(0);
  });
});

describe('the import summary (test/fixtures/rpw/corridor-without-series.csv)', () => {
  const path = rpwFixture('corridor-without-series.csv');

  it('the import summary says how many were left out, and which', async () => {
    writes.clear();
    const { code, log } = await quiet(() => main(['--rpw', path], corridorSources));
    writes.clear();
    expect(code).toBe(0);
    expect(log).toContain('4 rows read, 4 used, 0 bad; 3 corridors');
    expect(log).toContain('2 corridors of the file left out of the bundle (no corridor series for them): GBR-MEX, ISL-NOR');
    expect(log).toContain('1 with service statistics, 1 with SmaRT');
  });
});

describe('provider-level files committed in the sources folder (rpw-providers*.csv)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rpw-sources-'));
  for (const name of readdirSync(corridorSources)) copyFileSync(join(corridorSources, name), join(dir, name));
  copyFileSync(good, join(dir, 'rpw-providers-2024q4-2025q1.csv'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    writes.clear();
    served.clear();
  });
  afterAll(() => served.clear());

  it('`npm run data` (no option) imports them as with --rpw', async () => {
    const { code, log } = await quiet(() => main([], dir));
    expect(code).toBe(0);
    expect(log).toContain('rpw-providers-2024q4-2025q1.csv: 22 rows read, 22 used, 0 bad');
    const full = JSON.parse(writes.get(OUTPUT.full)!) as Bundle;
    expect(full.smart).toBeDefined();
    expect(full.channels?.['USA-MEX']).toHaveLength(4);
    expect(full.sources.at(-1)).toMatchObject({ id: 'rpw-providers:rpw-providers-2024q4-2025q1.csv', kind: 'computed' });
    expect(full.sources.at(-1)!.location).toMatch(/^rpw-providers-2024q4-2025q1\.csv: /);
    // The same as an explicit --rpw with the same file, and as renderSources (what the tests compare with).
    const explicit = render(dir, [await importRpw(join(dir, 'rpw-providers-2024q4-2025q1.csv'))]);
    expect([writes.get(OUTPUT.full), writes.get(OUTPUT.latest), writes.get(OUTPUT.services)]).toEqual(explicit.map((f) => f.text));
    expect((await renderSources(dir)).map((f) => f.text)).toEqual(explicit.map((f) => f.text));
  });

  it('`--check` imports them too: the bundle built with them is up to date, another is not', async () => {
    await quiet(() => main([], dir));
    // Stand in for the committed files: the bundle the committed export gives.
    for (const [path, text] of writes) served.set(path, text);
    writes.clear();
    const up = await quiet(() => main(['--check'], dir));
    expect(up.code).toBe(0);
    expect(up.log).toContain('data bundle is up to date');
    expect(writes.size).toBe(0);
    served.clear();
    const stale = await quiet(() => main(['--check'], dir));
    expect(stale.code).toBe(1);
    expect(stale.error).toContain('out of date');
  });

  it('two of one format stop the script with a message naming both; --rpw replaces every committed file of its format', async () => {
    const two = mkdtempSync(join(tmpdir(), 'rpw-sources-two-'));
    try {
      for (const name of readdirSync(corridorSources)) copyFileSync(join(corridorSources, name), join(two, name));
      copyFileSync(good, join(two, 'rpw-providers-2024q4-2025q1.csv'));
      copyFileSync(good, join(two, 'rpw-providers-2025q1.csv'));
      for (const args of [[], ['--check']]) {
        const { code, error } = await quiet(() => main(args, two));
        expect(code).toBe(1);
        expect(error).toMatch(
          /two provider-level files in the World Bank's format: rpw-providers-2024q4-2025q1\.csv, rpw-providers-2025q1\.csv; keep one per format/,
        );
      }
      expect(writes.size).toBe(0);
      const tried = await quiet(() => main(['--rpw', broken], two));
      expect(tried.code).toBe(0);
      expect(tried.error).toMatch(/note: --rpw .*broken\.csv replaces .*rpw-providers-2024q4-2025q1\.csv \(both in the World Bank's format\)/);
      expect(tried.error).toMatch(/replaces .*rpw-providers-2025q1\.csv/);
      const full = JSON.parse(writes.get(OUTPUT.full)!) as Bundle;
      expect(full.sources.filter((s) => s.id.startsWith('rpw-providers')).map((s) => s.id)).toEqual(['rpw-providers:broken.csv']);
    } finally {
      rmSync(two, { recursive: true, force: true });
      writes.clear();
    }
  });
});

describe('the default build', () => {
  it('passes `tsx scripts/data.ts --check`, and carries the committed files\' measured figures', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/data.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
    const committed = JSON.parse(readFileSync(OUTPUT.full, 'utf8')) as Bundle;
    expect(committed.channels).toBeDefined();
    expect(committed.serviceStats).toBeDefined();
    expect(committed.smart).toBeDefined();
  });
});
