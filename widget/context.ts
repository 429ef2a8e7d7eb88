/**
 * What every view needs besides the store: the reader's locale and its
 * messages, and the data bundle the figures come from.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Bundle, MessageKey, SourceInfo } from '../core/index.ts';
import type { RatesState } from '../core/rates.ts';
import { englishWidget } from '../core/i18n/messages.ts';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export interface ViewContext {
  /** A BCP 47 tag for `Intl` (`es-MX`); its language is the messages' one. */
  readonly locale: string;
  readonly t: Translate;
  readonly bundle: Bundle;
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


export const Ctx = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('remit: views must be rendered inside <Ctx.Provider>');
  return ctx;
}

/** A period as a reader says it: `2025Q1` -> "Q1 2025" in English, "T1 2025" in Spanish; a year stays a year. */
export function periodText(t: Translate, period: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(period);
  return m ? t('quarter', { q: m[2] ?? '', year: m[1] ?? '' }) : period;
}

/**
 * A source's title for the reader: the computed corridor means (our own
 * description, matched to its English message) in their language; any other
 * title, a citation or a data-src bundle's own, as published.
 */
export function sourceTitle(t: Translate, source: SourceInfo): string {
  return source.title === englishWidget.source_corridor_means ? t('source_corridor_means') : source.title;
}
