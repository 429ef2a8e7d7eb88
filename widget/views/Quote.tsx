/**
 * The quote checker: amount, fee, offered rate and mid-market rate give the
 * total cost in money and percent, the hidden exchange-rate margin in money,
 * what arrives against the mid-market rate, and a verdict against 5%, 3% and
 * the corridor average.
 */
import type { CalculatorStore } from '../../core/store.ts';
import type { QuoteCost, QuoteError } from '../../core/quote.ts';
import { formatMoney, formatPct } from '../../core/money.ts';
import { verdictFor, versusAverage } from '../../core/targets.ts';
import type { MessageKey } from '../../core/i18n/messages.ts';
import { periodText, useView } from '../context.ts';
import { useStore } from '../use-store.ts';
import { NumberField } from './NumberField.tsx';
import { VerdictBadge } from './Verdict.tsx';

interface Props {
  readonly store: CalculatorStore;
  readonly id: string;
  readonly sendCurrency: string;
  readonly receiveCurrency: string;
  /** Corridor average, percent, and its quarter; absent when the corridor has none. */
  readonly averagePct?: number;
  readonly averagePeriod?: string;
  /** The quote's cost, computed by the caller from the same store (null until fee and rates are entered). */
  readonly result: QuoteCost | QuoteError | null;
}

const VERSUS: Record<'lower' | 'same' | 'higher', MessageKey> = {
  lower: 'verdict_vs_average_lower',
  same: 'verdict_vs_average_same',
  higher: 'verdict_vs_average_higher',
};

export function Quote({ store, id, sendCurrency, receiveCurrency, averagePct, averagePeriod, result }: Props) {
  const { t, locale } = useView();
  const q = useStore(store, (s) => s.quote);
  const amount = useStore(store, (s) => s.amount);
  const setQuote = store.getState().setQuote;
  const send = sendCurrency;
  const recv = receiveCurrency;
  const quoteAmount = q.amount ?? amount;
  const money = (v: number, c: string) => formatMoney(v, c, locale);
  // What the rate fields hold, as a formula read left to right in every language.
  const unit = <bdi dir="ltr">(1 {send} = … {recv})</bdi>;
  return (
    <div role="group" class="quote" aria-labelledby={`${id}-qtitle`}>
      <h2 id={`${id}-qtitle`}>{t('title_quote')}</h2>
      <p class="muted">{t('quote_prompt')}</p>
      <div class="grid">
        <NumberField
          id={`${id}-qamount`}
          label={t('label_amount', { currency: send })}
          value={quoteAmount}
          invalidKey="error_amount_invalid"
          onValue={(v) => (v <= 0 ? 'error_amount_not_positive' : setQuote({ amount: v }))}
        />
        <NumberField
          id={`${id}-fee`}
          label={t('label_fee', { currency: send })}
          value={q.fee}
          invalidKey="error_fee_invalid"
          onValue={(v) => (v < 0 ? 'error_fee_negative' : setQuote({ fee: v }))}
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
          onValue={(v) => (v <= 0 ? 'error_rate_invalid' : setQuote({ rate: v }))}
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
          hint={t('hint_mid_rate', { send, receive: recv })}
          onValue={(v) => (v <= 0 ? 'error_mid_rate_invalid' : setQuote({ midRate: v, midRateFrom: 'user' }))}
        />
      </div>
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
      {result && !result.ok && (
        <p class="error" role="alert">
          {t(result.error)}
        </p>
      )}
      <div aria-live="polite">
      {result && result.ok && (
        <div class="result">
          <p class="total">
            {t('result_total')}: <strong>{money(result.totalCost, send)}</strong> ={' '}
            <strong>{formatPct(result.totalPct, locale)}</strong>
          </p>
          <p>
            <VerdictBadge kind={verdictFor(result.totalPct)} />
          </p>
          {averagePct !== undefined && (
            <p>
              {t(VERSUS[versusAverage(result.totalPct, averagePct)], {
                pct: `${formatPct(averagePct, locale)} (${periodText(t, averagePeriod ?? '')})`,
              })}
            </p>
          )}
          <dl class="breakdown">
            <div>
              <dt>{t('result_paid')}</dt>
              <dd>{money(result.paid, send)}</dd>
            </div>
            <div>
              <dt>{t('result_fee')}</dt>
              <dd>
                {money(q.fee ?? 0, send)} ({formatPct(result.feePct, locale)})
              </dd>
            </div>
            <div>
              <dt>{t('result_fx_margin')}</dt>
              <dd>
                {money(result.fxMarginCost, send)} ({formatPct(result.fxMarginCostPct, locale)})
              </dd>
            </div>
            <div>
              <dt>{t('result_received')}</dt>
              <dd>{money(result.received, recv)}</dd>
            </div>
            <div>
              <dt>{t('result_at_mid', { amount: money(result.paid, send) })}</dt>
              <dd>{money(result.paidAtMid, recv)}</dd>
            </div>
            <div>
              <dt>{t('result_lost')}</dt>
              <dd>{money(result.lostAtMid, recv)}</dd>
            </div>
          </dl>
        </div>
      )}
      </div>
    </div>
  );
}
