/**
 * What every view needs besides the store: the reader's locale and its
 * messages, and the data bundle the figures come from.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Bundle, MessageKey, SourceInfo, RatesState } from '../core/index.ts';
import { englishWidget } from '../core/index.ts';

import type { Translate } from './text.ts';

export type { Translate } from './text.ts';

export interface ViewContext {
  /** A BCP 47 tag for `Intl` (`es-MX`); its language is the messages' one. */
  readonly locale: string;
  readonly t: Translate;
  readonly bundle: Bundle;
  /**
   * Loads a corridor's detail file (measured channels and services, `FROM-TO`
   * key), once per page; null when it cannot be had. Absent: the bundle's own
   * figures are all there is.
   */
  readonly loadDetail?: (key: string) => Promise<Bundle | null>;
  /**
   * The views that render a corridor's detail (`views/Detail.tsx`): in the
   * widget they come with `remit-data.js`, loaded on demand; the popup has
   * them built in. Absent: only the corridor average is shown.
   */
  readonly loadViews?: () => Promise<DetailViews | null>;
  /**
   * Reference exchange rates for showing money in the receiving currency:
   * absent when none were asked for (no `rates-src`, the extension's ECB rates
   * off), `{ ok: false, error }` when they were and could not be had, else the
   * table. Views read a pair with core's `crossRate(table, send, receive)` /
   * `convert(...)` and name `table.source` and `table.date` beside every converted amount.
   */
  readonly rates?: RatesState;
  /** Loads the quote checker's views (App calls it the first time the quote view shows). */
  readonly loadQuote?: () => Promise<typeof import('./views/quote-module.tsx')>;
}

export type DetailViews = typeof import('./views/Detail.tsx');

export const Ctx = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('remit: views must be rendered inside <Ctx.Provider>');
  return ctx;
}

export { periodText } from './text.ts';

/**
 * A source's title for the reader: the computed corridor means (our own
 * description, matched to its English message) in their language; any other
 * title, a citation or a data-src bundle's own, as published; an empty one
 * (a data-src bundle may have it) by the source's id, which is never empty.
 */
export function sourceTitle(t: Translate, source: SourceInfo): string {
  return source.title === englishWidget.source_corridor_means ? t('source_corridor_means') : source.title || source.id;
}
