/**
 * Stage 2: finding candidates. Tokens in, figures out, each with what it may be
 * (its role), the currency written on it and the currency its label names; plus
 * the rate forms (`1 USD = 17.05 MXN`), bare pairs, "no fee" phrases and whether
 * the text speaks of a transfer at all. Builds new objects; the tokens are not touched.
 */
import { hasTransferWord, ROLE_PRIORITY, type Role } from './labels.ts';
import type { CurRef, CurrencyToken, LabelToken, Tokens } from './tokens.ts';

/** A role from a label, a place in a rate form, or why the figure is dropped. */
export type FigureRole = Role | 'rateBase' | 'rateQuote' | 'crossed';

export interface Candidate {
  /** Span including an attached currency. */
  readonly start: number;
  readonly end: number;
  /** Major units or a rate; undefined when refused (malformed, negative, a change). */
  readonly value: number | undefined;
  /** The currency written on the figure. */
  readonly cur: CurRef | undefined;
  /** The one currency its label names ("Amount (USD)", "Exchange rate (EUR)"). */
  readonly labelCur: CurRef | undefined;
  readonly role: FigureRole | undefined;
}

export interface RateForm {
  /** Units of `quote` per one `base`. */
  readonly value: number | undefined;
  readonly base: CurRef | undefined;
  readonly quote: CurRef | undefined;
}

export interface Candidates {
  readonly figures: readonly Candidate[];
  readonly rates: readonly RateForm[];
  /** `USD → MXN` without a figure: only a direction. */
  readonly pairs: readonly (readonly [CurRef, CurRef])[];
  /** How many "no fee" phrases the text has. */
  readonly freeCount: number;
  /** Whether a transfer word is in the text (see `hasTransferWord`). */
  readonly transfer: boolean;
  /** ISO codes written out in the text, to settle a shared mark. */
  readonly explicitCodes: ReadonlySet<string>;
}

interface Figure {
  readonly start: number;
  readonly end: number;
  readonly numStart: number;
  readonly numEnd: number;
  readonly raw: string;
  readonly value: number | undefined;
  readonly cur: CurRef | undefined;
  /** A change ("+1,27", "-$5.00"): a boundary, never a figure of the quote. */
  readonly signed: boolean;
}

const blank = (text: string, from: number, to: number, re: RegExp = /^\s*$/): boolean =>
  from <= to && re.test(text.slice(from, to));

/** Currencies attach to a figure written next to them: "$4.99", "4,99 €", "USD 1", "1,000\nUSD", "17.05 Mexican Peso (MXN)". */
function attachCurrencies(tokens: Tokens): { figures: Figure[]; loose: CurrencyToken[] } {
  const { text, numbers, currencies } = tokens;
  const used = new Set<CurrencyToken>();
  const figures: Figure[] = [];
  for (const n of numbers) {
    let start = n.start;
    let end = n.end;
    let cur: CurRef | undefined;
    const before = currencies.filter((c) => c.end <= n.start && !used.has(c));
    const prev = before[before.length - 1];
    if (prev && blank(text, prev.end, n.start, /^ {0,2}$/)) {
      used.add(prev);
      cur = prev.ref;
      start = prev.start;
    }
    const next = currencies.find((c) => c.start >= n.end && !used.has(c));
    if (next && !numbers.some((o) => o.start >= n.end && o.start < next.start)) {
      const gap = text.slice(n.end, next.start);
      const sameLine = /^[ \t]*$/.test(gap);
      const ownLine = /^[ \t]*\n[ \t]*$/.test(gap) && /^[ \t]*(?:\n|$)/.test(text.slice(next.end)) && cur === undefined;
      const inParens = /^[ \t]*(?:\p{L}+[ \t]+){0,3}\($/u.test(gap) && text[next.end] === ')';
      // A code after a sign refines it ("$300.00 USD"); otherwise the first currency stays.
      if ((sameLine || ownLine || inParens) && (cur === undefined || (next.ref.fromCode && !cur.fromCode))) {
        used.add(next);
        cur = next.ref;
        end = inParens ? next.end + 1 : next.end;
      }
    }
    // A minus right before a figure ("-$5.00", "−5.00 USD") or a glued plus ("+1,27") makes it a change.
    const signed = n.signed || (/[-–]/.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? ''));
    figures.push({ start, end, numStart: n.start, numEnd: n.end, raw: n.raw, value: signed ? undefined : n.value, cur, signed });
  }
  return { figures, loose: currencies.filter((c) => !used.has(c)) };
}

const sameCurrency = (a: CurRef | undefined, b: CurRef | undefined): boolean => {
  if (a === undefined || b === undefined) return false;
  if (a.code !== undefined || b.code !== undefined) return a.code === b.code;
  return a.mark === b.mark;
};

type SeqItem =
  | { readonly kind: 'fig'; readonly start: number; readonly end: number; readonly i: number }
  | { readonly kind: 'cur'; readonly start: number; readonly end: number; readonly ref: CurRef }
  | { readonly kind: 'op'; readonly start: number; readonly end: number; readonly op: 'eq' | 'per' | 'slash' }
  | { readonly kind: 'label' | 'break'; readonly start: number; readonly end: number };

/** Finds rate forms; their figures are claimed so no label takes them. */
function findRates(
  text: string,
  figures: readonly Figure[],
  loose: readonly CurrencyToken[],
  tokens: Tokens,
): { rates: RateForm[]; pairs: [CurRef, CurRef][]; claims: Map<number, 'rateBase' | 'rateQuote'> } {
  const seq: SeqItem[] = [
    ...figures.map((f, i) => ({ kind: 'fig' as const, start: f.start, end: f.end, i })),
    ...loose.map((c) => ({ kind: 'cur' as const, start: c.start, end: c.end, ref: c.ref })),
    ...tokens.ops.map((o) => ({ kind: 'op' as const, start: o.start, end: o.end, op: o.op })),
    ...tokens.labels.map((l) => ({ kind: 'label' as const, start: l.start, end: l.end })),
    ...tokens.breaks.map((b) => ({ kind: 'break' as const, start: b.start, end: b.end })),
  ].sort((a, b) => a.start - b.start);
  const rates: RateForm[] = [];
  const pairs: [CurRef, CurRef][] = [];
  const claims = new Map<number, 'rateBase' | 'rateQuote'>();
  const fig = (it: SeqItem | undefined): Figure | undefined =>
    it?.kind === 'fig' && !claims.has(it.i) && !figures[it.i]?.signed ? figures[it.i] : undefined;
  const claim = (base: SeqItem | undefined, quote: SeqItem, baseCur: CurRef | undefined, quoteCur: CurRef | undefined): void => {
    if (base?.kind === 'fig') claims.set(base.i, 'rateBase');
    if (quote.kind === 'fig') claims.set(quote.i, 'rateQuote');
    rates.push({ value: quote.kind === 'fig' ? figures[quote.i]?.value : undefined, base: baseCur, quote: quoteCur });
  };

  // `1 X = n Y`, `1 X → n Y`: a rate only when the left side is exactly 1.
  for (let i = 1; i < seq.length - 1; i++) {
    const op = seq[i];
    const l = seq[i - 1];
    const r = seq[i + 1];
    const lf = fig(l);
    const rf = fig(r);
    if (op?.kind !== 'op' || op.op !== 'eq' || !lf || !rf || !l || !r) continue;
    if (lf.value !== 1 || !blank(text, l.end, op.start) || !blank(text, op.end, r.start)) continue;
    claim(l, r, lf.cur, rf.cur);
  }
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i];
    const b = seq[i + 1];
    const c = seq[i + 2];
    const af = fig(a);
    // `17.05 MXN per USD`, `17.05 MXN/USD`, `17.05 MXN per 1 USD`.
    if (a && af?.cur && b?.kind === 'op' && b.op !== 'eq' && blank(text, a.end, b.start) && c) {
      const cf = fig(c);
      if (c.kind === 'cur' && blank(text, b.end, c.start)) {
        claim(undefined, a, c.ref, af.cur);
        continue;
      }
      if (cf && cf.value === 1 && cf.cur && blank(text, b.end, c.start)) {
        claim(c, a, cf.cur, af.cur);
        continue;
      }
    }
    // `USD/MXN 17.05`, `USD/MXN: 17.05` (market convention: MXN per USD); `USD → MXN` alone is just the pair.
    if (a?.kind === 'cur' && b?.kind === 'op' && b.op !== 'per' && blank(text, a.end, b.start)) {
      const d = seq[i + 3];
      const cf = fig(c);
      const df = fig(d);
      if (c && cf?.cur && b.op === 'slash' && blank(text, b.end, c.start)) {
        claim(undefined, c, a.ref, cf.cur);
      } else if (c?.kind === 'cur' && blank(text, b.end, c.start)) {
        if (b.op === 'slash' && d && df && df.cur === undefined && blank(text, c.end, d.start, /^[\s:]*$/)) {
          claim(undefined, d, a.ref, c.ref);
        } else {
          pairs.push([a.ref, c.ref]);
        }
      }
    }
  }
  // `1 USD` with `MX$17.05` right after it (next to it or on the next line): the
  // way some pages lay a rate out without `=`. Not after a label ("Fee 1 USD").
  for (let i = 0; i < seq.length - 1; i++) {
    const l = seq[i];
    const r = seq[i + 1];
    const lf = fig(l);
    const rf = fig(r);
    if (!l || !r || !lf || !rf || lf.value !== 1 || !lf.cur || !rf.cur || sameCurrency(lf.cur, rf.cur)) continue;
    const before = seq[i - 1];
    if (before?.kind === 'label' || before?.kind === 'fig') continue;
    if (!blank(text, l.end, r.start, /^[ \t]*\n?[ \t]*$/)) continue;
    claim(l, r, lf.cur, rf.cur);
  }
  return { rates, pairs, claims };
}

/** The strongest kind among a label's words (see `ROLE_PRIORITY`). */
function classify(labels: readonly LabelToken[]): Role | undefined {
  const kinds = new Set(labels.map((l) => l.kind));
  return ROLE_PRIORITY.find((r) => kinds.has(r));
}

/** The one currency a label names, when it names exactly one ("Amount (USD)"; "汇率(CNY/USD)" names two: none). */
function labelCurrency(curs: readonly CurrencyToken[]): CurRef | undefined {
  const first = curs[0];
  return first && curs.every((c) => sameCurrency(c.ref, first.ref)) ? first.ref : undefined;
}

/**
 * Each figure's label: the text in front of it in its cell (after the last line
 * break, tab, `|`, `·`, `;`, sentence end or other figure); else, without a colon
 * in between, the text after it in its cell ("Ksh5,000.00 sent to", "₹2,500 भेजे",
 * "0 fee"); else, for the first figure of a line, the line above when that line
 * has no figure ("Transfer fee\n+ 5.00 USD").
 */
function labelFigures(
  text: string,
  figures: readonly Figure[],
  loose: readonly CurrencyToken[],
  tokens: Tokens,
  claims: ReadonlyMap<number, 'rateBase' | 'rateQuote'>,
): Candidate[] {
  const lineStart = (pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = (pos: number): number => {
    const at = text.indexOf('\n', pos);
    return at === -1 ? text.length : at;
  };
  const within = <T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] =>
    list.filter((t) => t.start >= from && t.end <= to);
  const lastEndBefore = (pos: number): number =>
    Math.max(
      lineStart(pos),
      ...tokens.breaks.filter((b) => b.end <= pos).map((b) => b.end),
      ...figures.filter((f) => f.end <= pos).map((f) => f.end),
    );
  const firstStartAfter = (pos: number): number =>
    Math.min(
      lineEnd(pos),
      ...tokens.breaks.filter((b) => b.start >= pos).map((b) => b.start),
      ...figures.filter((f) => f.start >= pos).map((f) => f.start),
    );

  const labelled = figures.map((f, i): Candidate => {
    const base = { start: f.start, end: f.end, value: f.value, cur: f.cur };
    const claim = claims.get(i);
    if (claim) return { ...base, labelCur: undefined, role: claim };
    if (f.signed) return { ...base, labelCur: undefined, role: 'other' };
    // A bare run of 7+ digits, or one starting with 0, is a phone, account or reference number.
    if (f.cur === undefined && /^\d+$/.test(f.raw) && (f.raw.length >= 7 || (f.raw.length > 1 && f.raw.startsWith('0')))) {
      return { ...base, value: undefined, labelCur: undefined, role: 'other' };
    }
    const from = lastEndBefore(f.start);
    let role = classify(within(tokens.labels, from, f.start));
    let labelCur = role ? labelCurrency(within(loose, from, f.start)) : undefined;
    // A table copied with tabs: the label is the cell to the left ("Amount (USD)\t$2,500.00").
    if (role === undefined && text[from - 1] === '\t') {
      const cell = lastEndBefore(from - 1);
      if (!figures.some((o) => o.start >= cell && o.end <= from - 1)) {
        role = classify(within(tokens.labels, cell, from - 1));
        labelCur = role ? labelCurrency(within(loose, cell, from - 1)) : undefined;
      }
    }
    if (role === undefined) {
      const to = firstStartAfter(f.end);
      if (!text.slice(f.end, to).includes(':')) role = classify(within(tokens.labels, f.end, to));
    }
    const firstOnLine = !figures.some((o) => o.end <= f.start && o.start >= lineStart(f.start));
    if (role === undefined && firstOnLine && blank(text, lineStart(f.start), f.start, /^[^\p{L}]*$/u)) {
      // The line above: the nearest non-blank one, when it has no figure of its own.
      let end = lineStart(f.start) - 1;
      while (end > 0 && blank(text, lineStart(end), end)) end = lineStart(end) - 1;
      const start = end > 0 ? lineStart(end) : 0;
      if (end > 0 && !figures.some((o) => o.start < end && o.end > start)) {
        role = classify(within(tokens.labels, start, end));
        labelCur = role ? labelCurrency(within(loose, start, end)) : undefined;
      }
    }
    return { ...base, labelCur, role };
  });

  // A crossed-out price copied next to the promotional one ("Fee $3.99 $0.00"):
  // the later figure, in the same currency and nothing but spaces between, is the one that applies.
  // A price followed by its change ("$8.52 USD −0.07") is a market quote.
  return labelled.map((c, i) => {
    const prev = labelled[i - 1];
    const next = labelled[i + 1];
    const nextFig = figures[i + 1];
    if (nextFig?.signed && blank(text, c.end, nextFig.start, /^\s*[+\-–]?$/) && c.role !== 'rateBase' && c.role !== 'rateQuote') {
      return { ...c, role: 'other' };
    }
    const promo = (a: Candidate | undefined, b: Candidate | undefined): boolean =>
      a !== undefined && b !== undefined && a.role !== 'rateBase' && a.role !== 'rateQuote' && b.role === undefined &&
      blank(text, a.end, b.start, /^[ \t]+$/) && (sameCurrency(a.cur, b.cur) || (a.cur === undefined && b.cur === undefined)) &&
      a.value !== undefined && b.value !== undefined;
    if (promo(c, next)) return { ...c, role: 'crossed' };
    if (promo(prev, c) && prev) return { ...c, role: prev.role, labelCur: prev.labelCur };
    return c;
  });
}

/** Finds the candidates for each field of a quote in `tokens`. */
export function findCandidates(tokens: Tokens): Candidates {
  const { figures, loose } = attachCurrencies(tokens);
  const { rates, pairs, claims } = findRates(tokens.text, figures, loose, tokens);
  const explicitCodes = new Set<string>();
  for (const c of tokens.currencies) if (c.ref.fromCode && c.ref.code) explicitCodes.add(c.ref.code);
  return {
    figures: labelFigures(tokens.text, figures, loose, tokens, claims),
    rates,
    pairs,
    freeCount: tokens.labels.filter((l) => l.kind === 'free').length,
    transfer: hasTransferWord(tokens.text),
    explicitCodes,
  };
}
