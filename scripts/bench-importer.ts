/**
 * Benchmark of the provider-level RPW importer (`npm run data -- --rpw FILE`):
 * writes a synthetic RPW file of 200,000 rows to bench/tmp/, imports it in
 * this process while sampling memory every 1,000 rows, and reports speed and
 * memory. The importer streams: memory depends on the number of corridor x
 * quarter cells and on the services it keeps for the service lists (five
 * numbers each, bounded by MAX_SERVICES in scripts/lib/rpw.ts), never on the
 * text of the rows. Peaks of `heapUsed` include garbage not yet collected, so
 * the live heap (after a forced full GC) is also measured every 50,000 rows:
 * that is what the import really keeps; it grows by about 40 bytes per
 * service kept, not by the size of the file.
 *
 *   tsx scripts/bench-importer.ts [ROWS]     prints the result as JSON
 *
 * `benchImporter()` returns the same object (for scripts/bench.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ROOT } from './lib/csv.ts';
import { importRpw } from './lib/rpw.ts';
import { writeRpwFixture } from './make-rpw-fixture.ts';

const MB = 1024 * 1024;

/** A full garbage collection, also without `node --expose-gc`. */
function fullGc(): () => void {
  const global = globalThis as { gc?: () => void };
  if (typeof global.gc === 'function') return global.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

export interface ImporterBench {
  /** data rows in the file */
  readonly rows: number;
  /** size of the file */
  readonly fileMB: number;
  /** import time (streamed read, parse, validate, aggregate) */
  readonly seconds: number;
  readonly rowsPerSecond: number;
  /** time to write the fixture (not part of `seconds`) */
  readonly generateSeconds: number;
  /** heapUsed just before the import */
  readonly heapStartMB: number;
  /** highest heapUsed sampled during the import */
  readonly heapPeakMB: number;
  /** highest heapUsed sampled over the first 50,000 rows */
  readonly heapPeakAt50kMB: number;
  /** highest heapUsed sampled over the last 50,000 rows */
  readonly heapPeakLast50kMB: number;
  /** heapUsed after the import (the result is still referenced) */
  readonly heapEndMB: number;
  /**
   * heapUsed after a full GC during the import, at 0 rows and every 50,000 rows read: what the import keeps
   * (its corridor x quarter cells, and the services it lists, about 40 bytes each)
   */
  readonly heapLiveMB: Record<string, number>;
  /** live heap at the last checkpoint minus live heap at the first after 0 (50,000 rows) */
  readonly heapLiveGrowthMB: number;
  /** heapUsed after a full GC once the import returned (its result still referenced) */
  readonly heapLiveEndMB: number;
  readonly rssStartMB: number;
  readonly rssPeakMB: number;
  readonly rssPeakAt50kMB: number;
  /** memory samples taken (one per 1,000 rows, plus start and end) */
  readonly samples: number;
  readonly rowsUsed: number;
  readonly badRows: number;
  readonly corridors: number;
  readonly quarters: number;
  /** 30 (issue 5) */
  readonly goalSeconds: number;
  /** seconds < goalSeconds */
  readonly withinGoal: boolean;
  /** the fixture, relative to the repository */
  readonly file: string;
  /** process.version */
  readonly node: string;
}

/**
 * Generate the fixture, import it, measure.
 * @param options rows: default 200,000; out: default bench/tmp/rpw-bench-ROWS.csv; sampleEvery: default 1,000 rows
 */
export async function benchImporter(options: { rows?: number; out?: string; sampleEvery?: number } = {}): Promise<ImporterBench> {
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
  const heapLive: Record<string, number> = { 0: mb(start.heapUsed) };
  const checkpoint = 50_000;
  let heapPeak = start.heapUsed;
  let rssPeak = start.rss;
  let heapPeakAt50k = start.heapUsed;
  let rssPeakAt50k = start.rss;
  let heapPeakLast50k = 0;
  let samples = 1;
  const sample = (rowsRead: number) => {
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
    console.error('usage: tsx scripts/bench-importer.ts [ROWS]');
    process.exitCode = 2;
  } else {
    console.log(JSON.stringify(await benchImporter(rows === undefined ? {} : { rows }), null, 2));
  }
}
