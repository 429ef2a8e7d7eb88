/**
 * Import of provider-level RPW files (World Bank, Remittance Prices
 * Worldwide, one row per service and quarter) for `npm run data`: every
 * `core/data/sources/rpw-providers*.csv`, and `--rpw FILE`. Two formats,
 * told apart by the header:
 *
 * - `world-bank`: the World Bank's own export (a `transparent` column, `speed
 *   actual`, the USD 200 block `cc1 ...` and the USD 500 block `cc2 ...`).
 *   Averages are over the transparent services, as the official corridor
 *   average is (`over: 'transparent'`); SmaRT is computed.
 * - `short`: period, codes, firm, firm type, `cc1 fx margin` and `cc1 total
 *   cost %` only (no transparent flag, no speed, no USD 500 block, no amount):
 *   averages are over ALL surveyed services (`over: 'all'`), with no USD 500
 *   figure, no SmaRT and no fee in percent. Repeated rows are kept (the same
 *   firm surveyed for two products).
 *
 * The file is streamed and read record by record (`records.ts`). Unlike the
 * corridor-level sources, a bad row does not stop the import: it is counted
 * and reported as `file:line: reason` (`file:first-last: reason` for a record
 * over several lines), left out of every figure, and the import goes on. A bad
 * row is any row the bundle would not hold: an unknown period or country, a
 * cost that is not a number or outside the bundle validator's range
 * (`BUNDLE_LIMITS.minPct`..`maxPct`, core/validate-bundle.ts), a firm type
 * that is an object's own property name (`constructor`, `__proto__`,
 * `prototype`), a firm name that is missing, too long or has control
 * characters. Only a header without the required columns, an unreadable file,
 * or more than `MAX_CELLS` corridor x quarter cells or `MAX_SERVICES` services
 * stop it.
 *
 * What it computes per corridor x quarter (see core/data/PROVENANCE.md):
 * - per channel (`channelOfFirmType`, core/channels.ts): the simple mean of
 *   `cc1 total cost %` (USD 200), and of `cc2 total cost %` (USD 500, world-bank
 *   format), over the services averaged, and how many;
 * - the services' statistics: how many, median, lowest, highest `cc1 total cost %`;
 * - the services themselves, cheapest first: firm, channel, fee in percent
 *   (`cc1 lcu fee` / `cc1 lcu amount` x 100, world-bank format), FX margin, total;
 * - SmaRT (world-bank format): the mean `cc1 total cost %` of the three
 *   cheapest services that are transparent and deliver in 5 days or less
 *   (the mean of the 1-2 there are when fewer qualify; no figure when none).
 *
 * Memory is bounded: by `MAX_CELLS` cells and `MAX_SERVICES` services kept
 * (five numbers each), never by the number of rows read.
 */
import { basename } from 'node:path';
import { CHANNELS, channelOfFirmType, type Channel } from '../../core/channels.ts';
import type { ServiceRow } from '../../core/data/types.ts';
import { parseQuarter } from '../../core/periods.ts';
import { BUNDLE_LIMITS } from '../../core/validate-bundle.ts';
import { DataError, displayPath, printable } from './csv.ts';
import { isAlpha3, pctInRange, PCT_RANGE, round3 } from './check.ts';
import { readLines, recordReader } from './records.ts';

export { MAX_RECORD_CHARS } from './records.ts';

/** The two provider-level formats (see the top of this file). */
export type RpwFormat = 'world-bank' | 'short';

/** `speed actual` values (lower case, single spaces) that deliver in 5 days or less. */
const FAST = new Set(['less than one hour', 'less than 1 hour', 'same day', 'next day', '1 day', '2 days', '3-5 days', '3 - 5 days', '3 to 5 days']);
/** `speed actual` values that take longer. Anything else is "unrecognised" (not fast, and counted). */
const SLOW = new Set(['6 days or more', '6 or more days', 'more than 5 days']);

/** Columns the world-bank format needs (header names as the World Bank writes them; matched case-insensitively). */
export const RPW_REQUIRED = [
  'period',
  'source_code',
  'destination_code',
  'firm',
  'firm_type',
  'speed actual',
  'transparent',
  'cc1 lcu amount',
  'cc1 lcu fee',
  'cc1 fx margin',
  'cc1 total cost %',
  'cc2 total cost %',
] as const;

/** Columns the short format needs. */
export const SHORT_REQUIRED = ['period', 'source_code', 'destination_code', 'firm', 'firm_type', 'cc1 fx margin', 'cc1 total cost %'] as const;

/** Columns only the world-bank format has: a header with any of them is read as that format. */
const WORLD_BANK_ONLY = ['transparent', 'speed actual', 'cc2 total cost %'];

/**
 * At most this many corridor x quarter cells per file: past it the import
 * stops with a message. Each cell holds a few dozen numbers; the World Bank's
 * full dataset (about 370 corridors x 60 quarters) has some 22,000.
 */
export const MAX_CELLS = 100_000;
/**
 * At most this many services kept (the averaged ones; five numbers each,
 * about 40 MB at most): past it the import stops with a message. The World
 * Bank's full dataset has some 200,000.
 */
export const MAX_SERVICES = 1_000_000;

/** Firm types that are an object's own property names: never a channel, always a bad row. */
const RESERVED_FIRM_TYPES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How many bad-row reasons the report keeps (all bad rows are counted, and passed to `onBadRow`). */
const MAX_REASONS_DEFAULT = 20;
/** Distinct unrecognised values kept per column in the report; more are counted under `(other values)`. */
const MAX_DISTINCT = 50;
/** Validation caches stop growing past this many distinct values (a broken file could have millions). */
const MAX_CACHE = 10_000;

/** A plain decimal number (no hex, no `Infinity`, no thousands separators). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite number from a cell, or null. */
function finite(value: string): number | null {
  if (!NUMBER.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Lower case, trimmed, inner whitespace collapsed. */
function norm(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Control characters a firm name must not have (after whitespace is collapsed). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Count a value in a bounded tally. */
function tallyAdd(tally: Map<string, number>, value: string): void {
  const key = tally.has(value) || tally.size < MAX_DISTINCT ? value : '(other values)';
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

function tallyObject(tally: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))) out[k] = v;
  return out;
}

/** Plain code-unit order. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Figures for one channel in one corridor and quarter. */
interface Sums {
  n200: number;
  s200: number;
  n500: number;
  s500: number;
}

/** Numbers kept per service, flat in `Cell.services`: firm index, channel index (-1: none), fee %, FX margin %, total % (NaN: none). */
const STRIDE = 5;

/** Running figures for one corridor in one quarter. */
interface Cell {
  /** `FROM-TO` */
  readonly key: string;
  /** `YYYYQn` */
  readonly quarter: string;
  /** by `CHANNELS` index */
  readonly sums: Sums[];
  /** up to three lowest `cc1 total cost %` of SmaRT-eligible services, ascending */
  readonly cheapest: number[];
  /** the averaged services, `STRIDE` numbers each */
  readonly services: number[];
}

/** Figures for one quarter of a measured series. Percentages are percent. */
export interface RpwFigures {
  /** mean `cc1 total cost %` */
  readonly pct200: number;
  /** mean `cc2 total cost %` (services that have one; world-bank format) */
  readonly pct500?: number;
  /** services averaged at USD 200 (SmaRT: 1-3) */
  readonly providers: number;
}

/** What the averaged services of one corridor cost in one quarter, `cc1 total cost %`, percent. */
export interface RpwStats {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface RpwChannelFigures {
  /** `FROM-TO` */
  readonly key: string;
  readonly channel: Channel;
  /** by `YYYYQn`, ascending */
  readonly quarters: Map<string, RpwFigures>;
}

export interface RpwSmartFigures {
  readonly key: string;
  /** by `YYYYQn`, ascending; quarters without an eligible service are absent */
  readonly quarters: Map<string, RpwFigures>;
}

export interface RpwStatsFigures {
  readonly key: string;
  readonly quarters: Map<string, RpwStats>;
}

/** The averaged services of one corridor in one quarter, cheapest first. */
export interface RpwServices {
  readonly key: string;
  readonly quarter: string;
  readonly rows: readonly ServiceRow[];
}

/** What the import saw, for the summary. */
export interface RpwReport {
  /** as shown in messages (relative to the repository when inside it) */
  readonly file: string;
  readonly format: RpwFormat;
  /** data records (header excluded; blank lines are not records) */
  readonly rowsRead: number;
  /** rows that passed validation (non-transparent ones included: they are counted, not averaged) */
  readonly rowsUsed: number;
  /** rows left out, each reported (a line with an unclosed quote is one bad row) */
  readonly badRows: number;
  /** `file:line: reason` of the first bad rows (20 by default), control characters escaped */
  readonly reasons: string[];
  /** corridors with at least one used row */
  readonly corridors: number;
  /** quarters with at least one used row, ascending */
  readonly quarters: string[];
  /** corridor x quarter cells with at least one used row */
  readonly cells: number;
  /** used rows per channel; `none`: firm types naming two channels, or none */
  readonly byChannel: Record<Channel | 'none', number>;
  /** firm types counted under no channel, with their rows */
  readonly otherFirmTypes: Record<string, number>;
  /** `speed actual` values neither fast nor slow (not SmaRT-eligible; world-bank format) */
  readonly unrecognisedSpeed: Record<string, number>;
  /** `transparent` values other than yes/no (treated as not transparent) */
  readonly unrecognisedTransparent: Record<string, number>;
  /** used rows with an empty `cc2 total cost %` (left out of the USD 500 means) */
  readonly withoutUsd500: number;
  /** used rows whose `transparent` is not `yes`: left out of the averages, statistics, services and SmaRT */
  readonly notTransparent: number;
  /** rows read with a stray `"` taken as text (`MTO "H"`), used when their fields are right */
  readonly quotesAsText: number;
  /** corridor x quarter cells with a SmaRT figure */
  readonly smartCells: number;
  /** of those, cells with only 1 or 2 eligible services */
  readonly smartPartial: number;
  /** corridor x quarter cells without any eligible service (no SmaRT) */
  readonly smartNone: number;
}

export interface RpwImport {
  /** base name of the file (for the source citation) */
  readonly fileName: string;
  readonly format: RpwFormat;
  /** which services the averages, statistics and service lists are over */
  readonly over: 'transparent' | 'all';
  /** ascending */
  readonly quarters: string[];
  /** `FROM-TO` of every corridor with a used row, ascending */
  readonly corridors: string[];
  /** by corridor key, then channel order */
  readonly channels: RpwChannelFigures[];
  /** by corridor key (world-bank format only; empty otherwise) */
  readonly smart: RpwSmartFigures[];
  /** by corridor key */
  readonly stats: RpwStatsFigures[];
  /** by corridor key, then quarter */
  readonly services: RpwServices[];
  readonly report: RpwReport;
}

export interface RpwBadRow {
  readonly file: string;
  /** 1-based line where the record starts */
  readonly line: number;
  /** 1-based line where it ends (`line` unless a quoted field spans lines) */
  readonly lastLine: number;
  readonly reason: string;
  /** `file:line: reason`, or `file:line-lastLine: reason`, control characters escaped */
  readonly message: string;
}

export interface RpwImportOptions {
  /** called for every bad row */
  readonly onBadRow?: (bad: RpwBadRow) => void;
  /** called every `progressEvery` rows */
  readonly onProgress?: (rowsRead: number) => void;
  /** default 10,000 */
  readonly progressEvery?: number;
  /** reasons kept in the report, default 20 */
  readonly maxReasons?: number;
  /** corridor x quarter cells before the import stops, default (and at most) `MAX_CELLS` */
  readonly maxCells?: number;
  /** services kept before the import stops, default (and at most) `MAX_SERVICES` */
  readonly maxServices?: number;
}

/** Column indexes of one format's required columns. */
type Columns = Record<(typeof RPW_REQUIRED)[number], number>;

/**
 * Stream the provider-level RPW CSV at `path` and compute the measured
 * channel averages, the services' statistics and lists, and (world-bank
 * format) SmaRT, per corridor and quarter.
 *
 * Rejects with a `DataError` when the file is empty or its header lacks a
 * required column, or past `MAX_CELLS` cells or `MAX_SERVICES` services; with
 * the I/O error when it cannot be read. Bad rows do not reject: see `report`.
 */
export async function importRpw(path: string, options: RpwImportOptions = {}): Promise<RpwImport> {
  const file = displayPath(path);
  const maxReasons = options.maxReasons ?? MAX_REASONS_DEFAULT;
  const progressEvery = options.progressEvery ?? 10_000;
  const maxCells = Math.min(options.maxCells ?? MAX_CELLS, MAX_CELLS);
  const maxServices = Math.min(options.maxServices ?? MAX_SERVICES, MAX_SERVICES);

  const cells = new Map<string, Cell>();
  const quarterCache = new Map<string, string | null>();
  const codeCache = new Map<string, boolean>();
  const firmTypeCache = new Map<string, Channel | null | 'reserved'>();
  /** Firm cell as read -> index into `firms` (names with whitespace collapsed; each validated once). */
  const firmIndex = new Map<string, number>();
  /** Firm name -> index into `firms`. */
  const firmByName = new Map<string, number>();
  const firms: string[] = [];
  const otherFirmTypes = new Map<string, number>();
  const unrecognisedSpeed = new Map<string, number>();
  const unrecognisedTransparent = new Map<string, number>();
  const byChannel: Record<Channel | 'none', number> = { bank: 0, mto: 0, post_office: 0, mobile_operator: 0, none: 0 };
  const reasons: string[] = [];
  let rowsRead = 0;
  let rowsUsed = 0;
  let badRows = 0;
  let withoutUsd500 = 0;
  let notTransparent = 0;
  let quotesAsText = 0;
  let servicesKept = 0;

  const bad = (line: number, lastLine: number, reason: string): void => {
    badRows++;
    const message = printable(`${file}:${line}${lastLine === line ? '' : `-${lastLine}`}: ${reason}`);
    if (reasons.length < maxReasons) reasons.push(message);
    options.onBadRow?.({ file, line, lastLine, reason, message });
  };
  const quarterOf = (value: string): string | null => {
    let q = quarterCache.get(value);
    if (q === undefined) {
      q = parseQuarter(value);
      if (quarterCache.size < MAX_CACHE) quarterCache.set(value, q);
    }
    return q;
  };
  const knownCode = (value: string): boolean => {
    let ok = codeCache.get(value);
    if (ok === undefined) {
      ok = isAlpha3(value);
      if (codeCache.size < MAX_CACHE) codeCache.set(value, ok);
    }
    return ok;
  };
  const normCache = new Map<string, string>();
  const normCached = (value: string): string => {
    let n = normCache.get(value);
    if (n === undefined) {
      n = norm(value);
      if (normCache.size < MAX_CACHE) normCache.set(value, n);
    }
    return n;
  };
  const channelOf = (value: string): Channel | null | 'reserved' => {
    let c = firmTypeCache.get(value);
    if (c === undefined) {
      c = RESERVED_FIRM_TYPES.has(norm(value)) ? 'reserved' : channelOfFirmType(value);
      if (firmTypeCache.size < MAX_CACHE) firmTypeCache.set(value, c);
    }
    return c;
  };

  let format: RpwFormat = 'world-bank';
  let at: Columns | null = null;
  let width = 0;

  /** The header: tell the format, check it has the required columns. */
  const header = (fields: string[], line: number): void => {
    const names = fields.map(norm);
    format = WORLD_BANK_ONLY.some((name) => names.includes(name)) ? 'world-bank' : 'short';
    const required: readonly string[] = format === 'world-bank' ? RPW_REQUIRED : SHORT_REQUIRED;
    const missing = required.filter((name) => !names.includes(name));
    if (missing.length) {
      throw new DataError(path, line, `missing column(s): ${missing.join(', ')} (the header has: ${names.join(', ')})`);
    }
    // Index of each column (-1 where the format has none: the short format's missing ones read as '').
    at = Object.fromEntries(RPW_REQUIRED.map((name) => [name, required.includes(name) ? names.indexOf(name) : -1])) as Columns;
    width = fields.length;
  };

  /** A cell's raw text ('' for a column the format does not have). */
  const cellText = (fields: string[], i: number): string => (i < 0 ? '' : (fields[i] ?? ''));

  /**
   * One data record: validate, then add it to its corridor x quarter cell.
   * Returns why it is bad, or undefined when it was used. (No closure is made
   * per row: this runs for every row of large files.)
   */
  const row = (fields: string[], first: number, c: Columns): string | undefined => {
    if (fields.length !== width) return `expected ${width} fields, got ${fields.length}`;
    const periodText = cellText(fields, c['period']).trim();
    const quarter = quarterOf(periodText);
    if (!quarter) return `period: bad period "${periodText}" (expected YYYY_nQ, Qn YYYY or YYYYQn, n 1-4, year 2000-2100)`;
    const from = cellText(fields, c['source_code']).trim();
    if (!knownCode(from)) return `source_code: unknown ISO 3166-1 alpha-3 code "${from}"`;
    const to = cellText(fields, c['destination_code']).trim();
    if (!knownCode(to)) return `destination_code: unknown ISO 3166-1 alpha-3 code "${to}"`;
    const cost200Text = cellText(fields, c['cc1 total cost %']).trim();
    const cost200 = finite(cost200Text);
    if (cost200 === null) return `cc1 total cost %: not a finite number: "${cost200Text}"`;
    if (!pctInRange(cost200)) return `cc1 total cost %: ${cost200Text} is outside ${PCT_RANGE} percent`;
    const wb = format === 'world-bank';
    const cost500Text = wb ? cellText(fields, c['cc2 total cost %']).trim() : '';
    const cost500 = cost500Text === '' ? null : finite(cost500Text);
    if (cost500Text !== '' && cost500 === null) {
      return `cc2 total cost %: not a finite number: "${cost500Text}" (leave it empty when there is no USD 500 quote)`;
    }
    if (cost500 !== null && !pctInRange(cost500)) return `cc2 total cost %: ${cost500Text} is outside ${PCT_RANGE} percent`;

    const firmTypeText = cellText(fields, c['firm_type']);
    const channel = channelOf(firmTypeText);
    if (channel === 'reserved') return `firm_type: "${firmTypeText.trim()}" is not a firm type`;
    // A firm is validated once, when first kept (the index has only firms of kept services).
    const firmText = cellText(fields, c['firm']);
    let firmAt = firmIndex.get(firmText);
    let firm = '';
    if (firmAt === undefined) {
      firm = firmText.trim().replace(/\s+/g, ' ');
      if (firm === '') return 'firm: missing';
      if (firm.length > BUNDLE_LIMITS.maxFirmLength) return `firm: longer than ${BUNDLE_LIMITS.maxFirmLength} characters`;
      if (CONTROL.test(firm)) return `firm: control characters in "${firm}"`;
    }

    const marginText = cellText(fields, c['cc1 fx margin']).trim();
    const margin = marginText === '' && wb ? null : finite(marginText);
    if (marginText !== '' || !wb) {
      if (margin === null) return `cc1 fx margin: not a finite number: "${marginText}"`;
      if (!pctInRange(margin)) return `cc1 fx margin: ${marginText} is outside ${PCT_RANGE} percent`;
    }
    let feePct: number | null = null;
    if (wb) {
      const amountText = cellText(fields, c['cc1 lcu amount']).trim();
      const amount = finite(amountText);
      if (amount === null || amount <= 0) return `cc1 lcu amount: not a positive number: "${amountText}"`;
      const feeText = cellText(fields, c['cc1 lcu fee']).trim();
      if (feeText !== '') {
        const fee = finite(feeText);
        if (fee === null) return `cc1 lcu fee: not a finite number: "${feeText}" (leave it empty when there is no fee figure)`;
        feePct = (fee / amount) * 100;
        if (!pctInRange(feePct)) return `cc1 lcu fee: ${feeText} of ${amountText} is outside ${PCT_RANGE} percent`;
      }
    }

    let transparent = true;
    if (wb) {
      const transparentText = normCached(cellText(fields, c['transparent']));
      if (transparentText !== 'yes' && transparentText !== 'no') tallyAdd(unrecognisedTransparent, transparentText || '(empty)');
      transparent = transparentText === 'yes';
    }

    const key = `${from}-${to}`;
    const cellKey = `${key} ${quarter}`;
    let cell = cells.get(cellKey);
    if (!cell) {
      if (cells.size >= maxCells) {
        throw new DataError(
          path,
          first,
          `more than ${maxCells.toLocaleString('en')} corridor x quarter cells (the import keeps figures for each; MAX_CELLS in scripts/lib/rpw.ts): the import stops here`,
        );
      }
      cell = { key, quarter, sums: CHANNELS.map(() => ({ n200: 0, s200: 0, n500: 0, s500: 0 })), cheapest: [], services: [] };
      cells.set(cellKey, cell);
    }

    rowsUsed++;
    if (wb && cost500 === null) withoutUsd500++;
    if (!transparent) notTransparent++;
    if (channel) byChannel[channel]++;
    else {
      byChannel.none++;
      tallyAdd(otherFirmTypes, firmTypeText.trim() || '(empty)');
    }

    if (wb) {
      const speedText = normCached(cellText(fields, c['speed actual']));
      const fast = FAST.has(speedText);
      if (!fast && !SLOW.has(speedText)) tallyAdd(unrecognisedSpeed, speedText || '(empty)');
      if (transparent && fast) keepCheapest(cell.cheapest, cost200);
    }
    // Averages, statistics and service lists are over transparent services only where the
    // source says which are (RPW rules); the others are counted, not averaged.
    if (!transparent) return undefined;
    if (servicesKept >= maxServices) {
      throw new DataError(
        path,
        first,
        `more than ${maxServices.toLocaleString('en')} services to keep (MAX_SERVICES in scripts/lib/rpw.ts): the import stops here`,
      );
    }
    servicesKept++;
    if (firmAt === undefined) {
      firmAt = firmByName.get(firm);
      if (firmAt === undefined) {
        firmAt = firms.length;
        firms.push(firm);
        firmByName.set(firm, firmAt);
      }
      firmIndex.set(firmText, firmAt);
    }
    const channelAt = channel ? CHANNELS.indexOf(channel) : -1;
    cell.services.push(firmAt, channelAt, feePct ?? Number.NaN, margin ?? Number.NaN, cost200);
    if (channel) {
      const sums = cell.sums[channelAt];
      if (sums) {
        sums.n200++;
        sums.s200 += cost200;
        if (cost500 !== null) {
          sums.n500++;
          sums.s500 += cost500;
        }
      }
    }
    return undefined;
  };

  // Records are handled as their last line is read, synchronously and in file order, and not
  // kept: nothing is buffered per row (only the lines of a quoted field still open), and bad
  // rows are reported in line order. A bad header or a limit throws, which ends the import.
  const reader = recordReader({
    width: () => width,
    record(fields, first, last, asText) {
      if (!at) return header(fields, first);
      rowsRead++;
      if (asText) quotesAsText++;
      const reason = row(fields, first, at);
      if (reason !== undefined) bad(first, last, reason);
      if (options.onProgress && rowsRead % progressEvery === 0) options.onProgress(rowsRead);
      return undefined;
    },
    broken(line, reason, next) {
      if (!at) throw new DataError(path, line, `unreadable header: ${reason}`);
      rowsRead++;
      bad(line, line, next ? `${reason}; ${next}` : reason);
    },
  });
  await readLines(path, reader.line);
  reader.end();
  if (!at) throw new DataError(path, 1, 'empty file (no header)');

  return collect(cells, firms, {
    file,
    format,
    fileName: basename(path),
    rowsRead,
    rowsUsed,
    badRows,
    reasons,
    byChannel,
    otherFirmTypes: tallyObject(otherFirmTypes),
    unrecognisedSpeed: tallyObject(unrecognisedSpeed),
    unrecognisedTransparent: tallyObject(unrecognisedTransparent),
    withoutUsd500,
    notTransparent,
    quotesAsText,
  });
}

/** Insert `cost` into the ascending list of at most three lowest costs. */
function keepCheapest(cheapest: number[], cost: number): void {
  if (cheapest.length === 3 && cost >= (cheapest[2] ?? Infinity)) return;
  let i = cheapest.length;
  while (i > 0 && (cheapest[i - 1] ?? -Infinity) > cost) i--;
  cheapest.splice(i, 0, cost);
  if (cheapest.length > 3) cheapest.pop();
}

/** A kept number as a bundle figure: rounded to 3 decimals, null for none. */
const figure = (n: number): number | null => (Number.isNaN(n) ? null : round3(n));

/** The services of a cell as service rows, cheapest first (then by firm, channel, fee, margin, for a stable order). */
function serviceRows(cell: Cell, firms: readonly string[]): ServiceRow[] {
  const rows: ServiceRow[] = [];
  const s = cell.services;
  for (let i = 0; i < s.length; i += STRIDE) {
    const channel = CHANNELS[s[i + 1] ?? -1] ?? null;
    rows.push([firms[s[i] ?? 0] ?? '', channel, figure(s[i + 2] ?? NaN), figure(s[i + 3] ?? NaN), round3(s[i + 4] ?? 0)]);
  }
  const rank = (c: Channel | null) => (c === null ? CHANNELS.length : CHANNELS.indexOf(c));
  const num = (n: number | null) => (n === null ? -Infinity : n);
  return rows.sort(
    (a, b) => a[4] - b[4] || compare(a[0], b[0]) || rank(a[1]) - rank(b[1]) || num(a[2]) - num(b[2]) || num(a[3]) - num(b[3]),
  );
}

/** n, median, lowest, highest of a cell's services' `cc1 total cost %`, or null without services. */
function statsOf(cell: Cell): RpwStats | null {
  const costs: number[] = [];
  for (let i = STRIDE - 1; i < cell.services.length; i += STRIDE) costs.push(cell.services[i] ?? 0);
  if (!costs.length) return null;
  costs.sort((a, b) => a - b);
  const mid = costs.length >> 1;
  const median = costs.length % 2 ? (costs[mid] ?? 0) : ((costs[mid - 1] ?? 0) + (costs[mid] ?? 0)) / 2;
  return { n: costs.length, median: round3(median), min: round3(costs[0] ?? 0), max: round3(costs.at(-1) ?? 0) };
}

type Seen = Omit<RpwReport, 'corridors' | 'quarters' | 'cells' | 'smartCells' | 'smartPartial' | 'smartNone'> & { fileName: string };

/** Turn the running sums into figures, in a deterministic order. */
function collect(cells: Map<string, Cell>, firms: readonly string[], seen: Seen): RpwImport {
  const sorted = [...cells.values()].sort((a, b) => compare(a.key, b.key) || compare(a.quarter, b.quarter));
  const channels = new Map<string, RpwChannelFigures>();
  const smart = new Map<string, RpwSmartFigures>();
  const stats = new Map<string, RpwStatsFigures>();
  const services: RpwServices[] = [];
  const quarters = new Set<string>();
  const corridors = new Set<string>();
  let smartCells = 0;
  let smartPartial = 0;
  let smartNone = 0;
  const wb = seen.format === 'world-bank';
  for (const cell of sorted) {
    quarters.add(cell.quarter);
    corridors.add(cell.key);
    CHANNELS.forEach((channel, i) => {
      const sums = cell.sums[i];
      if (!sums?.n200) return;
      const id = `${cell.key} ${channel}`;
      let series = channels.get(id);
      if (!series) {
        series = { key: cell.key, channel, quarters: new Map() };
        channels.set(id, series);
      }
      const mean = round3(sums.s200 / sums.n200);
      series.quarters.set(cell.quarter, sums.n500 ? { pct200: mean, pct500: round3(sums.s500 / sums.n500), providers: sums.n200 } : { pct200: mean, providers: sums.n200 });
    });
    const cellStats = statsOf(cell);
    if (cellStats) {
      let series = stats.get(cell.key);
      if (!series) {
        series = { key: cell.key, quarters: new Map() };
        stats.set(cell.key, series);
      }
      series.quarters.set(cell.quarter, cellStats);
      services.push({ key: cell.key, quarter: cell.quarter, rows: serviceRows(cell, firms) });
    }
    if (!wb) continue;
    const k = cell.cheapest.length;
    if (!k) {
      smartNone++;
      continue;
    }
    smartCells++;
    if (k < 3) smartPartial++;
    let series = smart.get(cell.key);
    if (!series) {
      series = { key: cell.key, quarters: new Map() };
      smart.set(cell.key, series);
    }
    series.quarters.set(cell.quarter, { pct200: round3(cell.cheapest.reduce((s, v) => s + v, 0) / k), providers: k });
  }
  const { fileName, ...rest } = seen;
  const quarterList = [...quarters].sort(compare);
  // Channel series sorted by corridor, then channel order (cells are sorted by corridor already).
  const channelList = [...channels.values()].sort((a, b) => compare(a.key, b.key) || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
  return {
    fileName,
    format: seen.format,
    over: wb ? 'transparent' : 'all',
    quarters: quarterList,
    corridors: [...corridors].sort(compare),
    channels: channelList,
    smart: [...smart.values()],
    stats: [...stats.values()],
    services,
    report: { ...rest, corridors: corridors.size, quarters: quarterList, cells: cells.size, smartCells, smartPartial, smartNone },
  };
}

/** Corridors named in the summary's left-out line. */
const LEFT_OUT_SHOWN = 10;

/**
 * The summary the command line prints: counts, then the kept bad-row
 * reasons. Every value read from the file is printed with its control
 * characters escaped (`printable`).
 * @param bundle what the bundle did with the import: `leftOut`, the file's
 *   corridors left out because the bundle has no corridor series for them
 */
export function formatReport(report: RpwReport, bundle: { leftOut?: readonly string[] } = {}): string {
  const q = report.quarters;
  const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const wb = report.format === 'world-bank';
  const lines = [
    `${report.file}: ${n(report.rowsRead, 'row')} read, ${report.rowsUsed} used, ${report.badRows} bad; ` +
      `${n(report.corridors, 'corridor')}, ${n(q.length, 'quarter')}${q.length ? ` (${q[0]} to ${q.at(-1)})` : ''}`,
    wb
      ? '  format: World Bank (transparent flag, USD 200 and 500): averages over the transparent services'
      : '  format: short (no transparent flag, speed, USD 500 or amount): averages over all surveyed services, no USD 500 figure, no SmaRT',
    `  services by channel: bank ${report.byChannel.bank}, mto ${report.byChannel.mto}, post_office ${report.byChannel.post_office}, ` +
      `mobile_operator ${report.byChannel.mobile_operator}, no channel ${report.byChannel.none}`,
  ];
  if (wb) {
    lines.push(
      `  SmaRT: ${report.smartCells} corridor-quarters (${report.smartPartial} from fewer than 3 services), ${report.smartNone} without any transparent service in 5 days or less`,
    );
  }
  if (report.notTransparent) lines.push(`  ${n(report.notTransparent, 'service')} not transparent: counted, left out of the channel averages, statistics, service lists and SmaRT`);
  if (report.withoutUsd500) lines.push(`  ${n(report.withoutUsd500, 'used row')} without a USD 500 cost (left out of the USD 500 means)`);
  if (report.quotesAsText) lines.push(`  ${n(report.quotesAsText, 'row')} with a stray quote, read as text`);
  const leftOut = bundle.leftOut ?? [];
  if (leftOut.length) {
    const shown = leftOut.slice(0, LEFT_OUT_SHOWN).join(', ') + (leftOut.length > LEFT_OUT_SHOWN ? ', ...' : '');
    lines.push(`  ${n(leftOut.length, 'corridor')} of the file left out of the bundle (no corridor series for ${leftOut.length === 1 ? 'it' : 'them'}): ${shown}`);
  }
  const tally = (t: Record<string, number>) =>
    Object.entries(t)
      .map(([value, count]) => `"${value}" ${count}`)
      .join(', ');
  if (Object.keys(report.otherFirmTypes).length) lines.push(`  firm types under no channel: ${tally(report.otherFirmTypes)}`);
  if (Object.keys(report.unrecognisedSpeed).length) lines.push(`  unrecognised speed actual (not counted as 5 days or less): ${tally(report.unrecognisedSpeed)}`);
  if (Object.keys(report.unrecognisedTransparent).length) lines.push(`  unrecognised transparent (counted as not transparent): ${tally(report.unrecognisedTransparent)}`);
  if (report.badRows) {
    lines.push(`  bad rows (left out of every figure)${report.badRows > report.reasons.length ? `, first ${report.reasons.length}` : ''}:`);
    for (const reason of report.reasons) lines.push(`    ${reason}`);
    if (report.badRows > report.reasons.length) lines.push(`    ... and ${report.badRows - report.reasons.length} more`);
  }
  return lines.map(printable).join('\n');
}
