#!/usr/bin/env node
/**
 * Benchmark of the provider-level RPW importer (`npm run data -- --rpw FILE`):
 * writes a synthetic RPW file of 200,000 rows to bench/tmp/, imports it in
 * this process while sampling memory every 1,000 rows, and reports speed and
 * memory. The importer streams, so memory should depend on the number of
 * corridor x quarter cells, not on the number of rows: the heap peak over the
 * whole file should be about the peak over its first 50,000 rows. Peaks of
 * `heapUsed` include garbage not yet collected, so the live heap (after a
 * forced full GC) is also measured every 50,000 rows: that is what the import
 * really keeps, and it should stay flat.
 *
 *   node scripts/bench-importer.js [ROWS]     prints the result as JSON
 *
 * `benchImporter()` returns the same object (for scripts/bench.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ROOT } from './lib/csv.js';
import { importRpw } from './lib/rpw.js';
import { writeRpwFixture } from './make-rpw-fixture.js';

const MB = 1024 * 1024;

/** A full garbage collection, also without `node --expose-gc`. */
function fullGc() {
  // @ts-ignore `gc` exists when node runs with --expose-gc
  if (typeof globalThis.gc === 'function') return /** @type {() => void} */ (globalThis.gc);
  setFlagsFromString('--expose-gc');
  return /** @type {() => void} */ (runInNewContext('gc'));
}
const mb = (/** @type {number} */ bytes) => Math.round((bytes / MB) * 10) / 10;

/**
 * @typedef {object} ImporterBench
 * @property {number} rows              data rows in the file
 * @property {number} fileMB            size of the file
 * @property {number} seconds           import time (streamed read, parse, validate, aggregate)
 * @property {number} rowsPerSecond
 * @property {number} generateSeconds   time to write the fixture (not part of `seconds`)
 * @property {number} heapStartMB       heapUsed just before the import
 * @property {number} heapPeakMB        highest heapUsed sampled during the import
 * @property {number} heapPeakAt50kMB   highest heapUsed sampled over the first 50,000 rows
 * @property {number} heapPeakLast50kMB highest heapUsed sampled over the last 50,000 rows
 * @property {number} heapEndMB         heapUsed after the import (the result is still referenced)
 * @property {Record<string, number>} heapLiveMB heapUsed after a full GC during the import, at 0 rows and every
 *   50,000 rows read: what the import keeps (its corridor x quarter cells, which grow with the quarters, not the rows)
 * @property {number} heapLiveGrowthMB  live heap at the last checkpoint minus live heap at the first after 0 (50,000 rows)
 * @property {number} heapLiveEndMB     heapUsed after a full GC once the import returned (its result still referenced)
 * @property {number} rssStartMB
 * @property {number} rssPeakMB
 * @property {number} rssPeakAt50kMB
 * @property {number} samples           memory samples taken (one per 1,000 rows, plus start and end)
 * @property {number} rowsUsed
 * @property {number} badRows
 * @property {number} corridors
 * @property {number} quarters
 * @property {number} goalSeconds       30 (issue 5)
 * @property {boolean} withinGoal       seconds < goalSeconds
 * @property {string} file              the fixture, relative to the repository
 * @property {string} node              process.version
 */

/**
 * Generate the fixture, import it, measure.
 * @param {{ rows?: number, out?: string, sampleEvery?: number }} [options]
 *   rows: default 200,000; out: default bench/tmp/rpw-bench-ROWS.csv; sampleEvery: default 1,000 rows
 * @returns {Promise<ImporterBench>}
 */
export async function benchImporter(options = {}) {
  const rows = options.rows ?? 200_000;
  const sampleEvery = options.sampleEvery ?? 1_000;
  const out = options.out ?? join(ROOT, 'bench/tmp', `rpw-bench-${rows}.csv`);
  const early = Math.min(50_000, rows);
  const lateFrom = Math.max(0, rows - 50_000);

  const g0 = performance.now();
  await writeRpwFixture(rows, out);
  const generateSeconds = (performance.now() - g0) / 1000;
  const fileBytes = statSync(out).size;

  const gc = fullGc();
  gc(); // settle the heap: the fixture writer's garbage is not the importer's
  const start = process.memoryUsage();
  /** @type {Record<string, number>} */
  const heapLive = { 0: mb(start.heapUsed) };
  const checkpoint = 50_000;
  let heapPeak = start.heapUsed;
  let rssPeak = start.rss;
  let heapPeakAt50k = start.heapUsed;
  let rssPeakAt50k = start.rss;
  let heapPeakLast50k = 0;
  let samples = 1;
  const sample = (/** @type {number} */ rowsRead) => {
    const { heapUsed, rss } = process.memoryUsage();
    samples++;
    heapPeak = Math.max(heapPeak, heapUsed);
    rssPeak = Math.max(rssPeak, rss);
    if (rowsRead <= early) {
      heapPeakAt50k = Math.max(heapPeakAt50k, heapUsed);
      rssPeakAt50k = Math.max(rssPeakAt50k, rss);
    }
    if (rowsRead > lateFrom) heapPeakLast50k = Math.max(heapPeakLast50k, heapUsed);
    if (rowsRead % checkpoint === 0) {
      gc(); // a few full collections (about 10 ms each) inside the timed import
      heapLive[rowsRead] = mb(process.memoryUsage().heapUsed);
    }
  };

  const t0 = performance.now();
  const result = await importRpw(out, { onProgress: sample, progressEvery: sampleEvery });
  const seconds = (performance.now() - t0) / 1000;
  const end = process.memoryUsage();
  heapPeak = Math.max(heapPeak, end.heapUsed);
  rssPeak = Math.max(rssPeak, end.rss);
  gc();
  const heapLiveEnd = mb(process.memoryUsage().heapUsed);
  const live = Object.values(heapLive);

  return {
    rows: result.report.rowsRead,
    fileMB: mb(fileBytes),
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(result.report.rowsRead / seconds),
    generateSeconds: Math.round(generateSeconds * 100) / 100,
    heapStartMB: mb(start.heapUsed),
    heapPeakMB: mb(heapPeak),
    heapPeakAt50kMB: mb(heapPeakAt50k),
    heapPeakLast50kMB: mb(heapPeakLast50k),
    heapEndMB: mb(end.heapUsed),
    heapLiveMB: heapLive,
    heapLiveGrowthMB: live.length > 2 ? Math.round(((live.at(-1) ?? 0) - (live[1] ?? 0)) * 10) / 10 : 0,
    heapLiveEndMB: heapLiveEnd,
    rssStartMB: mb(start.rss),
    rssPeakMB: mb(rssPeak),
    rssPeakAt50kMB: mb(rssPeakAt50k),
    samples,
    rowsUsed: result.report.rowsUsed,
    badRows: result.report.badRows,
    corridors: result.report.corridors,
    quarters: result.report.quarters.length,
    goalSeconds: 30,
    withinGoal: seconds < 30,
    file: out.startsWith(ROOT) ? out.slice(ROOT.length) : out,
    node: process.version,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  if (rows !== undefined && !(Number.isInteger(rows) && rows > 0)) {
    console.error('usage: node scripts/bench-importer.js [ROWS]');
    process.exitCode = 2;
  } else {
    console.log(JSON.stringify(await benchImporter(rows === undefined ? {} : { rows }), null, 2));
  }
}
