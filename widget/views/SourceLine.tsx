/** The attribution the CC BY 4.0 licence requires, with the quarter the figures describe. */
import type { SourceInfo } from '../../core/data/types.ts';
import { periodText, useView } from '../context.ts';

export function SourceLine({ period, source }: { readonly period: string; readonly source?: SourceInfo }) {
  const { t } = useView();
  return (
    <p class="source">
      {t('source_line', { period: periodText(t, period) })}
      {source && (
        <>
          {' · '}
          <span>{source.title}</span>
        </>
      )}
    </p>
  );
}
