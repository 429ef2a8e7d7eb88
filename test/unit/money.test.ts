/** core/money.ts: formatting and rounding money for display. */
import { describe, expect, it } from 'vitest';
import { formatMoney, roundToMinor } from '../../core/index.ts';

describe('rounding happens at the edge, per currency', () => {
  it('uses the currency exponent: JPY 0, USD 2, KWD 3', () => {
    expect(formatMoney(1234.5678, 'JPY', 'en')).toBe('¥1,235');
    expect(formatMoney(1234.5678, 'USD', 'en')).toBe('$1,234.57');
    expect(formatMoney(1234.5678, 'KWD', 'en')).toMatch(/^KWD\s1,234\.568$/);
  });
});

describe('money never breaks across lines', () => {
  it.each(['en', 'es-MX', 'es', 'fr', 'ar', 'hi', 'zh', 'pt', 'fil'])('formats -89,224.81 USD in %s without a break opportunity', (locale) => {
    const text = formatMoney(-89224.81, 'USD', locale);
    expect(text).not.toMatch(/[ \t\n]/); // Intl's own spaces are no-break ones
    expect(text).not.toMatch(/[-\u2212](?!\u2060)/); // a minus is joined to what follows
  });
  it('keeps positive amounts exactly as Intl writes them', () => {
    expect(formatMoney(11.24, 'USD', 'en')).toBe('$11.24');
    expect(formatMoney(-11.24, 'USD', 'en')).toBe('-\u2060$11.24');
  });
});
