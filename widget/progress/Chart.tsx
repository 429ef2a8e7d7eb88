/**
 * An accessible SVG line chart of cost series (percent) over time, with the
 * 5% and 3% target lines. Every point is focusable and names its period,
 * value and source (on hover through <title>, on focus in the line under the
 * chart); the same figures are in a table for screen readers and export.
 * Drawn with attributes only (no inline styles), so strict CSP pages allow it.
 */
import { useState } from 'preact/hooks';
import type { SeriesPoint } from '../../core/index.ts';
import { TARGETS, periodTime, formatPct } from '../../core/index.ts';
import { periodText, useView } from '../context.ts';

export interface ChartSeries {
  readonly name: string;
  readonly points: readonly SeriesPoint[];
  /** `official` draws a solid line with round points, `computed` a dashed line with squares. */
  readonly style: 'official' | 'computed';
}

const W = 600;
const H = 240;
const PAD = { left: 40, right: 44, top: 12, bottom: 28 };

export function Chart({ id, label, series }: { readonly id: string; readonly label: string; readonly series: readonly ChartSeries[] }) {
  const { t, locale } = useView();
  const [selected, setSelected] = useState<string | null>(null);
  // One tab stop for the whole chart; arrow keys move between points (roving tabindex).
  const [active, setActive] = useState(0);
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return <p class="muted">{t('no_series')}</p>;
  const times = all.map((p) => periodTime(p.period));
  const t0 = Math.floor(Math.min(...times));
  const t1 = Math.ceil(Math.max(...times));
  const top = Math.max(10, Math.ceil(Math.max(...all.map((p) => p.valuePct)) / 2) * 2);
  const bottom = Math.min(0, Math.floor(Math.min(...all.map((p) => p.valuePct)) / 2) * 2);
  const x = (time: number) => PAD.left + ((time - t0) / Math.max(1, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((top - v) / (top - bottom)) * (H - PAD.top - PAD.bottom);
  const step = top - bottom > 40 ? 10 : top - bottom > 20 ? 5 : 2;
  const ticks: number[] = [];
  for (let v = bottom; v <= top; v += step) ticks.push(v);
  const years: number[] = [];
  const yearStep = t1 - t0 > 12 ? 4 : 2;
  for (let year = t0; year <= t1; year += yearStep) years.push(year);
  const pointText = (p: SeriesPoint) => t('point_label', { period: periodText(t, p.period), value: formatPct(p.valuePct, locale), source: p.source.title });
  return (
    <figure class="chart">
      <svg id={id} viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={label} dir="ltr" focusable="false">
        {ticks.map((v) => (
          <g key={`y${v}`} class="grid" aria-hidden="true">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {formatPct(v, locale, 0)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={`x${year}`} class="axis" x={x(year)} y={H - 8} text-anchor="middle" aria-hidden="true">
            {year}
          </text>
        ))}
        {[TARGETS.g8_5x5.pct, TARGETS.sdg_10c.pct].map((v) => (
          <g key={`t${v}`} class={`target t${v}`} data-target={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={W - PAD.right + 4} y={y(v) + 4}>
              {formatPct(v, locale, 0)}
            </text>
          </g>
        ))}
        {series.map((s, si) => (
          <g key={s.name} class={`series ${s.style}`} data-series={s.name}>
            <polyline
              fill="none"
              points={s.points.map((p) => `${x(periodTime(p.period)).toFixed(1)},${y(p.valuePct).toFixed(1)}`).join(' ')}
              aria-hidden="true"
            />
            {s.points.map((p, pi) => {
              const index = series.slice(0, si).reduce((n, prev) => n + prev.points.length, 0) + pi;
              const text = `${s.name}, ${pointText(p)}`;
              const cx = x(periodTime(p.period));
              const cy = y(p.valuePct);
              const common = {
                class: 'point',
                tabIndex: index === active ? 0 : -1,
                role: 'img' as const,
                'aria-label': text,
                'data-period': p.period,
                'data-value': p.valuePct,
                onFocus: () => {
                  setActive(index);
                  setSelected(text);
                },
                onMouseEnter: () => setSelected(text),
                onKeyDown: (e: KeyboardEvent) => {
                  const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
                  const target = e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : step === undefined ? null : index + step;
                  if (target === null) return;
                  e.preventDefault();
                  const points = (e.currentTarget as SVGElement).ownerSVGElement?.querySelectorAll<SVGElement>('.point');
                  points?.[Math.max(0, Math.min(all.length - 1, target))]?.focus();
                },
              };
              return s.style === 'official' ? (
                <circle key={p.period} {...common} cx={cx} cy={cy} r="4">
                  <title>{text}</title>
                </circle>
              ) : (
                <rect key={p.period} {...common} x={cx - 3.5} y={cy - 3.5} width="7" height="7">
                  <title>{text}</title>
                </rect>
              );
            })}
          </g>
        ))}
      </svg>
      {/* What the focused or hovered point says, for sighted users; screen readers hear the point's own label. */}
      <figcaption class="muted" aria-hidden="true">
        {selected ?? '\u00a0'}
      </figcaption>
    </figure>
  );
}
