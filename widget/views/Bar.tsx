/**
 * A horizontal bar for a cost in percent with the 3% and 5% target lines.
 * Drawn in SVG with attributes, not inline styles, so strict CSP pages allow it.
 * Decorative: the same figures are in the table text next to it.
 */
import { TARGETS } from '../../core/index.ts';

/** The scale's right end, percent: at least 10 so the 5% line sits mid-way. */
export function barScale(values: readonly number[]): number {
  return Math.max(10, ...values.filter(Number.isFinite).map((v) => Math.ceil(v)));
}

export function Bar({ pct, max, kind }: { readonly pct: number; readonly max: number; readonly kind: string }) {
  const w = (v: number) => `${Math.max(0, Math.min(100, (v / max) * 100))}%`;
  return (
    <svg class="bar" aria-hidden="true" focusable="false" width="100%" height="14">
      <rect class="track" x="0" y="3" width="100%" height="8" rx="4" />
      <rect class={`fill v-${kind}`} x="0" y="3" width={w(pct)} height="8" rx="4" />
      <line class="t3" x1={w(TARGETS.sdg_10c.pct)} x2={w(TARGETS.sdg_10c.pct)} y1="0" y2="14" />
      <line class="t5" x1={w(TARGETS.g8_5x5.pct)} x2={w(TARGETS.g8_5x5.pct)} y1="0" y2="14" />
    </svg>
  );
}
