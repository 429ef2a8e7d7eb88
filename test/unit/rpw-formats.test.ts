// @vitest-environment node
/**
 * The provider-level importer (scripts/lib/rpw.ts) beyond the World Bank
 * format: the short format (no transparent flag, speed, USD 500 or amount),
 * and what an attack pass found (issue 13): reserved firm types, costs the
 * bundle validator refuses, terminal escapes in the summary, and the bound on
 * memory.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Bundle, ServicesFile } from '../../core/data/types.ts';
import { BUNDLE_LIMITS, validateBundle } from '../../core/validate-bundle.ts';
import { formatReport, importRpw, MAX_CELLS, MAX_SERVICES, render, SOURCES_DIR } from '../../scripts/data.ts';

vi.setConfig({ testTimeout: 60_000 });

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/rpw/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rpw-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The World Bank format: good.csv's header and its first row (USA-MEX 2025Q1, Bank A, 8.00 %, transparent). */
const [head = '', template = ''] = readFileSync(fixture('good.csv'), 'utf8').split('\n');
const columns = head.split(',');
/** good.csv's first row with some cells replaced. */
function row(cells: Record<string, string>): string {
  const fields = template.split(',');
  for (const [name, value] of Object.entries(cells)) fields[columns.indexOf(name)] = value;
  return fields.join(',');
}
function write(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [head, ...rows].join('\n') + '\n');
  return path;
}

describe('the short format (test/fixtures/rpw/short.csv)', async () => {
  const rpw = await importRpw(fixture('short.csv'));
  const channel = (key: string, name: string, quarter: string) =>
    rpw.channels.find((c) => c.key === key && c.channel === name)?.quarters.get(quarter);

  it('is told by its header, and averages over all surveyed services', () => {
    expect(rpw.format).toBe('short');
    expect(rpw.over).toBe('all');
    expect(rpw.report).toMatchObject({ rowsRead: 9, rowsUsed: 9, badRows: 0, notTransparent: 0, withoutUsd500: 0 });
    expect(rpw.report.byChannel).toEqual({ bank: 1, mto: 5, post_office: 1, mobile_operator: 1, none: 1 });
  });

  it('keeps repeated rows (the same firm surveyed for two products), with no USD 500 figure', () => {
    // Western Union twice at 6.00 and Ria at 3.00: (6 + 6 + 3) / 3 = 5.
    expect(channel('GBR-NGA', 'mto', '2025Q1')).toEqual({ pct200: 5, providers: 3 });
    expect(channel('GBR-NGA', 'bank', '2025Q1')).toEqual({ pct200: 9, providers: 1 });
    expect(channel('DEU-GHA', 'post_office', '2025Q1')).toEqual({ pct200: -0.25, providers: 1 });
  });

  it('no SmaRT (no transparent flag, no speed)', () => {
    expect(rpw.smart).toEqual([]);
    const text = formatReport(rpw.report);
    expect(text).toContain('format: short (no transparent flag, speed, USD 500 or amount): averages over all surveyed services');
    expect(text).not.toContain('SmaRT:');
  });

  it('counts a firm type naming two channels under none', () => {
    expect(rpw.report.otherFirmTypes).toEqual({ 'Money Transfer Operator / Post office': 1 });
    expect(formatReport(rpw.report)).toContain('firm types under no channel: "Money Transfer Operator / Post office" 1');
  });

  it('statistics and services over every row, cheapest first, no fee in percent (no amount)', () => {
    const stats = rpw.stats.find((s) => s.key === 'GBR-NGA')?.quarters.get('2025Q1');
    // 2, 3, 4, 6, 6, 9: median (4 + 6) / 2.
    expect(stats).toEqual({ n: 6, median: 5, min: 2, max: 9 });
    expect(rpw.services.find((s) => s.key === 'GBR-NGA' && s.quarter === '2025Q1')?.rows).toEqual([
      ['M-Wallet', 'mobile_operator', null, 0.5, 2],
      ['Ria', 'mto', null, 1.5, 3],
      ['Combo', null, null, 1, 4],
      ['Western Union', 'mto', null, 3, 6],
      ['Western Union', 'mto', null, 3, 6],
      ['Bank X', 'bank', null, 2, 9],
    ]);
  });

  it('in the bundle: its own source, labelled as over all surveyed services, valid for validateBundle', () => {
    const [fullFile, , servicesFile] = render(SOURCES_DIR, [rpw]);
    const full = fullFile!.bundle as Bundle;
    const source = full.sources.length - 1;
    expect(full.sources[source]).toMatchObject({ id: 'rpw-providers:short.csv', kind: 'computed', over: 'all' });
    expect(full.sources[source]!.title).toContain('computed over all surveyed services');
    const mto = full.channels?.['GBR-NGA']?.find((c) => c.source === source && c.channel === 'mto');
    expect(mto).toMatchObject({ pct200: [3.2, 5], providers: [1, 3] });
    expect(mto).not.toHaveProperty('pct500');
    expect(full.smart).toBeUndefined();
    const services = (servicesFile!.bundle as ServicesFile).services;
    expect(Object.keys(services)).toEqual(['DEU-GHA', 'GBR-NGA']);
    expect(validateBundle({ ...JSON.parse(fullFile!.text), services })).toMatchObject({ ok: true });
  });
});

describe('a firm type that is an object property name is a counted bad row (issue 13)', () => {
  it.each(['constructor', '__proto__', 'prototype', ' Constructor ', '__PROTO__', '  prototype'])('%o, transparent or not', async (firmType) => {
    const path = write('reserved.csv', [
      row({}),
      row({ firm_type: firmType }),
      row({ firm_type: firmType, transparent: 'no' }),
      row({ firm: 'Bank B', 'cc1 total cost %': '10.00' }),
    ]);
    const { report, channels } = await importRpw(path);
    expect(report).toMatchObject({ rowsRead: 4, rowsUsed: 2, badRows: 2, notTransparent: 0 });
    expect(report.reasons[0]).toMatch(/reserved\.csv:3: firm_type: ".*" is not a firm type$/i);
    expect(report.reasons[1]).toMatch(/reserved\.csv:4: firm_type:/);
    expect(Object.keys(report.otherFirmTypes)).toEqual([]);
    expect(channels.find((c) => c.key === 'USA-MEX' && c.channel === 'bank')?.quarters.get('2025Q1')).toMatchObject({ pct200: 9, providers: 2 });
  });
});

describe("costs outside the bundle validator's range are counted bad rows (issue 13)", () => {
  it(`1e308, 5000 and the like (the range is ${BUNDLE_LIMITS.minPct}..${BUNDLE_LIMITS.maxPct} %), and the bundle validates`, async () => {
    const path = write('range.csv', [
      row({}),
      row({ 'cc1 total cost %': '1e308' }),
      row({ 'cc1 total cost %': '5000' }),
      row({ 'cc1 total cost %': '-100.5' }),
      row({ 'cc2 total cost %': '5000' }),
      row({ 'cc1 fx margin': '-1e300' }),
      row({ 'cc1 lcu fee': '2001', 'cc1 lcu amount': '200.00' }),
      row({ 'cc1 lcu amount': '0' }),
      row({ 'cc1 total cost %': '1000' }),
    ]);
    const { report, ...rpw } = await importRpw(path);
    expect(report).toMatchObject({ rowsRead: 9, rowsUsed: 2, badRows: 7 });
    expect(report.reasons.map((r) => r.replace(/^.*range\.csv:/, ''))).toEqual([
      '3: cc1 total cost %: 1e308 is outside -100..1000 percent',
      '4: cc1 total cost %: 5000 is outside -100..1000 percent',
      '5: cc1 total cost %: -100.5 is outside -100..1000 percent',
      '6: cc2 total cost %: 5000 is outside -100..1000 percent',
      '7: cc1 fx margin: -1e300 is outside -100..1000 percent',
      '8: cc1 lcu fee: 2001 of 200.00 is outside -100..1000 percent',
      '9: cc1 lcu amount: not a positive number: "0"',
    ]);
    expect(formatReport(report)).toContain('9 rows read, 2 used, 7 bad');
    const [fullFile] = render(SOURCES_DIR, [{ report, ...rpw }]);
    expect(validateBundle(JSON.parse(fullFile!.text))).toMatchObject({ ok: true });
  });
});

describe('control characters in cells are printed escaped (issue 13)', () => {
  it('ESC]0;... (terminal title) and ESC[2J (clear screen) never reach the terminal raw', async () => {
    const path = write('escapes.csv', [
      row({ firm_type: '\x1b]0;pwned\x07' }),
      row({ period: '\x1b[2J2025_1Q' }),
      row({ firm: 'Bank \x1b[31mRed' }),
      row({ transparent: 'y\u202eseY' }),
    ]);
    const { report } = await importRpw(path);
    expect(report).toMatchObject({ rowsRead: 4, rowsUsed: 2, badRows: 2 });
    const text = formatReport(report);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain('firm types under no channel: "\\x1b]0;pwned\\x07" 1');
    expect(text).toContain('escapes.csv:3: period: bad period "\\x1b[2J2025_1Q"');
    expect(text).toContain('escapes.csv:4: firm: control characters in "Bank \\x1b[31mRed"');
    expect(text).toContain('unrecognised transparent (counted as not transparent): "y\\u202esey" 1');
    for (const reason of report.reasons) expect(reason).not.toContain('\x1b');
  });
});

describe('memory is bounded by corridor x quarter cells and services kept (issue 13)', () => {
  it(`the limits are documented: ${MAX_CELLS} cells, ${MAX_SERVICES} services`, () => {
    const provenance = readFileSync(fileURLToPath(new URL('../../core/data/PROVENANCE.md', import.meta.url)), 'utf8');
    expect(provenance).toContain(`${MAX_CELLS.toLocaleString('en')} corridor x quarter cells`);
    expect(provenance).toContain(`${MAX_SERVICES.toLocaleString('en')} services`);
  });

  it('stops with a clear message past the cell limit (lowered here to 3)', async () => {
    const quarters = ['2024_1Q', '2024_2Q', '2024_3Q', '2024_4Q', '2025_1Q'];
    const path = write('cells.csv', quarters.map((period) => row({ period })));
    await expect(importRpw(path, { maxCells: 3 })).rejects.toThrow(
      /cells\.csv:5: more than 3 corridor x quarter cells \(the import keeps figures for each; MAX_CELLS in scripts\/lib\/rpw\.ts\): the import stops here/,
    );
    await expect(importRpw(path, { maxCells: 5 })).resolves.toMatchObject({ report: { cells: 5 } });
  });

  it('stops with a clear message past the services limit (lowered here to 2)', async () => {
    const path = write('services.csv', [row({}), row({ transparent: 'no' }), row({}), row({})]);
    await expect(importRpw(path, { maxServices: 2 })).rejects.toThrow(/services\.csv:5: more than 2 services to keep \(MAX_SERVICES/);
  });

});
