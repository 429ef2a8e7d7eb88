/**
 * Import of the provider-level RPW dataset (World Bank, Remittance Prices
 * Worldwide, one row per service and quarter) exported to CSV, for
 * `npm run data -- --rpw FILE`.
 *
 * The file is streamed (csv-parse's stream API): memory is bounded by the
 * number of corridor x quarter cells, never by the number of rows. Unlike the
 * other sources, a bad row does not stop the import: it is counted and
 * reported as `file:line: reason`, left out of every figure, and the import
 * goes on. Only a header without the required columns (or an unreadable file)
 * stops it.
 *
 * What it computes (see core/data/PROVENANCE.md for the rules):
 * - per corridor x quarter x channel (`firm_type`): the simple mean of
 *   `cc1 total cost %` (USD 200) and of `cc2 total cost %` (USD 500) over all
 *   surveyed services of that channel, transparent or not (as RPW's published
 *   averages do);
 * - per corridor x quarter: SmaRT, the mean `cc1 total cost %` of the three
 *   cheapest services that are transparent and deliver in 5 days or less
 *   (the mean of the 1-2 there are when fewer qualify; no figure when none).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import countries from 'i18n-iso-countries';
import { DataError, displayPath } from './csv.js';
import { EXTRA_ALPHA3 } from './check.js';

/** @typedef {import('../../core/data/types.ts').ChannelName} ChannelName */

/** Channels in bundle order. */
export const RPW_CHANNELS = /** @type {const} */ (['bank', 'mto', 'post_office', 'mobile_operator']);

/** `firm_type` (lower case, single spaces) -> channel. Other firm types count under no channel. */
const FIRM_TYPES = /** @type {Readonly<Record<string, ChannelName>>} */ ({
  bank: 'bank',
  'money transfer operator': 'mto',
  'post office': 'post_office',
  'mobile operator': 'mobile_operator',
});

/** `speed actual` values (lower case, single spaces) that deliver in 5 days or less. */
const FAST = new Set(['less than one hour', 'less than 1 hour', 'same day', 'next day', '1 day', '2 days', '3-5 days', '3 - 5 days', '3 to 5 days']);
/** `speed actual` values that take longer. Anything else is "unrecognised" (not fast, and counted). */
const SLOW = new Set(['6 days or more', '6 or more days', 'more than 5 days']);

/** Columns the import needs (header names as the World Bank writes them; matched case-insensitively). */
export const RPW_REQUIRED = /** @type {const} */ ([
  'period',
  'source_code',
  'destination_code',
  'firm_type',
  'speed actual',
  'transparent',
  'cc1 total cost %',
  'cc2 total cost %',
]);

/** How many bad-row reasons the report keeps (all bad rows are counted, and passed to `onBadRow`). */
const MAX_REASONS_DEFAULT = 20;
/** Distinct unrecognised values kept per column in the report; more are counted under `(other values)`. */
const MAX_DISTINCT = 50;
/** A record longer than this is a bad row (bounds memory on a broken file, e.g. an unclosed quote). */
const MAX_RECORD_BYTES = 1 << 20;
/** Validation caches stop growing past this many distinct values (a broken file could have millions). */
const MAX_CACHE = 10_000;

/**
 * A quarter in any of the spellings RPW exports use: `2024_3Q` (the dataset's
 * own), `Q3 2024`, `2024Q3`; year 2000-2100. Returns `YYYYQn`, or null.
 * @param {string} value
 * @returns {string | null}
 */
export function rpwQuarter(value) {
  const v = value.trim();
  let m = /^(\d{4})_([1-4])Q$/i.exec(v) ?? /^(\d{4}) ?Q([1-4])$/i.exec(v);
  let year = m?.[1];
  let q = m?.[2];
  if (!m) {
    m = /^Q([1-4]) (\d{4})$/i.exec(v);
    year = m?.[2];
    q = m?.[1];
  }
  if (year === undefined || q === undefined) return null;
  const y = Number(year);
  return y >= 2000 && y <= 2100 ? `${year}Q${q}` : null;
}

/** A plain decimal number (no hex, no `Infinity`, no thousands separators). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A finite number from a cost cell, or null.
 * @param {string} value trimmed
 */
function finite(value) {
  if (!NUMBER.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Round to 3 decimals, half away from zero, no -0 (as `number3` in check.js). */
function round3(/** @type {number} */ n) {
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * 1000)) / 1000;
  return rounded === 0 ? 0 : rounded;
}

/** Lower case, trimmed, inner whitespace collapsed. */
function norm(/** @type {string} */ value) {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Count a value in a bounded tally.
 * @param {Map<string, number>} tally
 * @param {string} value
 */
function tallyAdd(tally, value) {
  const key = tally.has(value) || tally.size < MAX_DISTINCT ? value : '(other values)';
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** @param {Map<string, number>} tally */
function tallyObject(tally) {
  return Object.fromEntries([...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Figures for one channel in one corridor and quarter. @typedef {{ n200: number, s200: number, n500: number, s500: number }} Sums */

/**
 * Running figures for one corridor in one quarter.
 * @typedef {object} Cell
 * @property {string} key       `FROM-TO`
 * @property {string} quarter   `YYYYQn`
 * @property {Sums[]} channels  by `RPW_CHANNELS` index
 * @property {number[]} cheapest up to three lowest `cc1 total cost %` of SmaRT-eligible services, ascending
 */

/**
 * Figures for one quarter of a measured series. Percentages are percent.
 * @typedef {object} RpwFigures
 * @property {number} pct200     mean `cc1 total cost %`
 * @property {number} [pct500]   mean `cc2 total cost %` (services that have one)
 * @property {number} providers  services averaged at USD 200 (SmaRT: 1-3)
 */

/**
 * @typedef {object} RpwChannelFigures
 * @property {string} key          `FROM-TO`
 * @property {ChannelName} channel
 * @property {Map<string, RpwFigures>} quarters by `YYYYQn`, ascending
 */

/**
 * @typedef {object} RpwSmartFigures
 * @property {string} key
 * @property {Map<string, RpwFigures>} quarters by `YYYYQn`, ascending; quarters without an eligible service are absent
 */

/**
 * What the import saw, for the summary.
 * @typedef {object} RpwReport
 * @property {string} file            as shown in messages (relative to the repository when inside it)
 * @property {number} rowsRead        data records (header excluded; blank lines are not records)
 * @property {number} rowsUsed        rows that passed validation and count in the figures
 * @property {number} badRows         rows left out, each reported
 * @property {string[]} reasons       `file:line: reason` of the first bad rows (20 by default)
 * @property {number} corridors       corridors with at least one used row
 * @property {string[]} quarters      quarters with at least one used row, ascending
 * @property {Record<ChannelName | 'none', number>} byChannel used rows per channel; `none`: other firm types
 * @property {Record<string, number>} otherFirmTypes firm types counted under no channel, with their rows
 * @property {Record<string, number>} unrecognisedSpeed `speed actual` values neither fast nor slow (not SmaRT-eligible)
 * @property {Record<string, number>} unrecognisedTransparent `transparent` values other than yes/no (treated as not transparent)
 * @property {number} withoutUsd500   used rows with an empty `cc2 total cost %` (in the USD 200 figures only)
 * @property {number} smartCells      corridor x quarter cells with a SmaRT figure
 * @property {number} smartPartial    of those, cells with only 1 or 2 eligible services
 * @property {number} smartNone       corridor x quarter cells without any eligible service (no SmaRT)
 */

/**
 * @typedef {object} RpwImport
 * @property {string} fileName                  base name of the file (for the source citation)
 * @property {string[]} quarters                ascending
 * @property {RpwChannelFigures[]} channels     by corridor key, then channel order
 * @property {RpwSmartFigures[]} smart          by corridor key
 * @property {RpwReport} report
 */

/**
 * @typedef {object} RpwBadRow
 * @property {string} file
 * @property {number} line    1-based line where the record ends
 * @property {string} reason
 * @property {string} message `file:line: reason`
 */

/**
 * @typedef {object} RpwImportOptions
 * @property {(bad: RpwBadRow) => void} [onBadRow]  called for every bad row
 * @property {(rowsRead: number) => void} [onProgress] called every `progressEvery` rows
 * @property {number} [progressEvery] default 10,000
 * @property {number} [maxReasons]    reasons kept in the report, default 20
 */

/**
 * Stream the RPW CSV at `path` and compute the measured channel averages and
 * SmaRT per corridor and quarter.
 *
 * Rejects with a `DataError` when the file is empty or its header lacks a
 * column of `RPW_REQUIRED`, and with the I/O error when it cannot be read.
 * Bad rows do not reject: see `report`.
 * @param {string} path
 * @param {RpwImportOptions} [options]
 * @returns {Promise<RpwImport>}
 */
export async function importRpw(path, options = {}) {
  const file = displayPath(path);
  const maxReasons = options.maxReasons ?? MAX_REASONS_DEFAULT;
  const progressEvery = options.progressEvery ?? 10_000;

  /** @type {Map<string, Cell>} */
  const cells = new Map();
  /** @type {Map<string, string | null>} */
  const quarterCache = new Map();
  /** @type {Map<string, boolean>} */
  const codeCache = new Map();
  const otherFirmTypes = new Map();
  const unrecognisedSpeed = new Map();
  const unrecognisedTransparent = new Map();
  /** @type {Record<ChannelName | 'none', number>} */
  const byChannel = { bank: 0, mto: 0, post_office: 0, mobile_operator: 0, none: 0 };
  /** @type {string[]} */
  const reasons = [];
  let rowsRead = 0;
  let rowsUsed = 0;
  let badRows = 0;
  let withoutUsd500 = 0;

  /**
   * @param {number} line
   * @param {string} reason
   * @returns {undefined}
   */
  const bad = (line, reason) => {
    badRows++;
    const message = `${file}:${line}: ${reason}`;
    if (reasons.length < maxReasons) reasons.push(message);
    options.onBadRow?.({ file, line, reason, message });
  };
  /** @param {string} value */
  const quarterOf = (value) => {
    let q = quarterCache.get(value);
    if (q === undefined) {
      q = rpwQuarter(value);
      if (quarterCache.size < MAX_CACHE) quarterCache.set(value, q);
    }
    return q;
  };
  /** @param {string} value */
  const knownCode = (value) => {
    let ok = codeCache.get(value);
    if (ok === undefined) {
      ok = /^[A-Z]{3}$/.test(value) && (Object.hasOwn(EXTRA_ALPHA3, value) || Boolean(countries.alpha3ToAlpha2(value)));
      if (codeCache.size < MAX_CACHE) codeCache.set(value, ok);
    }
    return ok;
  };

  /** @type {number[] | null} column index of each required column, in RPW_REQUIRED order */
  let at = null;
  let width = 0;
  /** The last line a record (or a piece of one) ended on: a broken line is one bad row, however csv-parse splits it. */
  let lastLine = -1;
  /** @type {unknown} set when the import must stop (header, or a bug) */
  let fatal;

  /**
   * The header: check it has the required columns.
   * @param {string[]} fields
   * @param {number} line
   */
  const header = (fields, line) => {
    const names = fields.map(norm);
    const missing = RPW_REQUIRED.filter((name) => !names.includes(name));
    if (missing.length) throw new DataError(path, line, `missing column(s): ${missing.join(', ')} (the header has: ${names.join(', ')})`);
    at = RPW_REQUIRED.map((name) => names.indexOf(name));
    width = fields.length;
  };

  /**
   * One data record: validate, then add it to its corridor x quarter cell.
   * @param {string[]} fields
   * @param {number} line
   * @param {number[]} columns
   */
  const row = (fields, line, columns) => {
    if (fields.length !== width) return bad(line, `expected ${width} fields, got ${fields.length}`);
    const [iPeriod, iFrom, iTo, iFirmType, iSpeed, iTransparent, iCost200, iCost500] = /** @type {number[]} */ (columns);
    const field = (/** @type {number | undefined} */ i) => /** @type {string} */ (fields[/** @type {number} */ (i)]);
    const periodText = field(iPeriod).trim();
    const quarter = quarterOf(periodText);
    if (!quarter) return bad(line, `period: bad period "${periodText}" (expected YYYY_nQ, Qn YYYY or YYYYQn, n 1-4, year 2000-2100)`);
    const from = field(iFrom).trim();
    if (!knownCode(from)) return bad(line, `source_code: unknown ISO 3166-1 alpha-3 code "${from}"`);
    const to = field(iTo).trim();
    if (!knownCode(to)) return bad(line, `destination_code: unknown ISO 3166-1 alpha-3 code "${to}"`);
    const cost200Text = field(iCost200).trim();
    const cost200 = finite(cost200Text);
    if (cost200 === null) return bad(line, `cc1 total cost %: not a finite number: "${cost200Text}"`);
    const cost500Text = field(iCost500).trim();
    const cost500 = cost500Text === '' ? null : finite(cost500Text);
    if (cost500Text !== '' && cost500 === null) {
      return bad(line, `cc2 total cost %: not a finite number: "${cost500Text}" (leave it empty when there is no USD 500 quote)`);
    }

    rowsUsed++;
    if (cost500 === null) withoutUsd500++;
    const key = `${from}-${to}`;
    const cellKey = `${key} ${quarter}`;
    let cell = cells.get(cellKey);
    if (!cell) {
      cell = { key, quarter, channels: RPW_CHANNELS.map(() => ({ n200: 0, s200: 0, n500: 0, s500: 0 })), cheapest: [] };
      cells.set(cellKey, cell);
    }

    const firmTypeText = field(iFirmType);
    const channel = FIRM_TYPES[norm(firmTypeText)];
    if (channel) {
      byChannel[channel]++;
      const sums = /** @type {Sums} */ (cell.channels[RPW_CHANNELS.indexOf(channel)]);
      sums.n200++;
      sums.s200 += cost200;
      if (cost500 !== null) {
        sums.n500++;
        sums.s500 += cost500;
      }
    } else {
      byChannel.none++;
      tallyAdd(otherFirmTypes, firmTypeText.trim() || '(empty)');
    }

    const transparentText = norm(field(iTransparent));
    if (transparentText !== 'yes' && transparentText !== 'no') tallyAdd(unrecognisedTransparent, transparentText || '(empty)');
    const speedText = norm(field(iSpeed));
    const fast = FAST.has(speedText);
    if (!fast && !SLOW.has(speedText)) tallyAdd(unrecognisedSpeed, speedText || '(empty)');
    if (transparentText === 'yes' && fast) keepCheapest(cell.cheapest, cost200);
    return undefined;
  };

  const input = createReadStream(path);
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true, // a short or long row is a bad row, not the end of the import
    skip_records_with_error: true, // e.g. a stray quote: reported below, parsing goes on
    max_record_size: MAX_RECORD_BYTES,
    on_skip: (error) => {
      if (fatal) return;
      const line = error && 'lines' in error && typeof error.lines === 'number' ? error.lines : 0;
      if (line > 0 && line === lastLine) return; // the rest of a line already reported
      lastLine = line;
      if (!at) {
        fatal = new DataError(path, line, `unreadable header: ${error?.message ?? 'unknown error'}`);
        parser.destroy(/** @type {Error} */ (fatal));
        return;
      }
      rowsRead++;
      bad(line, `unreadable CSV record: ${error?.message ?? 'unknown error'}`);
    },
    // Records are handled here, synchronously and in file order, and not passed on (null):
    // nothing is buffered per row, and bad rows are reported in line order.
    on_record: (record, context) => {
      if (fatal) return null;
      const line = context.lines;
      if (line === lastLine) return null; // the rest of a line already reported
      lastLine = line;
      try {
        if (!at) header(record, line);
        else {
          rowsRead++;
          row(record, line, at);
          if (options.onProgress && rowsRead % progressEvery === 0) options.onProgress(rowsRead);
        }
      } catch (error) {
        // A bad header, or a bug: stop (rather than let csv-parse skip the record as a bad row).
        fatal = error;
        parser.destroy(error instanceof Error ? error : new Error(String(error)));
      }
      return null;
    },
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    // Nothing is pushed (on_record returns null); this waits for the end, or rethrows.
    for await (const _ of parser);
  } catch (error) {
    throw fatal ?? error;
  } finally {
    input.destroy();
  }
  if (!at) throw new DataError(path, 1, 'empty file (no header)');

  return collect(cells, {
    file,
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
  });
}

/**
 * Insert `cost` into the ascending list of at most three lowest costs.
 * @param {number[]} cheapest
 * @param {number} cost
 */
function keepCheapest(cheapest, cost) {
  if (cheapest.length === 3 && cost >= /** @type {number} */ (cheapest[2])) return;
  let i = cheapest.length;
  while (i > 0 && /** @type {number} */ (cheapest[i - 1]) > cost) i--;
  cheapest.splice(i, 0, cost);
  if (cheapest.length > 3) cheapest.pop();
}

/** Plain code-unit order. */
function compare(/** @type {string} */ a, /** @type {string} */ b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turn the running sums into figures, in a deterministic order.
 * @param {Map<string, Cell>} cells
 * @param {Omit<RpwReport, 'corridors' | 'quarters' | 'smartCells' | 'smartPartial' | 'smartNone'> & { fileName: string }} seen
 * @returns {RpwImport}
 */
function collect(cells, seen) {
  const sorted = [...cells.values()].sort((a, b) => compare(a.key, b.key) || compare(a.quarter, b.quarter));
  /** @type {Map<string, RpwChannelFigures>} */
  const channels = new Map();
  /** @type {Map<string, RpwSmartFigures>} */
  const smart = new Map();
  const quarters = new Set();
  const corridors = new Set();
  let smartCells = 0;
  let smartPartial = 0;
  let smartNone = 0;
  for (const cell of sorted) {
    quarters.add(cell.quarter);
    corridors.add(cell.key);
    RPW_CHANNELS.forEach((channel, i) => {
      const sums = /** @type {Sums} */ (cell.channels[i]);
      if (!sums.n200) return;
      const id = `${cell.key} ${channel}`;
      let series = channels.get(id);
      if (!series) {
        series = { key: cell.key, channel, quarters: new Map() };
        channels.set(id, series);
      }
      /** @type {RpwFigures} */
      const figures = { pct200: round3(sums.s200 / sums.n200), providers: sums.n200 };
      if (sums.n500) figures.pct500 = round3(sums.s500 / sums.n500);
      series.quarters.set(cell.quarter, figures);
    });
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
  const channelList = [...channels.values()].sort(
    (a, b) => compare(a.key, b.key) || RPW_CHANNELS.indexOf(a.channel) - RPW_CHANNELS.indexOf(b.channel),
  );
  return {
    fileName,
    quarters: quarterList,
    channels: channelList,
    smart: [...smart.values()],
    report: { ...rest, corridors: corridors.size, quarters: quarterList, smartCells, smartPartial, smartNone },
  };
}

/**
 * The summary the command line prints: counts, then the kept bad-row reasons.
 * @param {RpwReport} report
 * @returns {string}
 */
export function formatReport(report) {
  const q = report.quarters;
  const n = (/** @type {number} */ count, /** @type {string} */ noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const lines = [
    `${report.file}: ${n(report.rowsRead, 'row')} read, ${report.rowsUsed} used, ${report.badRows} bad; ` +
      `${n(report.corridors, 'corridor')}, ${n(q.length, 'quarter')}${q.length ? ` (${q[0]} to ${q.at(-1)})` : ''}`,
    `  services by channel: bank ${report.byChannel.bank}, mto ${report.byChannel.mto}, post_office ${report.byChannel.post_office}, ` +
      `mobile_operator ${report.byChannel.mobile_operator}, no channel ${report.byChannel.none}`,
    `  SmaRT: ${report.smartCells} corridor-quarters (${report.smartPartial} from fewer than 3 services), ${report.smartNone} without any transparent service in 5 days or less`,
  ];
  if (report.withoutUsd500) lines.push(`  ${report.withoutUsd500} used rows without a USD 500 cost (in the USD 200 figures only)`);
  const tally = (/** @type {Record<string, number>} */ t) =>
    Object.entries(t)
      .map(([value, n]) => `"${value}" ${n}`)
      .join(', ');
  if (Object.keys(report.otherFirmTypes).length) lines.push(`  firm types under no channel: ${tally(report.otherFirmTypes)}`);
  if (Object.keys(report.unrecognisedSpeed).length) lines.push(`  unrecognised speed actual (not counted as 5 days or less): ${tally(report.unrecognisedSpeed)}`);
  if (Object.keys(report.unrecognisedTransparent).length) lines.push(`  unrecognised transparent (counted as not transparent): ${tally(report.unrecognisedTransparent)}`);
  if (report.badRows) {
    lines.push(`  bad rows (left out of every figure)${report.badRows > report.reasons.length ? `, first ${report.reasons.length}` : ''}:`);
    for (const reason of report.reasons) lines.push(`    ${reason}`);
    if (report.badRows > report.reasons.length) lines.push(`    ... and ${report.badRows - report.reasons.length} more`);
  }
  return lines.join('\n');
}
