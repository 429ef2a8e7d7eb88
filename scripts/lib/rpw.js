/**
 * Import of the provider-level RPW dataset (World Bank, Remittance Prices
 * Worldwide, one row per service and quarter) exported to CSV, for
 * `npm run data -- --rpw FILE` (or a committed `core/data/sources/rpw-providers*.csv`).
 *
 * The file is streamed and read line by line: memory is bounded by the number
 * of corridor x quarter cells, never by the number of rows. Unlike the other
 * sources, a bad row does not stop the import: it is counted and reported as
 * `file:line: reason` (`file:first-last: reason` for a record over several
 * lines), left out of every figure, and the import goes on. Only a header
 * without the required columns (or an unreadable file) stops it.
 *
 * No row is ever lost without being counted: a quote that opens a field and
 * never closes (which makes a CSV parser read the following rows as one huge
 * field) costs its own line only. The record it starts is accepted over
 * several lines only when it closes cleanly with the header's number of
 * fields; otherwise that line is reported (with the line the record would
 * have run to) and the lines after it are read again on their own.
 *
 * What it computes (see core/data/PROVENANCE.md for the rules):
 * - per corridor x quarter x channel (`firm_type`): the simple mean of
 *   `cc1 total cost %` (USD 200) and of `cc2 total cost %` (USD 500) over the
 *   transparent services of that channel (`transparent` = yes);
 * - per corridor x quarter: SmaRT, the mean `cc1 total cost %` of the three
 *   cheapest services that are transparent and deliver in 5 days or less
 *   (the mean of the 1-2 there are when fewer qualify; no figure when none).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
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
/**
 * A record (or one line) longer than this many characters is broken: it bounds
 * the memory a broken file can take (an unclosed quote, a file without line ends).
 */
export const MAX_RECORD_CHARS = 1 << 20;
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

// ---------------------------------------------------------------------------
// Reading records line by line

/**
 * A record being read: its fields so far and the open field.
 * @typedef {object} ScanState
 * @property {string[]} fields     the closed fields
 * @property {string} field        the field being read
 * @property {boolean} atStart     nothing of `field` read yet (a `"` here opens a quoted field)
 * @property {boolean} quoted      inside a quoted field at the end of the last line read
 * @property {boolean} misplaced   a quoted field went on after its closing quote (`"abc"def`)
 * @property {boolean} asText      a `"` was read as text (inside an unquoted field, or `misplaced`)
 */

/** @returns {ScanState} */
function freshRecord() {
  return { fields: [], field: '', atStart: true, quoted: false, misplaced: false, asText: false };
}

/**
 * Read one physical line (without its line end) into `s`. Fields as in RFC
 * 4180 (`,` between fields, `"` around a field, `""` for a quote inside one),
 * reading stray quotes as csv-parse's `relax_quotes` does: a `"` inside an
 * unquoted field is text, and so is a quote that does not end its quoted field
 * (`"abc"def`, flagged `misplaced`). Returns true when the record is complete
 * (`s.fields`); false when a quoted field is still open at the end of the
 * line, so that the record goes on on the next line.
 * @param {string} text
 * @param {ScanState} s
 * @returns {boolean}
 */
function scanLine(text, s) {
  const n = text.length;
  let i = 0;
  let field = s.field;
  let atStart = s.atStart;
  let quoted = s.quoted;
  if (quoted) field += '\n';
  while (i < n) {
    if (quoted) {
      const q = text.indexOf('"', i);
      if (q === -1) {
        field += text.slice(i);
        break;
      }
      field += text.slice(i, q);
      const next = q + 1 < n ? text.charCodeAt(q + 1) : -1;
      if (next === 34 /* " */) {
        field += '"';
        i = q + 2;
      } else if (next === -1 || next === 44 /* , */) {
        quoted = false;
        i = q + 1; // the `,` (or the line end) closes the field below
      } else {
        s.misplaced = true;
        s.asText = true;
        quoted = false;
        field += '"';
        i = q + 1;
      }
      continue;
    }
    if (atStart && text.charCodeAt(i) === 34) {
      quoted = true;
      atStart = false;
      i++;
      continue;
    }
    const comma = text.indexOf(',', i);
    const end = comma === -1 ? n : comma;
    if (end > i) {
      const piece = text.slice(i, end);
      if (piece.includes('"')) s.asText = true;
      field += piece;
      atStart = false;
    }
    if (comma === -1) break;
    s.fields.push(field);
    field = '';
    atStart = true;
    i = comma + 1;
  }
  if (quoted) {
    s.field = field;
    s.atStart = false;
    s.quoted = true;
    return false;
  }
  s.fields.push(field);
  return true;
}

/** A physical line: its 1-based number and text without the line end; `null` text: longer than `MAX_RECORD_CHARS`. @typedef {{ line: number, text: string | null }} Line */

/**
 * Stream the physical lines of `path` (`\n` or `\r\n` line ends, UTF-8, a
 * leading BOM dropped) to `onLine`, in order. A line longer than
 * `MAX_RECORD_CHARS` is passed with `text: null` and its content is not kept.
 * @param {string} path
 * @param {(line: Line) => void} onLine
 */
async function readLines(path, onLine) {
  let line = 0;
  let rest = '';
  let overlong = false;
  /** @param {string} text without the `\n` */
  const emit = (text) => {
    line++;
    if (overlong || text.length > MAX_RECORD_CHARS + 1) {
      overlong = false;
      onLine({ line, text: null });
      return;
    }
    let t = text.charCodeAt(text.length - 1) === 13 /* \r */ ? text.slice(0, -1) : text;
    if (line === 1 && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    onLine({ line, text: t });
  };
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of input) {
      const text = /** @type {string} */ (chunk);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        emit(rest + text.slice(start, nl));
        rest = '';
        start = nl + 1;
      }
      if (!overlong) {
        rest += text.slice(start);
        if (rest.length > MAX_RECORD_CHARS + 1) {
          overlong = true;
          rest = '';
        }
      }
    }
  } finally {
    input.destroy();
  }
  if (overlong || rest !== '') emit(rest);
}

/**
 * What the record reader reports.
 * @typedef {object} RecordSink
 * @property {(fields: string[], first: number, last: number, asText: boolean) => void} record
 *   a complete record over lines `first`-`last`; `asText`: a stray quote was read as text
 * @property {(line: number, reason: string, next: string) => void} broken
 *   line `line` starts no readable record (an unclosed quote, or too long); it is left out;
 *   `next` says which lines after it are read again (empty when none)
 * @property {() => number} width the number of fields a record must have (0: any, while reading the header)
 */

/**
 * Assemble CSV records from physical lines, so that no line is ever lost
 * without a report. A line is one record unless a quoted field is still open
 * at its end. Such a record is accepted over several lines only when its
 * quotes close cleanly (no `misplaced` quote) with `width()` fields. Otherwise
 * (wrong field count, a misplaced quote, more than `MAX_RECORD_CHARS`, an
 * over-long line, or the end of the file before the quote closes) its first
 * line is reported as `broken` and the lines after it are read again, each as
 * the start of a record. Blank lines outside a quoted field are not records.
 * Records and breaks are reported in line order.
 * @param {RecordSink} sink
 * @returns {{ line: (line: Line) => void, end: () => void }}
 */
function recordReader(sink) {
  /** Lines still to read, the next one last (more than one only after a break). @type {Line[]} */
  const pending = [];
  /** The record being read over several lines. @type {{ lines: Line[], state: ScanState, chars: number } | null} */
  let open = null;

  /**
   * Give up on the open record: its first line is broken, the others are read again.
   * @param {string} why
   * @param {Line[]} [also] lines after the open record's to read again too
   */
  const breakOpen = (why, also = []) => {
    const { lines } = /** @type {NonNullable<typeof open>} */ (open);
    open = null;
    const first = /** @type {Line} */ (lines[0]).line;
    const again = lines.slice(1);
    const next = again.length ? `line ${first} left out, line${again.length === 1 ? ` ${first + 1}` : `s ${first + 1}-${first + again.length}`} read again` : '';
    sink.broken(first, `unclosed quote: ${why}`, next);
    for (const l of [...again, ...also].reverse()) pending.push(l);
  };

  /** @param {Line} item */
  const take = (item) => {
    const { line, text } = item;
    if (open) {
      const first = /** @type {Line} */ (open.lines[0]).line;
      if (text === null) return breakOpen(`the quoted field opened on this line is not closed before line ${line}, which is longer than ${MAX_RECORD_CHARS} characters`, [item]);
      open.lines.push(item);
      open.chars += text.length + 1;
      if (open.chars > MAX_RECORD_CHARS) return breakOpen(`the quoted field opened on this line is not closed within ${MAX_RECORD_CHARS} characters (line ${line})`);
      if (!scanLine(text, open.state)) return undefined;
      const { fields, misplaced, asText } = open.state;
      const width = sink.width();
      if (!misplaced && (!width || fields.length === width)) {
        open = null;
        return sink.record(fields, first, line, asText);
      }
      const why = misplaced ? 'a quote further on does not end a field' : `it has ${fields.length} fields, not ${width}`;
      return breakOpen(`the record would run to line ${line} (${line - first + 1} lines) and ${why}`);
    }
    if (text === null) return sink.broken(line, `line longer than ${MAX_RECORD_CHARS} characters`, '');
    if (text === '') return undefined; // a blank line
    if (!text.includes('"')) return sink.record(text.split(','), line, line, false);
    const state = freshRecord();
    if (scanLine(text, state)) return sink.record(state.fields, line, line, state.asText);
    open = { lines: [item], state, chars: text.length };
    return undefined;
  };

  const drain = () => {
    for (let item = pending.pop(); item; item = pending.pop()) take(item);
  };
  return {
    line(item) {
      pending.push(item);
      drain();
    },
    end() {
      while (open) {
        const last = /** @type {Line} */ (open.lines.at(-1)).line;
        breakOpen(`the quoted field opened on this line is not closed by the end of the file (line ${last})`);
        drain();
      }
    },
  };
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
 * @property {number} rowsUsed        rows that passed validation (non-transparent ones included: they are counted, not averaged)
 * @property {number} badRows         rows left out, each reported (a line with an unclosed quote is one bad row)
 * @property {string[]} reasons       `file:line: reason` of the first bad rows (20 by default)
 * @property {number} corridors       corridors with at least one used row
 * @property {string[]} quarters      quarters with at least one used row, ascending
 * @property {Record<ChannelName | 'none', number>} byChannel used rows per channel; `none`: other firm types
 * @property {Record<string, number>} otherFirmTypes firm types counted under no channel, with their rows
 * @property {Record<string, number>} unrecognisedSpeed `speed actual` values neither fast nor slow (not SmaRT-eligible)
 * @property {Record<string, number>} unrecognisedTransparent `transparent` values other than yes/no (treated as not transparent)
 * @property {number} withoutUsd500   used rows with an empty `cc2 total cost %` (left out of the USD 500 means)
 * @property {number} notTransparent  used rows whose `transparent` is not `yes`: left out of the channel averages and SmaRT
 * @property {number} quotesAsText    rows read with a stray `"` taken as text (`MTO "H"`), used when their fields are right
 * @property {number} smartCells      corridor x quarter cells with a SmaRT figure
 * @property {number} smartPartial    of those, cells with only 1 or 2 eligible services
 * @property {number} smartNone       corridor x quarter cells without any eligible service (no SmaRT)
 */

/**
 * @typedef {object} RpwImport
 * @property {string} fileName                  base name of the file (for the source citation)
 * @property {string[]} quarters                ascending
 * @property {string[]} corridors               `FROM-TO` of every corridor with a used row, ascending
 * @property {RpwChannelFigures[]} channels     by corridor key, then channel order
 * @property {RpwSmartFigures[]} smart          by corridor key
 * @property {RpwReport} report
 */

/**
 * @typedef {object} RpwBadRow
 * @property {string} file
 * @property {number} line     1-based line where the record starts
 * @property {number} lastLine 1-based line where it ends (`line` unless a quoted field spans lines)
 * @property {string} reason
 * @property {string} message  `file:line: reason`, or `file:line-lastLine: reason`
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
  let notTransparent = 0;
  let quotesAsText = 0;

  /**
   * @param {number} line first line of the record
   * @param {number} lastLine its last line
   * @param {string} reason
   * @returns {undefined}
   */
  const bad = (line, lastLine, reason) => {
    badRows++;
    const message = `${file}:${line}${lastLine === line ? '' : `-${lastLine}`}: ${reason}`;
    if (reasons.length < maxReasons) reasons.push(message);
    options.onBadRow?.({ file, line, lastLine, reason, message });
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
   * @param {number} first first line of the record
   * @param {number} last its last line (`first` unless a quoted field spans lines)
   * @param {number[]} columns
   */
  const row = (fields, first, last, columns) => {
    const fail = (/** @type {string} */ reason) => bad(first, last, reason);
    if (fields.length !== width) return fail(`expected ${width} fields, got ${fields.length}`);
    const [iPeriod, iFrom, iTo, iFirmType, iSpeed, iTransparent, iCost200, iCost500] = /** @type {number[]} */ (columns);
    const field = (/** @type {number | undefined} */ i) => /** @type {string} */ (fields[/** @type {number} */ (i)]);
    const periodText = field(iPeriod).trim();
    const quarter = quarterOf(periodText);
    if (!quarter) return fail(`period: bad period "${periodText}" (expected YYYY_nQ, Qn YYYY or YYYYQn, n 1-4, year 2000-2100)`);
    const from = field(iFrom).trim();
    if (!knownCode(from)) return fail(`source_code: unknown ISO 3166-1 alpha-3 code "${from}"`);
    const to = field(iTo).trim();
    if (!knownCode(to)) return fail(`destination_code: unknown ISO 3166-1 alpha-3 code "${to}"`);
    const cost200Text = field(iCost200).trim();
    const cost200 = finite(cost200Text);
    if (cost200 === null) return fail(`cc1 total cost %: not a finite number: "${cost200Text}"`);
    const cost500Text = field(iCost500).trim();
    const cost500 = cost500Text === '' ? null : finite(cost500Text);
    if (cost500Text !== '' && cost500 === null) {
      return fail(`cc2 total cost %: not a finite number: "${cost500Text}" (leave it empty when there is no USD 500 quote)`);
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

    const transparentText = norm(field(iTransparent));
    if (transparentText !== 'yes' && transparentText !== 'no') tallyAdd(unrecognisedTransparent, transparentText || '(empty)');
    const transparent = transparentText === 'yes';
    if (!transparent) notTransparent++;

    const firmTypeText = field(iFirmType);
    const channel = FIRM_TYPES[norm(firmTypeText)];
    if (channel) {
      byChannel[channel]++;
      // Channel averages are over transparent services only (RPW rules); the others are counted, not averaged.
      if (transparent) {
        const sums = /** @type {Sums} */ (cell.channels[RPW_CHANNELS.indexOf(channel)]);
        sums.n200++;
        sums.s200 += cost200;
        if (cost500 !== null) {
          sums.n500++;
          sums.s500 += cost500;
        }
      }
    } else {
      byChannel.none++;
      tallyAdd(otherFirmTypes, firmTypeText.trim() || '(empty)');
    }

    const speedText = norm(field(iSpeed));
    const fast = FAST.has(speedText);
    if (!fast && !SLOW.has(speedText)) tallyAdd(unrecognisedSpeed, speedText || '(empty)');
    if (transparent && fast) keepCheapest(cell.cheapest, cost200);
    return undefined;
  };

  // Records are handled as their last line is read, synchronously and in file order, and not
  // kept: nothing is buffered per row (only the lines of a quoted field still open), and bad
  // rows are reported in line order. A bad header (or a bug) throws, which ends the import.
  const reader = recordReader({
    width: () => width,
    record(fields, first, last, asText) {
      if (!at) return header(fields, first);
      rowsRead++;
      if (asText) quotesAsText++;
      row(fields, first, last, at);
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
    notTransparent,
    quotesAsText,
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
  /** @type {Set<string>} */
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
    corridors: [...corridors].sort(compare),
    channels: channelList,
    smart: [...smart.values()],
    report: { ...rest, corridors: corridors.size, quarters: quarterList, smartCells, smartPartial, smartNone },
  };
}

/** Corridors named in the summary's left-out line. */
const LEFT_OUT_SHOWN = 10;

/**
 * The summary the command line prints: counts, then the kept bad-row reasons.
 * @param {RpwReport} report
 * @param {{ leftOut?: readonly string[] }} [bundle] what the bundle did with the import:
 *   `leftOut`, the file's corridors left out because the bundle has no corridor series for them
 * @returns {string}
 */
export function formatReport(report, bundle = {}) {
  const q = report.quarters;
  const n = (/** @type {number} */ count, /** @type {string} */ noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const lines = [
    `${report.file}: ${n(report.rowsRead, 'row')} read, ${report.rowsUsed} used, ${report.badRows} bad; ` +
      `${n(report.corridors, 'corridor')}, ${n(q.length, 'quarter')}${q.length ? ` (${q[0]} to ${q.at(-1)})` : ''}`,
    `  services by channel: bank ${report.byChannel.bank}, mto ${report.byChannel.mto}, post_office ${report.byChannel.post_office}, ` +
      `mobile_operator ${report.byChannel.mobile_operator}, no channel ${report.byChannel.none}`,
    `  SmaRT: ${report.smartCells} corridor-quarters (${report.smartPartial} from fewer than 3 services), ${report.smartNone} without any transparent service in 5 days or less`,
  ];
  if (report.notTransparent) lines.push(`  ${n(report.notTransparent, 'service')} not transparent: counted, left out of the channel averages and SmaRT`);
  if (report.withoutUsd500) lines.push(`  ${n(report.withoutUsd500, 'used row')} without a USD 500 cost (left out of the USD 500 means)`);
  if (report.quotesAsText) lines.push(`  ${n(report.quotesAsText, 'row')} with a stray quote, read as text`);
  const leftOut = bundle.leftOut ?? [];
  if (leftOut.length) {
    const shown = leftOut.slice(0, LEFT_OUT_SHOWN).join(', ') + (leftOut.length > LEFT_OUT_SHOWN ? ', ...' : '');
    lines.push(`  ${n(leftOut.length, 'corridor')} of the file left out of the bundle (no corridor series for ${leftOut.length === 1 ? 'it' : 'them'}): ${shown}`);
  }
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
