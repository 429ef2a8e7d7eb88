/**
 * The one quarter parser of the repository (core/periods.ts): the data
 * pipeline reads every source file's quarters with it.
 */
import { describe, expect, it } from 'vitest';
import { parseQuarter, quartersBetween } from '../../core/periods.ts';

describe('parseQuarter', () => {
  it.each([
    ['2024_3Q', '2024Q3'],
    ['Q3 2024', '2024Q3'],
    ['q1 2025', '2025Q1'],
    ['2024Q4', '2024Q4'],
    ['2024 Q2', '2024Q2'],
    [' 2016_2Q ', '2016Q2'],
  ])('reads %o as %s', (value, quarter) => {
    expect(parseQuarter(value)).toBe(quarter);
  });
  it.each([['2024_5Q'], ['2024_0Q'], ['1999_1Q'], ['2101Q1'], ['2024'], ['2024-3'], [''], ['Q3-2024'], ['2024Q3x']])('refuses %o', (value) => {
    expect(parseQuarter(value)).toBeNull();
  });
});

describe('quartersBetween', () => {
  it('counts quarters across years, negative when before, NaN for a year', () => {
    expect(quartersBetween('2024Q3', '2025Q3')).toBe(4);
    expect(quartersBetween('2025Q1', '2024Q4')).toBe(-1);
    expect(quartersBetween('2024', '2025Q1')).toBeNaN();
  });
});
