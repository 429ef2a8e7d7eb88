/**
 * The sliced JSON parser: the same values as JSON.parse and the same texts
 * refused, whether it runs in one go or in slices of any size.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJsonParser, parseJson } from '../../core/parse-json.ts';

/** JSON.parse's answer: the value, or undefined when it throws. */
function native(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Parses `text` pausing at every chance: the most slices it can be cut into. */
function sliced(text: string): { ok: boolean; value?: unknown; slices: number } {
  const parser = createJsonParser(text);
  for (let slices = 1; ; slices++) {
    const r = parser.step(() => true);
    if (r.done) return r.ok ? { ok: true, value: r.value, slices } : { ok: false, slices };
  }
}

function agrees(text: string): void {
  const expected = native(text);
  const got = parseJson(text);
  expect(got.ok, text.slice(0, 80)).toBe(expected.ok);
  if (got.ok && expected.ok) {
    expect(got.value).toEqual(expected.value);
    // Key order and -0 as JSON.parse has them.
    expect(JSON.stringify(got.value)).toBe(JSON.stringify(expected.value));
    expect(Object.is(got.value, -0)).toBe(Object.is(expected.value, -0));
  }
}

describe('parseJson', () => {
  it('reads the shipped bundle as JSON.parse does, in one go and in slices', () => {
    const full = readFileSync(resolve(import.meta.dirname, '../../core/data/generated/full.json'), 'utf8');
    agrees(full);
    const r = sliced(full);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual(JSON.parse(full));
    expect(r.slices).toBeGreaterThan(100);
  });

  it('agrees with JSON.parse on the corner cases', () => {
    const cases = [
      '0', '-0', '1e400', '-1e-400', '1.5E+3', '12', '"a\\u00e9\\ud83d\\ude00\\ud800"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
      ' [ 1 , 2 ] ', '{"a":1,"a":2,"b":[]}', '{"2":1,"1":2,"b":3}', '[]', '{}', 'true', 'false', 'null', '""',
      // Refused by both:
      '', ' ', '01', '-', '1.', '.5', '+1', '1e', '1e+', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{a:1}', "'a'", '"a',
      '"\\x"', '"\\u12g4"', '"tab\there"', '[', ']', '{"a":1}}', 'nul', 'truee', 'NaN', 'Infinity', '\u00a0 1', '1 2',
      '\ufeff1', '[1]x', '{"a":[}', '{,}', '[,1]',
    ];
    for (const text of cases) agrees(text);
  });

  it('keeps an own __proto__ key as data, never as the prototype', () => {
    const r = parseJson('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}');
    if (!r.ok) throw new Error(r.error);
    const value = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}')));
  });

  it('reads nesting far deeper than the stack allows recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(parseJson(deep).ok).toBe(true);
    expect(parseJson(deep + ']').ok).toBe(false);
  });

  it('agrees with JSON.parse on any JSON value, in one go and in slices (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        agrees(text);
        const r = sliced(text);
        expect(r.ok).toBe(true);
        expect(JSON.stringify(r.value)).toBe(text === undefined ? undefined : JSON.stringify(JSON.parse(text)));
      }),
      { seed: 15, numRuns: 1_000 },
    );
  });

  it('accepts and refuses the same texts as JSON.parse on near-JSON noise (property)', () => {
    const piece = fc.constantFrom('[', ']', '{', '}', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', '+', ' ', '\n', 'a', 'true', 'null', '"k"', '\u0001', '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => agrees(pieces.join(''))),
      { seed: 15, numRuns: 20_000 },
    );
  });

  it('never throws, and says where the text stops being JSON', () => {
    expect(parseJson('[1,2,x]')).toEqual({ ok: false, error: 'unexpected character at character 5' });
  });
});
