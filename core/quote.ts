/**
 * The cost of one provider quote, by the RPW method.
 *
 * RPW methodology (remittanceprices.worldbank.org, "Methodology"):
 *   total cost % = fee / amount sent x 100 + FX margin %
 *   FX margin %  = (1 - provider rate / interbank mid-market rate) x 100
 * RPW prices with the fee on top of the amount (the sender pays amount + fee and
 * the whole amount is converted). A rate better than the reference gives a
 * negative margin; the sign is kept, never clamped.
 */
import type { Failure } from './result.ts';
import type { MessageKey } from './i18n/messages.ts';

export type FeeMode = 'on-top' | 'included';

export interface QuoteInput {
  /** Amount sent, major units of the send currency (200 = USD 200). */
  readonly amount: number;
  /** Fee, major units of the send currency. */
  readonly fee: number;
  /** Provider's rate: receive-currency units per one send-currency unit. */
  readonly rate: number;
  /** Reference mid-market rate, same unit as `rate`. */
  readonly midRate: number;
  /** `on-top` (default, as RPW prices) or `included` (the fee comes out of `amount`). */
  readonly feeMode?: FeeMode;
  /**
   * A reference rate for the same pair from elsewhere (a rates table), same
   * unit as `rate`. Used only to notice a rate written the other way round.
   */
  readonly expectedRate?: number;
}

/** Why a computed quote should be looked at before it is believed (message keys). */
export type QuoteWarning = Extract<MessageKey, 'rate_inverted' | 'margin_implausible'>;
/** A rate field that can be flipped (1 / value). */
export type RateField = 'rate' | 'midRate';

export interface QuoteCost {
  readonly ok: true;
  readonly feeMode: FeeMode;
  /** Fee as percent of `amount`. */
  readonly feePct: number;
  /** Hidden exchange-rate margin, percent of the money converted (negative when the rate beats the reference). */
  readonly fxMarginPct: number;
  /**
   * The margin's money as percent of `amount`: what it adds to the total, so
   * that fee % + this = total % in both fee modes. Equal to `fxMarginPct`
   * when the fee is on top; smaller when the fee is taken out first.
   */
  readonly fxMarginCostPct: number;
  /** Total cost as percent of `amount`. */
  readonly totalPct: number;
  /** Total cost, major units of the send currency: paid minus value delivered at the reference rate. */
  readonly totalCost: number;
  /** What the exchange-rate margin costs, major units of the send currency. */
  readonly fxMarginCost: number;
  /** What the sender pays, major units of the send currency. */
  readonly paid: number;
  /** What arrives, major units of the receive currency. */
  readonly received: number;
  /** What `amount` would buy at the reference rate, major units of the receive currency. */
  readonly receivedAtMid: number;
  /**
   * What everything the sender pays would buy at the reference rate, major units
   * of the receive currency. `received < paidAtMid` exactly when the total cost
   * is positive, in both fee modes; `receivedAtMid` (RPW's definition,
   * amount x midRate) differs from it by the fee when the fee is on top.
   */
  readonly paidAtMid: number;
  /** The total cost in the receive currency: paidAtMid - received. */
  readonly lostAtMid: number;
  /** Empty when the figures look sound; else why no verdict should be given until the user confirms or fixes them. */
  readonly warnings: readonly QuoteWarning[];
  /** With `rate_inverted`: the fields that look written the other way round; 1 / value is the likely fix. */
  readonly inverted: readonly RateField[];
}

/** Bad input: the message and the input field at fault, so a form can point at it. */
export type QuoteError = Failure<{ readonly field: keyof QuoteInput }>;

/** Largest amount, fee or rate accepted: far above any real transfer, far below overflow. */
export const MAX_INPUT = 1e12;
/** Smallest amount accepted, so fee / amount stays finite (1e12 / 1e-6 = 1e18). */
export const MIN_AMOUNT = 1e-6;

function invalid(value: unknown): boolean {
  return typeof value !== 'number' || !Number.isFinite(value);
}

function fail(error: MessageKey, field: keyof QuoteInput): QuoteError {
  return { ok: false, error, field };
}

/** Checks a quote's inputs; returns the first problem, or null. */
export function checkQuote(input: QuoteInput): QuoteError | null {
  // NGOs' scripts call this directly: anything that is not an object is refused, not thrown on.
  if (typeof input !== 'object' || input === null) return fail('error_amount_invalid', 'amount');
  const { amount, fee, rate, midRate } = input;
  const feeMode: unknown = input.feeMode ?? 'on-top';
  if (invalid(amount)) return fail('error_amount_invalid', 'amount');
  if (amount <= 0) return fail('error_amount_not_positive', 'amount');
  if (amount < MIN_AMOUNT) return fail('error_amount_invalid', 'amount');
  if (amount > MAX_INPUT) return fail('error_amount_too_large', 'amount');
  if (invalid(fee)) return fail('error_fee_invalid', 'fee');
  if (fee < 0) return fail('error_fee_negative', 'fee');
  if (fee > MAX_INPUT) return fail('error_fee_invalid', 'fee');
  if (feeMode !== 'on-top' && feeMode !== 'included') return fail('error_fee_mode', 'feeMode');
  if (feeMode === 'included' && fee >= amount) return fail('error_fee_not_below_amount', 'fee');
  if (invalid(rate) || rate <= 0 || rate > MAX_INPUT) return fail('error_rate_invalid', 'rate');
  if (invalid(midRate) || midRate <= 0 || midRate > MAX_INPUT) return fail('error_mid_rate_invalid', 'midRate');
  if (!Number.isFinite(rate / midRate)) return fail('error_mid_rate_invalid', 'midRate');
  return null;
}

/** Beyond this margin, in percent either way, a quote is more likely a typo (an inverted or mistyped rate) than a price. */
export const PLAUSIBLE_MARGIN_PCT = 50;
/** Two rates within this factor of each other are "about the same" for the inversion checks. */
const NEAR = 1.5;
const near = (a: number, b: number) => a / b < NEAR && b / a < NEAR;

/**
 * Which rate fields look written the other way round (receive -> send instead
 * of send -> receive). With a reference rate: a field near its reciprocal and
 * not near it. Without one: when rate x midRate is about 1 while the two are
 * far apart (17.10 and 0.0573), one of them is inverted; the mid-market rate is
 * named, as the offered rate is the one read off the provider's quote.
 * Rates near 1 (EUR -> USD) cannot be told from their reciprocal and are never flagged.
 */
export function invertedFields(rate: number, midRate: number, expected = 0): RateField[] {
  const flipped = (v: number, ref: number) => near(v * ref, 1) && !near(v, ref);
  return expected > 0
    ? (['rate', 'midRate'] as const).filter((f) => flipped(f === 'rate' ? rate : midRate, expected))
    : flipped(rate, midRate)
      ? ['midRate']
      : [];
}

/**
 * What a quote really costs: fee plus the hidden exchange-rate margin, in
 * percent of the amount and in money. Never throws, never returns NaN:
 * bad input gives `{ ok: false, error, field }` with a message key.
 * Nothing is rounded here; `money.ts` rounds for display.
 */
export function quoteCost(input: QuoteInput): QuoteCost | QuoteError {
  const problem = checkQuote(input);
  if (problem) return problem;
  const { amount, fee, rate, midRate } = input;
  const feeMode: FeeMode = input.feeMode ?? 'on-top';
  const ratio = rate / midRate;
  const converted = feeMode === 'on-top' ? amount : amount - fee;
  const paid = feeMode === 'on-top' ? amount + fee : amount;
  // Value delivered, expressed back in the send currency at the reference rate.
  const deliveredAtMid = converted * ratio;
  const totalCost = paid - deliveredAtMid;
  const fxMarginCost = converted * (1 - ratio);
  const inverted = invertedFields(rate, midRate, input.expectedRate);
  const warnings: QuoteWarning[] = [];
  if (inverted.length) warnings.push('rate_inverted');
  if (Math.abs(1 - ratio) * 100 > PLAUSIBLE_MARGIN_PCT) warnings.push('margin_implausible');
  return {
    ok: true,
    feeMode,
    feePct: (fee / amount) * 100 + 0,
    fxMarginPct: (1 - ratio) * 100 + 0,
    fxMarginCostPct: (fxMarginCost / amount) * 100 + 0,
    totalPct: (totalCost / amount) * 100 + 0,
    totalCost: totalCost + 0,
    fxMarginCost: fxMarginCost + 0,
    paid,
    received: converted * rate,
    receivedAtMid: amount * midRate,
    paidAtMid: paid * midRate,
    lostAtMid: paid * midRate - converted * rate + 0,
    warnings,
    inverted,
  };
}
