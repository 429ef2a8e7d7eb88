/**
 * The calculator: corridor and amount inputs, then the chosen view (channel
 * comparison or quote checker), the yearly cost and the attribution.
 * The widget renders it with one view; the extension popup with tabs.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Bundle, CalculatorStore, QuoteCost, QuoteError } from '../../core/index.ts';
import { corridorCostsIn, type CorridorCosts, type CorridorError, countryName } from '../../core/index.ts';
import { useView, type DetailViews } from '../context.ts';
import { useStore } from '../use-store.ts';
import { CorridorPicker } from './CorridorPicker.tsx';
import { Compare, type DetailStatus } from './Compare.tsx';
import { NumberField } from './NumberField.tsx';
import type * as QuoteModule from './quote-module.tsx';
import { Yearly } from './Yearly.tsx';
import { SourceLine } from './SourceLine.tsx';

export interface AppResult {
  readonly corridor: CorridorCosts | CorridorError;
  readonly quote: QuoteCost | QuoteError | null;
}

interface Props {
  readonly store: CalculatorStore;
  /** Unique per instance, so labels and ids never collide between widgets. */
  readonly id: string;
  /** The view shown: the channel comparison or the quote checker. */
  readonly view: 'compare' | 'quote';
  /** Messages about bad attributes or settings, already in the reader's language. */
  readonly problems?: readonly string[];
  readonly onResult?: (result: AppResult) => void;
}


/**
 * The corridor's detail (measured channels, services) for `key`: from the
 * bundle itself when it has them, else loaded through the context, once per
 * corridor, with the views that render it; the built-in average shows meanwhile.
 */
function useDetail(key: string, wanted: boolean): { readonly detail: Bundle | undefined; readonly views: DetailViews | null; readonly status: DetailStatus } {
  const { bundle, loadDetail, loadViews } = useView();
  const [views, setViews] = useState<DetailViews | null>();
  const [loaded, setLoaded] = useState<readonly [string, Bundle | null]>();
  const own = !!bundle.channels;
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    // Absent, failed or rejected: null, and the view says so.
    const get = <T,>(p: Promise<T | null> | undefined, set: (v: T | null) => void) =>
      void Promise.resolve(p).then(
        (v) => live && set(v ?? null),
        () => live && set(null),
      );
    if (views === undefined) get(loadViews?.(), setViews);
    if (!own) get(loadDetail?.(key), (d) => setLoaded([key, d]));
    return () => {
      live = false;
    };
  }, [key, own, wanted]);
  const detail = own ? bundle : loaded?.[0] === key ? loaded[1] : undefined;
  const status: DetailStatus = views === undefined || detail === undefined ? 'loading' : views && detail ? 'ready' : 'failed';
  return { detail: detail ?? undefined, views: views ?? null, status };
}

/** How long a first comparison waits, unseen, for its corridor's detail before showing the built-in average (milliseconds). */
const HOLD_MS = 400;

export function App({ store, id, view, problems = [], onResult }: Props) {
  const ctx = useView();
  const { t, bundle, locale, rates } = ctx;
  const from = useStore(store, (s) => s.from);
  const to = useStore(store, (s) => s.to);
  const amount = useStore(store, (s) => s.amount);
  const perYear = useStore(store, (s) => s.perYear);
  const quote = useStore(store, (s) => s.quote);
  const state = store.getState();
  // The USD 500 price point applies only when the amount is known in USD: there are no exchange rates in the data.
  // In the quote view the quote's own amount is the one compared.
  const sendsUsd = bundle.countries[from]?.[1] === 'USD';
  const priced = view === 'quote' ? (quote.amount ?? amount) : amount;
  // Only the comparison shows a corridor's detail: the quote view never fetches it.
  const { detail, views, status } = useDetail(`${from}-${to}`, view === 'compare');
  const withDetail = detail ? { detail } : {};
  const corridor = corridorCostsIn(bundle, from, to, sendsUsd ? { amountUsd: priced, ...withDetail } : withDetail);
  const costs = corridor.ok ? corridor : null;
  // The currencies from the countries even when the corridor has no figure, so no label reads "()".
  const send = costs?.sendCurrency ?? bundle.countries[from]?.[1] ?? '';
  const receive = costs?.receiveCurrency ?? bundle.countries[to]?.[1] ?? '';
  // The quote checker's views load on first use (remit-quote.js in the widget, a chunk in the
  // extension) and render into two places kept here: the answer first, the fields below the route.
  const [quoteViews, setQuoteViews] = useState<typeof QuoteModule | null>(null);
  // The quote's cost and today's reference rate come with the quote checker's module: a quote can
  // only have been entered in its views, so until they load there is none to cost.
  const qm = quoteViews;
  const reference = qm && rates ? (rates.ok ? qm.crossRate(rates.table, send, receive) : rates) : null;
  const q =
    qm && quote.fee !== null && quote.rate !== null && quote.midRate !== null
      ? qm.quoteCost({
          amount: quote.amount ?? amount,
          fee: quote.fee,
          rate: quote.rate,
          midRate: quote.midRate,
          feeMode: quote.feeMode,
          ...(reference?.ok ? { expectedRate: reference.rate } : {}),
        })
      : null;
  // The figures the user confirmed despite a warning; any change to them asks again.
  const figures = JSON.stringify(quote) + amount;
  const [confirmed, setConfirmed] = useState('');
  const held = view === 'quote' && !!q?.ok && q.warnings.length > 0 && confirmed !== figures;
  useEffect(() => {
    onResult?.({ corridor, quote: q });
  }, [from, to, amount, perYear, quote, bundle, view, locale, detail, qm]);
  const answerEl = useRef<HTMLDivElement>(null);
  const quoteEl = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (view === 'quote' && !quoteViews) void ctx.loadQuote?.().then(setQuoteViews, () => undefined);
  }, [view]);
  useLayoutEffect(() => {
    const a = answerEl.current;
    const b = quoteEl.current;
    if (!quoteViews || !a || !b) return;
    quoteViews.renderQuote(a, b, {
      ctx,
      answer: { store, sendCurrency: send, result: q, held, onConfirm: () => setConfirmed(figures), averagePct: costs?.averagePct, averagePeriod: costs?.period },
      quote: { store, id, sendCurrency: send, receiveCurrency: receive, result: q, held, reference },
    });
  });
  useLayoutEffect(() => {
    const a = answerEl.current;
    const b = quoteEl.current;
    return () => a && b && quoteViews?.unmountQuote(a, b);
  }, [quoteViews, view]);

  const [patient, setPatient] = useState(true);
  useEffect(() => {
    const id = setTimeout(() => setPatient(false), HOLD_MS);
    return () => clearTimeout(id);
  }, []);
  const hold = patient && status === 'loading' && view === 'compare';
  const yearlyPct = view === 'quote' && q?.ok ? q.totalPct : costs?.averagePct;
  const yearlyAmount = view === 'quote' ? (quote.amount ?? amount) : amount;
  return (
    <div class="app">
      {problems.length > 0 && (
        <div class="problems" role="status">
          {problems.map((p) => (
            <p class="error" key={p}>
              {p}
            </p>
          ))}
        </div>
      )}
      <div>
        {/* The answer first: in the quote view, one sentence before anything else. */}
        {view === 'quote' && <div ref={answerEl} />}
        {(
          <div class="inputs">
            <CorridorPicker id={id} from={from} to={to} onChange={(a, b) => state.setCorridor(a, b)} />
            {/* The quote view has its own amount field; both have the transfers per year. */}
            <div class="row">
              {view === 'compare' && (
                <NumberField
                  id={`${id}-amount`}
                  label={t('label_amount', { currency: send })}
                  value={amount}
                  invalidKey="error_amount_invalid"
                  onValue={(v) => state.setAmount(v)}
                />
              )}
              <NumberField
                id={`${id}-peryear`}
                label={t('label_per_year')}
                value={perYear}
                integer
                invalidKey="error_per_year_invalid"
                onValue={(v) => state.setPerYear(v)}
              />
            </div>
          </div>
        )}
        {/* Held out of sight (for at most HOLD_MS, on first load) until the corridor's detail is in,
            so the comparison appears once instead of jumping as its channels arrive. */}
        <div class={hold ? 'hold' : undefined}>
        {!corridor.ok && (
          <p class="error" role="alert">
            {t(corridor.error, { from: countryName(from, locale, bundle), to: countryName(to, locale, bundle), code: from })}
          </p>
        )}
        {view === 'compare' && costs && <Compare costs={costs} detail={detail} views={views} status={status} amount={amount} id={id} />}
        {view === 'quote' && <div ref={quoteEl} />}
        {/* No yearly figure while a quote's warning stands unconfirmed. */}
        {costs && yearlyPct !== undefined && !held && (
          <Yearly
            amount={yearlyAmount}
            currency={costs.sendCurrency}
            costPct={yearlyPct}
            perYear={perYear}
            atAverage={view === 'quote' && !q?.ok}
            {...(costs.flags.includes('old') && !(view === 'quote' && q?.ok) ? { oldPeriod: costs.period } : {})}
          />
        )}
        {costs && <SourceLine period={costs.period} source={costs.source} />}
        </div>
      </div>
    </div>
  );
}
