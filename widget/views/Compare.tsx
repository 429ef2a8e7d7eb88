/**
 * The corridor's cost for the chosen amount, the answer first: one sentence
 * naming the cheapest measured channel and what arrives, then the measured
 * channels cheapest first (each with its quarter and number of services),
 * the corridor average, the cheapest services surveyed by name, and the
 * worldwide channel averages apart, as a reference and never as this
 * corridor's figures. Old, negative and very high figures say so and why.
 */
import type { CorridorCosts, Bundle } from '../../core/index.ts';
import { countryName, formatMoney, formatPct, transferCost, verdictFor } from '../../core/index.ts';
import { periodText, useView, type DetailViews } from '../context.ts';
import { VerdictBadge } from './Verdict.tsx';

/** Whether the measured figures are there yet: `loading` until a corridor's detail file arrives. */
export type DetailStatus = 'ready' | 'loading' | 'failed';

interface Props {
  readonly costs: CorridorCosts;
  /** The corridor's detail (measured channels, services), once loaded. */
  readonly detail: Bundle | undefined;
  /** The detail views (`Detail.tsx`), once loaded. */
  readonly views: DetailViews | null;
  readonly status: DetailStatus;
  readonly amount: number;
  readonly id: string;
}

export function Compare({ costs, detail, views, status, amount, id }: Props) {
  const { t, locale, bundle } = useView();
  const money = (v: number) => formatMoney(v, costs.sendCurrency, locale);
  const pct = (v: number) => formatPct(v, locale, 1);
  const when = (p: string) => periodText(t, p);
  // The answer names current figures only: channels measured more than a year before the corridor's stay in the list below, marked old.
  const current = costs.channels.filter((c) => !c.old);
  const [cheapest, costliest] = [current[0], current[current.length - 1]];
  const cost = (v: number) => transferCost(amount, v);
  const avgKind = costs.basis === 'official' ? 'corridor_average_official' : costs.source.over === 'transparent' ? 'corridor_average_method' : 'corridor_average_computed';
  const ready = status === 'ready' && views && detail;
  const args = ready ? views.prepare({ t, locale, costs, amount, bundle, detail }) : null;
  return (
    <div role="group" class="compare" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('title_compare', {
          amount: money(amount),
          from: countryName(costs.from, locale, bundle),
          to: countryName(costs.to, locale, bundle),
        })}
      </h2>
      <p class="answer" role="status">
        {cheapest
          ? t('answer_cheapest', { channel: t(`channel_${cheapest.channel}`), pct: pct(cheapest.totalPct), period: when(cheapest.period), amount: money(amount), arrives: money(cost(cheapest.totalPct).arrives) })
          : t('answer_average', { amount: money(amount), pct: pct(costs.averagePct), period: when(costs.period), arrives: money(cost(costs.averagePct).arrives) })}
        {cheapest && costliest && costliest !== cheapest && (
          <> {t('answer_costliest', { channel: t(`channel_${costliest.channel}`), more: money(cost(costliest.totalPct).cost - cost(cheapest.totalPct).cost) })}</>
        )}
      </p>
      {costs.flags.includes('old') && <p class="note flag">{t('flag_old', { period: when(costs.period), newest: when(costs.newestPeriod) })}</p>}
      {costs.flags.includes('extreme') && (
        <p class="note flag">{costs.averagePct < 0 ? t('flag_negative') : ready ? views.extremeDrivers(args!) : t('flag_high')}</p>
      )}
      {ready && views.channels(args!)}
      {status === 'loading' && <p class="note">{t('loading')}</p>}
      {status === 'failed' && <p class="note">{t('detail_failed')}</p>}
      {ready && !costs.channels.length && <p class="note">{t('channels_none')}</p>}
      <p class="average">
        <strong>{t('corridor_average', { pct: formatPct(costs.averagePct, locale), period: when(costs.period) })}</strong>{' '}
        <span class="muted">({t(avgKind)})</span> <VerdictBadge kind={verdictFor(costs.averagePct)} short />
      </p>
      {ready && views.services(args!)}
      {ready && views.worldwide(args!)}
      <p class="legend">
        <span class="key t5" aria-hidden="true" /> {t('target_5')} · <span class="key t3" aria-hidden="true" />{' '}
        {t('target_3')}
      </p>
      <p class="note">{t('price_point', { usd: costs.priceUsd })}</p>
      {ready && views.sources(args!)}
    </div>
  );
}
