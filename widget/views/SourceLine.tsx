/** The attribution the CC BY 4.0 licence requires, with the quarter the figures describe. */
import type { SourceInfo } from '../../core/index.ts';
import { periodText, sourceTitle, useView } from '../context.ts';

export function SourceLine({ period, source }: { readonly period: string; readonly source?: SourceInfo }) {
  const { t } = useView();
  const title = source && sourceTitle(t, source);
  return (
    <p class="source">
      {t('source_line', { period: periodText(t, period) })}
      {source && (
        <>
          {' · '}
          {title !== source.title ? (
            title
          ) : (
            // As published (in English): marked so that screen readers say it
            // in English, and isolated so that right-to-left text keeps its order.
            <bdi lang="en">{title}</bdi>
          )}
        </>
      )}
    </p>
  );
}
