/**
 * What the compare view shows once a corridor's detail has arrived: the
 * answer (the cheapest measured channel and what arrives, in the receiving
 * currency where a reference rate is known), the measured channels (cheapest first, each with its quarter, services and an
 * "old figure" mark), the services surveyed by name, what drives an extreme
 * average, the corridor's SmaRT where the data has one, the worldwide channel
 * averages apart, and the sources of all of it.
 *
 * Pure functions of their arguments: no hooks, no context. The widget ships
 * them in `remit-data.js`, the module it loads with the detail file anyway,
 * and renders them with its own Preact (`setup` in `remit-data.ts`); the
 * popup imports them directly.
 */
import type { ChannelCost, CorridorCosts, CorridorProviders, Bundle, SourceInfo } from '../../core/index.ts';
import { hasOwn, corridorProvidersIn, EXTREME_ABOVE_PCT, OLD_AFTER_QUARTERS, quartersBetween, enDetail, format, formatMoney, formatNumber, formatPct, crossRate, type RatesError, type RatesState, type ReferenceRate, corridorSmartIn, type CorridorSmart, transferCost, verdictFor } from '../../core/index.ts';
import { periodText, type Translate } from '../text.ts';
import { Bar, barScale } from './Bar.tsx';
import { verdictBadge } from './verdict-mark.tsx';
import css from './detail.css?inline';

/** The stylesheet of these views, adopted next to the widget's own when they load. */
export const detailCss: string = css;

/** What the compare view hands over. */
export interface DetailInput {
  readonly t: Translate;
  /** BCP 47 tag for `Intl`. */
  readonly locale: string;
  readonly costs: CorridorCosts;
  /** The amount sent, major units of `costs.sendCurrency`. */
  readonly amount: number;
  /** The bundle shown, and the corridor's detail (measured channels, services). */
  readonly bundle: Bundle;
  readonly detail: Bundle;
  /** The view context's reference rates: absent when none were asked for (see `ViewContext.rates`). */
  readonly rates?: RatesState | undefined;
}

export interface DetailArgs extends Omit<DetailInput, 'bundle' | 'detail' | 'rates'> {
  readonly providers: CorridorProviders;
  readonly smart: CorridorSmart | null;
  /** The reference rate from the sending to the receiving currency, why there is none, or null when no rates were asked for. */
  readonly fx: ReferenceRate | RatesError | null;
}

/**
 * The arguments of every view below: the corridor's named services, and a
 * translator that knows this file's English (the widget's main script does
 * not carry it; other languages have it in their locale file).
 */
export function prepare({ t, bundle, detail, rates, ...rest }: DetailInput): DetailArgs {
  const tr: Translate = (key, params) => {
    const s = t(key, params);
    return s === key && hasOwn(enDetail, key) ? format(enDetail[key as keyof typeof enDetail], params) : s;
  };
  const { from, to, sendCurrency, receiveCurrency } = rest.costs;
  const smart = corridorSmartIn(detail, from, to);
  return {
    ...rest,
    t: tr,
    providers: corridorProvidersIn(bundle, from, to, { detail }),
    smart: smart.ok ? smart : null,
    fx: rates ? (rates.ok ? crossRate(rates.table, sendCurrency, receiveCurrency) : rates) : null,
  };
}

/**
 * What arrives, in the receiving currency with the sending currency's value
 * beside it where a reference rate is known ("MX$3,080.45 (US$176.53)"),
 * else in the sending currency. `major`: major units of the sending currency.
 */
function arrivesText({ t, locale, costs, fx }: DetailArgs, major: number): string {
  const sent = formatMoney(major, costs.sendCurrency, locale);
  return fx?.ok ? t('money_both', { received: formatMoney(major * fx.rate, costs.receiveCurrency, locale), sent }) : sent;
}

/**
 * Which reference rate converted the amounts that arrive (in the answer and
 * the channels), with its date and source; or why amounts stay in the sending
 * currency (rates failed, currency not covered); null when no rates were asked for.
 */
export function ratesNote({ t, locale, costs, fx }: DetailArgs) {
  if (!fx) return null;
  const send = costs.sendCurrency;
  const text = fx.ok
    ? t('rates_used', { currency: costs.receiveCurrency, send, rate: formatNumber(fx.rate, locale, 4), source: fx.source, date: fx.date.replace(/-/g, '\u2011') })
    : fx.error === 'rates_not_covered'
      ? t('compare_rates_not_covered', { currency: fx.field ?? costs.receiveCurrency, send })
      : t('compare_rates_failed', { currency: send });
  return <p class="note rates">{text}</p>;
}

/**
 * The answer first: the cheapest channel measured in the corridor's current
 * figures, what arrives and how much more the costliest would take; the
 * corridor average where no current channel is measured. (Compare.tsx says
 * the average on its own until this file arrives.)
 */
export function answer(args: DetailArgs) {
  const { t, locale, costs, amount } = args;
  const money = (v: number) => formatMoney(v, costs.sendCurrency, locale);
  const pct = (v: number) => formatPct(v, locale, 1);
  const when = (p: string) => periodText(t, p);
  // Channels measured more than a year before the corridor's stay in the list below, marked old.
  const current = costs.channels.filter((c) => !c.old);
  const [cheapest, costliest] = [current[0], current[current.length - 1]];
  const cost = (v: number) => transferCost(amount, v);
  return (
    <>
      {cheapest
        ? t('answer_cheapest', { channel: t(`channel_${cheapest.channel}`), pct: pct(cheapest.totalPct), period: when(cheapest.period), amount: money(amount), arrives: arrivesText(args, cost(cheapest.totalPct).arrives) })
        : t('answer_average', { amount: money(amount), pct: pct(costs.averagePct), period: when(costs.period), arrives: arrivesText(args, cost(costs.averagePct).arrives) })}
      {cheapest && costliest && costliest !== cheapest && ` ${t('answer_costliest', { channel: t(`channel_${costliest.channel}`), more: money(cost(costliest.totalPct).cost - cost(cheapest.totalPct).cost) })}`}
    </>
  );
}

/** Services listed before the rest fold away under "see all". */
const FIRST_SERVICES = 5;

/** The measured channels, cheapest first; null when none is measured. */
export function channels(args: DetailArgs) {
  const { t, locale, costs, amount, fx } = args;
  if (!costs.channels.length) return null;
  const money = (v: number) => formatMoney(v, costs.sendCurrency, locale);
  const when = (p: string) => periodText(t, p);
  const max = barScale([...costs.channels.map((c) => c.totalPct), costs.averagePct]);
  return (
    <ul class="channels" aria-label={t('col_channel')}>
      {costs.channels.map((c: ChannelCost) => {
        const { cost, arrives } = transferCost(amount, c.totalPct);
        const kind = verdictFor(c.totalPct, 1);
        return (
          <li key={c.channel} data-channel={c.channel}>
            <div class="head">
              <strong class="name">{t(`channel_${c.channel}`)}</strong>
              <span class="pct">{formatPct(c.totalPct, locale, 1)}</span>
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
                {fx?.ok ? t('col_arrives') : t('col_received', { currency: costs.sendCurrency })}: <b class="money">{arrivesText(args, arrives)}</b>
              </span>
              {verdictBadge(t, kind, true)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The corridor's SmaRT, where the data has one: what a well-informed sender
 * can pay (the three cheapest transparent services delivering within five
 * days), with its quarter, an "old figure" mark like the services', and its source.
 */
export function smart({ t, locale, costs, smart: s }: DetailArgs) {
  if (!s) return null;
  const old = quartersBetween(s.period, costs.period) > OLD_AFTER_QUARTERS;
  return (
    <p class="note smart">
      <strong>{t('smart', { pct: formatPct(s.pct, locale, 1), period: periodText(t, s.period) })}</strong>
      {old && <b class="old"> · {t('old_figure')}</b>}
      <br />
      {t('smart_means')}
      {s.providers !== null && s.providers < 3 && ` ${t('smart_fewer', { count: s.providers })}`}{' '}
      <span lang="en" dir="ltr">
        ({s.source.title || s.source.id})
      </span>
    </p>
  );
}

/**
 * What drives an average above 30%: the services above it, else the costliest
 * channel, each only when measured in the average's own quarter.
 */
export function extremeDrivers({ t, locale, costs, providers }: DetailArgs): string {
  const pct = (v: number) => formatPct(v, locale, 1);
  const same = providers.ok && providers.period === costs.period;
  const over = same ? providers.services.filter((s) => s.totalPct > EXTREME_ABOVE_PCT) : [];
  if (providers.ok && over.length) {
    return t('flag_high_services', { count: over.length, total: providers.services.length, max: pct(over[over.length - 1]!.totalPct) });
  }
  const top = costs.channels.filter((c) => c.period === costs.period).pop();
  return top && top.totalPct > EXTREME_ABOVE_PCT ? t('flag_high_channel', { channel: t(`channel_${top.channel}`), pct: pct(top.totalPct) }) : t('flag_high');
}

/** The services surveyed: how many and their spread, then the cheapest by name, the rest under "see all". */
export function services({ t, locale, costs, providers }: DetailArgs) {
  const pct = (v: number) => formatPct(v, locale, 1);
  const list = providers.ok ? providers.services : [];
  // A services quarter more than a year before the corridor's figure says so, like the channels.
  const old = (p: string) => (quartersBetween(p, costs.period) > OLD_AFTER_QUARTERS ? ` · ${t('old_figure')}` : '');
  const row = (s: (typeof list)[number], i: number) => (
    <tr key={i}>
      <th scope="row">
        <bdi>{s.firm}</bdi> <small class="muted">{t(s.channel ? `channel_${s.channel}` : 'channel_other')}</small>
      </th>
      <td>{s.feePct === undefined ? '–' : pct(s.feePct)}</td>
      <td>{s.fxMarginPct === undefined ? '–' : pct(s.fxMarginPct)}</td>
      <td>
        <b>{pct(s.totalPct)}</b>
      </td>
    </tr>
  );
  const table = (rows: typeof list, caption?: string) => (
    <table class="services">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('col_service')}</th>
          <th scope="col">{t('col_fee')}</th>
          <th scope="col">{t('col_margin')}</th>
          <th scope="col">{t('col_total')}</th>
        </tr>
      </thead>
      <tbody>{rows.map((s, i) => row(s, i))}</tbody>
    </table>
  );
  return (
    <>
      {costs.services !== undefined && costs.servicesPeriod !== undefined && (
        <p class="note">
          {t('services_summary', {
            count: costs.services,
            period: periodText(t, costs.servicesPeriod) + old(costs.servicesPeriod),
            median: pct(costs.medianPct ?? 0),
            min: pct(costs.minPct ?? 0),
            max: pct(costs.maxPct ?? 0),
            over: t(costs.servicesSource?.over === 'transparent' ? 'over_transparent' : 'over_all'),
          })}
        </p>
      )}
      {providers.ok && list.length > 0 && table(list.slice(0, FIRST_SERVICES), t('services_title', { period: periodText(t, providers.period) }) + old(providers.period))}
      {list.some((s) => s.totalPct < 0) && <p class="note">{t('flag_negative')}</p>}
      {list.length > FIRST_SERVICES && (
        <details class="more">
          <summary>{t('services_all', { count: list.length })}</summary>
          {table(list.slice(FIRST_SERVICES))}
        </details>
      )}
    </>
  );
}

/** The global channel averages: a reference beside the corridor, never its figures. */
export function worldwide({ t, locale, costs }: DetailArgs) {
  if (!costs.worldwide.length) return null;
  return (
    <div class="worldwide">
      <h3>{t('worldwide_title')}</h3>
      <p>
        {costs.worldwide.map((w, i) => (
          <span key={w.channel}>
            {i > 0 && ' · '}
            {t(`channel_${w.channel}`)} {formatPct(w.totalPct, locale, 1)} ({periodText(t, w.period)})
          </span>
        ))}
      </p>
    </div>
  );
}

/**
 * Every source behind a channel, service or worldwide figure, named once, as
 * published (citations, in English: marked so, and isolated for right-to-left text).
 */
export function sources({ t, costs, providers, smart }: DetailArgs) {
  const all = new Map<string, SourceInfo>();
  for (const s of [...costs.channels, ...(providers.ok ? [providers] : []), ...(smart ? [smart] : []), ...costs.worldwide]) all.set(s.source.id, s.source);
  if (!all.size) return null;
  return (
    <div class="src">
      {t('sources_more')}:
      <ul class="sources">
        {[...all.values()].map((s) => (
          <li key={s.id} lang="en" dir="ltr">
            {s.title || s.id}
          </li>
        ))}
      </ul>
    </div>
  );
}
