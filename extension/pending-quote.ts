/**
 * The hand-over of a quote read from a page selection: the background stores
 * the selected text (cut to what the parser reads), and the popup parses it
 * with core's `parseQuote`, prefills the quote checker and asks only for what
 * is missing. Nothing parsed elsewhere is trusted.
 */
import type { Bundle, MessageKey, CalculatorStore, QuoteFields } from '../core/index.ts';
import { MAX_QUOTE_TEXT, parseQuote, type ParsedQuote } from '../core/index.ts';

export interface QuoteHandOver {
  /** What to tell the user, in order, as message keys with parameters. */
  readonly messages: readonly {
    readonly key: MessageKey;
    /** Message keys to translate and list (Intl.ListFormat) as the `{fields}` parameter. */
    readonly fields?: readonly MessageKey[];
    readonly params?: Readonly<Record<string, string>>;
  }[];
  /** What was read from the selection, shown to the user as read. */
  readonly read?: ParsedQuote;
  /**
   * When the quote's currencies do not fit the route shown and no single
   * route fits: the figures wait here, unfiled, until the user picks a route
   * whose currencies fit (one of `corridors`, or any through the picker).
   */
  readonly waiting?: {
    readonly fields: Partial<QuoteFields>;
    /** Routes that fit both currencies (at most 12, the sender's own first); empty when none or too many. */
    readonly corridors: readonly (readonly [string, string])[];
    readonly send?: string;
    readonly receive?: string;
  };
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

/** Whether the route `from` -> `to` sends `send` and receives `receive` (an unknown currency fits anything). */
export function fits(bundle: Bundle, from: string, to: string, send?: string, receive?: string): boolean {
  return (!send || bundle.countries[from]?.[1] === send) && (!receive || bundle.countries[to]?.[1] === receive);
}

/** Every route in the data whose currencies are `send` -> `receive`, those from `from` first. */
export function fittingCorridors(bundle: Bundle, from: string, send?: string, receive?: string): [string, string][] {
  return Object.keys(bundle.corridors)
    .map((k) => [k.slice(0, 3), k.slice(4)] as [string, string])
    .filter(([a, b]) => fits(bundle, a, b, send, receive))
    .sort((x, y) => Number(y[0] === from) - Number(x[0] === from));
}

/**
 * The corridor to check the quote in: the user's own when its currencies fit
 * what was read; else the one route from the same sender that fits, or the
 * only route that fits; else null: the user must choose, and the figures are
 * not filed under currencies they were not quoted in.
 */
export function corridorFor(bundle: Bundle, from: string, to: string, send?: string, receive?: string): [string, string] | null {
  if (fits(bundle, from, to, send, receive)) return [from, to];
  const matches = fittingCorridors(bundle, from, send, receive);
  const sameSender = matches.filter(([a]) => a === from);
  return (sameSender.length === 1 ? sameSender[0] : matches.length === 1 ? matches[0] : undefined) ?? null;
}

/**
 * Applies a stored hand-over to the store: prefilled quote fields, the quote
 * view, and a corridor matching the quote's currencies when the data has one.
 * When the route shown does not fit and no single one does, nothing is
 * filled: the hand-over says so and waits for a route that fits.
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
  const fields: Partial<QuoteFields> = {
    amount: q.amount ?? null,
    fee: q.feeCurrency ? null : (q.fee ?? null),
    rate: q.rate ?? null,
    midRate: null,
    midRateFrom: null,
  };
  const found: MessageKey[] = [];
  if (q.amount !== undefined) found.push('field_amount');
  if (q.fee !== undefined && !q.feeCurrency) found.push('field_fee');
  if (q.rate !== undefined) found.push('field_rate');
  if (q.sendCurrency && q.receiveCurrency) found.push('field_currencies');
  const read = { read: q };
  const currencies = { send: q.sendCurrency ?? '?', receive: q.receiveCurrency ?? '?' };
  const corridor = corridorFor(bundle, s.from, s.to, q.sendCurrency, q.receiveCurrency);
  if (!corridor) {
    const all = fittingCorridors(bundle, s.from, q.sendCurrency, q.receiveCurrency);
    const shown = { routeSend: bundle.countries[s.from]?.[1] ?? '?', routeReceive: bundle.countries[s.to]?.[1] ?? '?' };
    return {
      ...read,
      messages: [
        { key: 'quote_currency_mismatch', params: { ...currencies, ...shown } },
        all.length ? { key: 'quote_choose_corridor' } : { key: 'quote_no_corridor', params: currencies },
      ],
      waiting: {
        fields,
        corridors: all.length <= 12 ? all : [],
        ...(q.sendCurrency ? { send: q.sendCurrency } : {}),
        ...(q.receiveCurrency ? { receive: q.receiveCurrency } : {}),
      },
    };
  }
  const [from, to] = corridor;
  const switched = from !== s.from || to !== s.to;
  if (switched) s.setCorridor(from, to);
  s.setQuote(fields);
  return {
    ...read,
    messages: [
      { key: 'quote_from_selection', fields: found },
      ...(switched ? [{ key: 'quote_corridor_switched' as const, params: currencies }] : []),
      // No currency in the text: the route shown is assumed, and the user is asked to check it.
      ...(!q.sendCurrency && !q.receiveCurrency ? [{ key: 'quote_check_corridor' as const }] : []),
      // The amount field then shows the calculator's amount: say so, so that it is checked, not trusted.
      ...(q.amount === undefined ? [{ key: 'quote_amount_not_read' as const }] : []),
      // RPW has no reference exchange rates: the mid-market rate is the user's to type (or, with the ECB's rates on, to take).
      { key: 'mid_rate_not_in_data' },
    ],
  };
}
