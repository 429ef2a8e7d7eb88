/** A verdict against the targets: a shape and words, never colour alone. */
import type { Verdict as VerdictKind } from '../../core/targets.ts';
import type { MessageKey } from '../../core/i18n/messages.ts';
import { useView } from '../context.ts';

const TEXT: Record<VerdictKind, MessageKey> = {
  above_5: 'verdict_above_5',
  between: 'verdict_between',
  below_3: 'verdict_below_3',
  negative: 'verdict_negative',
};
// Distinct shapes so the verdict reads without colour: up triangle, circle, check, warning.
const MARK: Record<VerdictKind, string> = { above_5: '▲', between: '●', below_3: '✓', negative: '!' };

export function VerdictBadge({ kind, short }: { readonly kind: VerdictKind; readonly short?: boolean }) {
  const { t } = useView();
  const text = t(TEXT[kind]);
  return (
    <span class={`verdict v-${kind}`}>
      <span aria-hidden="true" class="mark">
        {MARK[kind]}
      </span>{' '}
      {short ? text.split(/[:：:]/)[0] : text}
    </span>
  );
}
