/**
 * A verdict against the targets as a shape and words, never colour alone.
 * Pure (no hooks, no context): the views loaded on demand (`Detail.tsx`, in
 * `remit-data.js`) render it with the host's Preact.
 */
import type { Verdict } from '../../core/index.ts';
import { verdictHead, type MessageKey } from '../../core/index.ts';
import type { Translate } from '../context.ts';

/** Each verdict's sentence; its short form is what comes before the colon (`verdictHead`). */
export const VERDICT_TEXT: Record<Verdict, MessageKey> = {
  above_5: 'verdict_above_5',
  between: 'verdict_between',
  below_3: 'verdict_below_3',
  negative: 'verdict_negative',
};
// Distinct shapes so the verdict reads without colour: up triangle, circle, check, exclamation.
// Drawn in SVG rather than as text glyphs, which many fonts lack (and whose fallback search is slow).
const MARK: Record<Verdict, () => preact.JSX.Element> = {
  above_5: () => <path d="M6 1 11 10H1Z" />,
  between: () => <circle cx="6" cy="6" r="4" />,
  below_3: () => <path d="M1.5 6.5 4.5 9.5 10.5 2.5" fill="none" stroke="currentColor" stroke-width="2" />,
  negative: () => <path d="M5 1h2v6H5zM5 9h2v2H5z" />,
};

/** The badge for `kind` in the reader's words; `short`: the verdict's head only ("Above 5%"). */
export function verdictBadge(t: Translate, kind: Verdict, short?: boolean) {
  const text = t(VERDICT_TEXT[kind]);
  return (
    <span class={`verdict v-${kind}`}>
      <svg class="mark" aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12" fill="currentColor">
        {MARK[kind]()}
      </svg>{' '}
      {short ? verdictHead(text) : text}
    </span>
  );
}
