/**
 * The quote checker's views as a module of their own: the widget loads it
 * (`remit-quote.js`, next to the script) the first time a widget shows the
 * quote view, so pages with only the channel comparison never download it;
 * the extension imports it as a chunk. Each call renders the answer and the
 * checker into the two places `App` keeps for them, with the caller's context;
 * in the widget this module brings its own Preact, as remit-progress.js does.
 */
import { render } from 'preact';
import { Ctx, type ViewContext } from '../context.ts';
import { Quote, QuoteAnswer } from './Quote.tsx';

/** The quote's cost and the cross rate travel with the views that take a quote (App calls them once these load). */
export { quoteCost } from '../../core/index.ts';
export { crossRate } from '../../core/index.ts';

export interface QuoteViews {
  readonly ctx: ViewContext;
  readonly answer: Parameters<typeof QuoteAnswer>[0];
  readonly quote: Parameters<typeof Quote>[0];
}

/** Renders (or updates) the answer into `answerEl` and the checker into `quoteEl`. */
export function renderQuote(answerEl: Element, quoteEl: Element, v: QuoteViews): void {
  render(
    <Ctx.Provider value={v.ctx}>
      <QuoteAnswer {...v.answer} />
    </Ctx.Provider>,
    answerEl,
  );
  render(
    <Ctx.Provider value={v.ctx}>
      <Quote {...v.quote} />
    </Ctx.Provider>,
    quoteEl,
  );
}

/** Takes both down (the widget left the page, or shows the comparison). */
export function unmountQuote(...els: Element[]): void {
  for (const el of els) render(null, el);
}
