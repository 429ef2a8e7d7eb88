#!/usr/bin/env node
/**
 * `npm run data`: build the data bundle from the source CSVs.
 *
 *   node scripts/data.js           parse, validate, write core/data/generated/{full,latest}.json
 *   node scripts/data.js --check   regenerate in memory; exit 1 if the committed files differ
 *   node scripts/data.js --rpw FILE
 *                                  also import the provider-level RPW dataset (CSV, streamed) and add
 *                                  measured channel averages and SmaRT to the bundle (`channels`, `smart`)
 *
 * A malformed source row stops the script with `file:line: reason` and exit 1.
 * In the `--rpw` file, bad rows are reported (`file:line: reason`) and left
 * out instead; only a header without the required columns stops it.
 * Output is deterministic (no timestamps, fixed key order): re-running on the
 * same sources gives byte-identical files. See core/data/PROVENANCE.md.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DataError, ROOT, displayPath } from './lib/csv.js';
import { parseDatabank, parseHeadline, parseMeans, parseVolumes } from './lib/parse.js';
import { buildFull, buildLatest, serialise, stats } from './lib/bundle.js';
import { formatReport, importRpw } from './lib/rpw.js';

export { DataError } from './lib/csv.js';
export { parseDatabank, parseHeadline, parseMeans, parseVolumes } from './lib/parse.js';
export { buildFull, buildLatest, serialise, stats } from './lib/bundle.js';
export { importRpw, formatReport, rpwQuarter, RPW_REQUIRED } from './lib/rpw.js';

/** @typedef {import('../core/data/types.ts').Bundle} Bundle */
/** @typedef {import('../core/data/types.ts').SourceInfo} SourceInfo */
/** @typedef {import('./lib/rpw.js').RpwImport} RpwImport */

export const SOURCES_DIR = join(ROOT, 'core/data/sources');
export const OUTPUT = {
  full: join(ROOT, 'core/data/generated/full.json'),
  latest: join(ROOT, 'core/data/generated/latest.json'),
};

/** Year of the bilateral volume estimates, and their value column. */
const VOLUME_YEAR = 2017;
const VOLUME_FILE = `wb-bilateral-remittances-${VOLUME_YEAR}.csv`;
const VOLUME_COLUMN = `usd_millions_${VOLUME_YEAR}`;

/** Fixed source indexes: figures point at these, so their order must not change. */
const DATABANK = 0;
const MEANS = 1;
const BILATERAL = 2;

/**
 * The one file in `dir` whose name starts with `prefix` and ends in `.csv`.
 * Matching by prefix lets a newer export (other quarter range in the name)
 * replace the old one without code changes; two at once is ambiguous.
 * @param {string} dir
 * @param {string} prefix
 */
function findSource(dir, prefix) {
  const found = readdirSync(dir).filter((name) => name.startsWith(prefix) && name.endsWith('.csv'));
  if (found.length !== 1) {
    throw new Error(`expected exactly one ${prefix}*.csv in ${displayPath(dir)}, found ${found.length ? found.join(', ') : 'none'}`);
  }
  return /** @type {string} */ (found[0]);
}

/**
 * The sources with fixed indexes (0-2); the headline sources follow them.
 * @param {string} meansFile file name of the corridor means
 * @returns {SourceInfo[]}
 */
function fixedSources(meansFile) {
  return [
    {
      id: 'rpw-databank',
      title:
        'World Bank DataBank, Remittance Prices Worldwide (Corridors), ATCR.CORR Average Total Cost to remit in corridor, USD 200',
      location: 'https://databank.worldbank.org/source/remittance-prices-worldwide-(corridors)',
      kind: 'official',
      licence: 'CC BY 4.0',
    },
    {
      id: 'rpw-corridor-means',
      title: 'Computed from RPW data: simple mean of all services in the corridor (not an official RPW series)',
      location: `${meansFile}: corridor x quarter means computed from the full RPW workbook by a public thesis project (core/data/sources/README.md)`,
      kind: 'computed',
      licence: 'CC BY 4.0 (derived from World Bank RPW data)',
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

/**
 * The SourceInfo of a provider-level RPW import.
 * @param {RpwImport} rpw
 * @returns {SourceInfo}
 */
export function rpwSource(rpw) {
  const q = rpw.quarters;
  const range = q.length ? `${q[0]}-${q.at(-1)}, ${q.length} quarter${q.length === 1 ? '' : 's'}` : 'no quarters';
  return {
    id: 'rpw-providers',
    title:
      `World Bank, Remittance Prices Worldwide, provider-level dataset (${range}): ` +
      'simple means of the services by channel (firm type) and SmaRT, per corridor and quarter',
    location: `${rpw.fileName}: the RPW dataset (remittanceprices.worldbank.org; World Bank Data Catalog, dataset 0037898), one row per service`,
    kind: 'official',
    licence: 'CC BY 4.0',
  };
}

/**
 * Parse every source in `dir` and build both bundles. With `rpw` (an
 * `importRpw` result), its SourceInfo goes after all the others and its
 * measured channel and SmaRT series are added as `channels` and `smart`;
 * without it the bundles are exactly the default ones.
 * @param {string} [dir] folder with the source CSVs
 * @param {RpwImport} [rpw] a provider-level RPW import
 * @returns {{ full: Bundle, latest: Bundle }}
 */
export function generate(dir = SOURCES_DIR, rpw = undefined) {
  const meansFile = findSource(dir, 'rpw-corridor-quarter-means-');
  const sources = fixedSources(meansFile);
  const series = [
    ...parseDatabank(join(dir, findSource(dir, 'rpw-databank-corridors-')), DATABANK),
    ...parseMeans(join(dir, meansFile), MEANS),
  ];
  const headline = parseHeadline(join(dir, 'rpw-headline-figures.csv'), sources.length);
  sources.push(...headline.sources);
  const volumes = parseVolumes(join(dir, VOLUME_FILE), VOLUME_COLUMN);

  /** @type {Pick<import('./lib/bundle.js').BundleInput, 'channels' | 'smart'>} */
  const measured = {};
  if (rpw) {
    const source = sources.length;
    sources.push(rpwSource(rpw));
    measured.channels = rpw.channels.map(({ key, channel, quarters }) => ({ key, channel, source, quarters }));
    measured.smart = rpw.smart.map(({ key, quarters }) => ({ key, source, quarters }));
  }

  const full = buildFull({ sources, series, headline: headline.rows, volumes, volumeYear: VOLUME_YEAR, volumeSource: BILATERAL, ...measured });
  return { full, latest: buildLatest(full) };
}

/**
 * The output files' text, by path.
 * @param {string} [dir]
 * @param {RpwImport} [rpw] a provider-level RPW import to add
 * @returns {{ path: string, text: string, bundle: Bundle }[]}
 */
export function render(dir = SOURCES_DIR, rpw = undefined) {
  const { full, latest } = generate(dir, rpw);
  return [
    { path: OUTPUT.full, text: serialise(full), bundle: full },
    { path: OUTPUT.latest, text: serialise(latest), bundle: latest },
  ];
}

/**
 * One summary line for a written file.
 * @param {{ path: string, text: string, bundle: Bundle }} file
 */
function summary({ path, text, bundle }) {
  const s = stats(bundle);
  const bytes = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  const measured = bundle.channels
    ? `${Object.keys(bundle.channels).length} corridors with measured channels, ${bundle.smart ? Object.keys(bundle.smart).length : 0} with SmaRT, `
    : '';
  return (
    `${displayPath(path)}: ${s.corridors} corridors, ${s.series} series, ${s.rows} quarter rows, ` +
    `${s.headline} headline rows, ${s.volumes} volumes, ${s.countries} countries, ${measured}${bytes} bytes, ${gzip} gzip`
  );
}

const USAGE = 'usage: node scripts/data.js [--check] [--rpw FILE]';

/**
 * Split the command line into options.
 * @param {string[]} args
 * @returns {{ check: boolean, rpw: string | undefined } | { error: string }}
 */
function options(args) {
  let check = false;
  /** @type {string | undefined} */
  let rpw;
  const unknown = [];
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    if (arg === '--check') check = true;
    else if (arg === '--rpw' || arg.startsWith('--rpw=')) {
      const value = arg === '--rpw' ? args[++i] : arg.slice('--rpw='.length);
      if (!value || value.startsWith('--')) return { error: `--rpw needs a FILE\n${USAGE}` };
      if (rpw !== undefined) return { error: `--rpw given twice\n${USAGE}` };
      rpw = value;
    } else unknown.push(arg);
  }
  if (unknown.length) return { error: `unknown option(s): ${unknown.join(' ')}\n${USAGE}` };
  return { check, rpw };
}

/**
 * Write the files, or with `check` compare them with the committed ones; returns the exit code.
 * @param {{ path: string, text: string, bundle: Bundle }[]} files
 * @param {boolean} check
 */
function writeOrCheck(files, check) {
  if (check) {
    const stale = files.filter(({ path, text }) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
    for (const { path } of stale) console.error(`out of date: ${displayPath(path)} (run npm run data)`);
    if (!stale.length) console.log('data bundle is up to date');
    return stale.length ? 1 : 0;
  }
  for (const file of files) {
    writeFileSync(file.path, file.text);
    console.log(summary(file));
  }
  return 0;
}

/** @param {unknown} error */
function report(error) {
  // DataError messages already read `file:line: reason`.
  console.error(error instanceof DataError ? error.message : `data: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

/**
 * `--rpw FILE`: import the file (streamed), print its summary, then build and
 * write (or check) the bundles with the measured figures added. Exit code 0
 * when the import gave figures (bad rows are reported, not fatal); 1 when the
 * header lacks a required column, the file cannot be read, no row was usable,
 * or another source is bad.
 * @param {string} file
 * @param {boolean} check
 * @param {string} dir
 * @returns {Promise<number>}
 */
async function mainRpw(file, check, dir) {
  try {
    const rpw = await importRpw(resolve(file));
    const text = formatReport(rpw.report);
    if (rpw.report.badRows) console.error(text);
    else console.log(text);
    if (!rpw.report.rowsUsed) {
      console.error(`${rpw.report.file}: no usable row; the bundle is left as it is`);
      return 1;
    }
    return writeOrCheck(render(dir, rpw), check);
  } catch (error) {
    return report(error);
  }
}

/**
 * Command line entry point; returns the exit code. Synchronous without
 * `--rpw` (as before); with `--rpw FILE` the import streams, so it returns a
 * promise of the exit code.
 * @param {string[]} args
 * @param {string} [dir] folder with the source CSVs (tests point it at fixtures)
 * @returns {number | Promise<number>}
 */
export function main(args, dir = SOURCES_DIR) {
  const opts = options(args);
  if ('error' in opts) {
    console.error(opts.error);
    return 2;
  }
  if (opts.rpw !== undefined) return mainRpw(opts.rpw, opts.check, dir);
  try {
    return writeOrCheck(render(dir), opts.check);
  } catch (error) {
    return report(error);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
