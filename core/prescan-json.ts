/**
 * A look at JSON text before `JSON.parse` builds anything from it: structures
 * no bundle can contain (nesting deeper than `BUNDLE_LIMITS.maxDepth`, more
 * values than `maxValues`, an array or object longer than `maxArrayLength` /
 * `maxKeys`, a string or key longer than `maxStringLength`) are refused while
 * reading the characters, one pass, no allocation per value. A 5 MB body of
 * 2.4 million nested arrays is then refused at its 17th character instead of
 * costing JSON.parse close to a second of the page's main thread.
 *
 * It does not check that the text is JSON (JSON.parse does, after it) nor the
 * bundle's shape (validateBundle does): only that parsing it cannot build
 * something larger than a bundle may be. Pure, never throws.
 */
import { BUNDLE_LIMITS } from './validate-bundle.ts';
import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, COLON, COMMA, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from './json-chars.ts';

const structural = (c: number) => c <= 0x20 || c === COMMA || c === COLON || c === QUOTE || c === OPEN_ARRAY || c === OPEN_OBJECT || c === CLOSE_ARRAY || c === CLOSE_OBJECT;

/** The limits the prescan enforces (BUNDLE_LIMITS by default). */
export interface ScanLimits {
  readonly maxDepth: number;
  readonly maxValues: number;
  readonly maxStringLength: number;
  readonly maxArrayLength: number;
  readonly maxKeys: number;
}

/** A prescan fed text piece by piece (a body as it arrives): `push` returns null to go on, or why it refuses. */
export interface Prescan {
  push(text: string): string | null;
}

/**
 * A prescan over text that arrives in pieces, split anywhere (inside a string,
 * an escape or a number). Counts as `validateBundle` does: every value once
 * (containers and scalars, not an object's keys), each container's items, each
 * string's characters as decoded (an escape is one).
 */
export function createPrescan(limits: ScanLimits = BUNDLE_LIMITS): Prescan {
  const maxDepth = limits.maxDepth;
  /** Items in the open container at each depth (0 until its first, then 1 + commas). */
  const items = new Int32Array(maxDepth + 2);
  /** Whether the open container at each depth is an array. */
  const isArray = new Uint8Array(maxDepth + 2);
  let depth = 0;
  let values = 0;
  /** The next string is an object's key, not a value. */
  let keyNext = false;
  let inString = false;
  let inLiteral = false;
  let escaped = false;
  /** Characters of a \uXXXX escape still to skip. */
  let skip = 0;
  let length = 0;
  let refused: string | null = null;

  const push = (text: string): string | null => {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (skip > 0) skip--;
        else if (escaped) {
          escaped = false;
          if (c === 0x75) skip = 4;
        } else if (c === QUOTE) inString = false;
        else {
          escaped = c === BACKSLASH;
          if (++length > limits.maxStringLength) return `a string is longer than ${limits.maxStringLength} characters`;
        }
        continue;
      }
      if (inLiteral) {
        // The rest of a number, true, false or null.
        if (!structural(c)) continue;
        inLiteral = false;
      }
      if (c <= 0x20 || c === COLON) continue; // white space (JSON.parse refuses other control characters)
      if (c === COMMA) {
        if (depth === 0) continue;
        const array = isArray[depth] === 1;
        if (++items[depth]! > (array ? limits.maxArrayLength : limits.maxKeys)) {
          return array ? `an array is longer than ${limits.maxArrayLength} items` : `an object has more than ${limits.maxKeys} keys`;
        }
        keyNext = !array;
        continue;
      }
      if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
        if (depth > 0) depth--;
        keyNext = false;
        continue;
      }
      // A token starts: the container it is in has at least one item.
      if (depth > 0 && items[depth] === 0) items[depth] = 1;
      if (c === QUOTE) {
        inString = true;
        length = 0;
        if (keyNext) {
          keyNext = false;
          continue;
        }
      }
      if (++values > limits.maxValues) return `more than ${limits.maxValues} values`;
      if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
        if (++depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
        items[depth] = 0;
        isArray[depth] = c === OPEN_ARRAY ? 1 : 0;
        keyNext = c === OPEN_OBJECT;
      } else if (c !== QUOTE) inLiteral = true;
    }
    return null;
  };
  return {
    push(text) {
      refused ??= push(text);
      return refused;
    },
  };
}

/** Null when `text` may be parsed; else why not, in short English (for logs and tests). */
export function prescanJson(text: string, limits: ScanLimits = BUNDLE_LIMITS): string | null {
  return createPrescan(limits).push(text);
}
