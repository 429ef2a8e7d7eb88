/**
 * The provider-level RPW import in the World Bank's format
 * (scripts/lib/rpw.ts): channel averages and SmaRT on a hand-written fixture,
 * bad rows reported by line (an unclosed quote costs its own line only), and
 * the measured figures in the bundle (valid for `validateBundle`). The short
 * format and the hardening items are in rpw-formats.test.ts; the command line
 * (`npm run data -- --rpw FILE`, committed provider-level files) in
 * data.test.ts; what core shows from the import in corridors.test.ts.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Building the bundle reads 10 MB of sources: seconds on a shared machine, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });
import type { Bundle, ServicesFile, SourceInfo } from '../../core/data/types.ts';
import { validateBundle } from '../../core/validate-bundle.ts';

const { formatReport, importRpw, RPW_REQUIRED, MAX_RECORD_CHARS } = await import('../../scripts/lib/rpw.ts');
const { render, SOURCES_DIR } = await import('../../scripts/data.ts');
const { RPW_COLUMNS, writeRpwFixture } = await import('../../scripts/make-rpw-fixture.ts');

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/rpw/${name}`, import.meta.url));
const good = fixture('good.csv');
const broken = fixture('broken.csv');

/**
 * The corridor-level sources only (no provider-level file), in a folder of
 * their own: the bundles here are built from them and the import under test.
 */
const corridorSources = mkdtempSync(join(tmpdir(), 'rpw-corridor-sources-'));
for (const name of readdirSync(SOURCES_DIR).filter((n) => n.endsWith('.csv') && !n.startsWith('rpw-providers'))) {
  copyFileSync(join(SOURCES_DIR, name), join(corridorSources, name));
}
afterAll(() => rmSync(corridorSources, { recursive: true, force: true }));

/** A channel's figures for one quarter from an import. */
async function figures(path: string) {
  const result = await importRpw(path);
  const channel = (key: string, name: string, quarter: string) =>
    result.channels.find((c) => c.key === key && c.channel === name)?.quarters.get(quarter);
  const smart = (key: string, quarter: string) => result.smart.find((s) => s.key === key)?.quarters.get(quarter);
  return { result, channel, smart };
}

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
      // Lines 4, 7, 19, 20 (`no`) and 23: counted, but in no average.
      notTransparent: 5,
      quotesAsText: 0,
    });
    expect(result.quarters).toEqual(['2024Q4', '2025Q1']);
    expect(result.corridors).toEqual(['ARE-IND', 'GBR-NGA', 'USA-MEX']);
    expect(formatReport(result.report)).toContain('5 services not transparent: counted, left out of the channel averages, statistics, service lists and SmaRT');
  });

  it('averages the transparent services of a channel (simple means, RPW rules)', async () => {
    const { channel } = await figures(good);
    // USA-MEX 2025Q1 banks, lines 2-3 (line 4 is not transparent, so its 9.25 and missing cc2 do not count):
    // (8.00 + 10.50) / 2 = 9.25 (the slow line 3 counts: speed is a SmaRT rule only); USD 500: (5.00 + 6.00) / 2 = 5.5.
    expect(channel('USA-MEX', 'bank', '2025Q1')).toEqual({ pct200: 9.25, pct500: 5.5, providers: 2 });
    // MTOs, lines 5-9 without line 7 (not transparent; line 8 is slow but counts): (4.00 + 3.50 + 1.90 + 5.20) / 4 = 3.65;
    // USD 500: (2.50 + 2.00 + 1.00 + 3.10) / 4 = 2.15.
    expect(channel('USA-MEX', 'mto', '2025Q1')).toEqual({ pct200: 3.65, pct500: 2.15, providers: 4 });
    expect(channel('USA-MEX', 'post_office', '2025Q1')).toEqual({ pct200: 6.4, pct500: 4, providers: 1 });
    expect(channel('USA-MEX', 'mobile_operator', '2025Q1')).toEqual({ pct200: 3.8, pct500: 2.2, providers: 1 });
    // 2024Q4: line 13 spells it `Q4 2024`, lines 14-15 `2024_4Q`. MTOs (4.40 + 3.60) / 2 = 4, (2.70 + 2.10) / 2 = 2.4.
    expect(channel('USA-MEX', 'bank', '2024Q4')).toEqual({ pct200: 8.6, pct500: 5.4, providers: 1 });
    expect(channel('USA-MEX', 'mto', '2024Q4')).toEqual({ pct200: 4, pct500: 2.4, providers: 2 });
    expect(channel('USA-MEX', 'post_office', '2024Q4')).toBeUndefined();
    // GBR-NGA MTOs, lines 17, 18, 21 (`Yes`), one negative: (3.20 - 0.50 + 2.60) / 3 = 1.7667 -> 1.767; (1.90 - 0.80 + 1.70) / 3 = 0.9333 -> 0.933.
    expect(channel('GBR-NGA', 'mto', '2025Q1')).toEqual({ pct200: 1.767, pct500: 0.933, providers: 3 });
    expect(channel('GBR-NGA', 'bank', '2025Q1')).toEqual({ pct200: 7.1, pct500: 4.2, providers: 1 });
    // GBR-NGA's only mobile operator (line 19) and post office (line 20), and ARE-IND's only bank (line 23),
    // are not transparent: no figure for those channels (core keeps its estimate there).
    expect(channel('GBR-NGA', 'mobile_operator', '2025Q1')).toBeUndefined();
    expect(channel('GBR-NGA', 'post_office', '2025Q1')).toBeUndefined();
    expect(channel('ARE-IND', 'bank', '2025Q1')).toBeUndefined();
    // ARE-IND's MTO (line 22) is slow but transparent.
    expect(channel('ARE-IND', 'mto', '2025Q1')).toEqual({ pct200: 2, pct500: 1.2, providers: 1 });
    // The Non-Bank FI service (line 12) is in no channel.
    const { result } = await figures(good);
    expect(result.channels.map((c) => `${c.key} ${c.channel}`)).toEqual([
      'ARE-IND mto',
      'GBR-NGA bank',
      'GBR-NGA mto',
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
    // Line 14 (`MTO "H"`, a stray quote inside a field) is read as text and used.
    // Line 16 opens a quote that never closes: only that line is lost; 17 and 18 are read again.
    'broken.csv:16: unclosed quote: the record would run to line 18 (3 lines) and a quote further on does not end a field; line 16 left out, lines 17-18 read again',
    'broken.csv:18-19: period: bad period "2025_9Q"', // a record over two lines (a quoted line break): reported with its range
  ];

  it('reports each by line and goes on', async () => {
    const seen: { line: number; lastLine: number; message: string }[] = [];
    const { result, channel } = await figures(broken);
    const again = await importRpw(broken, { onBadRow: (bad) => seen.push(bad) });
    expect(result.report).toMatchObject({ rowsRead: 15, rowsUsed: 6, badRows: 9, quotesAsText: 1, notTransparent: 1 });
    expect(result.report.reasons).toHaveLength(9);
    result.report.reasons.forEach((reason, i) => {
      expect(reason.startsWith('test/fixtures/rpw/')).toBe(true);
      expect(reason).toContain(expected[i]);
    });
    expect(seen.map((b) => b.line)).toEqual([3, 4, 5, 6, 9, 10, 13, 16, 18]);
    expect(seen.map((b) => b.lastLine)).toEqual([3, 4, 5, 6, 9, 10, 13, 16, 19]);
    expect(seen.map((b) => b.message)).toEqual(again.report.reasons);
    // The good rows count, including the one after the multi-line record, the one with a stray quote and the
    // one after the unclosed quote. Banks: line 2 only (lines 11-12 are not transparent): 8.00, 5.00.
    // MTOs, lines 7, 14, 15 and 17: (4.00 + 4.00 + 5.00 + 6.00) / 4 = 4.75; (2.50 + 2.50 + 3.10 + 3.70) / 4 = 2.95.
    expect(channel('USA-MEX', 'bank', '2025Q1')).toEqual({ pct200: 8, pct500: 5, providers: 1 });
    expect(channel('USA-MEX', 'mto', '2025Q1')).toEqual({ pct200: 4.75, pct500: 2.95, providers: 4 });
  });

  it('keeps the first reasons only, but counts them all', async () => {
    const { report } = await importRpw(broken, { maxReasons: 3 });
    expect(report.badRows).toBe(9);
    expect(report.reasons).toHaveLength(3);
    const text = formatReport(report);
    expect(text).toContain('15 rows read, 6 used, 9 bad');
    expect(text).toContain('... and 6 more');
    expect(text).toContain('1 row with a stray quote, read as text');
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

describe('an unclosed quote loses its own line only (test/fixtures/rpw/unclosed-quote.csv)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rpw-quotes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = readFileSync(fixture('unclosed-quote.csv'), 'utf8').split('\n');
  const [head, badRow] = [lines[0]!, lines[1]!];
  /** A plain good row (no quote): USA-MEX, a bank at 8.00 (USD 500: 5.00). */
  const plain = lines[2]!;
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('one bad quote, then 200 good rows: 201 rows read, 200 used, the bad line reported', async () => {
    // Line 2 opens a quote (`"Bank Z,...`) that never closes. A CSV parser reads the following rows
    // into that field until a quote ends it (line 52, `"Remesas, S.A."`); those lines are read again.
    // The good rows include a quoted comma (line 52) and a quoted line break (lines 123-124).
    const { result, channel } = await figures(fixture('unclosed-quote.csv'));
    expect(result.report).toMatchObject({ rowsRead: 201, rowsUsed: 200, badRows: 1 });
    expect(result.report.reasons).toEqual([
      'test/fixtures/rpw/unclosed-quote.csv:2: unclosed quote: the record would run to line 52 (51 lines) and a quote further on ' +
        'does not end a field; line 2 left out, lines 3-52 read again',
    ]);
    // 100 banks at 8.00 (the bad line's 9.00 is not among them) and 100 MTOs, half at 3.00 and half at 5.00.
    expect(channel('USA-MEX', 'bank', '2025Q1')).toEqual({ pct200: 8, pct500: 5, providers: 100 });
    expect(channel('USA-MEX', 'mto', '2025Q1')).toEqual({ pct200: 4, pct500: 2.5, providers: 100 });
    expect(formatReport(result.report)).toContain('201 rows read, 200 used, 1 bad');
  });

  it('when no quote closes it before the end of the file', async () => {
    const path = write('to-the-end.csv', [head, badRow, ...Array.from({ length: 200 }, () => plain)].join('\n') + '\n');
    const { report } = await importRpw(path);
    expect(report).toMatchObject({ rowsRead: 201, rowsUsed: 200, badRows: 1 });
    expect(report.reasons[0]).toMatch(
      /to-the-end\.csv:2: unclosed quote: the quoted field opened on this line is not closed by the end of the file \(line 202\); line 2 left out, lines 3-202 read again$/,
    );
  });

  it(`when no quote closes it within ${MAX_RECORD_CHARS} characters`, async () => {
    const rows = Math.ceil((1.5 * MAX_RECORD_CHARS) / plain.length);
    const path = write('long-run.csv', [head, badRow, ...Array.from({ length: rows }, () => plain)].join('\r\n'));
    const { report } = await importRpw(path);
    expect(report).toMatchObject({ rowsRead: rows + 1, rowsUsed: rows, badRows: 1 });
    expect(report.reasons[0]).toMatch(/long-run\.csv:2: unclosed quote: the quoted field opened on this line is not closed within \d+ characters/);
  });

  it('a line longer than the limit is one bad row', async () => {
    const path = write('long-line.csv', [head, plain, 'x'.repeat(MAX_RECORD_CHARS + 10), plain].join('\n'));
    const { report } = await importRpw(path);
    expect(report).toMatchObject({ rowsRead: 3, rowsUsed: 2, badRows: 1 });
    expect(report.reasons[0]).toMatch(/long-line\.csv:3: line longer than \d+ characters$/);
  });

  it('a line of unclosed quotes after another: each is one bad row, in order', async () => {
    const path = write('every-line.csv', [head, badRow, badRow, badRow, plain].join('\n'));
    const seen: number[] = [];
    const { report } = await importRpw(path, { onBadRow: (bad) => seen.push(bad.line) });
    expect(report).toMatchObject({ rowsRead: 4, rowsUsed: 1, badRows: 3 });
    expect(seen).toEqual([2, 3, 4]);
  });

  it('quoted fields, escaped quotes and a stray quote are read as CSV', async () => {
    const rows = [
      plain.replace('Bank 0', '"Bank ""Zero"", Ltd"'), // quotes around a field, "" inside
      plain.replace('Bank 0', 'Bank "0"'), // a stray quote inside an unquoted field: text
      plain.replace('Bank 0', '"Bank\n\n0"'), // a quoted field over three lines, one blank
      plain.replace(',yes,', ',"yes",'), // a quoted value the import reads
    ];
    const path = write('quoted.csv', [head, ...rows].join('\n') + '\n');
    const { report } = await importRpw(path);
    expect(report).toMatchObject({ rowsRead: 4, rowsUsed: 4, badRows: 0, quotesAsText: 1, notTransparent: 0 });
  });

  it('stops on a header with an unclosed quote', async () => {
    const path = write('bad-header.csv', `"${head}\n${plain}\n`);
    await expect(importRpw(path)).rejects.toThrow(/bad-header\.csv:1: unreadable header: unclosed quote/);
  });
});

describe('the bundle with a provider-level import', async () => {
  const rpw = await importRpw(good);
  const [fullFile, latestFile, servicesFile] = render(corridorSources, [rpw]);
  const full = fullFile!.bundle as Bundle;
  const latest = latestFile!.bundle as Bundle;
  const defaults = render(corridorSources);
  const defaultFull = defaults[0]!.bundle as Bundle;
  const rpwIndex = full.sources.length - 1;

  it('adds one computed source (our means of the official data), after all the others, naming the dataset and its quarters', () => {
    expect(full.sources.slice(0, -1)).toEqual(defaultFull.sources);
    expect(full.sources[rpwIndex]).toMatchObject({
      id: 'rpw-providers:good.csv',
      kind: 'computed',
      over: 'transparent',
      licence: 'CC BY 4.0 (derived from World Bank RPW data)',
    });
    expect(full.sources[rpwIndex]!.title).toMatch(/^Computed from the World Bank RPW provider-level dataset \(2024Q4-2025Q1, 2 quarters\): /);
    expect(full.sources[rpwIndex]!.title).not.toMatch(/\bofficial\b(?! RPW series)/i);
    expect(full.sources[rpwIndex]!.location).toMatch(/^good\.csv: /);
  });

  it('full: channel, statistics and SmaRT series in the columnar layout', () => {
    const at = (q: string) => full.periods.indexOf(q);
    expect(full.channels?.['USA-MEX']).toEqual([
      { channel: 'bank', source: rpwIndex, start: at('2024Q4'), pct200: [8.6, 9.25], pct500: [5.4, 5.5], providers: [1, 2] },
      { channel: 'mto', source: rpwIndex, start: at('2024Q4'), pct200: [4, 3.65], pct500: [2.4, 2.15], providers: [2, 4] },
      { channel: 'post_office', source: rpwIndex, start: at('2025Q1'), pct200: [6.4], pct500: [4], providers: [1] },
      { channel: 'mobile_operator', source: rpwIndex, start: at('2025Q1'), pct200: [3.8], pct500: [2.2], providers: [1] },
    ]);
    expect(full.smart?.['USA-MEX']).toEqual({ source: rpwIndex, start: at('2024Q4'), pct200: [6.5, 3.433], providers: [2, 3] });
    // USA-MEX 2024Q4: the transparent services 8.60, 3.60, 4.40; 2025Q1: lines 2-3, 5, 6, 8, 9, 10, 11, 12:
    // 1.90 3.00 3.50 3.80 4.00 5.20 6.40 8.00 10.50 -> median 4.00.
    expect(full.serviceStats?.['USA-MEX']).toEqual([
      { source: rpwIndex, start: at('2024Q4'), n: [3, 9], median: [4.4, 4], min: [3.6, 1.9], max: [8.6, 10.5] },
    ]);
    // ARE-IND's bank-MTO split (committed file) and good.csv's MTO: channel groups in CHANNEL_GROUPS order, then source.
    expect(full.channels?.['ARE-IND']?.map((c) => [c.channel, full.sources[c.source]!.id])).toEqual([
      ['bank', 'rpw-corridor-bank-mto'],
      ['mto', 'rpw-providers:good.csv'],
      ['mto_mobile', 'rpw-corridor-bank-mto'],
    ]);
    expect(Object.keys(full.smart ?? {})).toEqual(['GBR-NGA', 'USA-MEX']);
    // Everything else is the default bundle.
    const { channels: _c, smart: _s, sources: _src, serviceStats: _st, ...rest } = full;
    const { sources: _dsrc, channels: _dc, ...defaultRest } = defaultFull;
    expect(rest).toEqual(defaultRest);
  });

  it('services: the transparent services of each quarter, cheapest first, with the fee in percent of the amount', () => {
    const services = servicesFile!.bundle as ServicesFile;
    expect(services.sources).toEqual(full.sources);
    const usaMex = services.services['USA-MEX'];
    expect(usaMex?.map((q) => [q.period, q.source, q.rows.length])).toEqual([
      ['2024Q4', rpwIndex, 3],
      ['2025Q1', rpwIndex, 9],
    ]);
    // Line 8: MTO D, fee 2.28 of 200.00 = 1.14 %, margin 0.76, total 1.90 (slow, but transparent: listed).
    expect(usaMex?.[1]?.rows[0]).toEqual(['MTO D', 'mto', 1.14, 0.76, 1.9]);
    // Line 12: a Non-Bank FI service is listed under no channel.
    expect(usaMex?.[1]?.rows.find((r) => r[1] === null)).toEqual(['Credit Union A', null, 1.8, 1.2, 3]);
    // Not transparent (line 4, Bank C, 9.25; line 7, 2.75): not listed.
    expect(usaMex?.[1]?.rows.some((r) => r[4] === 2.75 || r[4] === 9.25)).toBe(false);
    const totals = usaMex?.[1]?.rows.map((r) => r[4]) ?? [];
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it('latest: no channels, statistics, services or SmaRT (the widget loads them on demand)', () => {
    for (const key of ['channels', 'serviceStats', 'services', 'smart']) expect(latest).not.toHaveProperty(key);
    expect(latest.countries).toEqual((defaults[1]!.bundle as Bundle).countries);
  });

  it('is deterministic', async () => {
    const again = render(corridorSources, [await importRpw(good)]);
    expect(again.map((f) => f.text)).toEqual([fullFile!.text, latestFile!.text, servicesFile!.text]);
  });

  it('passes validateBundle (full, latest, and full with the services)', () => {
    for (const file of [fullFile!, latestFile!]) expect(validateBundle(JSON.parse(file.text))).toMatchObject({ ok: true });
    const services = JSON.parse(servicesFile!.text) as ServicesFile;
    expect(validateBundle({ ...JSON.parse(fullFile!.text), services: services.services })).toMatchObject({ ok: true });
  });
});

describe('corridors of the file without a corridor series (test/fixtures/rpw/corridor-without-series.csv)', async () => {
  // USA-MEX is in the bundle; GBR-MEX (2025Q1) and ISL-NOR (2025Q2, a quarter no corridor series has) are not.
  const path = fixture('corridor-without-series.csv');
  const rpw = await importRpw(path);
  const [fullFile, latestFile, servicesFile] = render(corridorSources, [rpw]);
  const defaults = render(corridorSources);
  const defaultFull = defaults[0]!.bundle as Bundle;

  it('are in the import', () => {
    expect(rpw.corridors).toEqual(['GBR-MEX', 'ISL-NOR', 'USA-MEX']);
    expect(rpw.smart.map((s) => s.key)).toEqual(['GBR-MEX', 'ISL-NOR', 'USA-MEX']);
  });

  it('are left out of the bundle: channels, statistics, services and SmaRT only for corridors it has', () => {
    const full = fullFile!.bundle as Bundle;
    const source = full.sources.length - 1;
    const fromFile = Object.entries(full.channels ?? {}).filter(([, list]) => list.some((c) => c.source === source));
    expect(fromFile.map(([key]) => key)).toEqual(['USA-MEX']);
    expect(Object.keys(full.smart ?? {})).toEqual(['USA-MEX']);
    expect(Object.keys(full.serviceStats ?? {})).toEqual(['USA-MEX']);
    expect(Object.keys((servicesFile!.bundle as ServicesFile).services)).toEqual(['USA-MEX']);
    // Nor do their quarters or countries join the bundle.
    expect(full.periods).toEqual(defaultFull.periods);
    expect(full.countries).toEqual(defaultFull.countries);
    expect(full.countries['ISL']).toBeUndefined();
  });

  it('the bundles pass validateBundle, full and latest (as an NGO-hosted data-src must)', () => {
    for (const file of [fullFile!, latestFile!]) {
      const check = validateBundle(JSON.parse(file.text));
      expect(check, file.path).toMatchObject({ ok: true });
      if (check.ok) expect(Object.keys(check.bundle.smart ?? {})).toEqual(file === fullFile ? ['USA-MEX'] : []);
    }
  });

});

describe('the synthetic fixture (scripts/make-rpw-fixture.ts)', () => {
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
