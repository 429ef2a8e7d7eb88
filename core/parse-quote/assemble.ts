/**
 * Stage 3: assembling the quote. Candidates in, the quote or the reason there is
 * none out. Decides the two currencies (from labels and the rate's own form,
 * never from which figure comes first), settles shared marks (`$`, `FCFA`),
 * picks each field, and refuses what is not a quote: a text needs two of
 * amount, fee, rate and received, or one of them and a transfer word.
 */
import { localeCurrency, markMayBe } from './currencies.ts';
import type { Candidate, Candidates, FigureRole, RateForm } from './candidates.ts';
import type { CurRef } from './tokens.ts';
import { MAX_QUOTE_VALUE, type ParsedQuote, type ParseQuoteResult, type QuoteField } from './types.ts';

export interface AssembleHints {
  readonly locale: string | undefined;
  readonly sendCurrency: string | undefined;
  readonly receiveCurrency: string | undefined;
}

const FIELDS: readonly QuoteField[] = ['amount', 'fee', 'rate', 'sendCurrency', 'receiveCurrency'];

function distinct(values: readonly (number | undefined)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (v !== undefined && !out.includes(v)) out.push(v);
  return out;
}

/** The value when all agree, else undefined (two different fees leave the fee to the user). */
function only(values: readonly (number | undefined)[]): number | undefined {
  const d = distinct(values);
  return d.length === 1 ? d[0] : undefined;
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

const inRange = (v: number | undefined, allowZero: boolean): number | undefined =>
  v !== undefined && Number.isFinite(v) && (allowZero ? v >= 0 : v > 0) && v <= MAX_QUOTE_VALUE ? v : undefined;

/** A figure's currency: its own code, else the one its label names when its own mark allows it ("Amount (USD) $2,500.00"). */
function effective(c: Candidate): CurRef | undefined {
  if (c.cur?.code !== undefined) return c.cur;
  const label = c.labelCur;
  if (label?.code !== undefined && (c.cur === undefined || (c.cur.mark !== undefined && markMayBe(c.cur.mark, label.code)))) return label;
  return c.cur ?? label;
}

const RECEIVE_SIDE: ReadonlySet<FigureRole | undefined> = new Set<FigureRole | undefined>(['received', 'rate', 'rateQuote']);

const firstCode = (list: readonly Candidate[]): string | undefined => list.find((c) => c.cur?.code !== undefined)?.cur?.code;

interface Sides {
  readonly send: string | undefined;
  readonly receive: string | undefined;
}

/**
 * The two currencies. Labels first: what is sent (amount, total), what arrives
 * (received, a labelled rate's currency). A rate form then gives the side still
 * unknown (the other currency of `1 USD = 17.05 MXN`), or both, base sent and
 * quote received, unless a hint names its quote side. Then the fee's currency,
 * the hints, a lone unlabelled figure, a bare pair `USD → MXN`.
 */
function pickSides(figures: readonly Candidate[], rates: readonly RateForm[], pairs: Candidates['pairs'], hints: AssembleHints): Sides {
  const byRole = (role: FigureRole | undefined): Candidate[] => figures.filter((c) => c.role === role);
  let send = firstCode(byRole('amount')) ?? firstCode(byRole('total'));
  let receive = firstCode(byRole('received')) ?? firstCode(byRole('rate'));
  if (receive === send) receive = undefined;
  for (const r of rates) {
    const base = r.base?.code;
    const quote = r.quote?.code;
    if (base === undefined || quote === undefined || base === quote) continue;
    if (send === undefined && receive === undefined) {
      const flip = hints.sendCurrency === quote || hints.receiveCurrency === base;
      send = flip ? quote : base;
      receive = flip ? base : quote;
    } else if (send === undefined) {
      send = receive === quote ? base : receive === base ? quote : undefined;
    } else if (receive === undefined) {
      receive = send === base ? quote : send === quote ? base : undefined;
    }
  }
  for (const r of rates) {
    // One side of a rate written with a shared mark or alone ("Rate: 17.05 MXN").
    if (receive === undefined && r.quote?.code !== undefined && r.quote.code !== send && (r.base?.code ?? send) === send) receive = r.quote.code;
    if (send === undefined && r.base?.code !== undefined && r.base.code !== receive) send = r.base.code;
  }
  // A second currency among the figures labelled as sent ("Montant : 1 500,00 EUR ... Montant converti : 16 180,50 MAD").
  if (send !== undefined) receive ??= byRole('amount').find((c) => c.cur?.code !== undefined && c.cur.code !== send)?.cur?.code;
  send ??= firstCode(byRole('fee'));
  send ??= hints.sendCurrency;
  receive ??= hints.receiveCurrency !== send ? hints.receiveCurrency : undefined;
  // The first unlabelled figure with a currency; an unsettled `$` there leaves the
  // send currency unknown rather than handing it to the next figure ("$200 → ₱11,224").
  const loose = byRole(undefined).filter((c) => c.cur !== undefined);
  if (send === undefined) {
    const first = loose.find((c) => c.cur?.code === undefined || c.cur.code !== receive);
    send = first?.cur?.code;
  }
  receive ??= loose.find((c) => c.cur?.code !== undefined && c.cur.code !== send)?.cur?.code;
  send ??= pairs[0]?.[0].code;
  receive ??= pairs.find((p) => p[1].code !== send)?.[1].code;
  return { send, receive: receive === send ? undefined : receive };
}

/** Settles a shared mark on one side: that side's hint or currency, the one code in the text it may be, the locale's region. */
function settle(ref: CurRef | undefined, sendSide: boolean, sides: Sides, hints: AssembleHints, explicit: ReadonlySet<string>): CurRef | undefined {
  const mark = ref?.mark;
  if (ref === undefined || mark === undefined || ref.code !== undefined) return ref;
  const own = sendSide ? [hints.sendCurrency, sides.send] : [hints.receiveCurrency, sides.receive];
  const other = sendSide ? [hints.receiveCurrency, sides.receive] : [hints.sendCurrency, sides.send];
  let code = own.find((c) => markMayBe(mark, c));
  if (code === undefined) {
    const mentioned = [...explicit].filter((c) => markMayBe(mark, c) && !other.includes(c));
    if (mentioned.length === 1) code = mentioned[0];
  }
  code ??= localeCurrency(hints.locale, mark);
  return code === undefined ? ref : { ...ref, code };
}

/** Builds the quote from the candidates, or says why there is none. */
export function assembleQuote(c: Candidates, hints: AssembleHints): ParseQuoteResult {
  const nothing: ParseQuoteResult = { ok: false, error: 'quote_parse_nothing_found' };
  const withCurrencies = c.figures.map((f) => ({ ...f, cur: effective(f) }));
  // A "total" in a currency of its own that cannot be the amount plus a fee is what
  // arrives ("Cantidad enviada: $450.00 ... Cantidad a pagar: 7,704.00 MXN").
  // Not when the fee is in that currency too: then it is the sender's own, paying for a
  // transfer in another ("汇款金额(USD) 2,000.00 · 手续费(CNY) 50.00 · 扣款金额(CNY) 14,434.00").
  const sent = withCurrencies.find((f) => f.role === 'amount' && f.value !== undefined);
  const feeCodes = new Set(withCurrencies.filter((f) => f.role === 'fee').map((f) => f.cur?.code));
  const withLabels = withCurrencies.map((f): Candidate => {
    if (f.role !== 'total' || sent?.value === undefined || f.value === undefined || f.cur?.code === undefined) return f;
    if (sent.cur?.code === f.cur.code || feeCodes.has(f.cur.code) || (f.value >= sent.value && f.value <= 1.5 * sent.value)) return f;
    return { ...f, role: 'received' };
  });
  const labelledRates = withLabels
    .filter((f) => f.role === 'rate')
    .map((f): RateForm => ({ value: f.value, base: undefined, quote: f.cur }));

  // First pass with what is written out, then shared marks settled, then the sides again.
  const sides0 = pickSides(withLabels, c.rates, c.pairs, hints);
  const figures = withLabels.map((f) => ({ ...f, cur: settle(f.cur, !RECEIVE_SIDE.has(f.role), sides0, hints, c.explicitCodes) }));
  const rates = [...c.rates, ...labelledRates].map((r) => ({
    ...r,
    base: settle(r.base, true, sides0, hints, c.explicitCodes),
    quote: settle(r.quote, false, sides0, hints, c.explicitCodes),
  }));
  const pairs = c.pairs.map(([a, b]) => [settle(a, true, sides0, hints, c.explicitCodes) ?? a, settle(b, false, sides0, hints, c.explicitCodes) ?? b] as const);
  const { send, receive } = pickSides(figures, rates.slice(0, c.rates.length), pairs, hints);

  // A board of rates or prices is no quote: several currency pairs, or figures in three or more currencies.
  const pairKeys = new Set(
    rates.flatMap((r) => (r.base?.code !== undefined && r.quote?.code !== undefined ? [[r.base.code, r.quote.code].sort().join('/')] : [])),
  );
  const inUse = new Set<string>();
  for (const f of figures) if (f.role !== 'other' && f.role !== 'crossed' && f.cur?.code !== undefined) inUse.add(f.cur.code);
  for (const r of rates) for (const ref of [r.base, r.quote]) if (ref?.code !== undefined) inUse.add(ref.code);
  if (pairKeys.size > 1 || inUse.size > 2) return nothing;

  const inCurrency = (f: Candidate, code: string | undefined): boolean =>
    f.cur?.code === undefined ? code === undefined || f.cur?.mark === undefined || markMayBe(f.cur.mark, code) : f.cur.code === code;
  const byRole = (role: FigureRole | undefined): Candidate[] => figures.filter((f) => f.role === role);

  // Figures labelled as sent or paid but written in the currency that arrives are what arrives.
  const arriving = (f: Candidate): boolean =>
    (f.role === 'amount' || f.role === 'total' || f.role === undefined) && receive !== undefined && receive !== send && f.cur?.code === receive;

  const amountItems = byRole('amount').filter((f) => !arriving(f));
  const receivedItems = byRole('received');
  const loose = byRole(undefined).filter((f) => f.cur !== undefined && !arriving(f));
  const amount =
    amountItems.length > 0
      ? only(amountItems.filter((f) => inCurrency(f, send)).map((f) => inRange(f.value, false)))
      : only(loose.filter((f) => inCurrency(f, send)).map((f) => inRange(f.value, false)));

  const received =
    receivedItems.length > 0
      ? only(receivedItems.filter((f) => inCurrency(f, receive)).map((f) => inRange(f.value, false)))
      : only(figures.filter(arriving).map((f) => inRange(f.value, false)));

  const feeItems = byRole('fee');
  const fee = only([...feeItems.map((f) => inRange(f.value, true)), ...(c.freeCount > 0 ? [0] : [])]);
  const feeCode = fee !== undefined && fee > 0 ? firstCode(feeItems) : undefined;
  const feeCurrency = feeCode !== undefined && feeCode !== send ? feeCode : undefined;

  // Rate: every rate form and labelled rate, turned to send -> receive.
  const direct: number[] = [];
  const inverse: number[] = [];
  let foreign = 0;
  for (const r of rates) {
    const value = inRange(r.value, false);
    if (value === undefined) continue;
    const base = r.base?.code;
    const quote = r.quote?.code;
    const isDirect = (base === undefined || base === send) && (quote === undefined || quote === receive);
    const isInverse =
      (base === undefined || base === receive) && (quote === undefined || quote === send) && (base !== undefined || quote !== undefined);
    if (isDirect) direct.push(value);
    else if (isInverse) inverse.push(value);
    else foreign++;
  }
  // Rates as printed repeat exactly (17.05 = 17.0500); an inverted one is rounded
  // on the page, so it need only agree within 1%.
  const conflicting =
    direct.some((v) => !close(v, direct[0] ?? v, 1e-9)) ||
    inverse.some((v) => !close(v, inverse[0] ?? v, 1e-9)) ||
    (direct[0] !== undefined && inverse[0] !== undefined && !close(direct[0], 1 / inverse[0], 0.01)) ||
    (foreign > 0 && direct.length + inverse.length + foreign > 1);
  if (conflicting) return { ok: false, error: 'quote_parse_ambiguous' };
  // An inverted rate keeps 6 significant digits: the page printed ~4, more would be noise.
  const rate = direct[0] ?? (inverse[0] !== undefined ? inRange(Number((1 / inverse[0]).toPrecision(6)), false) : undefined);

  // A transfer context: two of the four figures read from labels or a rate's form,
  // or one figure and a transfer word. Unlabelled figures alone ("Loyer 650,00 €")
  // do not make a quote.
  const found = [amount, fee, rate, received].filter((v) => v !== undefined).length;
  const labelled = [
    amountItems.length > 0 ? amount : undefined,
    fee,
    rate,
    receivedItems.length > 0 || figures.some((f) => arriving(f) && f.role !== undefined) ? received : undefined,
  ].filter((v) => v !== undefined).length;
  if (found === 0 || (labelled < 2 && !c.transfer)) return nothing;

  const fields = { amount, fee, rate, sendCurrency: send, receiveCurrency: receive };
  const quote: ParsedQuote = {
    ...(amount !== undefined ? { amount } : {}),
    ...(fee !== undefined ? { fee } : {}),
    ...(feeCurrency !== undefined ? { feeCurrency } : {}),
    ...(rate !== undefined ? { rate } : {}),
    ...(send !== undefined ? { sendCurrency: send } : {}),
    ...(receive !== undefined ? { receiveCurrency: receive } : {}),
    ...(received !== undefined ? { received } : {}),
    missing: FIELDS.filter((f) => fields[f] === undefined),
  };
  return { ok: true, quote };
}
