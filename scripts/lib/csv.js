/**
 * Reading source CSVs with line numbers, and the one error type the data
 * script raises for bad input: `DataError`, whose message is `file:line: reason`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** Repository root, so messages name files the same way from any cwd. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path as shown in messages: relative to the repository root. */
export function displayPath(/** @type {string} */ path) {
  return relative(ROOT, path) || path;
}

/** Bad source data. `message` is `file:line: reason` (line is 1-based in the CSV). */
export class DataError extends Error {
  /**
   * @param {string} file path of the CSV
   * @param {number} line 1-based line in the CSV (0 when unknown)
   * @param {string} reason
   */
  constructor(file, line, reason) {
    super(`${displayPath(file)}:${line}: ${reason}`);
    this.name = 'DataError';
    this.file = displayPath(file);
    this.line = line;
    this.reason = reason;
  }
}

/**
 * @typedef {object} CsvRow
 * @property {string[]} fields  the record's fields, as text
 * @property {number} line      1-based line where the record ends
 */

/**
 * Parse a CSV file into raw rows (header included) with their line numbers.
 * Blank lines are skipped; csv-parse errors become `DataError`s.
 * @param {string} path
 * @param {{ relaxColumnCount?: boolean }} [options] allow rows of any width
 *   (for exports whose footer lines are narrower than the data)
 * @returns {CsvRow[]}
 */
export function readCsv(path, options = {}) {
  const text = readFileSync(path, 'utf8');
  /** @type {{ record: string[], info: { lines: number } }[]} */
  let records;
  try {
    // With `info: true` each record is { record, info }; the typings do not model that.
    records = /** @type {typeof records} */ (
      /** @type {unknown} */ (
        parse(text, {
          bom: true,
          info: true,
          skip_empty_lines: true,
          relax_column_count: options.relaxColumnCount ?? false,
        })
      )
    );
  } catch (error) {
    const lines = error instanceof Error && 'lines' in error && typeof error.lines === 'number' ? error.lines : 0;
    throw new DataError(path, lines, error instanceof Error ? error.message : String(error));
  }
  return records.map(({ record, info }) => ({ fields: record, line: info.lines }));
}

/**
 * Parse a CSV with a header row into objects keyed by column name, after
 * checking that the header has every column in `required`.
 * @param {string} path
 * @param {readonly string[]} required
 * @returns {{ row: Record<string, string>, line: number }[]}
 */
export function readTable(path, required) {
  const [header, ...rows] = readCsv(path);
  if (!header) throw new DataError(path, 1, 'empty file');
  const names = header.fields.map((name) => name.trim());
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length) throw new DataError(path, header.line, `missing column(s): ${missing.join(', ')}`);
  return rows.map(({ fields, line }) => ({
    row: Object.fromEntries(names.map((name, i) => [name, (fields[i] ?? '').trim()])),
    line,
  }));
}
