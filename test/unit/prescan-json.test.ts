/**
 * The look at JSON text before JSON.parse: it refuses exactly what the
 * validator's limits refuse (depth, values, items, string length), without
 * building anything, so a hostile 5 MB body costs one pass over its characters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPrescan, prescanJson, type ScanLimits } from '../../core/prescan-json.ts';
import { BUNDLE_LIMITS, validateBundle } from '../../core/validate-bundle.ts';
import { FULL_BUNDLE } from '../../core/full.ts';

const MB5 = 5 * 1024 * 1024;

/** The limits a parsed value breaks, counted as validateBundle's scan counts them (the reference). */
function reference(value: unknown, limits: ScanLimits): boolean {
  let values = 0;
  const visit = (v: unknown, depth: number): boolean => {
    values++;
    if (typeof v === 'string') return v.length <= limits.maxStringLength;
    if (typeof v !== 'object' || v === null) return true;
    if (depth >= limits.maxDepth) return false;
    if (Array.isArray(v)) return v.length <= limits.maxArrayLength && v.every((x) => visit(x, depth + 1));
    const keys = Object.keys(v);
    if (keys.length > limits.maxKeys || keys.some((k) => k.length > limits.maxStringLength)) return false;
    return keys.every((k) => visit((v as Record<string, unknown>)[k], depth + 1));
  };
  return visit(value, 0) && values <= limits.maxValues;
}

describe('prescanJson', () => {
  it('passes the shipped bundle', () => {
    expect(prescanJson(JSON.stringify(FULL_BUNDLE))).toBeNull();
    expect(prescanJson(JSON.stringify(FULL_BUNDLE, null, 2))).toBeNull();
  });

  it('holds the largest real bundle, and refuses a body of 600,000 numbers (3.4 MB) before anything is built', () => {
    // full.json with every named service: 425,074 values, the most core reads from one bundle.
    const services = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../core/data/generated/services.json'), 'utf8')) as { services: unknown };
    expect(prescanJson(JSON.stringify({ ...FULL_BUNDLE, services: services.services }))).toBeNull();
    // Within every other limit (rows of 10,000), and refused where its 500,001st value starts.
    const rows = `[${Array.from({ length: 60 }, () => `[${'1.234,'.repeat(9_999)}1.234]`).join(',')}]`;
    const scan = createPrescan();
    expect(scan.push(rows.slice(0, 3_000_000))).toMatch(/more than 500000 values/);
  });

  it('refuses 5 MB of nested arrays at the first level too deep', () => {
    expect(prescanJson('['.repeat(MB5 / 2) + ']'.repeat(MB5 / 2))).toMatch(/nested deeper than 16/);
    expect(prescanJson('['.repeat(16) + ']'.repeat(16))).toBeNull();
    expect(prescanJson('{"a":'.repeat(17) + '1' + '}'.repeat(17))).toMatch(/nested deeper/);
  });

  it('refuses arrays, objects, strings and keys past their limits, escapes counted as one character', () => {
    expect(prescanJson(`[${'0,'.repeat(MB5 / 2 - 1)}0]`)).toMatch(/array is longer than 10000/);
    expect(prescanJson(`[${'0,'.repeat(9_999)}0]`)).toBeNull();
    const keys = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    expect(prescanJson(keys(10_000))).toBeNull();
    expect(prescanJson(keys(10_001))).toMatch(/more than 10000 keys/);
    expect(prescanJson(JSON.stringify(['\n"\\'.repeat(333) + 'x']))).toBeNull(); // 1,000 characters, 1,667 in the text
    expect(prescanJson(JSON.stringify(['x'.repeat(1_001)]))).toMatch(/string is longer/);
    expect(prescanJson(JSON.stringify({ ['k'.repeat(1_001)]: 1 }))).toMatch(/string is longer/);
    expect(prescanJson(`"${'x'.repeat(MB5)}"`)).toMatch(/string is longer/);
  });

  it('counts values as the validator does, not an object\'s keys', () => {
    const table = (rows: number) => `[${Array.from({ length: rows }, () => `[${'1,'.repeat(9_999)}1]`).join(',')}]`;
    // 1 + 49 + 490,000 values: within the limit for both.
    expect(prescanJson(table(49))).toBeNull();
    expect(validateBundle(JSON.parse(table(49)))).not.toMatchObject({ detail: expect.stringMatching(/values/) });
    // 1 + 50 + 500,000: over it for both.
    expect(prescanJson(table(50))).toMatch(/more than 500000 values/);
    expect(validateBundle(JSON.parse(table(50)))).toMatchObject({ ok: false, error: 'error_data_load', detail: expect.stringMatching(/more than 500000 values/) });
    // An object's keys are not values: 10,000 keys of 1 are 10,001 values.
    expect(prescanJson(`{${Array.from({ length: 10_000 }, (_, i) => `"${i}":1`).join(',')}}`, { ...BUNDLE_LIMITS, maxValues: 10_001 })).toBeNull();
  });

  it('agrees with the validator limits on any JSON (property, small limits)', () => {
    const limits = { ...BUNDLE_LIMITS, maxDepth: 3, maxValues: 25, maxArrayLength: 4, maxKeys: 3, maxStringLength: 4 };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const expected = reference(JSON.parse(text), limits);
        expect(prescanJson(text, limits) === null).toBe(expected);
        // The same text in pieces split anywhere (inside strings, escapes, numbers): the same answer.
        const pieces = createPrescan(limits);
        let refused: string | null = null;
        for (let at = 0; at < text.length; at += 3) refused = pieces.push(text.slice(at, at + 3));
        expect(refused === null).toBe(expected);
      }),
      { seed: 13, numRuns: 2_000 },
    );
  });
});
