import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNumber } from '../../core/read-number.ts';

describe('readNumber: what a person types, in their locale', () => {
  it.each([
    ['1,000', 'en', 1000],
    ['1,000.50', 'en', 1000.5],
    ['12,345,678', 'en', 12345678],
    ['4,99', 'en', 4.99],
    ['4.99', 'es', 4.99],
    ['1.000', 'es', 1000],
    ['1.000,50', 'es', 1000.5],
    ['2.000', 'pt', 2000],
    ['1 000,50', 'fr', 1000.5],
    ['1\u202f000,50', 'fr', 1000.5],
    ['0,5', 'fr', 0.5],
    ['17,0500', 'es', 17.05],
    ['17.0500', 'en', 17.05],
    ['-0', 'en', 0],
  ])('%s in %s is %d', (text, locale, expected) => {
    expect(readNumber(text, locale)).toBe(expected);
  });

  it.each([['abc'], [''], ['1,00,0'], ['1.2.3,4'], ['1e5'], ['12$'], ['--5'], ['Infinity'], ['NaN']])('%s is not a number', (text) => {
    expect(readNumber(text, 'en')).toBeNull();
  });

  it('never throws and never gives NaN or Infinity, for any string in any shipped locale', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('en', 'es', 'fr', 'ar', 'zh', 'hi', 'tl', 'pt', 'xx-invalid'), (text, locale) => {
        const n = readNumber(text, locale);
        expect(n === null || Number.isFinite(n)).toBe(true);
        expect(Object.is(n, -0)).toBe(false);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});
