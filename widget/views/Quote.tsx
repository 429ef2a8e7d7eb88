/**
 * The quote checker: amount, fee, offered rate and mid-market rate give the
 * total cost in money and percent, the hidden exchange-rate margin in money,
 * what arrives against the mid-market rate, and a verdict against 5%, 3% and
 * the corridor average. `QuoteAnswer` says it all in one sentence, first.
 */
import type { CalculatorStore, QuoteCost, QuoteError, RatesError, ReferenceRate } from '../../core/index.ts';
import { failure, formatMoney, formatNumber, formatPct, verdictFor, versusAverage, verdictHead, type MessageKey } from '../../core/index.ts';
import { periodText, useView } from '../context.ts';
import { useStore } from '../use-store.ts';
import { NumberField } from './NumberField.tsx';
import { VERDICT_TEXT } from './Verdict.tsx';

interface AnswerProps {
  readonly store: CalculatorStore;
  readonly sendCurrency: string;
  /** Corridor average, percent, and its quarter; absent when the corridor has none. */
  readonly averagePct?: number | undefined;
  readonly averagePeriod?: string | undefined;
  /** The quote's cost (null until fee and rates are entered). */
  readonly result: QuoteCost | QuoteError | null;
  /** A warning stands and the user has not confirmed the figures: no verdict yet. */
  readonly held: boolean;
  readonly onConfirm: () => void;
}

const VERSUS: Record<'lower' | 'same' | 'higher', MessageKey> = {
  lower: 'verdict_vs_average_lower',
  same: 'verdict_vs_average_same',
  higher: 'verdict_vs_average_higher',
};

/**
 * The answer first: one sentence with the total cost, the verdict and how it
 * compares with the corridor; or, while a warning stands, the warning with a
 * one-click fix (flip the inverted rate) and a way to confirm the figures.
 */
export function QuoteAnswer({ store, sendCurrency, averagePct, averagePeriod, result, held, onConfirm }: AnswerProps) {
  const { t, locale } = useView();
  const q = useStore(store, (s) => s.quote);
  if (!result) return <p class="answer">{t('quote_prompt')}</p>;
  if (!result.ok) return <p class="answer error" role="alert">{t(result.error)}</p>;
  if (held) {
    const num = (v: number) => formatNumber(v, locale, 4);
    return (
      <div class="answer warn" role="alert">
        {result.warnings.map((w) => (
          <p key={w}>{t(w, { pct: formatPct(result.fxMarginPct, locale, 0) })}</p>
        ))}
        {result.inverted.map((f) => {
          const v = q[f] ?? 1;
          return (
            <button key={f} type="button" onClick={() => store.getState().setQuote({ [f]: 1 / v })}>
              {t('flip_rate', { field: t(f === 'rate' ? 'label_rate' : 'label_mid_rate'), from: num(v), to: num(1 / v) })}
            </button>
          );
        })}{' '}
        <button type="button" onClick={onConfirm}>
          {t('confirm_figures')}
        </button>
      </div>
    );
  }
  const verdict = verdictHead(t(VERDICT_TEXT[verdictFor(result.totalPct)]));
  const sentence = t('answer_quote', {
    cost: formatMoney(result.totalCost, sendCurrency, locale),
    pct: formatPct(result.totalPct, locale),
    verdict: verdict[0]?.toLowerCase() + verdict.slice(1),
    // A corridor always has an average when its quote can be checked (App shows an error otherwise).
    versus: t(VERSUS[versusAverage(result.totalPct, averagePct ?? result.totalPct)], {
      pct: `${formatPct(averagePct ?? 0, locale)} (${periodText(t, averagePeriod ?? '')})`,
    }),
  });
  return <p class="answer">{sentence}</p>;
}

interface Props {
  readonly store: CalculatorStore;
  readonly id: string;
  readonly sendCurrency: string;
  readonly receiveCurrency: string;
  /** The quote's cost, computed by the caller from the same store (null until fee and rates are entered). */
  readonly result: QuoteCost | QuoteError | null;
  readonly held: boolean;
  /** Today's reference rate for the pair (from `rates-src` or the ECB), or why there is none; null when no rates were asked for. */
  readonly reference: ReferenceRate | RatesError | null;
}

export function Quote({ store, id, sendCurrency, receiveCurrency, result, held, reference }: Props) {
  const { t, locale } = useView();
  const q = useStore(store, (s) => s.quote);
  const amount = useStore(store, (s) => s.amount);
  const setQuote = store.getState().setQuote;
  const send = sendCurrency;
  const recv = receiveCurrency;
  const quoteAmount = q.amount ?? amount;
  // formatMoney's text never breaks across lines (no-break spaces, a word joiner after a minus).
  const money = (v: number, c: string) => formatMoney(v, c, locale);
  // What the rate fields hold, as a formula read left to right in every language.
  const unit = <bdi dir="ltr">(1 {send} = … {recv})</bdi>;
  // The date as published (YYYY-MM-DD): the same in every language, and no date formatter to carry.
  const note = reference?.ok ? t('rate_note', { source: reference.source, date: reference.date.replace(/-/g, '\u2011') }) : '';
  return (
    <div role="group" class="quote" aria-labelledby={`${id}-qtitle`}>
      <h2 id={`${id}-qtitle`}>{t('title_quote')}</h2>
      <div class="grid">
        <NumberField
          id={`${id}-qamount`}
          label={t('label_amount', { currency: send })}
          value={quoteAmount}
          invalidKey="error_amount_invalid"
          onValue={(v) => (v <= 0 ? failure('error_amount_not_positive', 'amount') : setQuote({ amount: v }))}
        />
        <NumberField
          id={`${id}-fee`}
          label={t('label_fee', { currency: send })}
          value={q.fee}
          invalidKey="error_fee_invalid"
          onValue={(v) => (v < 0 ? failure('error_fee_negative', 'fee') : setQuote({ fee: v }))}
        />
        <NumberField
          id={`${id}-rate`}
          label={
            <>
              {t('label_rate')} {unit}
            </>
          }
          value={q.rate}
          invalidKey="error_rate_invalid"
          onValue={(v) => (v <= 0 ? failure('error_rate_invalid', 'rate') : setQuote({ rate: v }))}
        />
        <NumberField
          id={`${id}-mid`}
          label={
            <>
              {t('label_mid_rate')} {unit}
            </>
          }
          value={q.midRate}
          invalidKey="error_mid_rate_invalid"
          hint={
            // Where today's reference rate comes from, or why there is none, or where to find one.
            reference?.ok ? note : reference ? t(reference.error, { currency: reference.error === 'rates_not_covered' ? (reference.field ?? recv) : send, send }) : t('hint_mid_rate', { send, receive: recv })
          }
          onValue={(v) => (v <= 0 ? failure('error_mid_rate_invalid', 'midRate') : setQuote({ midRate: v, midRateFrom: 'user' }))}
        />
      </div>
      {reference?.ok && q.midRate !== reference.rate && (
        <button type="button" class="use-ref" onClick={() => setQuote({ midRate: reference.rate, midRateFrom: 'reference' })}>
          {t('use_reference_rate', { rate: formatNumber(reference.rate, locale, 4) })}
        </button>
      )}
      <fieldset class="feemode">
        <legend>{t('label_fee_mode')}</legend>
        {(['on-top', 'included'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-feemode`}
              value={mode}
              checked={q.feeMode === mode}
              onChange={() => setQuote({ feeMode: mode })}
            />{' '}
            {t(mode === 'on-top' ? 'fee_on_top' : 'fee_included')}
          </label>
        ))}
      </fieldset>
      {result && result.ok && !held && (
        <div class="result">
          <p class="total">
            {t('result_total')}: <strong>{money(result.totalCost, send)}</strong> ={' '}
            <strong>{formatPct(result.totalPct, locale)}</strong>
          </p>
          <dl class="breakdown">
            {(
              [
                ['result_paid', money(result.paid, send)],
                ['result_fee', <>{money(q.fee ?? 0, send)} ({formatPct(result.feePct, locale)})</>],
                ['result_fx_margin', <>{money(result.fxMarginCost, send)} ({formatPct(result.fxMarginCostPct, locale)})</>],
                ['result_received', money(result.received, recv)],
                ['result_at_mid', money(result.paidAtMid, recv)],
                ['result_lost', money(result.lostAtMid, recv)],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>{t(key, { amount: formatMoney(result.paid, send, locale) })}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
