/**
 * Reading a large CSV file record by record, streamed, so that no line is
 * ever lost without a report: the record reader of the provider-level import
 * (`rpw.ts`).
 *
 * A quote that opens a field and never closes (which makes a CSV parser read
 * the following rows as one huge field) costs its own line only. The record it
 * starts is accepted over several lines only when it closes cleanly with the
 * header's number of fields; otherwise that line is reported (with the line
 * the record would have run to) and the lines after it are read again on
 * their own.
 */
import { createReadStream } from 'node:fs';

/**
 * A record (or one line) longer than this many characters is broken: it bounds
 * the memory a broken file can take (an unclosed quote, a file without line ends).
 */
export const MAX_RECORD_CHARS = 1 << 20;

/** A record being read: its fields so far and the open field. */
interface ScanState {
  /** the closed fields */
  fields: string[];
  /** the field being read */
  field: string;
  /** nothing of `field` read yet (a `"` here opens a quoted field) */
  atStart: boolean;
  /** inside a quoted field at the end of the last line read */
  quoted: boolean;
  /** a quoted field went on after its closing quote (`"abc"def`) */
  misplaced: boolean;
  /** a `"` was read as text (inside an unquoted field, or `misplaced`) */
  asText: boolean;
}

function freshRecord(): ScanState {
  return { fields: [], field: '', atStart: true, quoted: false, misplaced: false, asText: false };
}

/**
 * Read one physical line (without its line end) into `s`. Fields as in RFC
 * 4180 (`,` between fields, `"` around a field, `""` for a quote inside one),
 * reading stray quotes as csv-parse's `relax_quotes` does: a `"` inside an
 * unquoted field is text, and so is a quote that does not end its quoted field
 * (`"abc"def`, flagged `misplaced`). Returns true when the record is complete
 * (`s.fields`); false when a quoted field is still open at the end of the
 * line, so that the record goes on on the next line.
 */
function scanLine(text: string, s: ScanState): boolean {
  const n = text.length;
  let i = 0;
  let field = s.field;
  let atStart = s.atStart;
  let quoted = s.quoted;
  if (quoted) field += '\n';
  while (i < n) {
    if (quoted) {
      const q = text.indexOf('"', i);
      if (q === -1) {
        field += text.slice(i);
        break;
      }
      field += text.slice(i, q);
      const next = q + 1 < n ? text.charCodeAt(q + 1) : -1;
      if (next === 34 /* " */) {
        field += '"';
        i = q + 2;
      } else if (next === -1 || next === 44 /* , */) {
        quoted = false;
        i = q + 1; // the `,` (or the line end) closes the field below
      } else {
        s.misplaced = true;
        s.asText = true;
        quoted = false;
        field += '"';
        i = q + 1;
      }
      continue;
    }
    if (atStart && text.charCodeAt(i) === 34) {
      quoted = true;
      atStart = false;
      i++;
      continue;
    }
    const comma = text.indexOf(',', i);
    const end = comma === -1 ? n : comma;
    if (end > i) {
      const piece = text.slice(i, end);
      if (piece.includes('"')) s.asText = true;
      field += piece;
      atStart = false;
    }
    if (comma === -1) break;
    s.fields.push(field);
    field = '';
    atStart = true;
    i = comma + 1;
  }
  if (quoted) {
    s.field = field;
    s.atStart = false;
    s.quoted = true;
    return false;
  }
  s.fields.push(field);
  return true;
}

/** A physical line: its 1-based number and text without the line end; `null` text: longer than `MAX_RECORD_CHARS`. */
export interface Line {
  readonly line: number;
  readonly text: string | null;
}

/**
 * Stream the physical lines of `path` (`\n` or `\r\n` line ends, UTF-8, a
 * leading BOM dropped) to `onLine`, in order. A line longer than
 * `MAX_RECORD_CHARS` is passed with `text: null` and its content is not kept.
 */
export async function readLines(path: string, onLine: (line: Line) => void): Promise<void> {
  let line = 0;
  let rest = '';
  let overlong = false;
  const emit = (text: string) => {
    line++;
    if (overlong || text.length > MAX_RECORD_CHARS + 1) {
      overlong = false;
      onLine({ line, text: null });
      return;
    }
    let t = text.charCodeAt(text.length - 1) === 13 /* \r */ ? text.slice(0, -1) : text;
    if (line === 1 && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    onLine({ line, text: t });
  };
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of input) {
      const text = chunk as string;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        emit(rest + text.slice(start, nl));
        rest = '';
        start = nl + 1;
      }
      if (!overlong) {
        rest += text.slice(start);
        if (rest.length > MAX_RECORD_CHARS + 1) {
          overlong = true;
          rest = '';
        }
      }
    }
  } finally {
    input.destroy();
  }
  if (overlong || rest !== '') emit(rest);
}

/** What the record reader reports. */
export interface RecordSink {
  /** a complete record over lines `first`-`last`; `asText`: a stray quote was read as text */
  record(fields: string[], first: number, last: number, asText: boolean): void;
  /**
   * line `line` starts no readable record (an unclosed quote, or too long); it is left out;
   * `next` says which lines after it are read again (empty when none)
   */
  broken(line: number, reason: string, next: string): void;
  /** the number of fields a record must have (0: any, while reading the header) */
  width(): number;
}

/**
 * Assemble CSV records from physical lines, so that no line is ever lost
 * without a report. A line is one record unless a quoted field is still open
 * at its end. Such a record is accepted over several lines only when its
 * quotes close cleanly (no `misplaced` quote) with `width()` fields. Otherwise
 * (wrong field count, a misplaced quote, more than `MAX_RECORD_CHARS`, an
 * over-long line, or the end of the file before the quote closes) its first
 * line is reported as `broken` and the lines after it are read again, each as
 * the start of a record. Blank lines outside a quoted field are not records.
 * Records and breaks are reported in line order.
 */
export function recordReader(sink: RecordSink): { line: (line: Line) => void; end: () => void } {
  /** Lines still to read, the next one last (more than one only after a break). */
  const pending: Line[] = [];
  /** The record being read over several lines. */
  let open: { lines: Line[]; state: ScanState; chars: number } | null = null;

  /**
   * Give up on the open record: its first line is broken, the others are read again.
   * @param also lines after the open record's to read again too
   */
  const breakOpen = (why: string, also: Line[] = []): void => {
    const lines = open?.lines ?? [];
    open = null;
    const first = lines[0]?.line ?? 0;
    const again = lines.slice(1);
    const next = again.length ? `line ${first} left out, line${again.length === 1 ? ` ${first + 1}` : `s ${first + 1}-${first + again.length}`} read again` : '';
    sink.broken(first, `unclosed quote: ${why}`, next);
    for (const l of [...again, ...also].reverse()) pending.push(l);
  };

  const take = (item: Line): void => {
    const { line, text } = item;
    if (open) {
      const first = open.lines[0]?.line ?? line;
      if (text === null) return breakOpen(`the quoted field opened on this line is not closed before line ${line}, which is longer than ${MAX_RECORD_CHARS} characters`, [item]);
      open.lines.push(item);
      open.chars += text.length + 1;
      if (open.chars > MAX_RECORD_CHARS) return breakOpen(`the quoted field opened on this line is not closed within ${MAX_RECORD_CHARS} characters (line ${line})`);
      if (!scanLine(text, open.state)) return undefined;
      const { fields, misplaced, asText } = open.state;
      const width = sink.width();
      if (!misplaced && (!width || fields.length === width)) {
        open = null;
        return sink.record(fields, first, line, asText);
      }
      const why = misplaced ? 'a quote further on does not end a field' : `it has ${fields.length} fields, not ${width}`;
      return breakOpen(`the record would run to line ${line} (${line - first + 1} lines) and ${why}`);
    }
    if (text === null) return sink.broken(line, `line longer than ${MAX_RECORD_CHARS} characters`, '');
    if (text === '') return undefined; // a blank line
    if (!text.includes('"')) return sink.record(text.split(','), line, line, false);
    const state = freshRecord();
    if (scanLine(text, state)) return sink.record(state.fields, line, line, state.asText);
    open = { lines: [item], state, chars: text.length };
    return undefined;
  };

  const drain = () => {
    for (let item = pending.pop(); item; item = pending.pop()) take(item);
  };
  return {
    line(item) {
      pending.push(item);
      drain();
    },
    end() {
      while (open) {
        const last = open.lines.at(-1)?.line ?? 0;
        breakOpen(`the quoted field opened on this line is not closed by the end of the file (line ${last})`);
        drain();
      }
    },
  };
}
