/** A verdict against the targets, in the reader's language (see `verdict-mark.tsx`). */
import type { Verdict as VerdictKind } from '../../core/index.ts';
import { useView } from '../context.ts';
import { verdictBadge } from './verdict-mark.tsx';

export { VERDICT_TEXT } from './verdict-mark.tsx';

export function VerdictBadge({ kind, short }: { readonly kind: VerdictKind; readonly short?: boolean }) {
  return verdictBadge(useView().t, kind, short);
}
