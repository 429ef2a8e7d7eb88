/**
 * One parser per source file, each in that file's own format. Parsers take a
 * path (so tests can feed them small fixtures), validate every field they keep
 * and throw a `DataError` (`file:line: reason`) on the first bad row.
 */
import { DataError, readCsv, readTable } from './csv.js';
import { alpha3, count, number3, period, quarter, text } from './check.js';

/** @typedef {import('../../core/data/types.ts').SourceInfo} SourceInfo */
/** @typedef {import('../../core/data/types.ts').HeadlineRow} HeadlineRow */

/**
 * Figures for one corridor in one quarter. Percentages are percent of the
 * amount sent (4.98 = 4.98 %); `providers` is a count of services.
 * @typedef {object} QuarterFigures
 * @property {number} pct200      total cost of sending USD 200, %
 * @property {number} [pct500]    total cost of sending USD 500, %
 * @property {number} [fx200]     FX margin at USD 200, % (may be negative)
 * @property {number} [providers] services averaged
 */

/**
 * One source's quarterly series for one corridor, before it is laid out on
 * the bundle's `periods`. Any parser that returns these can add series (a
 * later provider-level `--rpw FILE` import would be one more).
 * @typedef {object} SeriesDraft
 * @property {string} key    corridor `FROM-TO` by alpha-3 (`USA-MEX`)
 * @property {number} source index into the bundle's `sources`
 * @property {Map<string, QuarterFigures>} quarters figures by `YYYYQn`
 */

/**
 * Remember which line first gave each key, so a second one is an error
 * rather than a silent overwrite (which value would be right?).
 * @param {Map<string, number>} seen
 * @param {string} key
 * @param {string} what shown in the message
 * @param {{ file: string, line: number }} at
 */
function once(seen, key, what, at) {
  const first = seen.get(key);
  if (first !== undefined) throw new DataError(at.file, at.line, `duplicate ${what} (first on line ${first})`);
  seen.set(key, at.line);
}

/**
 * Get or create the draft for a corridor.
 * @param {Map<string, SeriesDraft>} drafts
 * @param {string} key
 * @param {number} source
 */
function draftFor(drafts, key, source) {
  let draft = drafts.get(key);
  if (!draft) {
    draft = { key, source, quarters: new Map() };
    drafts.set(key, draft);
  }
  return draft;
}

/** DataBank footer lines, e.g. `Data from database: ...`, `Last Updated: 12/07/2020`. */
const DATABANK_FOOTER = /^(Data from database|Last Updated):/;

/** DataBank id columns (the export pads "Receiving Countries  Code" with two spaces; whitespace is collapsed first). */
const DATABANK_IDS = [
  'Sending Countries Name',
  'Sending Countries Code',
  'Series Name',
  'Series Code',
  'Receiving Countries Name',
  'Receiving Countries Code',
];

/** The only DataBank series this script knows how to label. */
const DATABANK_SERIES = 'ATCR.CORR';

/**
 * The wide World Bank DataBank export "Remittance Prices Worldwide
 * (Corridors)", series ATCR.CORR (% of USD 200): one row per corridor, one
 * column `2011Q1 [YR2011Q1]` per quarter, `..` for no data, then a blank line
 * and footer lines, which are skipped.
 * @param {string} path
 * @param {number} source index of this source in the bundle
 * @returns {SeriesDraft[]}
 */
export function parseDatabank(path, source) {
  const [header, ...rows] = readCsv(path, { relaxColumnCount: true });
  if (!header) throw new DataError(path, 1, 'empty file');
  const at = { file: path, line: header.line };
  const names = header.fields.map((name) => name.replace(/\s+/g, ' ').trim());
  if (DATABANK_IDS.some((name, i) => names[i] !== name)) {
    throw new DataError(path, header.line, `expected the DataBank columns ${DATABANK_IDS.join(', ')} first`);
  }
  const periods = names.slice(DATABANK_IDS.length).map((name) => {
    const m = /^(\S+) \[YR(\S+)\]$/.exec(name);
    if (!m?.[1] || m[1] !== m[2]) throw new DataError(path, header.line, `unexpected column "${name}" (expected "2011Q1 [YR2011Q1]")`);
    return quarter(m[1], `column "${name}"`, at);
  });

  /** @type {Map<string, SeriesDraft>} */
  const drafts = new Map();
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const { fields, line } of rows) {
    const rowAt = { file: path, line };
    const rest = fields.slice(1).every((field) => field.trim() === '');
    if (rest && (DATABANK_FOOTER.test(fields[0] ?? '') || !fields[0]?.trim())) continue; // footer or blank
    if (fields.length !== names.length) throw new DataError(path, line, `expected ${names.length} fields, got ${fields.length}`);
    const series = fields[3] ?? '';
    if (series !== DATABANK_SERIES) throw new DataError(path, line, `Series Code: expected ${DATABANK_SERIES}, got "${series}"`);
    const key = `${alpha3(fields[1] ?? '', 'Sending Countries Code', rowAt)}-${alpha3(fields[5] ?? '', 'Receiving Countries Code', rowAt)}`;
    once(seen, key, `corridor ${key}`, rowAt);
    periods.forEach((q, i) => {
      const column = DATABANK_IDS.length + i;
      const value = (fields[column] ?? '').trim();
      if (value === '..') return; // DataBank's "no data"
      draftFor(drafts, key, source).quarters.set(q, { pct200: number3(value, `column "${names[column]}"`, rowAt) });
    });
  }
  return [...drafts.values()];
}

/** Columns of the corridor quarter means file that the bundle keeps. */
const MEANS_COLUMNS = [
  'period',
  'source_code',
  'destination_code',
  'avg_cost_pct_200usd',
  'avg_cost_pct_500usd',
  'avg_fx_margin_200usd',
  'num_providers',
];

/**
 * A means-file period `2016_2Q` as a quarter `2016Q2`.
 * @param {string} value
 * @param {{ file: string, line: number }} at
 */
function meansQuarter(value, at) {
  const m = /^(\d{4})_([1-4])Q$/.exec(value);
  const year = Number(m?.[1]);
  if (m && year >= 2000 && year <= 2100) return `${m[1]}Q${m[2]}`;
  throw new DataError(at.file, at.line, `period: bad period "${value}" (expected YYYY_nQ, n 1-4, year 2000-2100)`);
}

/**
 * The long file of corridor x quarter means computed from the RPW workbook
 * (not an official series): one row per corridor and quarter. Keeps the
 * USD 200 and USD 500 total cost, the USD 200 FX margin and the number of
 * services. The `corridor` column is ignored: the two code columns are
 * authoritative (it spells Kosovo `XKX` on two rows).
 * @param {string} path
 * @param {number} source index of this source in the bundle
 * @returns {SeriesDraft[]}
 */
export function parseMeans(path, source) {
  /** @type {Map<string, SeriesDraft>} */
  const drafts = new Map();
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const { row, line } of readTable(path, MEANS_COLUMNS)) {
    const at = { file: path, line };
    const q = meansQuarter(row.period ?? '', at);
    const key = `${alpha3(row.source_code ?? '', 'source_code', at)}-${alpha3(row.destination_code ?? '', 'destination_code', at)}`;
    once(seen, `${key} ${q}`, `corridor ${key} in ${q}`, at);
    draftFor(drafts, key, source).quarters.set(q, {
      pct200: number3(row.avg_cost_pct_200usd ?? '', 'avg_cost_pct_200usd', at),
      pct500: number3(row.avg_cost_pct_500usd ?? '', 'avg_cost_pct_500usd', at),
      fx200: number3(row.avg_fx_margin_200usd ?? '', 'avg_fx_margin_200usd', at),
      providers: count(row.num_providers ?? '', 'num_providers', at),
    });
  }
  return [...drafts.values()];
}

/** Columns of the headline figures file. */
const HEADLINE_COLUMNS = ['period', 'indicator', 'value_pct', 'source', 'source_location'];

/**
 * Headline indicators compiled from RPW reports and UN documents. Each
 * distinct (source, source_location) becomes a `compiled` SourceInfo with id
 * `headline-N`, numbered in order of first appearance so that appending rows
 * keeps existing ids.
 * @param {string} path
 * @param {number} firstSource index the first headline source will have in the bundle
 * @returns {{ sources: SourceInfo[], rows: HeadlineRow[] }}
 */
export function parseHeadline(path, firstSource) {
  /** @type {SourceInfo[]} */
  const sources = [];
  /** @type {Map<string, number>} */
  const sourceIndex = new Map();
  /** @type {HeadlineRow[]} */
  const rows = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const { row, line } of readTable(path, HEADLINE_COLUMNS)) {
    const at = { file: path, line };
    const p = period(row.period ?? '', 'period', at);
    const indicator = row.indicator ?? '';
    if (!/^[A-Za-z0-9_]+$/.test(indicator)) throw new DataError(path, line, `indicator: bad name "${indicator}"`);
    const value = number3(row.value_pct ?? '', 'value_pct', at);
    const title = text(row.source ?? '', 'source', at);
    const location = text(row.source_location ?? '', 'source_location', at);
    once(seen, `${p} ${indicator}`, `${indicator} for ${p}`, at);

    const sourceKey = JSON.stringify([title, location]);
    let index = sourceIndex.get(sourceKey);
    if (index === undefined) {
      index = firstSource + sources.length;
      sourceIndex.set(sourceKey, index);
      const un = /^United Nations\b/.test(title) || /^UN document\b/.test(location);
      sources.push({
        id: `headline-${sources.length + 1}`,
        title,
        location,
        kind: 'compiled',
        licence: un ? 'UN document (public)' : 'CC BY 4.0 (World Bank RPW data)',
      });
    }
    rows.push([p, indicator, value, index]);
  }
  return { sources, rows };
}

/**
 * World Bank bilateral remittance estimates, long format, USD millions.
 * Rows without both ISO3 codes (countries outside RPW) and `WORLD` totals
 * are skipped; a row with codes must have a number.
 * @param {string} path
 * @param {string} valueColumn e.g. `usd_millions_2017`
 * @returns {Map<string, number>} USD millions by `FROM-TO` alpha-3 key
 */
export function parseVolumes(path, valueColumn) {
  /** @type {Map<string, number>} */
  const volumes = new Map();
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const { row, line } of readTable(path, ['sending_country', 'sending_iso3', 'receiving_iso3', valueColumn])) {
    const at = { file: path, line };
    if (!row.sending_iso3 || !row.receiving_iso3 || row.sending_country?.toUpperCase() === 'WORLD') continue;
    const key = `${alpha3(row.sending_iso3, 'sending_iso3', at)}-${alpha3(row.receiving_iso3, 'receiving_iso3', at)}`;
    once(seen, key, `corridor ${key}`, at);
    const value = number3(row[valueColumn] ?? '', valueColumn, at);
    if (value < 0) throw new DataError(path, line, `${valueColumn}: negative volume ${value}`);
    volumes.set(key, value);
  }
  return volumes;
}
