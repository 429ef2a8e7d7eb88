/** The yearly cost of a pattern of transfers, and what the 5% and 3% targets would save. */
import { savings, formatMoney } from '../../core/index.ts';
import { periodText, useView } from '../context.ts';

interface Props {
  readonly amount: number;
  readonly currency: string;
  /** Cost, percent. */
  readonly costPct: number;
  readonly perYear: number;
  /** The cost is the corridor average, not a quote's: the quote view says so before a quote is complete. */
  readonly atAverage?: boolean;
  /** The quarter of the cost when it is old (`CorridorCosts.flags`), so the year's figures say so. */
  readonly oldPeriod?: string;
}

export function Yearly({ amount, currency, costPct, perYear, atAverage, oldPeriod }: Props) {
  const { t, locale } = useView();
  const s = savings(amount, costPct, perYear).perYear;
  const money = (v: number) => formatMoney(v, currency, locale);
  const saved = (v: number) => (v > 0 ? money(v) : t('yearly_already_below'));
  return (
    <div role="group" class="yearly" aria-label={t('yearly_title', { count: perYear, amount: money(amount) })}>
      <h3>{t('yearly_title', { count: perYear, amount: money(amount) })}</h3>
      <dl>
        <div>
          <dt>{t(atAverage ? 'yearly_now_average' : 'yearly_now')}</dt>
          <dd>{money(s.now)}</dd>
        </div>
        <div>
          <dt>{t('yearly_at_5')}</dt>
          <dd>{money(s.at5)}</dd>
        </div>
        <div>
          <dt>{t('yearly_at_3')}</dt>
          <dd>{money(s.at3)}</dd>
        </div>
        <div>
          <dt>{t('yearly_save_5')}</dt>
          <dd>{saved(s.saveAt5)}</dd>
        </div>
        <div>
          <dt>{t('yearly_save_3')}</dt>
          <dd>{saved(s.saveAt3)}</dd>
        </div>
      </dl>
      {oldPeriod && <p class="note flag">{t('yearly_old', { period: periodText(t, oldPeriod) })}</p>}
    </div>
  );
}
