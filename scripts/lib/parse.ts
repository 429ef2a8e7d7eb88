/**
 * One parser per corridor-level source file, each in that file's own format.
 * Parsers take a path (so tests can feed them small fixtures), validate every
 * field they keep and throw a `DataError` (`file:line: reason`) on the first
 * bad row. (The provider-level files, one row per service, are read by
 * `rpw.ts`, which counts bad rows instead of stopping.)
 */
import type { ChannelGroup } from '../../core/channels.ts';
import type { HeadlineRow, SourceInfo } from '../../core/data/types.ts';
import { parseQuarter } from '../../core/periods.ts';
import { DataError, readCsv, readTable } from './csv.ts';
import { alpha3, count, number3, pct3, period, quarter, text, type At } from './check.ts';

/**
 * Figures for one corridor in one quarter. Percentages are percent of the
 * amount sent (4.98 = 4.98 %); `providers` is a count of services.
 */
export interface QuarterFigures {
  /** total cost of sending USD 200, % */
  readonly pct200: number;
  /** total cost of sending USD 500, % */
  readonly pct500?: number;
  /** FX margin at USD 200, % (may be negative) */
  readonly fx200?: number;
  /** services averaged */
  readonly providers?: number;
}

/**
 * One source's quarterly series for one corridor, before it is laid out on
 * the bundle's `periods`. Any parser that returns these can add series.
 */
export interface SeriesDraft {
  /** corridor `FROM-TO` by alpha-3 (`USA-MEX`) */
  readonly key: string;
  /** index into the bundle's `sources` */
  readonly source: number;
  /** figures by `YYYYQn` */
  readonly quarters: Map<string, QuarterFigures>;
}

/** One channel group's measured series in one corridor before layout: a `SeriesDraft` plus its group. */
export interface ChannelDraft extends SeriesDraft {
  readonly channel: ChannelGroup;
}

/** A value of a row read by `readTable` (every required column is there; '' otherwise). */
const cell = (row: ReadonlyMap<string, string>, column: string): string => row.get(column) ?? '';

/**
 * Remember which line first gave each key, so a second one is an error
 * rather than a silent overwrite (which value would be right?).
 */
function once(seen: Map<string, number>, key: string, what: string, at: At): void {
  const first = seen.get(key);
  if (first !== undefined) throw new DataError(at.file, at.line, `duplicate ${what} (first on line ${first})`);
  seen.set(key, at.line);
}

/** Get or create the draft for a corridor (and channel group, when given). */
function draftFor(drafts: Map<string, SeriesDraft>, key: string, source: number): SeriesDraft {
  let draft = drafts.get(key);
  if (!draft) {
    draft = { key, source, quarters: new Map() };
    drafts.set(key, draft);
  }
  return draft;
}

/** A quarter in any spelling `parseQuarter` (core/periods.ts) reads, or a `DataError`. */
function anyQuarter(value: string, column: string, at: At): string {
  const q = parseQuarter(value);
  if (q) return q;
  throw new DataError(at.file, at.line, `${column}: bad period "${value}" (expected YYYY_nQ, YYYYQn or Qn YYYY, n 1-4, year 2000-2100)`);
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
 * @param source index of this source in the bundle
 */
export function parseDatabank(path: string, source: number): SeriesDraft[] {
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

  const drafts = new Map<string, SeriesDraft>();
  const seen = new Map<string, number>();
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
      draftFor(drafts, key, source).quarters.set(q, { pct200: pct3(value, `column "${names[column]}"`, rowAt) });
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
 * The long file of corridor x quarter means computed from the RPW workbook
 * (not an official series): one row per corridor and quarter. Keeps the
 * USD 200 and USD 500 total cost, the USD 200 FX margin and the number of
 * services. The `corridor` column is ignored: the two code columns are
 * authoritative (it spells Kosovo `XKX` on two rows).
 * @param source index of this source in the bundle
 */
export function parseMeans(path: string, source: number): SeriesDraft[] {
  const drafts = new Map<string, SeriesDraft>();
  const seen = new Map<string, number>();
  for (const { row, line } of readTable(path, MEANS_COLUMNS)) {
    const at = { file: path, line };
    const q = anyQuarter(cell(row, 'period'), 'period', at);
    const key = `${alpha3(cell(row, 'source_code'), 'source_code', at)}-${alpha3(cell(row, 'destination_code'), 'destination_code', at)}`;
    once(seen, `${key} ${q}`, `corridor ${key} in ${q}`, at);
    draftFor(drafts, key, source).quarters.set(q, {
      pct200: pct3(cell(row, 'avg_cost_pct_200usd'), 'avg_cost_pct_200usd', at),
      pct500: pct3(cell(row, 'avg_cost_pct_500usd'), 'avg_cost_pct_500usd', at),
      fx200: pct3(cell(row, 'avg_fx_margin_200usd'), 'avg_fx_margin_200usd', at),
      providers: count(cell(row, 'num_providers'), 'num_providers', at),
    });
  }
  return [...drafts.values()];
}

/** Columns of the corridor file with bank and MTO + mobile operator splits. */
const BANK_MTO_COLUMNS = [
  'quarter',
  'source_code',
  'destination_code',
  'total_cost_pct',
  'bank_cost_pct',
  'mto_cost_pct',
  'fx_margin_pct',
  'total_cost_pct_500',
  'num_services',
];

/** What `parseBankMto` reads: the corridor series, and the bank and MTO + mobile operator series. */
export interface BankMtoSeries {
  readonly series: SeriesDraft[];
  readonly channels: ChannelDraft[];
  /** rows, and channel cells without a figure (`NA`), for the summary */
  readonly rows: number;
  readonly missing: { readonly bank: number; readonly mto_mobile: number };
}

/**
 * The corridor x quarter averages over transparent services with bank and
 * MTO splits (`rpw-corridor-bank-mto-*.csv`, computed with the official
 * method by a public project): `total_cost_pct` (USD 200),
 * `total_cost_pct_500`, `fx_margin_pct` and `num_services` make a corridor
 * series; `bank_cost_pct` a `bank` channel series; `mto_cost_pct`, which
 * covers money transfer operators AND mobile operators, an `mto_mobile`
 * series (never `mto`). `NA` in a channel column means no figure. The file
 * does not say how many services each channel has, so those series carry
 * no `providers`.
 * @param source index of this source in the bundle
 */
export function parseBankMto(path: string, source: number): BankMtoSeries {
  const series = new Map<string, SeriesDraft>();
  const bank = new Map<string, SeriesDraft>();
  const mtoMobile = new Map<string, SeriesDraft>();
  const seen = new Map<string, number>();
  const missing = { bank: 0, mto_mobile: 0 };
  let rows = 0;
  for (const { row, line } of readTable(path, BANK_MTO_COLUMNS)) {
    rows++;
    const at = { file: path, line };
    const q = anyQuarter(cell(row, 'quarter'), 'quarter', at);
    const key = `${alpha3(cell(row, 'source_code'), 'source_code', at)}-${alpha3(cell(row, 'destination_code'), 'destination_code', at)}`;
    once(seen, `${key} ${q}`, `corridor ${key} in ${q}`, at);
    draftFor(series, key, source).quarters.set(q, {
      pct200: pct3(cell(row, 'total_cost_pct'), 'total_cost_pct', at),
      pct500: pct3(cell(row, 'total_cost_pct_500'), 'total_cost_pct_500', at),
      fx200: pct3(cell(row, 'fx_margin_pct'), 'fx_margin_pct', at),
      providers: count(cell(row, 'num_services'), 'num_services', at),
    });
    const channel = (column: string, drafts: Map<string, SeriesDraft>, name: 'bank' | 'mto_mobile') => {
      const value = cell(row, column);
      if (value === 'NA' || value === '') {
        missing[name]++;
        return;
      }
      draftFor(drafts, key, source).quarters.set(q, { pct200: pct3(value, column, at) });
    };
    channel('bank_cost_pct', bank, 'bank');
    channel('mto_cost_pct', mtoMobile, 'mto_mobile');
  }
  const withChannel = (drafts: Map<string, SeriesDraft>, channel: ChannelGroup): ChannelDraft[] =>
    [...drafts.values()].map((draft) => ({ ...draft, channel }));
  return { series: [...series.values()], channels: [...withChannel(bank, 'bank'), ...withChannel(mtoMobile, 'mto_mobile')], rows, missing };
}

/** Columns of the headline figures file. */
const HEADLINE_COLUMNS = ['period', 'indicator', 'value_pct', 'source', 'source_location'];

/**
 * Headline indicators compiled from RPW reports and UN documents. Each
 * distinct (source, source_location) becomes a `compiled` SourceInfo with id
 * `headline-N`, numbered in order of first appearance so that appending rows
 * keeps existing ids.
 * @param firstSource index the first headline source will have in the bundle
 */
export function parseHeadline(path: string, firstSource: number): { sources: SourceInfo[]; rows: HeadlineRow[] } {
  const sources: SourceInfo[] = [];
  const sourceIndex = new Map<string, number>();
  const rows: HeadlineRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, line } of readTable(path, HEADLINE_COLUMNS)) {
    const at = { file: path, line };
    const p = period(cell(row, 'period'), 'period', at);
    const indicator = cell(row, 'indicator');
    if (!/^[A-Za-z0-9_]+$/.test(indicator)) throw new DataError(path, line, `indicator: bad name "${indicator}"`);
    const value = pct3(cell(row, 'value_pct'), 'value_pct', at);
    const title = text(cell(row, 'source'), 'source', at);
    const location = text(cell(row, 'source_location'), 'source_location', at);
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
 * @param valueColumn e.g. `usd_millions_2017`
 * @returns USD millions by `FROM-TO` alpha-3 key
 */
export function parseVolumes(path: string, valueColumn: string): Map<string, number> {
  const volumes = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const { row, line } of readTable(path, ['sending_country', 'sending_iso3', 'receiving_iso3', valueColumn])) {
    const at = { file: path, line };
    const from = cell(row, 'sending_iso3');
    const to = cell(row, 'receiving_iso3');
    if (!from || !to || cell(row, 'sending_country').toUpperCase() === 'WORLD') continue;
    const key = `${alpha3(from, 'sending_iso3', at)}-${alpha3(to, 'receiving_iso3', at)}`;
    once(seen, key, `corridor ${key}`, at);
    const value = number3(cell(row, valueColumn), valueColumn, at);
    if (value < 0) throw new DataError(path, line, `${valueColumn}: negative volume ${value}`);
    volumes.set(key, value);
  }
  return volumes;
}
