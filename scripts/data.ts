/**
 * `npm run data`: build the data bundle from the source CSVs.
 *
 *   tsx scripts/data.ts             parse, validate, write core/data/generated/{full,latest,services}.json
 *   tsx scripts/data.ts --check     regenerate in memory; exit 1 if a committed file differs
 *   tsx scripts/data.ts --rpw FILE  try a provider-level file that is not committed (see below)
 *
 * Every source in `core/data/sources/` is imported by every run, with or
 * without `--check`: the DataBank corridor series, the corridor quarter
 * means, the headline figures, the bilateral volumes, the corridor file with
 * bank and MTO + mobile operator splits (`rpw-corridor-bank-mto-*.csv`, zero
 * or one), and every provider-level file `rpw-providers*.csv` (one per
 * format: the World Bank's own, and the short one; `scripts/lib/rpw.ts`).
 *
 * `--rpw FILE` imports FILE as one more provider-level file. It REPLACES a
 * committed provider-level file of the same format (a note names it): the
 * use is to try a newer export before committing it in place of the old
 * one, and two files of one format would give two SmaRT series and
 * overlapping channel series for the same corridors.
 *
 * A malformed row of a corridor-level source stops the script with
 * `file:line: reason` and exit 1. In the provider-level files, bad rows are
 * reported (`file:line: reason`) and left out instead; only a header without
 * the required columns, or a file past the importer's limits, stops it.
 * Output is deterministic (no timestamps, fixed key order): re-running on the
 * same sources gives byte-identical files. See core/data/PROVENANCE.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Bundle, ServicesFile, SourceInfo } from '../core/data/types.ts';
import { DataError, ROOT, displayPath, printable } from './lib/csv.ts';
import { parseBankMto, parseDatabank, parseHeadline, parseMeans, parseVolumes, type ChannelDraft, type SeriesDraft } from './lib/parse.ts';
import { buildFull, buildLatest, buildServices, corridorKeys, serialise, serialiseServices, stats, type ServicesDraft, type StatsDraft } from './lib/bundle.ts';
import { formatReport, importRpw, type RpwFormat, type RpwImport } from './lib/rpw.ts';

export { DataError } from './lib/csv.ts';
export { parseBankMto, parseDatabank, parseHeadline, parseMeans, parseVolumes } from './lib/parse.ts';
export { buildFull, buildLatest, buildServices, corridorKeys, serialise, serialiseServices, stats } from './lib/bundle.ts';
export { importRpw, formatReport, RPW_REQUIRED, SHORT_REQUIRED, MAX_CELLS, MAX_SERVICES } from './lib/rpw.ts';

export const SOURCES_DIR = join(ROOT, 'core/data/sources');
export const OUTPUT = {
  full: join(ROOT, 'core/data/generated/full.json'),
  latest: join(ROOT, 'core/data/generated/latest.json'),
  services: join(ROOT, 'core/data/generated/services.json'),
} as const;

/** Year of the bilateral volume estimates, and their value column. */
const VOLUME_YEAR = 2017;
const VOLUME_FILE = `wb-bilateral-remittances-${VOLUME_YEAR}.csv`;
const VOLUME_COLUMN = `usd_millions_${VOLUME_YEAR}`;

/** A provider-level RPW file committed in the sources folder: `rpw-providers*.csv`. */
export const RPW_SOURCE_PREFIX = 'rpw-providers';
/** The corridor file with bank and MTO + mobile operator splits: `rpw-corridor-bank-mto-*.csv`. */
export const BANK_MTO_PREFIX = 'rpw-corridor-bank-mto-';

/** Fixed source indexes: figures point at these, so their order must not change. */
const DATABANK = 0;
const MEANS = 1;
const BILATERAL = 2;

const LICENCE = 'CC BY 4.0 (derived from World Bank RPW data)';

/** Where each committed provider-level file comes from (core/data/sources/README.md), for its citation. */
const ORIGINS: Readonly<Record<string, string>> = {
  'rpw-providers-2011q1-2014q2.csv':
    "the World Bank's RPW dataset 2011Q1-2014Q2 (rpw_dataset_2011_2014_q2.csv) as kept in the public repository benmazzotta/ccglobal " +
    '(data/remittance prices worldwide.Rda, commit 4e5a1eb), exported to CSV unchanged',
  'rpw-providers-africa-2016q2-2025q1.csv':
    'RPW provider-level rows for corridors into, out of and within Africa, from the public repository BalogunEmmanuelKehinde/Africa-remittance-analysis ' +
    '(africa_remittances_clean.csv, commit 5206241); ISO3 codes added from the World Bank names',
};

/**
 * The files in `dir` whose names start with `prefix` and end in `.csv`, sorted.
 * Matching by prefix lets a newer export (other quarter range in the name)
 * replace the old one without code changes.
 */
function sourcesLike(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.csv'))
    .sort();
}

/** The one file in `dir` named `prefix*.csv`; two at once is ambiguous, none is missing. */
function findSource(dir: string, prefix: string): string {
  const found = sourcesLike(dir, prefix);
  if (found.length !== 1 || !found[0]) {
    throw new Error(`expected exactly one ${prefix}*.csv in ${displayPath(dir)}, found ${found.length ? found.join(', ') : 'none'}`);
  }
  return found[0];
}

/** The provider-level RPW files committed in `dir` (`rpw-providers*.csv`), as paths, sorted. */
export function committedRpw(dir: string = SOURCES_DIR): string[] {
  return sourcesLike(dir, RPW_SOURCE_PREFIX).map((name) => join(dir, name));
}

/** The sources with fixed indexes (0-2); the headline sources follow them. */
function fixedSources(meansFile: string): SourceInfo[] {
  return [
    {
      id: 'rpw-databank',
      title: 'World Bank DataBank, Remittance Prices Worldwide (Corridors), ATCR.CORR Average Total Cost to remit in corridor, USD 200',
      location: 'https://databank.worldbank.org/source/remittance-prices-worldwide-(corridors)',
      kind: 'official',
      licence: 'CC BY 4.0',
    },
    {
      id: 'rpw-corridor-means',
      title: 'Computed from RPW data: simple mean of all services in the corridor (not an official RPW series)',
      location: `${meansFile}: corridor x quarter means computed from the full RPW workbook by a public thesis project (core/data/sources/README.md)`,
      kind: 'computed',
      licence: LICENCE,
      over: 'all',
    },
    {
      id: `wb-bilateral-${VOLUME_YEAR}`,
      title: `World Bank Bilateral Remittance Estimates for ${VOLUME_YEAR} (April 2018 version), USD millions`,
      location: `World Bank, Migration and Remittances Data: bilateral remittance matrix ${VOLUME_YEAR} (${VOLUME_FILE})`,
      kind: 'estimate',
      licence: 'CC BY 4.0 (World Bank open data)',
    },
  ];
}

/** The SourceInfo of the corridor file with bank and MTO + mobile operator splits. */
export function bankMtoSource(fileName: string): SourceInfo {
  return {
    id: 'rpw-corridor-bank-mto',
    title: 'Computed by a public project with the official RPW method; equals World Bank DataBank where both exist (not an official RPW series)',
    location:
      `${fileName}: corridor x quarter averages for the corridors into Bangladesh, India, Nepal and the Philippines, from the public repository ` +
      'Sambhav255/mofa (data/raw/rpw_real.csv, commit ad40f2b); ISO3 codes added',
    kind: 'computed',
    licence: LICENCE,
    over: 'transparent',
  };
}

/** The SourceInfo of a provider-level RPW import. */
export function rpwSource(rpw: RpwImport): SourceInfo {
  const q = rpw.quarters;
  const range = q.length ? `${q[0]}-${q.at(-1)}, ${q.length} quarter${q.length === 1 ? '' : 's'}` : 'no quarters';
  const origin = ORIGINS[rpw.fileName] ?? 'the RPW dataset (remittanceprices.worldbank.org; World Bank Data Catalog, dataset 0037898), one row per service';
  // Our averages of the official data, not figures the World Bank publishes: `computed`, like the corridor means.
  const title =
    rpw.format === 'world-bank'
      ? `Computed from the World Bank RPW provider-level dataset (${range}): simple means of the transparent services by channel (firm type), ` +
        'their median, lowest and highest cost, and SmaRT, per corridor and quarter (not official RPW series)'
      : `Computed from RPW provider-level data (${range}), computed over all surveyed services (the file has no transparent flag): simple means ` +
        'by channel (firm type), median, lowest and highest cost, per corridor and quarter (not official RPW series)';
  return { id: `rpw-providers:${rpw.fileName}`, title, location: `${rpw.fileName}: ${origin}`, kind: 'computed', licence: LICENCE, over: rpw.over };
}

const FORMAT_NAME: Readonly<Record<RpwFormat, string>> = { 'world-bank': "the World Bank's format", short: 'the short format' };

/** What `generate` builds, and what the summary says about it. */
export interface Generated {
  readonly full: Bundle;
  readonly latest: Bundle;
  readonly services: ServicesFile;
  /** per provider-level import (same order): its corridors left out for want of a corridor series */
  readonly rpwLeftOut: string[][];
  /** the bank/MTO file's name and what it read, when there is one */
  readonly bankMto?: { readonly file: string; readonly rows: number; readonly corridors: number; readonly missing: { readonly bank: number; readonly mto_mobile: number } };
}

/**
 * Parse every corridor-level source in `dir` and build the bundles, with the
 * provider-level imports `rpw` (their sources after all the others, in the
 * order given). At most one import per format. This does not look for
 * committed provider-level files (`main` and `renderSources` do).
 */
export function generate(dir: string = SOURCES_DIR, rpw: readonly RpwImport[] = []): Generated {
  const formats = new Map<RpwFormat, string>();
  for (const imp of rpw) {
    const other = formats.get(imp.format);
    if (other !== undefined) {
      throw new Error(
        `two provider-level files in ${FORMAT_NAME[imp.format]}: ${other}, ${imp.fileName}; keep one per format in ${displayPath(dir)} (remove the older export)`,
      );
    }
    formats.set(imp.format, imp.fileName);
  }
  const meansFile = findSource(dir, 'rpw-corridor-quarter-means-');
  const sources = fixedSources(meansFile);
  const series: SeriesDraft[] = [
    ...parseDatabank(join(dir, findSource(dir, 'rpw-databank-corridors-')), DATABANK),
    ...parseMeans(join(dir, meansFile), MEANS),
  ];
  const headline = parseHeadline(join(dir, 'rpw-headline-figures.csv'), sources.length);
  sources.push(...headline.sources);
  const volumes = parseVolumes(join(dir, VOLUME_FILE), VOLUME_COLUMN);

  const channels: ChannelDraft[] = [];
  const bankMtoFiles = sourcesLike(dir, BANK_MTO_PREFIX);
  if (bankMtoFiles.length > 1) throw new Error(`expected at most one ${BANK_MTO_PREFIX}*.csv in ${displayPath(dir)}, found ${bankMtoFiles.join(', ')}`);
  let bankMto: Generated['bankMto'];
  const bankMtoFile = bankMtoFiles[0];
  if (bankMtoFile) {
    const split = parseBankMto(join(dir, bankMtoFile), sources.length);
    sources.push(bankMtoSource(bankMtoFile));
    series.push(...split.series);
    channels.push(...split.channels);
    bankMto = { file: displayPath(join(dir, bankMtoFile)), rows: split.rows, corridors: split.series.length, missing: split.missing };
  }

  const known = corridorKeys(series);
  const smart: SeriesDraft[] = [];
  const serviceStats: StatsDraft[] = [];
  const services: ServicesDraft[] = [];
  const rpwLeftOut = rpw.map((imp) => {
    const source = sources.length;
    sources.push(rpwSource(imp));
    channels.push(...imp.channels.map(({ key, channel, quarters }) => ({ key, channel, source, quarters })));
    smart.push(...imp.smart.map(({ key, quarters }) => ({ key, source, quarters })));
    serviceStats.push(...imp.stats.map(({ key, quarters }) => ({ key, source, quarters })));
    services.push(...imp.services.map(({ key, quarter, rows }) => ({ key, source, quarter, rows })));
    return imp.corridors.filter((key) => !known.has(key));
  });

  const measured = {
    ...(channels.length ? { channels } : {}),
    ...(serviceStats.length ? { serviceStats } : {}),
    ...(smart.length ? { smart } : {}),
  };
  const full = buildFull({ sources, series, headline: headline.rows, volumes, volumeYear: VOLUME_YEAR, volumeSource: BILATERAL, ...measured });
  return { full, latest: buildLatest(full), services: buildServices(full, services), rpwLeftOut, ...(bankMto ? { bankMto } : {}) };
}

/** One output file: where it goes, its text, and what the summary line says about it. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
  readonly bundle: Bundle | ServicesFile;
  readonly summary: () => string;
}

/** The output files of `generate`. */
function outputFiles({ full, latest, services }: Generated): OutputFile[] {
  const sized = (path: string, bundle: Bundle | ServicesFile, text: string, counts: string): OutputFile => ({
    path,
    text,
    bundle,
    summary: () => `${displayPath(path)}: ${counts}, ${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} gzip`,
  });
  const serviceQuarters = Object.values(services.services).flat();
  return [full, latest]
    .map((bundle) => sized(bundle.variant === 'full' ? OUTPUT.full : OUTPUT.latest, bundle, serialise(bundle), bundleCounts(bundle)))
    .concat(
      sized(
        OUTPUT.services,
        services,
        serialiseServices(services),
        `${Object.keys(services.services).length} corridors, ${serviceQuarters.length} corridor-quarters, ` +
          `${serviceQuarters.reduce((n, q) => n + q.rows.length, 0)} services`,
      ),
    );
}

/** The counts of a bundle's summary line. */
function bundleCounts(bundle: Bundle): string {
  const s = stats(bundle);
  const count = (record: Readonly<Record<string, unknown>> | undefined) => Object.keys(record ?? {}).length;
  const parts = [
    `${s.corridors} corridors`,
    `${s.series} series`,
    `${s.rows} quarter rows`,
    `${s.headline} headline rows`,
    `${s.volumes} volumes`,
    `${s.countries} countries`,
  ];
  if (bundle.channels) parts.push(`${count(bundle.channels)} corridors with measured channels`);
  if (bundle.serviceStats) parts.push(`${count(bundle.serviceStats)} with service statistics`);
  if (bundle.smart) parts.push(`${count(bundle.smart)} with SmaRT`);
  return parts.join(', ');
}

/** The output files' text for the sources in `dir` and the provider-level imports `rpw`. */
export function render(dir: string = SOURCES_DIR, rpw: readonly RpwImport[] = []): OutputFile[] {
  return outputFiles(generate(dir, rpw));
}

/** What `npm run data` (no option) writes for the sources in `dir`: every file there, provider-level ones included. */
export async function renderSources(dir: string = SOURCES_DIR): Promise<OutputFile[]> {
  const imports: RpwImport[] = [];
  for (const file of committedRpw(dir)) imports.push(await importRpw(file));
  return render(dir, imports);
}

const USAGE = 'usage: tsx scripts/data.ts [--check] [--rpw FILE]';

/** Split the command line into options. */
function options(args: readonly string[]): { check: boolean; rpw: string | undefined } | { error: string } {
  let check = false;
  let rpw: string | undefined;
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--check') check = true;
    else if (arg === '--rpw' || arg.startsWith('--rpw=')) {
      const value = arg === '--rpw' ? args[++i] : arg.slice('--rpw='.length);
      if (!value || value.startsWith('--')) return { error: `--rpw needs a FILE\n${USAGE}` };
      if (rpw !== undefined) return { error: `--rpw given twice\n${USAGE}` };
      rpw = value;
    } else unknown.push(arg);
  }
  if (unknown.length) return { error: printable(`unknown option(s): ${unknown.join(' ')}\n${USAGE}`) };
  return { check, rpw };
}

/** Write the files, or with `check` compare them with the committed ones; returns the exit code. */
function writeOrCheck(files: readonly OutputFile[], check: boolean): number {
  if (check) {
    const stale = files.filter(({ path, text }) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
    for (const { path } of stale) console.error(`out of date: ${displayPath(path)} (run npm run data)`);
    if (!stale.length) console.log('data bundle is up to date');
    return stale.length ? 1 : 0;
  }
  for (const file of files) {
    writeFileSync(file.path, file.text);
    console.log(file.summary());
  }
  return 0;
}

function report(error: unknown): number {
  // DataError messages already read `file:line: reason`, printable.
  console.error(error instanceof DataError ? error.message : printable(`data: ${error instanceof Error ? error.message : String(error)}`));
  return 1;
}

/**
 * Command line entry point; resolves to the exit code: 0 when the bundle was
 * written (or is up to date with `--check`; bad provider-level rows are
 * reported, not fatal); 1 when a corridor-level source is bad, a
 * provider-level header lacks a required column, a file cannot be read or
 * has no usable row, or (with `--check`) a committed file differs; 2 for a
 * bad command line.
 * @param dir folder with the source CSVs (tests point it at fixtures)
 */
export async function main(args: readonly string[], dir: string = SOURCES_DIR): Promise<number> {
  const opts = options(args);
  if ('error' in opts) {
    console.error(opts.error);
    return 2;
  }
  try {
    const imports: RpwImport[] = [];
    for (const file of committedRpw(dir)) imports.push(await importRpw(file));
    if (opts.rpw !== undefined) {
      const tried = await importRpw(resolve(opts.rpw));
      for (let i = imports.length - 1; i >= 0; i--) {
        const committed = imports[i];
        if (committed?.format !== tried.format) continue;
        console.error(printable(`note: --rpw ${opts.rpw} replaces ${committed.report.file} (both in ${FORMAT_NAME[tried.format]})`));
        imports.splice(i, 1);
      }
      imports.push(tried);
    }
    const print = (imp: RpwImport, leftOut: readonly string[] = []) => {
      const text = formatReport(imp.report, { leftOut });
      if (imp.report.badRows) console.error(text);
      else console.log(text);
    };
    const empty = imports.find((imp) => !imp.report.rowsUsed);
    if (empty) {
      print(empty);
      console.error(printable(`${empty.report.file}: no usable row; the bundle is left as it is`));
      return 1;
    }
    let built: Generated;
    try {
      built = generate(dir, imports);
    } catch (error) {
      for (const imp of imports) print(imp);
      throw error;
    }
    imports.forEach((imp, i) => print(imp, built.rpwLeftOut[i]));
    if (built.bankMto) {
      const { file, rows, corridors, missing } = built.bankMto;
      console.log(
        `${file}: ${rows} rows, ${corridors} corridors; no bank figure in ${missing.bank} rows, ` +
          `no MTO + mobile operator figure in ${missing.mto_mobile} (NA)`,
      );
    }
    return writeOrCheck(outputFiles(built), opts.check);
  } catch (error) {
    return report(error);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
