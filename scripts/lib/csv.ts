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
export function displayPath(path: string): string {
  return relative(ROOT, path) || path;
}

/**
 * `text` with every control character (C0, DEL, C1), line and paragraph
 * separator and bidirectional override written as an escape (`\x1b`,
 * `\u202e`), so that a value read from a data file and printed in a summary
 * or message cannot move the cursor, clear the screen, set the terminal title
 * (`ESC]0;...`) or reorder the text around it.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Bad source data. `message` is `file:line: reason` (line is 1-based in the CSV), printable. */
export class DataError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  /**
   * @param file path of the CSV
   * @param line 1-based line in the CSV (0 when unknown)
   */
  constructor(file: string, line: number, reason: string) {
    super(printable(`${displayPath(file)}:${line}: ${reason}`));
    this.name = 'DataError';
    this.file = displayPath(file);
    this.line = line;
    this.reason = reason;
  }
}

/** A record's fields, as text, and the 1-based line where it ends. */
export interface CsvRow {
  readonly fields: string[];
  readonly line: number;
}

/**
 * Parse a CSV file into raw rows (header included) with their line numbers.
 * Blank lines are skipped; `\r\n` and `\n` line ends are both read, even
 * mixed in one file; csv-parse errors become `DataError`s.
 * @param options.relaxColumnCount allow rows of any width (for exports whose
 *   footer lines are narrower than the data)
 */
export function readCsv(path: string, options: { relaxColumnCount?: boolean } = {}): CsvRow[] {
  const text = readFileSync(path, 'utf8');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record is { record, info }; the typings do not model that.
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      // Either line end, even mixed in one file (the headline file has CRLF rows, then LF rows appended).
      record_delimiter: ['\r\n', '\n'],
      relax_column_count: options.relaxColumnCount ?? false,
    }) as unknown as typeof records;
  } catch (error) {
    const lines = error instanceof Error && 'lines' in error && typeof error.lines === 'number' ? error.lines : 0;
    throw new DataError(path, lines, error instanceof Error ? error.message : String(error));
  }
  return records.map(({ record, info }) => ({ fields: record, line: info.lines }));
}

/**
 * Parse a CSV with a header row into maps keyed by column name, after
 * checking that the header has every column in `required`.
 */
export function readTable(path: string, required: readonly string[]): { row: ReadonlyMap<string, string>; line: number }[] {
  const [header, ...rows] = readCsv(path);
  if (!header) throw new DataError(path, 1, 'empty file');
  const names = header.fields.map((name) => name.trim());
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length) throw new DataError(path, header.line, `missing column(s): ${missing.join(', ')}`);
  return rows.map(({ fields, line }) => ({
    row: new Map(names.map((name, i) => [name, (fields[i] ?? '').trim()])),
    line,
  }));
}
