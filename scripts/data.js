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
 * A provider-level file committed in the sources folder as `rpw-providers*.csv`
 * is imported by every run, with or without `--check`, as if given with
 * `--rpw` (so a committed export reproduces); two such files stop the script.
 * An explicit `--rpw FILE` is used instead of the committed one.
 *
 * A malformed source row stops the script with `file:line: reason` and exit 1.
 * In the provider-level file, bad rows are reported (`file:line: reason`) and
 * left out instead; only a header without the required columns stops it.
 * Output is deterministic (no timestamps, fixed key order): re-running on the
 * same sources gives byte-identical files. See core/data/PROVENANCE.md.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DataError, ROOT, displayPath } from './lib/csv.js';
import { parseDatabank, parseHeadline, parseMeans, parseVolumes } from './lib/parse.js';
import { buildFull, buildLatest, corridorKeys, serialise, stats } from './lib/bundle.js';
import { formatReport, importRpw } from './lib/rpw.js';

export { DataError } from './lib/csv.js';
export { parseDatabank, parseHeadline, parseMeans, parseVolumes } from './lib/parse.js';
export { buildFull, buildLatest, corridorKeys, serialise, stats } from './lib/bundle.js';
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

/** A provider-level RPW export committed in the sources folder: `rpw-providers*.csv`. */
export const RPW_SOURCE_PREFIX = 'rpw-providers';

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
 * The provider-level RPW file committed in `dir` (`rpw-providers*.csv`), or
 * undefined when there is none. Throws when there are several: which one to
 * import would be a guess.
 * @param {string} [dir]
 * @returns {string | undefined} its path
 */
export function committedRpw(dir = SOURCES_DIR) {
  const found = readdirSync(dir)
    .filter((name) => name.startsWith(RPW_SOURCE_PREFIX) && name.endsWith('.csv'))
    .sort();
  if (found.length > 1) {
    throw new Error(
      `more than one provider-level RPW file in ${displayPath(dir)}: ${found.join(', ')}; ` +
        `keep exactly one ${RPW_SOURCE_PREFIX}*.csv there (remove the older export), or none`,
    );
  }
  return found.length ? join(dir, /** @type {string} */ (found[0])) : undefined;
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
  // Our averages of the official data, not figures the World Bank publishes: `computed`, like the corridor means.
  return {
    id: 'rpw-providers',
    title:
      `Computed from the World Bank RPW provider-level dataset (${range}): simple means of the transparent ` +
      'services by channel (firm type), and SmaRT, per corridor and quarter (not official RPW series)',
    location: `${rpw.fileName}: the RPW dataset (remittanceprices.worldbank.org; World Bank Data Catalog, dataset 0037898), one row per service`,
    kind: 'computed',
    licence: 'CC BY 4.0 (derived from World Bank RPW data)',
  };
}

/**
 * Parse every source in `dir` and build both bundles. With `rpw` (an
 * `importRpw` result), its SourceInfo goes after all the others and its
 * measured channel and SmaRT series are added as `channels` and `smart`, for
 * the corridors that have a corridor series; `rpwLeftOut` lists the file's
 * other corridors (left out). Without it the bundles are exactly the default
 * ones. This does not look for a committed provider-level file (`main` and
 * `renderSources` do).
 * @param {string} [dir] folder with the source CSVs
 * @param {RpwImport} [rpw] a provider-level RPW import
 * @returns {{ full: Bundle, latest: Bundle, rpwLeftOut: string[] }}
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
  /** @type {string[]} */
  let rpwLeftOut = [];
  if (rpw) {
    const known = corridorKeys(series);
    rpwLeftOut = rpw.corridors.filter((key) => !known.has(key));
    const source = sources.length;
    sources.push(rpwSource(rpw));
    measured.channels = rpw.channels.map(({ key, channel, quarters }) => ({ key, channel, source, quarters }));
    measured.smart = rpw.smart.map(({ key, quarters }) => ({ key, source, quarters }));
  }

  const full = buildFull({ sources, series, headline: headline.rows, volumes, volumeYear: VOLUME_YEAR, volumeSource: BILATERAL, ...measured });
  return { full, latest: buildLatest(full), rpwLeftOut };
}

/** @typedef {{ path: string, text: string, bundle: Bundle }} OutputFile */

/**
 * The output files of two bundles.
 * @param {{ full: Bundle, latest: Bundle }} bundles
 * @returns {OutputFile[]}
 */
function outputFiles({ full, latest }) {
  return [
    { path: OUTPUT.full, text: serialise(full), bundle: full },
    { path: OUTPUT.latest, text: serialise(latest), bundle: latest },
  ];
}

/**
 * The output files' text, by path.
 * @param {string} [dir]
 * @param {RpwImport} [rpw] a provider-level RPW import to add
 * @returns {OutputFile[]}
 */
export function render(dir = SOURCES_DIR, rpw = undefined) {
  return outputFiles(generate(dir, rpw));
}

/**
 * What `npm run data` (no option) writes for the sources in `dir`: `render`,
 * plus the import of the provider-level file committed there, if any.
 * @param {string} [dir]
 * @returns {Promise<OutputFile[]>}
 */
export async function renderSources(dir = SOURCES_DIR) {
  const file = committedRpw(dir);
  return render(dir, file ? await importRpw(file) : undefined);
}

/**
 * One summary line for a written file.
 * @param {OutputFile} file
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
 * @param {OutputFile[]} files
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
 * With a provider-level file (`--rpw FILE`, or the one committed in the
 * sources folder): import it (streamed), build the bundles with the measured
 * figures added, print the import summary (with the corridors left out for
 * want of a corridor series), then write (or check) the bundles. Exit code 0
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
    const print = (/** @type {string} */ text) => (rpw.report.badRows ? console.error(text) : console.log(text));
    if (!rpw.report.rowsUsed) {
      print(formatReport(rpw.report));
      console.error(`${rpw.report.file}: no usable row; the bundle is left as it is`);
      return 1;
    }
    let built;
    try {
      built = generate(dir, rpw);
    } catch (error) {
      print(formatReport(rpw.report));
      throw error;
    }
    print(formatReport(rpw.report, { leftOut: built.rpwLeftOut }));
    return writeOrCheck(outputFiles(built), check);
  } catch (error) {
    return report(error);
  }
}

/**
 * Command line entry point; returns the exit code. Synchronous when there is
 * no provider-level file (as before); with `--rpw FILE`, or an
 * `rpw-providers*.csv` committed in `dir`, the import streams, so it returns
 * a promise of the exit code.
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
  try {
    const committed = committedRpw(dir);
    if (opts.rpw !== undefined) {
      if (committed) console.error(`note: --rpw ${opts.rpw} is used instead of ${displayPath(committed)}`);
      return mainRpw(opts.rpw, opts.check, dir);
    }
    if (committed) return mainRpw(committed, opts.check, dir);
    return writeOrCheck(render(dir), opts.check);
  } catch (error) {
    return report(error);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
