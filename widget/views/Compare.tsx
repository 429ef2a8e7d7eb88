/**
 * The corridor's cost for the chosen amount, the answer first: one sentence
 * naming the cheapest measured channel and what arrives, then the measured
 * channels cheapest first (each with its quarter and number of services),
 * the corridor average, the cheapest services surveyed by name, and the
 * worldwide channel averages apart, as a reference and never as this
 * corridor's figures. Old, negative and very high figures say so and why.
 */
import { useState } from 'preact/hooks';
import type { ChannelCost, CorridorCosts, CorridorProviders } from '../../core/corridors.ts';
import type { SourceInfo } from '../../core/data/types.ts';
import { EXTREME_ABOVE_PCT } from '../../core/corridors.ts';
import { countryName } from '../../core/countries.ts';
import { formatMoney, formatPct } from '../../core/money.ts';
import { transferCost, verdictFor } from '../../core/targets.ts';
import { periodText, sourceTitle, useView, type Translate } from '../context.ts';
import { Bar, barScale } from './Bar.tsx';
import { VerdictBadge } from './Verdict.tsx';

/** Whether the measured figures are there yet: `loading` until a corridor's detail file arrives. */
export type DetailStatus = 'ready' | 'loading' | 'failed';

interface Props {
  readonly costs: CorridorCosts;
  readonly providers: CorridorProviders | null;
  readonly status: DetailStatus;
  readonly amount: number;
  readonly id: string;
}

/** Services shown before "see all". */
const FIRST_SERVICES = 5;

/** The sentence that explains an extreme corridor average: what drives it, as far as the data says. */
function extremeText(t: Translate, costs: CorridorCosts, providers: CorridorProviders | null, pct: (v: number) => string): string {
  if (costs.averagePct < 0) return t('flag_negative');
  const over = providers?.ok ? providers.services.filter((s) => s.totalPct > EXTREME_ABOVE_PCT) : [];
  if (providers?.ok && over.length) {
    return t('flag_high_services', { count: over.length, total: providers.services.length, max: pct(over.at(-1)!.totalPct) });
  }
  const top = costs.channels.at(-1);
  return top && top.totalPct > EXTREME_ABOVE_PCT ? t('flag_high_channel', { channel: t(`channel_${top.channel}`), pct: pct(top.totalPct) }) : t('flag_high');
}

export function Compare({ costs, providers, status, amount, id }: Props) {
  const { t, locale, bundle } = useView();
  const [all, setAll] = useState(false);
  const cur = costs.sendCurrency;
  const money = (v: number) => formatMoney(v, cur, locale);
  const pct = (v: number) => formatPct(v, locale, 1);
  const when = (p: string) => periodText(t, p);
  const channels = costs.channels;
  const max = barScale([...channels.map((c) => c.totalPct), costs.averagePct]);
  const cheapest = channels[0];
  const costliest = channels.at(-1);
  const arrives = (v: number) => money(transferCost(amount, v).arrives);
  const name = (c: ChannelCost) => t(`channel_${c.channel}`);
  const avgKind = costs.basis === 'official' ? 'corridor_average_official' : 'corridor_average_computed';
  const services = providers?.ok ? providers.services : [];
  const shown = all ? services : services.slice(0, FIRST_SERVICES);
  // Every source behind a channel or service figure, named once.
  const sources = new Map<string, SourceInfo>();
  for (const s of [...channels, ...(providers?.ok ? [providers] : []), ...costs.worldwide]) sources.set(s.source.id, s.source);
  return (
    <section class="compare" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('title_compare', {
          amount: money(amount),
          from: countryName(costs.from, locale, bundle),
          to: countryName(costs.to, locale, bundle),
        })}
      </h2>
      <p class="answer" role="status">
        {cheapest
          ? t('answer_cheapest', { channel: name(cheapest), pct: pct(cheapest.totalPct), period: when(cheapest.period), amount: money(amount), arrives: arrives(cheapest.totalPct) })
          : t('answer_average', { amount: money(amount), pct: pct(costs.averagePct), period: when(costs.period), arrives: arrives(costs.averagePct) })}
        {cheapest && costliest && costliest !== cheapest && (
          <>
            {' '}
            {t('answer_costliest', {
              channel: name(costliest),
              more: money(transferCost(amount, costliest.totalPct).cost - transferCost(amount, cheapest.totalPct).cost),
            })}
          </>
        )}
      </p>
      {costs.flags.includes('old') && <p class="note flag">{t('flag_old', { period: when(costs.period), newest: when(costs.newestPeriod) })}</p>}
      {costs.flags.includes('extreme') && <p class="note flag">{extremeText(t, costs, providers, pct)}</p>}
      {channels.length > 0 && (
        <ul class="channels" aria-label={t('col_channel')}>
          {channels.map((c) => {
            const { cost } = transferCost(amount, c.totalPct);
            const kind = verdictFor(c.totalPct, 1);
            return (
              <li key={c.channel} data-channel={c.channel}>
                <div class="head">
                  <strong class="name">{name(c)}</strong>
                  <span class="pct">{pct(c.totalPct)}</span>
                </div>
                <small class="muted">
                  {c.services === null ? when(c.period) : t('channel_services', { period: when(c.period), count: c.services })}
                  {c.priceUsd !== costs.priceUsd && ` · ${t('at_usd_200')}`}
                  {c.old && <b class="old"> · {t('old_figure')}</b>}
                </small>
                <Bar pct={c.totalPct} max={max} kind={kind} />
                <div class="figures">
                  <span>
                    {t('col_cost_money')}: <b class="money">{money(cost)}</b>
                  </span>
                  <span>
                    {t('col_received', { currency: cur })}: <b class="money">{arrives(c.totalPct)}</b>
                  </span>
                  <VerdictBadge kind={kind} short />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {status === 'loading' && <p class="note">{t('loading')}</p>}
      {status === 'failed' && <p class="note">{t('detail_failed')}</p>}
      {status === 'ready' && !channels.length && <p class="note">{t('channels_none')}</p>}
      <p class="average">
        <strong>{t('corridor_average', { pct: formatPct(costs.averagePct, locale), period: when(costs.period) })}</strong>{' '}
        <span class="muted">({t(avgKind)})</span> <VerdictBadge kind={verdictFor(costs.averagePct)} short />
      </p>
      {costs.services !== undefined && costs.servicesPeriod !== undefined && (
        <p class="note">
          {t('services_summary', {
            count: costs.services,
            period: when(costs.servicesPeriod),
            median: pct(costs.medianPct ?? 0),
            min: pct(costs.minPct ?? 0),
            max: pct(costs.maxPct ?? 0),
            over: t(costs.servicesSource?.over === 'transparent' ? 'over_transparent' : 'over_all'),
          })}
        </p>
      )}
      {providers?.ok && services.length > 0 && (
        <table class="services">
          <caption>{t('services_title', { period: when(providers.period) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col_service')}</th>
              <th scope="col">{t('result_fee')}</th>
              <th scope="col">{t('col_margin')}</th>
              <th scope="col">{t('result_total')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s, i) => (
              <tr key={i}>
                <th scope="row">
                  <bdi>{s.firm}</bdi> <small class="muted">{t(s.channel ? `channel_${s.channel}` : 'channel_other')}</small>
                </th>
                <td>{s.feePct === undefined ? '–' : pct(s.feePct)}</td>
                <td>{pct(s.fxMarginPct)}</td>
                <td>
                  <b>{pct(s.totalPct)}</b>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {services.length > FIRST_SERVICES && !all && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {t('services_all', { count: services.length })}
        </button>
      )}
      {costs.worldwide.length > 0 && (
        <div class="worldwide">
          <h3>{t('worldwide_title')}</h3>
          <p>
            {costs.worldwide.map((w, i) => (
              <span key={w.channel}>
                {i > 0 && ' · '}
                {t(`channel_${w.channel}`)} {pct(w.totalPct)} ({when(w.period)})
              </span>
            ))}
          </p>
        </div>
      )}
      <p class="legend">
        <span class="key t5" aria-hidden="true" /> {t('target_5')} · <span class="key t3" aria-hidden="true" />{' '}
        {t('target_3')}
      </p>
      <p class="note">{t('price_point', { usd: costs.priceUsd })}</p>
      {sources.size > 0 && (
        <p class="source">
          {t('sources_more')}:{' '}
          {[...sources.values()].map((s, i) => (
            <span key={s.id}>
              {i > 0 && ' · '}
              <bdi lang="en">{sourceTitle(t, s)}</bdi>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
