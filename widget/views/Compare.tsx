/**
 * The corridor's cost by channel for the chosen amount: percent, money,
 * what arrives, against the 5% and 3% targets, with the corridor average,
 * its quarter and source. Estimated figures are marked as such.
 */
import type { CorridorCosts } from '../../core/corridors.ts';
import type { MessageKey } from '../../core/i18n/messages.ts';
import { countryName } from '../../core/countries.ts';
import { formatMoney, formatPct } from '../../core/money.ts';
import { transferCost, verdictFor } from '../../core/targets.ts';
import { periodText, useView } from '../context.ts';
import { Bar, barScale } from './Bar.tsx';
import { VerdictBadge } from './Verdict.tsx';

interface Props {
  readonly costs: CorridorCosts;
  readonly amount: number;
  readonly id: string;
}

export function Compare({ costs, amount, id }: Props) {
  const { t, locale, bundle } = useView();
  const cur = costs.sendCurrency;
  const money = (v: number) => formatMoney(v, cur, locale);
  const max = barScale([...costs.channels.map((c) => c.totalPct), costs.averagePct]);
  const periodOf = (channel: string) => periodText(t, costs.channels.find((c) => c.channel === channel)?.estimate?.ratioPeriod ?? '–');
  const anyEstimated = costs.channels.some((c) => c.basis === 'estimated');
  const avgKind: MessageKey = costs.basis === 'official' ? 'corridor_average_official' : 'corridor_average_computed';
  return (
    <div role="group" class="compare" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('title_compare', {
          amount: money(amount),
          from: countryName(costs.from, locale, bundle),
          to: countryName(costs.to, locale, bundle),
        })}
      </h2>
      <p class="average">
        <strong>{t('corridor_average', { pct: formatPct(costs.averagePct, locale), period: periodText(t, costs.period) })}</strong>{' '}
        <span class="muted">({t(avgKind)})</span>{' '}
        <VerdictBadge kind={verdictFor(costs.averagePct)} short />
      </p>
      <ul class="channels" aria-label={t('col_channel')}>
        {costs.channels.map((c) => {
          const { cost, arrives } = transferCost(amount, c.totalPct);
          const kind = verdictFor(c.totalPct);
          return (
            <li key={c.channel} data-channel={c.channel}>
              <div class="head">
                <strong class="name">{t(`channel_${c.channel}`)}</strong>
                <span>
                  <span class="pct">{formatPct(c.totalPct, locale, 1)}</span>
                  {c.basis === 'estimated' && (
                    <small class="estimated">
                      {' '}
                      {t('estimated', { period: periodText(t, c.estimate?.ratioPeriod ?? '') })}
                    </small>
                  )}
                </span>
              </div>
              <Bar pct={c.totalPct} max={max} kind={kind} />
              <div class="figures">
                <span>
                  {t('col_cost_money')}: <b class="money">{money(cost)}</b>
                </span>
                <span>
                  {t('col_received', { currency: cur })}: <b class="money">{money(arrives)}</b>
                </span>
                <VerdictBadge kind={kind} short />
              </div>
            </li>
          );
        })}
      </ul>
      <p class="legend">
        <span class="key t5" aria-hidden="true" /> {t('target_5')} · <span class="key t3" aria-hidden="true" />{' '}
        {t('target_3')}
      </p>
      {anyEstimated && (
        <p class="note">
          {t('estimate_note', { bankPeriod: periodOf('bank'), mobilePeriod: periodOf('mobile_operator') })}
        </p>
      )}
      <p class="note">{t('price_point', { usd: costs.priceUsd })}</p>
    </div>
  );
}
