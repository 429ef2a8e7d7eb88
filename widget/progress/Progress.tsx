/**
 * The advocates' view: a headline series against the 5% and 3% lines (chart,
 * table and a one-paragraph summary), core's progress figures, the corridors
 * above the SDG 10.c limit, and one corridor's history with the money lost
 * above the targets. The shown series export as CSV with their sources.
 */
import { useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/index.ts';
import { globalSeriesIn, indicatorsIn, progress, TARGETS, corridorLossIn, MIN_TREND_POINTS, type SeriesPoint, corridorHistoryIn, corridorsAboveIn, seriesCsv, type NamedSeries, countryName, toAlpha3, corridorCostsIn, comparePeriods, formatCompactMoney, formatNumber, formatPct } from '../../core/index.ts';
import { periodText, sourceTitle, useView } from '../context.ts';
import { CorridorPicker } from '../views/CorridorPicker.tsx';
import { Chart } from './Chart.tsx';

interface Props {
  readonly id: string;
  readonly indicator?: string;
  readonly from?: string;
  readonly to?: string;
  /** The snippet that embeds exactly this view, for "copy embed". */
  readonly embed?: (state: { indicator: string; from: string; to: string }) => string;
}

/** The headline indicators that are costs (percent of the amount sent), in the order the picker lists them. */
function costIndicators(all: readonly string[]): string[] {
  const rank = (name: string) => (name === 'global_average' ? 0 : name.startsWith('channel_') ? 2 : name.startsWith('region_') ? 3 : 1);
  return all.filter((name) => name !== 'share_corridors_below_5').sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Offers a text as a file download, through a blob URL (no network). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Progress({ id, indicator: initial = 'global_average', from: from0 = 'USA', to: to0 = 'MEX', embed }: Props) {
  const { t, locale, bundle } = useView();
  const indicators = useMemo(() => costIndicators(indicatorsIn(bundle)), [bundle]);
  const [indicator, setIndicator] = useState(indicators.includes(initial) ? initial : 'global_average');
  const [[from, to], setCorridor] = useState<[string, string]>([toAlpha3(from0, bundle) ?? 'USA', toAlpha3(to0, bundle) ?? 'MEX']);
  const [copied, setCopied] = useState(false);
  const name = (ind: string) =>
    t((ind.startsWith('channel_') ? ind : `series_${ind}`) as MessageKey);
  const series = globalSeriesIn(bundle, indicator);
  const pct = (v: number) => formatPct(v, locale);
  const pts = (v: number) => formatNumber(Math.abs(v), locale, 2);
  const q = (period: string) => periodText(t, period);

  // Progress toward each target, in words.
  const summary: string[] = [];
  const latest = series[series.length - 1];
  if (latest) {
    summary.push(t('summary_lead', { series: name(indicator), value: pct(latest.valuePct), period: q(latest.period) }));
    // Core's progress figures toward each target, computed once.
    const toward = [TARGETS.g8_5x5.pct, TARGETS.sdg_10c.pct].flatMap((target) => {
      const p = progress(series, target);
      return p ? [{ target, p }] : [];
    });
    for (const { target, p } of toward) {
      summary.push(t(p.gapPts > 0 ? 'gap_above' : 'gap_below', { gap: pts(p.gapPts), target: pct(target) }));
    }
    // The trend (the same for both targets) is named with the span it was fitted over; with too few figures, none is claimed.
    const fit = toward[0]?.p;
    const slope = fit && fit.fitPoints >= MIN_TREND_POINTS ? fit.trendPtsPerYear : null;
    summary.push(
      slope === null || !fit
        ? t('trend_none')
        : t(slope < 0 ? 'trend_falling' : 'trend_rising', { from: q(fit.fitFrom), to: q(fit.latest.period), rate: pts(slope) }),
    );
    for (const { target, p } of toward) {
      if (p.achieved) summary.push(t('target_met', { target: pct(target) }));
      else if (slope !== null) summary.push(p.reachedYear === null ? t('not_reached', { target: pct(target) }) : t('reached_in', { target: pct(target), year: p.reachedYear }));
    }
  }

  const sdg = useMemo(() => corridorsAboveIn(bundle, TARGETS.sdg_10c.corridorMaxPct), [bundle]);
  const key = `${from}-${to}`;
  const history = corridorHistoryIn(bundle, key);
  const now = corridorCostsIn(bundle, from, to);
  const loss = now.ok ? corridorLossIn(bundle, key, now.averagePct, now.period) : null;
  const fromName = countryName(from, locale, bundle);
  const toName = countryName(to, locale, bundle);
  const corridorName = `${fromName} → ${toName}`;
  const shown: NamedSeries[] = [
    { name: indicator, points: series },
    { name: `${from}-${to} official`, points: history.official },
    { name: `${from}-${to} computed`, points: history.computed },
  ];
  const usdMillions = (v: number) => formatCompactMoney(v * 1e6, 'USD', locale);
  return (
    <div role="group" class="progress" aria-labelledby={`${id}-ptitle`}>
      <h2 id={`${id}-ptitle`}>{t('progress_title')}</h2>
      <label class="field">
        <span>{t('label_series')}</span>
        <select id={`${id}-indicator`} value={indicator} onChange={(e) => setIndicator(e.currentTarget.value)}>
          {indicators.map((ind) => (
            <option key={ind} value={ind}>
              {name(ind)}
            </option>
          ))}
        </select>
      </label>
      <Chart
        id={`${id}-chart`}
        label={t('chart_label', { series: name(indicator), first: q(series[0]?.period ?? ''), last: q(latest?.period ?? '') })}
        series={[{ name: name(indicator), points: series, style: 'official' }]}
      />
      <p class="summary">{summary.join(' ')}</p>
      <Table id={`${id}-table`} points={series} />

      <h3>{t('sdg_title')}</h3>
      <p class="sdg-count" data-count={sdg.above.length} data-total={sdg.withData}>
        {t('sdg_count', { count: sdg.above.length, total: sdg.withData, period: q(sdg.period), share: pct(sdg.sharePct) })}{' '}
        {t('sdg_basis', {
          over: sdg.sources
            .map(({ source, corridors }) => `${corridors}: ${source.kind === 'official' ? t('corridor_average_official') : t(source.over === 'transparent' ? 'over_transparent' : 'over_all')}`)
            .join('; '),
        })}
      </p>
      {sdg.published && (
        <p class="sdg-published">
          {t('sdg_published', { share: pct(sdg.published.belowPct), period: q(sdg.published.period) })}{' '}
          <span class="muted">
            (<bdi lang="en">{sdg.published.source.title || sdg.published.source.id}</bdi>)
          </span>
        </p>
      )}
      <h4>{t('sdg_costliest')}</h4>
      <ol class="costliest">
        {sdg.above.slice(0, 10).map((c) => (
          <li key={`${c.from}-${c.to}`} data-extreme={c.extreme || undefined}>
            {countryName(c.from, locale, bundle)} → {countryName(c.to, locale, bundle)}: <b>{pct(c.pct)}</b>
            {c.services !== undefined && c.medianPct !== undefined && (
              <span class="muted"> · {t('costliest_services', { count: c.services, median: pct(c.medianPct) })}</span>
            )}
            {c.extreme && <b class="old"> · {t('extreme_mark')}</b>}
          </li>
        ))}
      </ol>

      <h3>{t('history_title', { from: fromName, to: toName })}</h3>
      <CorridorPicker id={`${id}-c`} from={from} to={to} onChange={(a, b) => setCorridor([a, b])} />
      <Chart
        id={`${id}-history`}
        label={t('chart_label', { series: corridorName, first: q(history.official[0]?.period ?? history.computed[0]?.period ?? ''), last: q(now.ok ? now.period : '') })}
        series={[
          { name: t('legend_official'), points: history.official, style: 'official' },
          { name: t('legend_computed'), points: history.computed, style: 'computed' },
        ]}
      />
      <Table
        id={`${id}-history-table`}
        points={[...history.official, ...history.computed].sort((a, b) => comparePeriods(a.period, b.period))}
      />
      <p class="legend">
        <span class="key official" aria-hidden="true" /> {t('legend_official')} · <span class="key computed" aria-hidden="true" /> {t('legend_computed')}
      </p>
      <p class="loss">
        {loss
          ? t('loss_line', {
              volume: usdMillions(loss.volumeUsdMillions),
              year: loss.volumeYear,
              pct: pct(loss.costPct),
              period: q(loss.costPeriod),
              lost5: usdMillions(loss.lostAbove5UsdMillions),
              lost3: usdMillions(loss.lostAbove3UsdMillions),
            })
          : t('loss_unknown')}
      </p>
      <p class="actions">
        <button type="button" class="button" onClick={() => download(`remittance-costs-${indicator}-${from}-${to}.csv`, seriesCsv(shown))}>
          {t('export_csv')}
        </button>{' '}
        {embed && (
          <button
            type="button"
            class="button"
            onClick={() => {
              void navigator.clipboard?.writeText(embed({ indicator, from, to })).then(() => setCopied(true), () => setCopied(false));
            }}
          >
            {t('copy_embed')}
          </button>
        )}{' '}
        <span role="status">{copied ? t('copied') : ''}</span>
      </p>
      {/* The quarter of the latest figure shown: the series', else the corridors' (a bundle may have no headline series). */}
      {(latest?.period || sdg.period) && <p class="source">{t('source_line', { period: q(latest?.period || sdg.period) })}</p>}
    </div>
  );
}

function Table({ id, points }: { readonly id: string; readonly points: readonly SeriesPoint[] }) {
  const { t, locale } = useView();
  return (
    <details class="table">
      <summary>{t('table_toggle')}</summary>
      <table id={id}>
        <thead>
          <tr>
            <th scope="col">{t('col_period')}</th>
            <th scope="col">{t('col_value')}</th>
            <th scope="col">{t('col_source')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.period}-${p.source.id}`} data-period={p.period}>
              <th scope="row">{periodText(t, p.period)}</th>
              <td class="num">{formatPct(p.valuePct, locale)}</td>
              <td>{sourceTitle(t, p.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
