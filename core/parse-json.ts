/**
 * JSON text to a value, as `JSON.parse` makes it, but in slices: `step` works
 * until its `pause` callback says so, then returns, and the next `step` goes on
 * from there. The `data-src` loader runs one slice per task, so no body up to
 * the loader's 5 MB cap holds the page's main thread for long, whatever its
 * structure: one `JSON.parse` call cannot be cut, and for bodies within every
 * limit of the prescan it took 250-470 ms on the bench machine (500,000
 * distinct keys or strings), four times that with eight widgets on a page.
 *
 * Strict JSON (RFC 8259) as `JSON.parse` reads it: the same values, an own
 * `__proto__` key kept as data (never a prototype), the same texts refused.
 * No recursion, so no depth overflows the stack. Pure, never throws.
 */
import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, COLON, COMMA, DOT, MINUS, NINE, OPEN_ARRAY, OPEN_OBJECT, QUOTE, ZERO } from './json-chars.ts';

/** What a slice ended with: not done yet, or the value, or why the text is not JSON. */
export type JsonStep = { readonly done: false } | { readonly done: true; readonly ok: true; readonly value: unknown } | { readonly done: true; readonly ok: false; readonly error: string };

export interface JsonParser {
  /** Parses on until the end or until `pause()` is true (asked every few hundred tokens). */
  step(pause: () => boolean): JsonStep;
}


/** What the parser expects next. */
const Want = {
  /** A value (the root, after `:`, after `,` in an array). */
  Value: 0,
  /** A value or `]` (just after `[`). */
  ValueOrEnd: 1,
  /** A key or `}` (just after `{`). */
  KeyOrEnd: 2,
  /** A key (after `,` in an object). */
  Key: 3,
  /** `:` after a key. */
  Colon: 4,
  /** `,` or the end of the open container. */
  Next: 5,
  /** Nothing but white space (the root value is complete). */
  End: 6,
} as const;
type Want = (typeof Want)[keyof typeof Want];

const NOT_YET: JsonStep = { done: false };
/** Tokens between two looks at the clock. */
const PAUSE_EVERY = 256;

const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const HEX = /^[0-9a-fA-F]{4}$/;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function createJsonParser(text: string): JsonParser {
  const n = text.length;
  let i = 0;
  let want: Want = Want.Value;
  /** The open containers, innermost last, and for objects the key waiting for its value. */
  const open: (unknown[] | Record<string, unknown>)[] = [];
  const keys: (string | null)[] = [];
  let root: unknown;
  let result: JsonStep | null = null;

  const refuse = (why: string): JsonStep => (result = { done: true, ok: false, error: `${why} at character ${i}` });

  /** A string token from the quote at `i`; undefined when it is not a valid one. */
  const readString = (): string | undefined => {
    let start = ++i;
    let out = '';
    for (;;) {
      if (i >= n) return undefined;
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        out += text.slice(start, i++);
        return out;
      }
      if (c < 0x20) return undefined;
      if (c === BACKSLASH) {
        out += text.slice(start, i);
        const e = text.charAt(i + 1);
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!HEX.test(hex)) return undefined;
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          const plain = Object.prototype.hasOwnProperty.call(ESCAPES, e) ? ESCAPES[e] : undefined;
          if (plain === undefined) return undefined;
          out += plain;
          i += 2;
        }
        start = i;
        continue;
      }
      i++;
    }
  };

  /** A number token at `i` (JSON's grammar, no leading zeros or `+`); undefined when not one. */
  const readNumber = (): number | undefined => {
    const from = i;
    if (text.charCodeAt(i) === MINUS) i++;
    if (text.charCodeAt(i) === ZERO) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(++i)));
    else return undefined;
    if (text.charCodeAt(i) === DOT) {
      if (!isDigit(text.charCodeAt(++i))) return undefined;
      while (isDigit(text.charCodeAt(++i)));
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      const s = text.charCodeAt(++i);
      if (s === 0x2b || s === MINUS) i++;
      if (!isDigit(text.charCodeAt(i))) return undefined;
      while (isDigit(text.charCodeAt(++i)));
    }
    return Number(text.slice(from, i));
  };

  /** Puts a complete value where it belongs. */
  const place = (value: unknown): void => {
    const depth = open.length;
    if (depth === 0) {
      root = value;
      want = Want.End;
      return;
    }
    const into = open[depth - 1]!;
    if (Array.isArray(into)) into[into.length] = value;
    else {
      const key = keys[depth - 1]!;
      // `obj.__proto__ = v` would set the prototype; JSON.parse makes it an own data property.
      if (key === '__proto__') Object.defineProperty(into, key, { value, writable: true, enumerable: true, configurable: true });
      else into[key] = value;
    }
    want = Want.Next;
  };

  const run = (pause: () => boolean): JsonStep => {
    let tokens = 0;
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) {
        if (want === Want.End) return (result = { done: true, ok: true, value: root });
        return refuse('unexpected end');
      }
      if (++tokens % PAUSE_EVERY === 0 && pause()) return NOT_YET;
      const c = text.charCodeAt(i);
      if (want === Want.ValueOrEnd) {
        if (c === CLOSE_ARRAY) {
          i++;
          const done = open.pop();
          keys.pop();
          place(done);
          continue;
        }
        want = Want.Value;
      }
      switch (want) {
        case Want.End:
          return refuse('text after the value');
        case Want.Colon:
          if (c !== COLON) return refuse('expected ":"');
          i++;
          want = Want.Value;
          continue;
        case Want.Next: {
          const depth = open.length;
          const array = Array.isArray(open[depth - 1]);
          if (c === COMMA) {
            i++;
            want = array ? Want.Value : Want.Key;
          } else if (c === (array ? CLOSE_ARRAY : CLOSE_OBJECT)) {
            i++;
            const done = open.pop();
            keys.pop();
            place(done);
          } else return refuse('expected "," or the end of a container');
          continue;
        }
        case Want.KeyOrEnd:
        case Want.Key:
          if (c === CLOSE_OBJECT && want === Want.KeyOrEnd) {
            i++;
            const done = open.pop();
            keys.pop();
            place(done);
            continue;
          }
          if (c !== QUOTE) return refuse('expected a key');
          {
            const key = readString();
            if (key === undefined) return refuse('bad string');
            keys[open.length - 1] = key;
          }
          want = Want.Colon;
          continue;
        case Want.Value:
          if (c === QUOTE) {
            const s = readString();
            if (s === undefined) return refuse('bad string');
            place(s);
          } else if (c === OPEN_ARRAY) {
            i++;
            open.push([]);
            keys.push(null);
            want = Want.ValueOrEnd;
          } else if (c === OPEN_OBJECT) {
            i++;
            open.push({});
            keys.push(null);
            want = Want.KeyOrEnd;
          } else if (c === MINUS || isDigit(c)) {
            const v = readNumber();
            if (v === undefined) return refuse('bad number');
            place(v);
          } else if (text.startsWith('true', i)) {
            i += 4;
            place(true);
          } else if (text.startsWith('false', i)) {
            i += 5;
            place(false);
          } else if (text.startsWith('null', i)) {
            i += 4;
            place(null);
          } else return refuse('unexpected character');
      }
    }
  };

  return {
    step(pause) {
      if (result) return result;
      try {
        return run(pause);
      } catch {
        // Out of memory or a host page's replaced built-ins: not JSON we can read.
        return refuse('unreadable');
      }
    },
  };
}

/** The whole text in one go (tests, and callers with small texts). */
export function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string } {
  const r = createJsonParser(text).step(() => false);
  if (!r.done) return { ok: false, error: 'unfinished' };
  return r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error };
}
