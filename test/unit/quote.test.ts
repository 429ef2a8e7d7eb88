import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, quoteCost, roundToMinor, type QuoteCost } from '../../core/index.ts';

const SEED = 20261128;
const ok = (r: ReturnType<typeof quoteCost>): QuoteCost => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r;
};

describe('quoteCost: the RPW method', () => {
  it('prices a known USD 200 -> MXN quote (fee on top)', () => {
    const r = ok(quoteCost({ amount: 200, fee: 4.99, rate: 17.05, midRate: 17.6 }));
    expect(r.feePct).toBeCloseTo(2.495, 10);
    expect(r.fxMarginPct).toBeCloseTo((1 - 17.05 / 17.6) * 100, 10); // 3.125 %
    expect(r.totalPct).toBeCloseTo(5.6200, 3);
    expect(r.totalCost).toBeCloseTo(11.24, 10);
    expect(r.received).toBeCloseTo(3410, 10);
    expect(r.receivedAtMid).toBeCloseTo(3520, 10);
    expect(r.paid).toBe(204.99);
    expect(formatMoney(r.totalCost, 'USD', 'en')).toBe('$11.24');
  });

  it('takes the fee out of the amount when asked', () => {
    const r = ok(quoteCost({ amount: 200, fee: 5, rate: 17, midRate: 17, feeMode: 'included' }));
    expect(r.received).toBe(195 * 17);
    expect(r.totalCost).toBe(5);
    expect(r.totalPct).toBe(2.5);
    expect(r.fxMarginPct).toBe(0);
  });

  it('keeps the sign of a rate better than the reference', () => {
    const r = ok(quoteCost({ amount: 100, fee: 0, rate: 18, midRate: 17.5 }));
    expect(r.fxMarginPct).toBeLessThan(0);
    expect(r.totalPct).toBeLessThan(0);
    expect(r.totalCost).toBeCloseTo(-100 * (18 / 17.5 - 1), 10);
  });

  it.each([
    [{ amount: Number.NaN, fee: 1, rate: 1, midRate: 1 }, 'error_amount_invalid', 'amount'],
    [{ amount: Infinity, fee: 1, rate: 1, midRate: 1 }, 'error_amount_invalid', 'amount'],
    [{ amount: 0, fee: 1, rate: 1, midRate: 1 }, 'error_amount_not_positive', 'amount'],
    [{ amount: -0, fee: 1, rate: 1, midRate: 1 }, 'error_amount_not_positive', 'amount'],
    [{ amount: -5, fee: 1, rate: 1, midRate: 1 }, 'error_amount_not_positive', 'amount'],
    [{ amount: 100, fee: -1, rate: 1, midRate: 1 }, 'error_fee_negative', 'fee'],
    [{ amount: 100, fee: 100, rate: 1, midRate: 1, feeMode: 'included' as const }, 'error_fee_not_below_amount', 'fee'],
    [{ amount: 100, fee: 1, rate: 0, midRate: 1 }, 'error_rate_invalid', 'rate'],
    [{ amount: 100, fee: 1, rate: 1, midRate: -2 }, 'error_mid_rate_invalid', 'midRate'],
    [{ amount: 100, fee: 1, rate: 1, midRate: 5e-324 }, 'error_mid_rate_invalid', 'midRate'],
    [{ amount: '100', fee: 1, rate: 1, midRate: 1 } as unknown as { amount: number; fee: number; rate: number; midRate: number }, 'error_amount_invalid', 'amount'],
  ])('refuses %o with %s', (input, error, field) => {
    expect(quoteCost(input)).toEqual({ ok: false, error, field });
  });

  it('a fee of minus zero is no fee, and no result shows -0', () => {
    const r = ok(quoteCost({ amount: 100, fee: -0, rate: 2, midRate: 2 }));
    expect(Object.is(r.feePct, -0)).toBe(false);
    expect(Object.is(r.totalCost, -0)).toBe(false);
  });
});

/** Equal up to floating-point rounding, relative to the size of the numbers. */
function close(a: number, b: number): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
}

const money = fc.double({ min: 0.01, max: 1e7, noNaN: true });
const rate = fc.double({ min: 1e-4, max: 1e5, noNaN: true });

describe('quoteCost: properties', () => {
  it('in both fee modes: total % = fee % + the margin money as % of the amount', () => {
    fc.assert(
      fc.property(money, fc.double({ min: 0, max: 1, noNaN: true }), rate, rate, fc.constantFrom('on-top', 'included'), (amount, share, r, m, feeMode) => {
        const q = ok(quoteCost({ amount, fee: amount * share * 0.99, rate: r, midRate: m, feeMode: feeMode as 'on-top' | 'included' }));
        close(q.totalPct, q.feePct + q.fxMarginCostPct);
        if (feeMode === 'on-top') close(q.fxMarginCostPct, q.fxMarginPct);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('fee taken out of 200, 5 fee, 17.0 offered, 17.5 mid: 2.5% + 2.79% = 5.29%', () => {
    const q = ok(quoteCost({ amount: 200, fee: 5, rate: 17, midRate: 17.5, feeMode: 'included' }));
    expect(q.feePct).toBe(2.5);
    close(q.fxMarginPct, (1 - 17 / 17.5) * 100); // 2.857 % of the 195 converted
    close(q.fxMarginCostPct, (195 * (1 - 17 / 17.5) / 200) * 100); // 2.786 % of the 200
    close(q.totalPct, 2.5 + q.fxMarginCostPct);
  });

  it('on top: total % = fee % + margin %', () => {
    fc.assert(
      fc.property(money, fc.double({ min: 0, max: 1e6, noNaN: true }), rate, rate, (amount, fee, r, m) => {
        const q = ok(quoteCost({ amount, fee, rate: r, midRate: m }));
        close(q.totalPct, q.feePct + q.fxMarginPct);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('what the payment buys at mid-market exceeds what arrives exactly when the total is positive', () => {
    fc.assert(
      fc.property(money, fc.double({ min: 0, max: 1, noNaN: true }), rate, rate, fc.constantFrom('on-top', 'included'), (amount, feeShare, r, m, feeMode) => {
        const fee = amount * feeShare * 0.99;
        const q = ok(quoteCost({ amount, fee, rate: r, midRate: m, feeMode: feeMode as 'on-top' | 'included' }));
        // Compare with a relative tolerance: at exactly zero cost both sides are equal up to rounding.
        if (Math.abs(q.totalPct) < 1e-9) return;
        expect(q.received < q.paidAtMid).toBe(q.totalCost > 0);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('with the fee taken out of the amount, received < receivedAtMid exactly when the total is positive', () => {
    fc.assert(
      fc.property(money, fc.double({ min: 0, max: 0.99, noNaN: true }), rate, rate, (amount, feeShare, r, m) => {
        const q = ok(quoteCost({ amount, fee: amount * feeShare, rate: r, midRate: m, feeMode: 'included' }));
        if (Math.abs(q.totalPct) < 1e-9) return;
        expect(q.received < q.receivedAtMid).toBe(q.totalPct > 0);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('scaling both rates by a constant changes no percentage', () => {
    fc.assert(
      fc.property(money, fc.double({ min: 0, max: 1e5, noNaN: true }), rate, rate, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (amount, fee, r, m, k) => {
        const a = ok(quoteCost({ amount, fee, rate: r, midRate: m }));
        const b = ok(quoteCost({ amount, fee, rate: r * k, midRate: m * k }));
        expect(b.feePct).toBe(a.feePct);
        close(b.fxMarginPct, a.fxMarginPct);
        close(b.totalPct, a.totalPct);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('never gives NaN or Infinity, and never throws, for any finite input', () => {
    const any = fc.oneof(fc.double({ noNaN: false }), fc.constant(-0), fc.constant(1e309), fc.integer());
    fc.assert(
      fc.property(any, any, any, any, fc.constantFrom('on-top', 'included', undefined), (amount, fee, r, m, feeMode) => {
        const q = quoteCost({ amount, fee, rate: r, midRate: m, ...(feeMode ? { feeMode: feeMode as 'on-top' } : {}) });
        if (q.ok) {
          for (const v of Object.values(q)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        } else {
          expect(typeof q.error).toBe('string');
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('does not drift by a cent on amounts up to 10 million (against exact BigInt arithmetic)', () => {
    // Amounts in cents and rates with 4 decimals are exact integers scaled; compute the
    // exact total cost with BigInt and compare with the double result rounded at the edge.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }), // cents: up to 10 million
        fc.integer({ min: 0, max: 50_000 }), // fee in cents: up to 500
        fc.integer({ min: 1, max: 2_000_000 }), // mid x 10^4: up to 200 per unit
        fc.integer({ min: -3000, max: 3000 }), // provider's rate within 30 % of mid, in 0.01 % steps
        (cents, feeCents, m4, spread) => {
          const r4 = Math.max(1, Math.round((m4 * (10_000 + spread)) / 10_000));
          const q = ok(quoteCost({ amount: cents / 100, fee: feeCents / 100, rate: r4 / 1e4, midRate: m4 / 1e4 }));
          // exact: totalCost = fee + amount * (1 - r/m) = (fee*m + amount*(m - r)) / m, in cents
          const num = BigInt(feeCents) * BigInt(m4) + BigInt(cents) * BigInt(m4 - r4);
          const den = BigInt(m4);
          // The double result must be within a thousandth of a cent of the exact value
          // (drift would be whole cents); ties at exactly half a cent are the display's to round.
          const exact = Number(num) / Number(den);
          expect(Math.abs(q.totalCost * 100 - exact)).toBeLessThan(1e-3);
          expect(Math.abs(roundToMinor(q.totalCost, 'USD') * 100 - exact)).toBeLessThanOrEqual(0.5 + 1e-3);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('quoteCost: warnings, so that a quote is checked before it is believed', () => {
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
