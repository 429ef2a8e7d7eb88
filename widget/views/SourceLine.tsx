/** The attribution the CC BY 4.0 licence requires, with the quarter the figures describe. */
import type { SourceInfo } from '../../core/data/types.ts';
import { englishWidget } from '../../core/i18n/messages.ts';
import { periodText, useView } from '../context.ts';

export function SourceLine({ period, source }: { readonly period: string; readonly source?: SourceInfo }) {
  const { t } = useView();
  return (
    <p class="source">
      {t('source_line', { period: periodText(t, period) })}
      {source && (
        <>
          {' · '}
          {source.title === englishWidget.source_corridor_means ? (
            t('source_corridor_means')
          ) : (
            // A citation as published, or a title from a bundle loaded with
            // data-src: marked as English for screen readers, and isolated so
            // that right-to-left text keeps its order.
            <bdi lang="en">{source.title}</bdi>
          )}
        </>
      )}
    </p>
  );
}
