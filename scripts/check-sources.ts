/**
 * Re-runs the checks `core/data/sources/README.md` reports for the
 * provider-level and bank/MTO files, against the official DataBank corridor
 * averages and the corridor quarter means:
 *
 *   tsx scripts/check-sources.ts
 *
 * 1. World Bank format: the mean `cc1 total cost %` over the transparent
 *    services equals the DataBank corridor average;
 * 2. short format: the mean over every row equals the corridor means file's,
 *    with the same number of services;
 * 3. bank/MTO file: `total_cost_pct` equals the DataBank corridor average.
 *
 * Prints, per check, how many corridor-quarters both sides have, the largest
 * difference and how many differ by more than rounding. The DataBank and
 * means figures are read as the bundle keeps them (rounded to 3 decimals), so
 * differences up to 0.0005 are rounding (0.001 against the bank/MTO file,
 * itself rounded to 3 decimals). Exit code 1 when a check fails.
 * Results are recorded in core/data/PROVENANCE.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { parseQuarter } from '../core/periods.ts';
import { ROOT } from './lib/csv.ts';
import { parseDatabank, parseMeans, type SeriesDraft } from './lib/parse.ts';

const SOURCES = join(ROOT, 'core/data/sources');

type Row = Record<string, string>;
const rows = (name: string): Row[] => parse(readFileSync(join(SOURCES, name), 'utf8'), { columns: true, bom: true }) as Row[];

/** `FROM-TO YYYYQn` -> figures, from drafts. */
function byCell(drafts: readonly SeriesDraft[]): Map<string, { pct200: number; providers?: number }> {
  const out = new Map<string, { pct200: number; providers?: number }>();
  for (const d of drafts) for (const [q, f] of d.quarters) out.set(`${d.key} ${q}`, f);
  return out;
}

/** Sum and count of `cc1 total cost %` per corridor-quarter over the rows `keep` selects. */
function means(list: readonly Row[], keep: (r: Row) => boolean, period = 'period'): Map<string, { mean: number; n: number }> {
  const sums = new Map<string, { s: number; n: number }>();
  for (const r of list) {
    if (!keep(r)) continue;
    const key = `${r.source_code}-${r.destination_code} ${parseQuarter(r[period] ?? '')}`;
    const cell = sums.get(key) ?? { s: 0, n: 0 };
    cell.s += Number(r['cc1 total cost %']);
    cell.n++;
    sums.set(key, cell);
  }
  return new Map([...sums].map(([k, { s, n }]) => [k, { mean: s / n, n }]));
}

export interface CheckResult {
  readonly name: string;
  readonly both: number;
  readonly largest: number;
  /** what counts as equal: rounding only */
  readonly tolerance: number;
  readonly over: number;
  readonly countsDiffer: number;
}

/**
 * @param tolerance 0.0005 where one side is rounded to 3 decimals (the bundle's DataBank and means
 *   figures), 0.001 where both are (the bank/MTO file has 3 decimals), plus float noise
 */
function compare(
  name: string,
  ours: Map<string, { mean: number; n: number }>,
  theirs: Map<string, { pct200: number; providers?: number }>,
  tolerance: number,
): CheckResult {
  let both = 0;
  let largest = 0;
  let over = 0;
  let countsDiffer = 0;
  for (const [key, { mean, n }] of ours) {
    const other = theirs.get(key);
    if (!other) continue;
    both++;
    const diff = Math.abs(mean - other.pct200);
    largest = Math.max(largest, diff);
    if (diff > tolerance + 1e-9) over++;
    if (other.providers !== undefined && other.providers !== n) countsDiffer++;
  }
  return { name, both, largest, tolerance, over, countsDiffer };
}

export function checkSources(): CheckResult[] {
  const databank = byCell(parseDatabank(join(SOURCES, 'rpw-databank-corridors-2011q1-2020q3.csv'), 0));
  const corridorMeans = byCell(parseMeans(join(SOURCES, 'rpw-corridor-quarter-means-2016q2-2025q1.csv'), 1));
  const bankMto = rows('rpw-corridor-bank-mto-2011q1-2025q3-south-asia-philippines.csv');
  return [
    compare(
      'rpw-providers-2011q1-2014q2.csv, mean over transparent services vs DataBank',
      means(rows('rpw-providers-2011q1-2014q2.csv'), (r) => r.transparent === 'yes'),
      databank,
      0.0005,
    ),
    compare('rpw-providers-africa-2016q2-2025q1.csv, mean over all rows vs corridor means', means(rows('rpw-providers-africa-2016q2-2025q1.csv'), () => true), corridorMeans, 0.0005),
    compare(
      'rpw-corridor-bank-mto-*.csv, total_cost_pct vs DataBank',
      new Map(bankMto.map((r) => [`${r.source_code}-${r.destination_code} ${r.quarter}`, { mean: Number(r.total_cost_pct), n: Number(r.num_services) }])),
      new Map([...databank].map(([k, v]) => [k, { pct200: v.pct200 }])),
      0.001,
    ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let failed = false;
  for (const r of checkSources()) {
    const ok = r.both > 0 && r.over === 0 && r.countsDiffer === 0;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.both} corridor-quarters in both, largest difference ${r.largest.toFixed(6)}, ` +
        `${r.over} beyond rounding (${r.tolerance}), ${r.countsDiffer} with another number of services`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}
