import { describe, expect, it } from 'vitest';
import { formatMoney, quoteCost, type QuoteCost } from '../../core/index.ts';

const ok = (r: ReturnType<typeof quoteCost>): QuoteCost => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r;
};

describe('quoteCost warnings (issue 11: a quote checked before it is believed)', () => {
  it('has no warning for a sound quote', () => {
    const r = ok(quoteCost({ amount: 200, fee: 4.99, rate: 17.05, midRate: 17.6 }));
    expect(r.warnings).toEqual([]);
    expect(r.inverted).toEqual([]);
  });

  it('flags the issue’s inverted mid-market rate (USD 300, fee 3.99, rate 17.10, mid 0.0573) and names it', () => {
    const r = ok(quoteCost({ amount: 300, fee: 3.99, rate: 17.1, midRate: 0.0573 }));
    expect(r.warnings).toEqual(['rate_inverted', 'margin_implausible']);
    expect(r.inverted).toEqual(['midRate']);
    // Flipping the named field (one click in the view) gives a sound quote.
    const fixed = ok(quoteCost({ amount: 300, fee: 3.99, rate: 17.1, midRate: 1 / 0.0573 }));
    expect(fixed.warnings).toEqual([]);
    expect(fixed.totalPct).toBeGreaterThan(0);
    expect(fixed.totalPct).toBeLessThan(5);
  });

  it('with a reference rate, names whichever field is the reciprocal of it, even both', () => {
    const expectedRate = 17.45;
    expect(ok(quoteCost({ amount: 300, fee: 3.99, rate: 1 / 17.1, midRate: 17.45, expectedRate })).inverted).toEqual(['rate']);
    expect(ok(quoteCost({ amount: 300, fee: 3.99, rate: 17.1, midRate: 1 / 17.45, expectedRate })).inverted).toEqual(['midRate']);
    // Both written the other way round: the margin alone looks plausible (negative), the reference catches it.
    const both = ok(quoteCost({ amount: 300, fee: 3.99, rate: 1 / 17.1, midRate: 1 / 17.45, expectedRate }));
    expect(both.warnings).toEqual(['rate_inverted']);
    expect(both.inverted).toEqual(['rate', 'midRate']);
    expect(ok(quoteCost({ amount: 300, fee: 3.99, rate: 17.1, midRate: 17.45, expectedRate })).warnings).toEqual([]);
  });

  it('never flags rates near 1, where a reciprocal cannot be told from a margin', () => {
    // EUR -> USD about 1.16: 1 / 1.16 = 0.86 is a 26% margin, not proof of inversion.
    expect(ok(quoteCost({ amount: 100, fee: 0, rate: 0.86, midRate: 1.16 })).warnings).toEqual([]);
    expect(ok(quoteCost({ amount: 100, fee: 0, rate: 1.1, midRate: 1.16, expectedRate: 1.16 })).warnings).toEqual([]);
  });

  it('flags a margin beyond ±50% either way, and not at 50%', () => {
    expect(ok(quoteCost({ amount: 100, fee: 1, rate: 8, midRate: 17.6 })).warnings).toEqual(['margin_implausible']);
    expect(ok(quoteCost({ amount: 100, fee: 1, rate: 30, midRate: 17.6 })).warnings).toEqual(['margin_implausible']);
    expect(ok(quoteCost({ amount: 100, fee: 1, rate: 8.8, midRate: 17.6 })).warnings).toEqual([]);
    expect(ok(quoteCost({ amount: 100, fee: 1, rate: 26.4, midRate: 17.6 })).warnings).toEqual([]);
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
