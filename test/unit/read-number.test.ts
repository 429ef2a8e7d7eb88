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
    // French groups with a space, so a comma is always its decimal mark.
    ['1,085', 'fr', 1.085],
    ['1,000', 'fr', 1],
    // The region decides: Mexico groups with a comma, Spain with a point.
    ['1,500', 'es-MX', 1500],
    ['1,500.25', 'es-MX', 1500.25],
    ['1,500', 'es', 1.5],
    ['1.500', 'es', 1500],
    ['1.500', 'pt', 1500],
    // A Latin keyboard editing a number shown in Arabic-Indic digits.
    ['١٥٠٠0', 'ar-EG', 15000],
    ['17,0500', 'es', 17.05],
    ['17.0500', 'en', 17.05],
    ['-0', 'en', 0],
  ])('%s in %s is %d', (text, locale, expected) => {
    expect(readNumber(text, locale)).toBe(expected);
  });

  it.each([['abc'], [''], ['1,00,0'], ['1.2.3,4'], ['1e5'], ['12$'], ['--5'], ['Infinity'], ['NaN']])('%s is not a number', (text) => {
    expect(readNumber(text, 'en')).toBeNull();
  });

  it.each([
    ['1,000,00', 'en'],
    ['1,000,00', 'hi'],
    ['12,345,67', 'hi'],
    ['1.000.5', 'es'],
    // A space groups, a comma is the decimal mark: 1.500 is ambiguous there, so it is asked again.
    ['1.500', 'pt-PT'],
    ['1.500', 'fr'],
    ['12.345.678', 'fr'],
    // Two native digit systems in one number.
    ['١۵', 'ar'],
  ])('%s in %s is refused rather than misread', (text, locale) => {
    expect(readNumber(text, locale)).toBeNull();
  });

  it.each([
    ['1.5', 'pt-PT', 1.5],
    ['1.50', 'fr', 1.5],
    ['4.99', 'fr', 4.99],
  ])('%s in %s is still read (%d): not a grouping', (text, locale, expected) => {
    expect(readNumber(text, locale)).toBe(expected);
  });

  describe('native digits', () => {
    it.each([
      ['١٥٠٠', 'ar', 1500], // Arabic-Indic
      ['۱۵۰۰', 'ar', 1500], // Extended Arabic-Indic (Persian, Urdu keyboards)
      ['१५००', 'hi', 1500], // Devanagari
      ['१,५००.५०', 'hi', 1500.5],
      ['١٥٠٠.٥', 'en', 1500.5],
      ['-٤,٩٩', 'es', -4.99],
      ['১২,৩৪,৫৬৭.৮৯', 'hi', 1234567.89], // Bengali: any Unicode decimal digits
      ['１５００', 'zh', 1500], // fullwidth
    ])('%s in %s is %d', (text, locale, expected) => {
      expect(readNumber(text, locale)).toBe(expected);
    });

    // ASCII digits may join one native system (a Latin keyboard editing a figure shown in native digits).
    it.each([
      ['1٥00', 1500],
      ['१5', 15],
      ['١٬٥00', 1500],
    ])('%s joins ASCII digits to one native system: %d', (text, expected) => {
      expect(readNumber(text, text.includes('\u0967') || text.includes('\u096b') ? 'hi' : 'ar')).toBe(expected);
    });

    it.each([['١۵'], ['۱۵٠'], ['١५']])('%s mixes two native digit systems: not a number', (text) => {
      expect(readNumber(text, 'ar')).toBeNull();
      expect(readNumber(text, 'en')).toBeNull();
    });
  });

  describe('Arabic separators and bidi marks', () => {
    it.each([
      ['1٬500', 'ar', 1500],
      ['1٬500', 'en', 1500],
      ['1٬500', 'es', 1500],
      ['1٬500', 'fr', 1500],
      ['12٫5', 'ar', 12.5],
      ['12٫5', 'es', 12.5],
      ['12٫5', 'fr', 12.5],
      // ٫ is always the decimal mark, even before three digits.
      ['1٫500', 'en', 1.5],
      ['1٫500', 'es', 1.5],
      ['1٫500', 'fr', 1.5],
      ['1٬500٬000', 'ar', 1500000],
      ['1٬500٫25', 'es', 1500.25],
      ['١٬٥٠٠٫٥', 'ar', 1500.5],
      ['\u061c-١٬٥٠٠٫٥', 'ar-EG', -1500.5],
      ['\u200e-1,500.5', 'ar', -1500.5],
      ['\u200f1,500\u200f', 'ar', 1500],
      ['\u200e\u2212۱٬۵۰۰٫۵', 'fa', -1500.5],
    ])('%s in %s is %d', (text, locale, expected) => {
      expect(readNumber(text, locale)).toBe(expected);
    });

    // ٬ only ever groups, so it must sit in a well-formed grouping.
    it.each([['1٬50'], ['1٬5000'], ['12٫5٫5'], ['1٫5.5'], ['--١']])('%s is not a number', (text) => {
      expect(readNumber(text, 'ar')).toBeNull();
      expect(readNumber(text, 'en')).toBeNull();
    });
  });

  describe('Indian grouping', () => {
    it.each([
      ['1,50,000', 'hi', 150000],
      ['1,50,000', 'en-IN', 150000],
      ['1,50,000', 'hi-IN', 150000],
      ['12,34,567.89', 'hi', 1234567.89],
      ['12,34,567.89', 'en-IN', 1234567.89],
      ['1,23,45,67,890', 'hi', 1234567890],
      ['१२,३४,५६७.८९', 'hi', 1234567.89],
      ['12,345,678', 'hi', 12345678], // Western grouping still reads
      ['1,500', 'hi', 1500],
      ['1,50', 'hi', 1.5], // as before: no three-digit group, so a decimal
      ['1,50', 'en', 1.5], // as before, never 150
    ])('%s in %s is %d', (text, locale, expected) => {
      expect(readNumber(text, locale)).toBe(expected);
    });

    it.each([
      ['1,50,000', 'en'], // only where the locale itself groups this way
      ['12,34,567.89', 'es-MX'],
      ['1.50.000', 'es'],
      ['1,23,456,789', 'hi'],
      ['1,23,456,7', 'hi'],
      ['1,2,345', 'hi'],
      ['123,45,678', 'hi'],
      ['1,00,0', 'hi'],
    ])('%s in %s is not a number', (text, locale) => {
      expect(readNumber(text, locale)).toBeNull();
    });
  });

  describe('a figure Intl formatted, copied back into the field, reads as the same number', () => {
    const locales = ['en', 'es', 'fr', 'ar', 'zh', 'hi', 'tl', 'pt', 'es-MX', 'en-IN', 'ar-EG', 'hi-IN', 'fa', 'bn', 'mr'];
    const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });
    // What Intl shows is rounded to 2 places; that rounded value is what must come back.
    const shown = (x: number) => Number(plain.format(x)) + 0;
    const fixed = [0, 0.05, 0.5, 1, 4.99, 12.5, 999, 1000, 1500, 1500.5, 12345.67, 150000, 1234567.89, 1e9, 123456789012.34, -0.25, -1500.5, -1234567.89];
    // Browsers' ICU may show native digits for a locale whose Node default is Latin, so the same text with `-u-nu-…`.
    const cases = locales.flatMap((l) => [
      [l, l],
      [`${l}-u-nu-${l.startsWith('ar') || l === 'fa' ? 'arab' : 'deva'}`, l],
    ]);

    it.each(cases)('formatted in %s, read in %s', (formatLocale, locale) => {
      const f = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 2 });
      for (const x of fixed) expect([f.format(x), readNumber(f.format(x), locale)]).toEqual([f.format(x), shown(x)]);
      fc.assert(
        fc.property(fc.oneof(fc.integer({ min: -1e13, max: 1e13 }).map((c) => c / 100), fc.double({ min: -1e12, max: 1e12, noNaN: true })), (x) => {
          expect(readNumber(f.format(x), locale)).toBe(shown(x));
        }),
        { seed: 7, numRuns: 300 },
      );
    });
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

  it('never throws nor gives NaN, -0 or Infinity for any Unicode text of digits and marks', () => {
    const unit = fc.oneof(fc.constantFrom(...'0159١٥٬٫۱۵१५𝟏.,-+−\u061c\u200e \u202f'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), fc.constantFrom('en', 'es', 'fr', 'ar', 'ar-EG', 'hi', 'en-IN', 'fa', 'xx-invalid'), (text, locale) => {
        const n = readNumber(text, locale);
        expect(n === null || (Number.isFinite(n) && !Object.is(n, -0))).toBe(true);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
