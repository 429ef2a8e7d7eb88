/**
 * The corridor's cost for the chosen amount, the answer first: one sentence
 * naming the cheapest measured channel and what arrives (drawn by the detail
 * views, which come with the channels it names; until then, and where they
 * cannot be had, the corridor average and what arrives), then the measured
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
  const { t, locale, bundle, rates } = useView();
  const money = (v: number) => formatMoney(v, costs.sendCurrency, locale);
  const pct = (v: number) => formatPct(v, locale, 1);
  const when = (p: string) => periodText(t, p);
  const avgKind = costs.basis === 'official' ? 'corridor_average_official' : costs.source.over === 'transparent' ? 'corridor_average_method' : 'corridor_average_computed';
  const ready = status === 'ready' && views && detail;
  const args = ready ? views.prepare({ t, locale, costs, amount, bundle, detail, rates }) : null;
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
        {ready ? views.answer(args!) : t('answer_average', { amount: money(amount), pct: pct(costs.averagePct), period: when(costs.period), arrives: money(transferCost(amount, costs.averagePct).arrives) })}
      </p>
      {costs.flags.includes('old') && <p class="note flag">{t('flag_old', { period: when(costs.period), newest: when(costs.newestPeriod) })}</p>}
      {costs.flags.includes('extreme') && (
        <p class="note flag">{costs.averagePct < 0 ? t('flag_negative') : ready ? views.extremeDrivers(args!) : t('flag_high')}</p>
      )}
      {ready && views.channels(args!)}
      {ready && views.ratesNote(args!)}
      {status === 'loading' && <p class="note">{t('loading')}</p>}
      {status === 'failed' && <p class="note">{t('detail_failed')}</p>}
      {ready && !costs.channels.length && <p class="note">{t('channels_none')}</p>}
      <p class="average">
        <strong>{t('corridor_average', { pct: formatPct(costs.averagePct, locale), period: when(costs.period) })}</strong>{' '}
        <span class="muted">({t(avgKind)})</span> <VerdictBadge kind={verdictFor(costs.averagePct)} short />
      </p>
      {ready && views.services(args!)}
      {ready && views.smart(args!)}
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
