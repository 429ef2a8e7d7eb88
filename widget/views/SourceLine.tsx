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
          {source.id === 'rpw-corridor-means' ? (
            t('source_corridor_means')
          ) : (
            // A citation, as published (in English): marked so that screen
            // readers say it in English and right-to-left text keeps its order.
            <bdi lang="en">{source.title}</bdi>
          )}
        </>
      )}
    </p>
  );
}
