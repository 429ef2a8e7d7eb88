/**
 * Reads a money-transfer quote from text the user selected on a provider's page
 * (the extension's "Check this quote" context-menu item). Pure: no DOM, no I/O.
 *
 * What it reads (any order, any mix, labels in en/es/fr/de/pt/it):
 *   Fee: $4.99 · 1 USD = 17.0500 MXN      Transfer fee 4.99 USD      Fee 4,99 €
 *   You send 1,000.00 USD                  Vous envoyez 1 000,00 EUR  Sie senden 1.000,00 €
 *   Recipient gets 3,410.00 MXN            Exchange rate: 1 GBP = 104.50 INR
 *   USD 1 = PHP 56.12    1 EUR → 1.0845 USD    $1 USD = MX$17.05    17.05 MXN per USD
 *   Rate: 17.05          0 fee / No fee / Fee: free      Exchange rate 1.00 USD = 17.0500 Mexican Peso (MXN)
 * Labels may sit before the figure ("Fee: 4.99"), after it ("4.99 fee"), or on the
 * line above it (pages copied as "label\nvalue"). Separators `·`, `|`, `•`, `;`
 * and line breaks are understood.
 *
 * Decisions on ambiguous text (each is also commented where it is made):
 * - A figure is money only with a currency (code or sign) or a label; a bare
 *   number ("17.05", "Order 12345") is not a quote.
 * - `1 X = n Y` (also `→`, `≈`, `per`, `Y/X`, or `1 X` directly above `n Y`) is a
 *   rate only when the left side is exactly 1. `200 USD = 3,410 MXN` is an amount
 *   and what arrives, not a rate.
 * - A rate written the other way round (`1 MXN = 0.0587 USD` when USD is sent)
 *   is inverted. Rates that disagree, or rates for different currency pairs, make
 *   the whole selection ambiguous (`quote_parse_ambiguous`); other conflicting
 *   figures (two different fees) only leave that field missing.
 * - The rate is never derived from amount and received: whether the fee is taken
 *   out of the amount is not in the text, so the quotient could be wrong.
 * - `MX$17.05` (and any figure in a currency sign) is the rate when it stands in a
 *   rate form (`$1 = MX$17.05`, `1 USD` above it, `Rate: MX$17.05`); otherwise it
 *   is an amount in MXN: what arrives if another currency is being sent (from the
 *   text or `hints.sendCurrency`), else the amount sent.
 * - An unlabelled figure in the send currency is the amount sent, in another
 *   currency what arrives; when several differ, neither is guessed.
 * - `$` and `¥` name many currencies. `US$`, `CA$`, `A$`, `MX$`, `R$`, `CN¥`,
 *   `JP¥`... do not. A bare sign is settled by, in order: the hint for its side,
 *   the currency the rest of the text gives that side (`Fee: $4.99 · 1 USD = ...`),
 *   the one currency code in the text written with that sign that is not the
 *   other side's, the region of `hints.locale` (`en-CA` -> CAD, `ja` -> JPY).
 *   Otherwise the currency is left missing and the UI asks. `£` is read as GBP.
 * - Currencies not in the text come from `hints`; figures labelled in the text
 *   win over hints, hints win over unlabelled figures.
 * - Values that are negative, zero where zero is meaningless (amount, rate,
 *   received), above 1e9, or not finite are refused: that field stays missing.
 */
import type { MessageKey } from './i18n/messages.ts';

/** Fields the UI asks for when they could not be read. */
export type QuoteField = 'amount' | 'fee' | 'rate' | 'sendCurrency' | 'receiveCurrency';

export interface ParsedQuote {
  /** Amount sent, major units of `sendCurrency` (200 = USD 200). */
  readonly amount?: number;
  /** Fee, major units of `sendCurrency`, or of `feeCurrency` when that is set. */
  readonly fee?: number;
  /** ISO 4217 code of the fee, set only when it differs from `sendCurrency`. */
  readonly feeCurrency?: string;
  /** Provider's rate: `receiveCurrency` units per one `sendCurrency` unit. */
  readonly rate?: number;
  /** ISO 4217, upper case. */
  readonly sendCurrency?: string;
  /** ISO 4217, upper case. */
  readonly receiveCurrency?: string;
  /** Amount the recipient gets, major units of `receiveCurrency`, when stated. */
  readonly received?: number;
  /** What could not be read, so the UI asks only for that. */
  readonly missing: readonly QuoteField[];
}

export type ParseQuoteError = Extract<
  MessageKey,
  'quote_parse_empty' | 'quote_parse_nothing_found' | 'quote_parse_too_long' | 'quote_parse_ambiguous'
>;

export type ParseQuoteResult =
  | { readonly ok: true; readonly quote: ParsedQuote }
  | { readonly ok: false; readonly error: ParseQuoteError };

export interface ParseQuoteHints {
  /** BCP 47 tag of the page or the user; breaks `1,000` / `1.000` ties and `$` / `¥` ties. */
  readonly locale?: string;
  /** ISO 4217 code the user sends, if known (used when the text does not say). */
  readonly sendCurrency?: string;
  /** ISO 4217 code the recipient gets, if known (used when the text does not say). */
  readonly receiveCurrency?: string;
}

/** Longest selection read, in characters (after trimming); a quote is a few lines. */
export const MAX_QUOTE_TEXT = 2000;
/** Largest value accepted, in major units or as a rate. */
export const MAX_QUOTE_VALUE = 1e9;

const FIELDS: readonly QuoteField[] = ['amount', 'fee', 'rate', 'sendCurrency', 'receiveCurrency'];

// ---------------------------------------------------------------------------
// Currencies

let isoSet: ReadonlySet<string> | undefined;

/** ISO 4217 codes this runtime knows (`Intl`), so "FEE" or "THE" is never a currency. */
function isoCurrencies(): ReadonlySet<string> {
  if (!isoSet) {
    let list: string[] = [];
    try {
      list = Intl.supportedValuesOf('currency');
    } catch {
      // Runtimes without it (none we ship to) read signs but no codes.
    }
    isoSet = new Set(list);
  }
  return isoSet;
}

function isoCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && isoCurrencies().has(code) ? code : undefined;
}

/** Signs shared by many currencies; which one is meant comes from context. */
type Sign = '$' | '¥';

/**
 * Currency signs as providers print them. `Intl` formats a code into a sign but
 * has no reverse lookup, and building one by formatting every currency gives
 * runtime-dependent answers (CLDR versions differ; `$` alone maps to 30 codes),
 * so this short table is unavoidable. Only signs seen on remittance pages.
 */
const SIGNS: Readonly<Record<string, string | Sign>> = {
  'US$': 'USD',
  'CA$': 'CAD',
  'AU$': 'AUD',
  'A$': 'AUD',
  'NZ$': 'NZD',
  'HK$': 'HKD',
  'S$': 'SGD',
  'MX$': 'MXN',
  'R$': 'BRL',
  'CN¥': 'CNY',
  'JP¥': 'JPY',
  '€': 'EUR',
  '£': 'GBP', // also EGP, SYP...; on a remittance page it is sterling
  '₹': 'INR',
  '₱': 'PHP',
  '₦': 'NGN',
  '₩': 'KRW',
  '₫': 'VND',
  '₵': 'GHS',
  '₴': 'UAH',
  '₺': 'TRY',
  '₽': 'RUB',
  '৳': 'BDT',
  '₪': 'ILS',
  $: '$',
  '¥': '¥',
};

/**
 * Region of a locale -> its currency, only for regions whose own currency is
 * written `$` or `¥`: the last resort for a bare sign (there is no region ->
 * currency lookup in `Intl`).
 */
const SIGN_REGIONS: Readonly<Record<string, string>> = {
  US: 'USD', EC: 'USD', SV: 'USD', PA: 'USD', PR: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD',
  SG: 'SGD', HK: 'HKD', MX: 'MXN', CO: 'COP', CL: 'CLP', AR: 'ARS', DO: 'DOP', JP: 'JPY', CN: 'CNY',
};

const narrowSymbols = new Map<string, string>();

/** Whether `code` is written with `sign` (MXN and CAD with `$`, CNY with `¥`), as `Intl` knows it. */
function writtenWith(sign: Sign, code: string | undefined): code is string {
  if (code === undefined) return false;
  let symbol = narrowSymbols.get(code);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
        .formatToParts(1);
      symbol = parts.find((p) => p.type === 'currency')?.value ?? '';
    } catch {
      symbol = '';
    }
    narrowSymbols.set(code, symbol);
  }
  return symbol === sign;
}

function localeCurrency(locale: string | undefined, sign: Sign): string | undefined {
  if (locale === undefined) return undefined;
  try {
    const loc = new Intl.Locale(locale);
    const byRegion = loc.region !== undefined ? SIGN_REGIONS[loc.region] : undefined;
    if (writtenWith(sign, byRegion)) return byRegion;
    // A bare `¥` on a Japanese or Chinese page even without a region.
    const byLanguage = sign === '¥' ? ({ ja: 'JPY', zh: 'CNY' } as Record<string, string>)[loc.language] : undefined;
    return writtenWith(sign, byLanguage) ? byLanguage : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Labels

type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';
/** What a labelled figure is. `other` figures (savings, limits, "we'll convert") are read and dropped. */
type Role = 'amount' | 'fee' | 'rate' | 'received' | 'total' | 'other';
type LabelKind = Role | 'free';

interface LabelDef {
  readonly kind: LabelKind;
  /** Language, when the word belongs to one; votes on the decimal separator. */
  readonly lang?: Lang;
  readonly pattern: string;
}

/**
 * Only the head words matter: words between a label and its figure are skipped
 * ("Fee for this transfer: $4.99"). Phrases are listed where a shorter word would
 * mean something else ("receive amount", "taxa de câmbio", "total fees" is read
 * as "total" + "fees").
 */
const LABELS: readonly LabelDef[] = [
  // Fee is zero. Labels, so "Fee: free" beats "Fee" (the longest match wins).
  {
    kind: 'free',
    lang: 'en',
    pattern:
      'no (?:transfer |service |upfront |hidden )?(?:fees?|charges?|commission)|zero fees?|' +
      '(?:transfer |service )?(?:fees?|charges?)[ \\t]*[:\\-–]?[ \\t]*(?:free|none|waived|nil)|' +
      'fee[- ]free|commission[- ]free|free of charge|free transfers?',
  },
  { kind: 'free', lang: 'es', pattern: 'sin (?:comisi[oó]n(?:es)?|cargos?|costo)' },
  { kind: 'free', pattern: 'gr[aá]tis' },
  { kind: 'free', lang: 'fr', pattern: 'sans (?:frais|commission)|frais[ \\t]*:?[ \\t]*(?:offerts|gratuits?|aucun)|gratuit[es]*' },
  { kind: 'free', lang: 'de', pattern: 'geb[üu]hrenfrei|kostenlos\\p{L}*|keine geb[üu]hren?' },
  { kind: 'free', lang: 'pt', pattern: 'sem (?:taxas?|tarifas?)|isent[oa] de taxas?' },
  { kind: 'free', lang: 'it', pattern: 'senza commissioni|gratuit[oa]' },

  { kind: 'fee', lang: 'en', pattern: 'fees?(?: amount)?|charges?' },
  { kind: 'fee', pattern: 'commissions?|tarifas?' },
  { kind: 'fee', lang: 'es', pattern: 'comisi[oó]n(?:es)?(?: (?:de|por) env[ií]o)?|cargos?(?: (?:de|por) (?:env[ií]o|servicio))?|costo de env[ií]o' },
  { kind: 'fee', lang: 'fr', pattern: 'frais' },
  { kind: 'fee', lang: 'de', pattern: '\\p{L}*geb[üu]hr(?:en)?|entgelt' },
  { kind: 'fee', lang: 'pt', pattern: 'taxas?(?: de (?:envio|servi[cç]o|transfer[eê]ncia))?' },
  { kind: 'fee', lang: 'it', pattern: 'commissioni' },

  { kind: 'total', pattern: 'total(?: amount| cost| to pay)?' },
  { kind: 'total', lang: 'en', pattern: 'you pay|pay|paying|charged' },
  { kind: 'total', lang: 'es', pattern: 'pagas|pagar[aá]s|a pagar' },
  { kind: 'total', lang: 'fr', pattern: 'payez|[àa] payer|montant total' },
  { kind: 'total', lang: 'de', pattern: 'gesamt\\p{L}*|zu zahlen|zahlen' },
  { kind: 'total', lang: 'pt', pattern: 'paga' },
  { kind: 'total', lang: 'it', pattern: 'totale|paghi' },

  { kind: 'received', lang: 'en', pattern: 'receiv\\p{L}*(?: amount)?|gets?|payout(?: amount)?' },
  { kind: 'received', lang: 'es', pattern: 'recib\\p{L}*' },
  { kind: 'received', lang: 'fr', pattern: 're[çc]oi[vt]\\p{L}*|recev\\p{L}*' },
  { kind: 'received', lang: 'de', pattern: 'erh[äa]lt|erhalten|bekommt|empf[äa]ng\\p{L}*' },
  { kind: 'received', lang: 'pt', pattern: 'receb\\p{L}*' },
  { kind: 'received', lang: 'it', pattern: 'ricev\\p{L}*' },

  { kind: 'rate', lang: 'en', pattern: 'rates?|fx' },
  { kind: 'rate', pattern: 'c[aâ]mbio' },
  { kind: 'rate', lang: 'es', pattern: 'tipo de cambio|tasa(?: de cambio)?' },
  { kind: 'rate', lang: 'fr', pattern: 'taux(?: de change)?' },
  { kind: 'rate', lang: 'de', pattern: 'wechselkurs|kurs' },
  { kind: 'rate', lang: 'pt', pattern: 'taxa de c[aâ]mbio|cota[cç][aã]o' },
  { kind: 'rate', lang: 'it', pattern: 'tasso(?: di cambio)?' },

  { kind: 'amount', lang: 'en', pattern: 'send(?:s|ing)?|sent|amount|principal' },
  { kind: 'amount', pattern: 'env[ií]as?|env[ií]an|enviar|enviad[oa]s?' },
  { kind: 'amount', lang: 'es', pattern: 'monto|importe' },
  { kind: 'amount', lang: 'fr', pattern: 'envoy(?:ez|er|[ée]e?s?)|montant' },
  { kind: 'amount', lang: 'de', pattern: 'senden|sendest|sendet|\\p{L}*betrag' },
  { kind: 'amount', lang: 'pt', pattern: 'valor' },
  { kind: 'amount', lang: 'it', pattern: 'invii|invia|inviare|inviato|importo' },

  {
    kind: 'other',
    lang: 'en',
    pattern: 'convert\\p{L}*|limits?|save[sd]?|savings?|discounts?|minimum|maximum|balance|bonus|cashback|promo\\p{L}*',
  },
];

/** On a tie (same start, same length) the earlier kind wins: "Gesamtbetrag" is a total, not an amount. */
const KIND_ORDER: readonly LabelKind[] = ['free', 'total', 'fee', 'received', 'rate', 'amount', 'other'];

let labelRegexes: readonly { readonly def: LabelDef; readonly re: RegExp }[] | undefined;

function compiledLabels(): readonly { readonly def: LabelDef; readonly re: RegExp }[] {
  labelRegexes ??= LABELS.map((def) => ({
    def,
    // \b does not know accented letters, hence the Unicode look-arounds.
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${def.pattern})(?!\\p{L})`, 'giu'),
  }));
  return labelRegexes;
}

// ---------------------------------------------------------------------------
// Tokens

interface CurRef {
  /** ISO 4217 code; undefined while a bare `$` / `¥` is unresolved. */
  code: string | undefined;
  /** Set for a bare ambiguous sign. */
  readonly sign: Sign | undefined;
  /** From a three-letter code (beats a sign on the same figure: "$300.00 USD"). */
  readonly fromCode: boolean;
}

interface LabelItem {
  readonly kind: 'label';
  readonly start: number;
  readonly end: number;
  readonly label: LabelKind;
  readonly lang: Lang | undefined;
}
interface CurItem {
  readonly kind: 'cur';
  readonly start: number;
  readonly end: number;
  readonly ref: CurRef;
  attached: boolean;
}
type MoneyRole = Role | 'rateBase' | 'rateQuote';
interface MoneyItem {
  readonly kind: 'money';
  /** Span including an attached currency. */
  start: number;
  end: number;
  readonly numStart: number;
  readonly numEnd: number;
  readonly raw: string;
  /** Grouped with spaces or apostrophes (1 000,00; 1'000.00). */
  readonly spaced: boolean;
  /** Major units or rate; undefined when refused. */
  value: number | undefined;
  cur: CurRef | undefined;
  role: MoneyRole | undefined;
}
interface OpItem {
  readonly kind: 'op';
  readonly start: number;
  readonly end: number;
  readonly op: 'eq' | 'per' | 'slash';
}
interface SepItem {
  readonly kind: 'sep';
  readonly start: number;
  readonly end: number;
}
type Item = LabelItem | CurItem | MoneyItem | OpItem | SepItem;

interface RateRecord {
  readonly value: number | undefined;
  readonly base: CurRef | undefined;
  readonly quote: CurRef | undefined;
}

/** What already claimed each character while lexing. */
const Mask = { Free: 0, Label: 1, Currency: 2 } as const;

/** Unicode forms and Arabic-Indic digits to plain ones, line breaks to `\n`; keeps the text short and simple to scan. */
function normalise(text: string): string {
  return text
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u209f]/g, '') // footnote marks ("rate¹"), which NFKC would make digits
    .normalize('NFKC') // full-width digits and ￥, and every no-break / thin space becomes a plain space
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let signRegex: RegExp | undefined;

function signPattern(): RegExp {
  if (!signRegex) {
    const alternatives = Object.keys(SIGNS)
      .sort((a, b) => b.length - a.length) // US$ before S$ before $
      .map((s) => (/^\p{L}/u.test(s) ? `(?<!\\p{L})${escapeRegExp(s)}` : escapeRegExp(s)));
    signRegex = new RegExp(alternatives.join('|'), 'gu');
  }
  return new RegExp(signRegex.source, signRegex.flags);
}

/**
 * A number: either grouped by spaces or apostrophes in exact thousands with an
 * optional decimal tail (1 000,00 / 1'000.50), or digits joined by `.` and `,`
 * (1,000.00 / 1.000,00 / 4,99 / 1,00,000), read later by `readNumber`.
 */
const NUMBER = /\d{1,3}(?:[ '’]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*/g;
/** Units that make a figure a duration, not money ("rate guaranteed for 24 hours"). */
const UNIT_AFTER =
  /^[ \t]?(?:hours?|hrs?|minutes?|mins?|days?|business days?|weeks?|months?|years?|seconds?|horas?|heures?|jours?|d[ií]as?|stunden?|tagen?|tage|minuten?|minutos?)(?!\p{L})/iu;

type DecimalSep = '.' | ',';

function lex(text: string): { items: Item[]; labels: LabelItem[] } {
  const mask = new Uint8Array(text.length);
  const items: Item[] = [];

  // Labels: all matches, then the earliest, longest, highest-priority non-overlapping ones.
  const found: { start: number; end: number; def: LabelDef }[] = [];
  for (const { def, re } of compiledLabels()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, def });
    }
  }
  found.sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || KIND_ORDER.indexOf(a.def.kind) - KIND_ORDER.indexOf(b.def.kind),
  );
  const labels: LabelItem[] = [];
  let lastEnd = 0;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    mask.fill(Mask.Label, f.start, f.end);
    labels.push({ kind: 'label', start: f.start, end: f.end, label: f.def.kind, lang: f.def.lang });
  }
  items.push(...labels);

  const free = (start: number, end: number): boolean => mask.subarray(start, end).every((v) => v === Mask.Free);

  // Currency signs, then three-letter codes (upper case only: "fee" or "all" in prose is no currency).
  const signs = signPattern();
  for (let m = signs.exec(text); m; m = signs.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const meaning = SIGNS[m[0]];
    if (meaning === undefined || !free(start, end)) continue;
    mask.fill(Mask.Currency, start, end);
    const ref: CurRef =
      meaning === '$' || meaning === '¥'
        ? { code: undefined, sign: meaning, fromCode: false }
        : { code: meaning, sign: undefined, fromCode: false };
    items.push({ kind: 'cur', start, end, ref, attached: false });
  }
  const codes = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g;
  for (let m = codes.exec(text); m; m = codes.exec(text)) {
    const start = m.index;
    const end = start + 3;
    if (!isoCurrencies().has(m[0]) || !free(start, end)) continue;
    mask.fill(Mask.Currency, start, end);
    items.push({ kind: 'cur', start, end, ref: { code: m[0], sign: undefined, fromCode: true }, attached: false });
  }

  // Numbers, minus the ones that are parts of words, dates, times, ranges, percents or durations.
  const numbers = new RegExp(NUMBER.source, 'g');
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const joins = /[/:\-–]/;
    const junk =
      (/\p{L}/u.test(before) && mask[start - 1] === Mask.Free) || // X1, №5
      (/\p{L}/u.test(after) && mask[end] === Mask.Free) || // 24h, 2nd, 5k
      after === '%' ||
      before === '#' ||
      (joins.test(before) && /\d/.test(text[start - 2] ?? '')) || // 12/05, 10:30, 1-2
      (joins.test(after) && /\d/.test(text[end + 1] ?? '')) ||
      UNIT_AFTER.test(text.slice(end, end + 20));
    if (junk) continue;
    items.push({
      kind: 'money',
      start,
      end,
      numStart: start,
      numEnd: end,
      raw: m[0],
      spaced: /[ '’]/.test(m[0]),
      value: undefined,
      cur: undefined,
      role: undefined,
    });
  }

  // Rate operators and separators.
  const ops = /=>|->|→|⇒|⟶|➔|➜|➝|≈|=|\/|(?<!\p{L})(?:per|por|pour)(?!\p{L})/giu;
  for (let m = ops.exec(text); m; m = ops.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const op = m[0] === '/' ? 'slash' : /^\p{L}/u.test(m[0]) ? 'per' : 'eq';
    items.push({ kind: 'op', start, end, op });
  }
  const seps = /[·•|;‧∙]/g;
  for (let m = seps.exec(text); m; m = seps.exec(text)) {
    items.push({ kind: 'sep', start: m.index, end: m.index + 1 });
  }

  items.sort((a, b) => a.start - b.start);
  return { items, labels };
}

// ---------------------------------------------------------------------------
// Numbers

/** Integer-part groups after splitting on the thousands separator: 1,000,000 or Indian 1,00,000. */
function validGroups(groups: readonly string[]): boolean {
  const first = groups[0];
  const last = groups[groups.length - 1];
  if (first === undefined || last === undefined || groups.length < 2) return false;
  if (first.length < 1 || first.length > 3 || last.length !== 3) return false;
  const middle = groups.slice(1, -1);
  if (middle.every((g) => g.length === 3)) return true;
  return first.length <= 2 && middle.every((g) => g.length === 2);
}

/**
 * Which separator a number itself shows to be the decimal one, if it does:
 * both `.` and `,` (the last is decimal), one of them repeated (it groups, so the
 * other is decimal), or one not followed by exactly three digits (decimal).
 */
function decimalEvidence(raw: string, spaced: boolean): DecimalSep | undefined {
  if (spaced) {
    const tail = /[.,](?=\d+$)/.exec(raw);
    return tail ? (tail[0] as DecimalSep) : undefined;
  }
  const dots = raw.split('.').length - 1;
  const commas = raw.split(',').length - 1;
  if (dots > 0 && commas > 0) return raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
  if (dots + commas === 0) return undefined;
  const sep: DecimalSep = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return sep === '.' ? ',' : '.';
  const [int = '', frac = ''] = raw.split(sep);
  if (frac.length !== 3 || int === '0' || int.length > 3) return sep;
  return undefined;
}

/**
 * Reads a number's digits and separators, in major units.
 *
 * The decimal/thousands rule:
 * 1. Space or apostrophe groups (1 000,00, 1'000.50): a final `.` or `,` is decimal.
 * 2. Both `.` and `,`: the last one is decimal, the other groups (1,000.00 / 1.000,00).
 * 3. One of them, repeated: it groups (1,000,000 / 1.000.000 / Indian 1,00,000).
 * 4. One of them, once, not followed by exactly three digits, or after a lone 0
 *    or after four or more digits: decimal (4,99 / 17.05 / 17.0500 / 0,500).
 * 5. Otherwise (1,000 / 1.000) it is the text's decimal separator only if the text
 *    uses that one as decimal (`decimal`); so `1,000` is a thousand in English text
 *    and `1.000` is a thousand in German text. See `decimalSeparator`.
 * Returns undefined for malformed groupings (dates like 17.05.2024).
 */
function readNumber(raw: string, spaced: boolean, decimal: DecimalSep): number | undefined {
  let plain: string;
  if (spaced) {
    const tail = /[.,](\d+)$/.exec(raw);
    const int = (tail ? raw.slice(0, tail.index) : raw).replace(/[ '’]/g, '');
    plain = tail ? `${int}.${tail[1] ?? ''}` : int;
  } else {
    const dots = raw.split('.').length - 1;
    const commas = raw.split(',').length - 1;
    if (dots > 0 && commas > 0) {
      const dec: DecimalSep = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
      const group = dec === '.' ? ',' : '.';
      const at = raw.lastIndexOf(dec);
      const int = raw.slice(0, at);
      if ((dec === '.' ? dots : commas) !== 1 || !validGroups(int.split(group))) return undefined;
      plain = `${int.split(group).join('')}.${raw.slice(at + 1)}`;
    } else if (dots + commas === 0) {
      plain = raw;
    } else {
      const sep: DecimalSep = dots > 0 ? '.' : ',';
      const parts = raw.split(sep);
      if (parts.length > 2) {
        if (!validGroups(parts)) return undefined;
        plain = parts.join('');
      } else {
        const [int = '', frac = ''] = parts;
        const isDecimal = frac.length !== 3 || int === '0' || int.length > 3 || sep === decimal;
        plain = isDecimal ? `${int}.${frac}` : `${int}${frac}`;
      }
    }
  }
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** Decimal separator of the locale, from `Intl`. */
function localeDecimal(locale: string | undefined): DecimalSep | undefined {
  if (locale === undefined) return undefined;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return part === ',' || part === '.' ? part : undefined;
  } catch {
    return undefined;
  }
}

/** Languages that write 4,99 (es is split: Mexico writes 4.99, Spain 4,99). */
const COMMA_LANGS: ReadonlySet<Lang> = new Set(['fr', 'de', 'pt', 'it']);

/**
 * The text's decimal separator, for case 5 of `readNumber`. The text outranks
 * the hint, since the hint may be the user's locale while the page is in another:
 * the numbers that show it (majority), then the labels' language
 * (German/French/Portuguese/Italian vs English), then `hints.locale`, then `.`.
 */
function decimalSeparator(money: readonly MoneyItem[], labels: readonly LabelItem[], locale: string | undefined): DecimalSep {
  let dot = 0;
  let comma = 0;
  for (const m of money) {
    const e = decimalEvidence(m.raw, m.spaced);
    if (e === '.') dot++;
    else if (e === ',') comma++;
  }
  if (dot !== comma) return dot > comma ? '.' : ',';
  dot = 0;
  comma = 0;
  for (const l of labels) {
    if (l.lang === 'en') dot++;
    else if (l.lang !== undefined && COMMA_LANGS.has(l.lang)) comma++;
  }
  if (dot !== comma) return dot > comma ? '.' : ',';
  return localeDecimal(locale) ?? '.';
}

// ---------------------------------------------------------------------------
// Structure

function blank(text: string, from: number, to: number, re: RegExp = /^\s*$/): boolean {
  return from <= to && re.test(text.slice(from, to));
}

/** Currencies attach to a figure written next to them: "$4.99", "4,99 €", "USD 1", "1,000\nUSD", "17.05 Mexican Peso (MXN)". */
function attachCurrencies(text: string, items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const m = items[i];
    if (m?.kind !== 'money') continue;
    const prev = items[i - 1];
    if (prev?.kind === 'cur' && !prev.attached && blank(text, prev.end, m.numStart, /^[ \t]{0,2}$/)) {
      prev.attached = true;
      m.cur = { ...prev.ref };
      m.start = prev.start;
    }
    const next = items[i + 1];
    if (next?.kind !== 'cur' || next.attached) continue;
    const gap = text.slice(m.numEnd, next.start);
    const sameLine = /^[ \t]*$/.test(gap);
    const ownLine = /^[ \t]*\n[ \t]*$/.test(gap) && /^[ \t]*(?:\n|$)/.test(text.slice(next.end)) && m.cur === undefined;
    const inParens = /^[ \t]*(?:\p{L}+[ \t]+){0,3}\($/u.test(gap) && text[next.end] === ')';
    if (!sameLine && !ownLine && !inParens) continue;
    // A code after a sign refines it ("$300.00 USD"); otherwise the first currency stays.
    if (m.cur !== undefined && !(next.ref.fromCode && !m.cur.fromCode)) continue;
    next.attached = true;
    m.cur = { ...next.ref };
    m.end = inParens ? next.end + 1 : next.end;
  }
  // A minus right before a figure ("-$5.00", "−5.00 USD") makes it negative: refused.
  for (const it of items) {
    if (it.kind !== 'money') continue;
    if (/[-−–]/.test(text[it.start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[it.start - 2] ?? '')) it.value = undefined;
  }
}

function sameCurrency(a: CurRef | undefined, b: CurRef | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a.code !== undefined || b.code !== undefined) return a.code === b.code;
  return a.sign === b.sign;
}

/** Finds rate forms; their figures are claimed so no label takes them. */
function findRates(text: string, seq: readonly Item[]): { rates: RateRecord[]; pairs: [CurRef, CurRef][] } {
  const rates: RateRecord[] = [];
  const pairs: [CurRef, CurRef][] = [];
  const claim = (base: MoneyItem | undefined, quote: MoneyItem, baseCur: CurRef | undefined, quoteCur: CurRef | undefined): void => {
    if (base) base.role = 'rateBase';
    quote.role = 'rateQuote';
    rates.push({ value: quote.value, base: baseCur, quote: quoteCur });
  };
  const unclaimed = (it: Item | undefined): it is MoneyItem => it?.kind === 'money' && it.role === undefined;

  // `1 X = n Y`, `1 X → n Y`: a rate only when the left side is exactly 1.
  for (let i = 1; i < seq.length - 1; i++) {
    const op = seq[i];
    const l = seq[i - 1];
    const r = seq[i + 1];
    if (op?.kind !== 'op' || op.op !== 'eq' || !unclaimed(l) || !unclaimed(r)) continue;
    if (l.value !== 1 || !blank(text, l.end, op.start) || !blank(text, op.end, r.start)) continue;
    claim(l, r, l.cur, r.cur);
  }
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i];
    const b = seq[i + 1];
    const c = seq[i + 2];
    // `17.05 MXN per USD`, `17.05 MXN/USD`, `17.05 MXN per 1 USD`.
    if (unclaimed(a) && a.cur && b?.kind === 'op' && b.op !== 'eq' && blank(text, a.end, b.start) && c) {
      if (c.kind === 'cur' && blank(text, b.end, c.start)) {
        claim(undefined, a, c.ref, a.cur);
        continue;
      }
      if (unclaimed(c) && c.value === 1 && c.cur && blank(text, b.end, c.start)) {
        a.role = 'rateQuote';
        c.role = 'rateBase';
        rates.push({ value: a.value, base: c.cur, quote: a.cur });
        continue;
      }
    }
    // `USD/MXN 17.05`, `USD/MXN: 17.05` (market convention: MXN per USD); `USD → MXN` alone is just the pair.
    if (a?.kind === 'cur' && b?.kind === 'op' && b.op !== 'per' && blank(text, a.end, b.start)) {
      const d = seq[i + 3];
      if (unclaimed(c) && c.cur && b.op === 'slash' && blank(text, b.end, c.start)) {
        claim(undefined, c, a.ref, c.cur);
      } else if (c?.kind === 'cur' && blank(text, b.end, c.start)) {
        if (b.op === 'slash' && unclaimed(d) && d.cur === undefined && blank(text, c.end, d.start, /^[\s:]*$/)) {
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
    const before = seq[i - 1];
    if (!unclaimed(l) || !unclaimed(r) || l.value !== 1 || !l.cur || !r.cur || sameCurrency(l.cur, r.cur)) continue;
    if (before?.kind === 'label' || before?.kind === 'money') continue;
    if (!blank(text, l.end, r.start, /^[ \t]*\n?[ \t]*$/)) continue;
    claim(l, r, l.cur, r.cur);
  }
  return { rates, pairs };
}

/**
 * Gives each label its figure: the next figure on the same line ("Fee: 4.99"),
 * else the figure right before it ("4.99 fee", "0 fee"), else the next figure on
 * a later line ("Fee\n4.99"). Never across another label, a `=`, or a `·`/`|`.
 * Returns how many "no fee" phrases were seen.
 */
function assignLabels(text: string, seq: readonly Item[]): number {
  let freeCount = 0;
  for (let i = 0; i < seq.length; i++) {
    const label = seq[i];
    if (label?.kind !== 'label') continue;
    if (label.label === 'free') {
      freeCount++;
      continue;
    }
    let next: MoneyItem | undefined;
    for (let j = i + 1; j < seq.length; j++) {
      const it = seq[j];
      if (it === undefined) break;
      if (it.kind === 'money') {
        next = it;
        break;
      }
      if (it.kind === 'cur' || (it.kind === 'op' && it.op !== 'eq')) continue;
      break;
    }
    const prev = seq[i - 1];
    const before = prev?.kind === 'money' && blank(text, prev.end, label.start, /^[ \t]*$/) ? prev : undefined;
    let target: MoneyItem | undefined;
    if (next && !text.slice(label.end, next.start).includes('\n')) {
      // The figure on the same line belongs to this label even when a rate form took it.
      target = next.role === undefined ? next : undefined;
    } else if (before?.role === undefined && before) {
      target = before;
    } else if (next?.role === undefined && next) {
      target = next;
    }
    if (target) target.role = label.label;
  }
  return freeCount;
}

// ---------------------------------------------------------------------------
// Reading

function distinct(values: readonly (number | undefined)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (v !== undefined && !out.includes(v)) out.push(v);
  return out;
}

function only(values: readonly (number | undefined)[]): number | undefined {
  const d = distinct(values);
  return d.length === 1 ? d[0] : undefined;
}

function firstCode(items: readonly MoneyItem[]): string | undefined {
  for (const m of items) if (m.cur?.code !== undefined) return m.cur.code;
  return undefined;
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

interface Context {
  readonly money: readonly MoneyItem[];
  readonly rates: readonly RateRecord[];
  readonly pairs: readonly (readonly [CurRef, CurRef])[];
  readonly hintSend: string | undefined;
  readonly hintReceive: string | undefined;
}

const withRole = (ctx: Context, role: MoneyRole | undefined): MoneyItem[] => ctx.money.filter((m) => m.role === role);

/**
 * Send currency: labelled amount, fee, total; a rate's base (or the hint when
 * the hint is one of the rate's two currencies, so `1 MXN = 0.0587 USD` with a
 * USD hint is read the right way round); the hint; an unlabelled figure that is
 * not in the hinted receive currency; a bare pair `USD → MXN`.
 */
function pickSend(ctx: Context): string | undefined {
  const labelled = firstCode(withRole(ctx, 'amount')) ?? firstCode(withRole(ctx, 'fee')) ?? firstCode(withRole(ctx, 'total'));
  if (labelled) return labelled;
  for (const r of ctx.rates) {
    const base = r.base?.code;
    const quote = r.quote?.code;
    if (ctx.hintSend !== undefined && (ctx.hintSend === base || ctx.hintSend === quote)) return ctx.hintSend;
    if (base) return base;
  }
  if (ctx.hintSend) return ctx.hintSend;
  // The first unlabelled figure with a currency; an unsettled `$` there leaves the
  // send currency unknown rather than handing it to the next figure ("$200 → ₱11,224").
  const loose = withRole(ctx, undefined).find((m) => m.cur !== undefined && (m.cur.code === undefined || m.cur.code !== ctx.hintReceive));
  if (loose) return loose.cur?.code;
  return ctx.pairs[0]?.[0].code;
}

/** Receive currency: the rate's other side, labelled received, a labelled rate's currency, the hint, an unlabelled figure in another currency, a bare pair. */
function pickReceive(ctx: Context, send: string | undefined): string | undefined {
  for (const r of ctx.rates) {
    const base = r.base?.code;
    const quote = r.quote?.code;
    if (base !== undefined && base === send && quote !== undefined) return quote;
    if (quote !== undefined && quote === send && base !== undefined) return base;
    if (base === undefined && quote !== undefined && quote !== send) return quote;
  }
  const labelled = firstCode(withRole(ctx, 'received'));
  if (labelled) return labelled;
  const rateCode = firstCode(withRole(ctx, 'rate'));
  if (rateCode !== undefined && rateCode !== send) return rateCode;
  if (ctx.hintReceive) return ctx.hintReceive;
  const loose = withRole(ctx, undefined).find((m) => m.cur?.code !== undefined && m.cur.code !== send);
  return loose?.cur?.code ?? ctx.pairs.find((p) => p[1].code !== send)?.[1].code;
}

const SEND_SIDE: ReadonlySet<MoneyRole | undefined> = new Set<MoneyRole | undefined>(['amount', 'fee', 'total', 'other', 'rateBase', undefined]);

/** Settles each bare `$` / `¥` (see the module comment for the order). */
function resolveSigns(ctx: Context, locale: string | undefined, explicitCodes: ReadonlySet<string>): void {
  const send0 = pickSend(ctx);
  const receive0 = pickReceive(ctx, send0);
  const refs: { ref: CurRef; sendSide: boolean }[] = [];
  for (const m of ctx.money) if (m.cur) refs.push({ ref: m.cur, sendSide: SEND_SIDE.has(m.role) });
  for (const r of ctx.rates) {
    if (r.base) refs.push({ ref: r.base, sendSide: true });
    if (r.quote) refs.push({ ref: r.quote, sendSide: false });
  }
  for (const { ref, sendSide } of refs) {
    const sign = ref.sign;
    if (sign === undefined || ref.code !== undefined) continue;
    const own = sendSide ? [ctx.hintSend, send0] : [ctx.hintReceive, receive0];
    const other = sendSide ? [ctx.hintReceive, receive0] : [ctx.hintSend, send0];
    let code = own.find((c) => writtenWith(sign, c));
    if (code === undefined) {
      const mentioned = [...explicitCodes].filter((c) => writtenWith(sign, c) && !other.includes(c));
      if (mentioned.length === 1) code = mentioned[0];
    }
    code ??= localeCurrency(locale, sign);
    ref.code = code;
  }
}

function parse(input: string, hints: ParseQuoteHints | undefined): ParseQuoteResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'quote_parse_empty' };
  if (trimmed.length > MAX_QUOTE_TEXT) return { ok: false, error: 'quote_parse_too_long' };
  const text = normalise(trimmed);

  const locale = typeof hints?.locale === 'string' && hints.locale.trim() !== '' ? hints.locale.trim() : undefined;
  const hintSend = isoCode(hints?.sendCurrency);
  const hintReceive = isoCode(hints?.receiveCurrency);

  const { items, labels } = lex(text);
  const money = items.filter((it): it is MoneyItem => it.kind === 'money');
  const decimal = decimalSeparator(money, labels, locale);
  for (const m of money) m.value = readNumber(m.raw, m.spaced, decimal);
  const explicitCodes = new Set<string>();
  for (const it of items) if (it.kind === 'cur' && it.ref.fromCode && it.ref.code) explicitCodes.add(it.ref.code);

  attachCurrencies(text, items);
  const seq = items.filter((it) => it.kind !== 'cur' || !it.attached);
  const { rates, pairs } = findRates(text, seq);
  const freeCount = assignLabels(text, seq);

  const ctx: Context = { money, rates, pairs, hintSend, hintReceive };
  resolveSigns(ctx, locale, explicitCodes);
  const sendCurrency = pickSend(ctx);
  const receiveCurrency = pickReceive(ctx, sendCurrency);

  const inRange = (v: number | undefined, allowZero: boolean): number | undefined =>
    v !== undefined && Number.isFinite(v) && (allowZero ? v >= 0 : v > 0) && v <= MAX_QUOTE_VALUE ? v : undefined;
  const inSend = (m: MoneyItem): boolean =>
    m.cur?.code === undefined
      ? sendCurrency === undefined || m.cur === undefined || m.cur.sign === undefined || writtenWith(m.cur.sign, sendCurrency)
      : m.cur.code === sendCurrency;

  // Amount: the labelled one; else the one unlabelled figure in the send currency.
  const amountItems = withRole(ctx, 'amount');
  const loose = withRole(ctx, undefined).filter((m) => m.cur !== undefined);
  let amount = only(amountItems.filter(inSend).map((m) => inRange(m.value, false)));
  if (amountItems.length === 0) amount = only(loose.filter(inSend).map((m) => inRange(m.value, false)));

  // Received: the labelled one; else the one unlabelled figure in the receive currency.
  const inReceive = (m: MoneyItem): boolean =>
    m.cur?.code === undefined ? m.cur?.sign === undefined || writtenWith(m.cur.sign, receiveCurrency) : m.cur.code === receiveCurrency;
  const receivedItems = withRole(ctx, 'received');
  let received = only(receivedItems.filter(inReceive).map((m) => inRange(m.value, false)));
  if (receivedItems.length === 0) {
    received = only(
      loose.filter((m) => m.cur?.code !== undefined && m.cur.code !== sendCurrency && m.cur.code === receiveCurrency).map((m) => inRange(m.value, false)),
    );
  }

  // Fee: labelled figures and "no fee" phrases must agree.
  const feeItems = withRole(ctx, 'fee');
  const fee = only([...feeItems.map((m) => inRange(m.value, true)), ...(freeCount > 0 ? [0] : [])]);
  const feeCode = fee !== undefined && fee > 0 ? firstCode(feeItems) : undefined;
  const feeCurrency = feeCode !== undefined && feeCode !== sendCurrency ? feeCode : undefined;

  // Rate: every rate form and labelled rate, turned to send -> receive.
  const direct: number[] = [];
  const inverse: number[] = [];
  let foreign = 0;
  const records: RateRecord[] = [
    ...rates,
    ...withRole(ctx, 'rate').map((m): RateRecord => ({ value: m.value, base: undefined, quote: m.cur })),
  ];
  for (const r of records) {
    const value = inRange(r.value, false);
    if (value === undefined) continue;
    const base = r.base?.code;
    const quote = r.quote?.code;
    const isDirect =
      (base === undefined || base === sendCurrency) && (quote === undefined || quote === receiveCurrency);
    const isInverse =
      (base === undefined || base === receiveCurrency) && (quote === undefined || quote === sendCurrency) &&
      (base !== undefined || quote !== undefined);
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

  if (amount === undefined && fee === undefined && rate === undefined && received === undefined) {
    return { ok: false, error: 'quote_parse_nothing_found' };
  }
  const fields = { amount, fee, rate, sendCurrency, receiveCurrency };
  const quote: ParsedQuote = {
    ...(amount !== undefined ? { amount } : {}),
    ...(fee !== undefined ? { fee } : {}),
    ...(feeCurrency !== undefined ? { feeCurrency } : {}),
    ...(rate !== undefined ? { rate } : {}),
    ...(sendCurrency !== undefined ? { sendCurrency } : {}),
    ...(receiveCurrency !== undefined ? { receiveCurrency } : {}),
    ...(received !== undefined ? { received } : {}),
    missing: FIELDS.filter((f) => fields[f] === undefined),
  };
  return { ok: true, quote };
}

/**
 * Reads a quote from selected text. Never throws; every number returned is
 * finite, within [0, 1e9], in major units (amount, fee, received) or
 * receive-currency units per send-currency unit (rate).
 */
export function parseQuote(text: string, hints?: ParseQuoteHints): ParseQuoteResult {
  if (typeof text !== 'string') return { ok: false, error: 'quote_parse_empty' };
  try {
    return parse(text, hints);
  } catch {
    // Selected text is arbitrary input and a context-menu action must not crash;
    // a bug here reads as "nothing found" rather than an exception.
    return { ok: false, error: 'quote_parse_nothing_found' };
  }
}
