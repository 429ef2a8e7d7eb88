/**
 * The hand-over of a quote read from a page selection: the background parses
 * the selected text with core's `parseQuote` and leaves the result for the
 * popup, which prefills the quote checker and asks only for what is missing.
 */
import type { Bundle } from '../core/data/types.ts';
import type { MessageKey } from '../core/i18n/messages.ts';
import type { CalculatorStore } from '../core/store.ts';
import { MAX_QUOTE_TEXT, parseQuote, type ParsedQuote } from '../core/parse-quote/index.ts';

export interface QuoteHandOver {
  /** What to tell the user, in order, as message keys with parameters. */
  readonly messages: readonly {
    readonly key: MessageKey;
    /** Message keys to translate and list (Intl.ListFormat) as the `{fields}` parameter. */
    readonly fields?: readonly MessageKey[];
  }[];
}

/**
 * The stored hand-over: the selected text only; the popup parses it itself, so
 * nothing parsed is trusted. Cut once, here, to what the parser reads
 * (`MAX_QUOTE_TEXT` UTF-16 units), after the leading white space a selection
 * often starts with, and never between the two halves of a surrogate pair.
 */
export function handOverOf(text: string, locale: string): { text: string; locale: string } {
  const start = text.trimStart();
  let end = Math.min(start.length, MAX_QUOTE_TEXT);
  const last = start.charCodeAt(end - 1);
  if (end < start.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: start.slice(0, end), locale };
}

/**
 * The corridor to check the quote in: the user's own when its currencies fit
 * what was read (or nothing was read); else the one corridor from the same
 * sender that fits both currencies; else the user's own, unchanged (the
 * popup's currency labels then show the mismatch to the user).
 */
export function corridorFor(bundle: Bundle, from: string, to: string, send?: string, receive?: string): [string, string] {
  const fits = (a: string, b: string) =>
    (!send || bundle.countries[a]?.[1] === send) && (!receive || bundle.countries[b]?.[1] === receive);
  if (fits(from, to) || !send || !receive) return [from, to];
  const matches = Object.keys(bundle.corridors)
    .map((k) => [k.slice(0, 3), k.slice(4)] as [string, string])
    .filter(([a, b]) => fits(a, b));
  const sameSender = matches.filter(([a]) => a === from);
  const only = sameSender.length === 1 ? sameSender[0] : matches.length === 1 ? matches[0] : undefined;
  return only ?? [from, to];
}

/**
 * Applies a stored hand-over to the store: prefilled quote fields, the quote
 * view, and a corridor matching the quote's currencies when the data has one.
 * Returns null when there was nothing to apply.
 */
export function applyPendingQuote(store: CalculatorStore, raw: unknown, bundle: Bundle): QuoteHandOver | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { text, locale } = raw as { text?: unknown; locale?: unknown };
  if (typeof text !== 'string') return null;
  const s = store.getState();
  s.setView('quote');
  const hints = typeof locale === 'string' ? { locale } : {};
  const parsed = parseQuote(text, hints);
  if (!parsed.ok) return { messages: [{ key: parsed.error }, { key: 'quote_prompt' }] };
  const q: ParsedQuote = parsed.quote;
  const [from, to] = corridorFor(bundle, s.from, s.to, q.sendCurrency, q.receiveCurrency);
  if (from !== s.from || to !== s.to) s.setCorridor(from, to);
  s.setQuote({
    amount: q.amount ?? null,
    fee: q.feeCurrency ? null : (q.fee ?? null),
    rate: q.rate ?? null,
    midRate: null,
    midRateFrom: null,
  });
  const found: MessageKey[] = [];
  if (q.amount !== undefined) found.push('field_amount');
  if (q.fee !== undefined && !q.feeCurrency) found.push('field_fee');
  if (q.rate !== undefined) found.push('field_rate');
  if (q.sendCurrency && q.receiveCurrency) found.push('field_currencies');
  return {
    messages: [
      { key: 'quote_from_selection', fields: found },
      // The amount field then shows the calculator's amount: say so, so that it is checked, not trusted.
      ...(q.amount === undefined ? [{ key: 'quote_amount_not_read' as const }] : []),
      // RPW has no reference exchange rates, so the mid-market rate is always the user's to type.
      { key: 'mid_rate_not_in_data' },
    ],
  };
}
