#!/usr/bin/env node
/**
 * `npm run data`: build the data bundle from the source CSVs.
 *
 *   node scripts/data.js           parse, validate, write core/data/generated/{full,latest}.json
 *   node scripts/data.js --check   regenerate in memory; exit 1 if the committed files differ
 *
 * A malformed source row stops the script with `file:line: reason` and exit 1.
 * Output is deterministic (no timestamps, fixed key order): re-running on the
 * same sources gives byte-identical files. See core/data/PROVENANCE.md.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DataError, ROOT, displayPath } from './lib/csv.js';
import { parseDatabank, parseHeadline, parseMeans, parseVolumes } from './lib/parse.js';
import { buildFull, buildLatest, serialise, stats } from './lib/bundle.js';

export { DataError } from './lib/csv.js';
export { parseDatabank, parseHeadline, parseMeans, parseVolumes } from './lib/parse.js';
export { buildFull, buildLatest, serialise, stats } from './lib/bundle.js';

/** @typedef {import('../core/data/types.ts').Bundle} Bundle */
/** @typedef {import('../core/data/types.ts').SourceInfo} SourceInfo */

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
 * Parse every source in `dir` and build both bundles. Another series source
 * (e.g. a provider-level `--rpw FILE` import) would append its SourceInfo
 * after these and push its drafts onto `series`.
 * @param {string} [dir] folder with the source CSVs
 * @returns {{ full: Bundle, latest: Bundle }}
 */
export function generate(dir = SOURCES_DIR) {
  const meansFile = findSource(dir, 'rpw-corridor-quarter-means-');
  const sources = fixedSources(meansFile);
  const series = [
    ...parseDatabank(join(dir, findSource(dir, 'rpw-databank-corridors-')), DATABANK),
    ...parseMeans(join(dir, meansFile), MEANS),
  ];
  const headline = parseHeadline(join(dir, 'rpw-headline-figures.csv'), sources.length);
  sources.push(...headline.sources);
  const volumes = parseVolumes(join(dir, VOLUME_FILE), VOLUME_COLUMN);

  const full = buildFull({ sources, series, headline: headline.rows, volumes, volumeYear: VOLUME_YEAR, volumeSource: BILATERAL });
  return { full, latest: buildLatest(full) };
}

/**
 * The output files' text, by path.
 * @param {string} [dir]
 * @returns {{ path: string, text: string, bundle: Bundle }[]}
 */
export function render(dir = SOURCES_DIR) {
  const { full, latest } = generate(dir);
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
  return (
    `${displayPath(path)}: ${s.corridors} corridors, ${s.series} series, ${s.rows} quarter rows, ` +
    `${s.headline} headline rows, ${s.volumes} volumes, ${s.countries} countries, ${bytes} bytes, ${gzip} gzip`
  );
}

/**
 * Command line entry point; returns the exit code.
 * @param {string[]} args
 * @param {string} [dir] folder with the source CSVs (tests point it at fixtures)
 */
export function main(args, dir = SOURCES_DIR) {
  const check = args.includes('--check');
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length) {
    console.error(`unknown option(s): ${unknown.join(' ')}\nusage: node scripts/data.js [--check]`);
    return 2;
  }
  try {
    const files = render(dir);
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
  } catch (error) {
    // DataError messages already read `file:line: reason`.
    console.error(error instanceof DataError ? error.message : `data: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
