/**
 * Stage 1: reading tokens. Text in, an immutable list of what it holds out:
 * figures (with their values read), currency marks, labels, rate operators and
 * breaks between cells. Dates, times, phone and tracking numbers, percents and
 * durations are dropped here, so no later stage can take them for money.
 */
import { readNumber } from '../read-number.ts';
import { isoCurrencies, SIGNS, type SharedMark } from './currencies.ts';
import { isMonthName, labelPatterns, LETTER, ROLE_PRIORITY, type LabelKind } from './labels.ts';
import { QUOTE_LANGUAGES, type QuoteLang } from './types.ts';

export interface CurRef {
  /** ISO 4217 code; undefined while a shared mark (`$`, `FCFA`) is unsettled. */
  readonly code: string | undefined;
  /** Set for a shared mark. */
  readonly mark: SharedMark | undefined;
  /** From a three-letter code (beats a sign on the same figure: "$300.00 USD"). */
  readonly fromCode: boolean;
}

export interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Major units or a rate; undefined when the digits are not a well-formed number. */
  readonly value: number | undefined;
  /** Written with a sign glued to it ("+1,27", "−0.07"): a change or a debit, never a quote's figure. */
  readonly signed: boolean;
}
export interface CurrencyToken {
  readonly start: number;
  readonly end: number;
  readonly ref: CurRef;
}
export interface LabelToken {
  readonly start: number;
  readonly end: number;
  readonly kind: LabelKind;
  readonly lang: QuoteLang;
}
export interface OpToken {
  readonly start: number;
  readonly end: number;
  readonly op: 'eq' | 'per' | 'slash';
}
export interface BreakToken {
  readonly start: number;
  readonly end: number;
}

export interface Tokens {
  /** The normalised text every position refers to. */
  readonly text: string;
  readonly numbers: readonly NumberToken[];
  readonly currencies: readonly CurrencyToken[];
  readonly labels: readonly LabelToken[];
  readonly ops: readonly OpToken[];
  /** Cell breaks other than line ends: tabs, `|`, `·`, `;`, sentence ends. */
  readonly breaks: readonly BreakToken[];
}

/**
 * Unicode forms to plain ones: any decimal digit system to ASCII digits (as
 * `readNumber` reads them), Arabic decimal and group marks to `.` and `,`, every
 * kind of space to a space, line breaks to `\n`, CJK commas to `;`. Keeps length
 * changes out of the way by running before any position is taken.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u209f]/g, '') // footnote marks ("rate¹"), which NFKC would make digits
    .replace(/[，、]/g, ';')
    .normalize('NFKC') // full-width digits and ￥, and every no-break / thin space becomes a plain space
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '') // bidi and zero-width marks
    .replace(/\p{Nd}/gu, (d) => {
      const c = d.codePointAt(0) ?? 48;
      if (c < 128) return d;
      // Unicode lays out every decimal digit system as a run of 0-9 (the trick `readNumber` uses).
      let start = c;
      while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
      return String((c - start) % 10);
    })
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/\u2212/g, '-')
    .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n')
    // West African mobile money writes the CFA franc as an F glued to the figure ("50.000F"):
    // the franc sign, so it reads as a currency mark rather than a letter that voids the figure.
    .replace(/(\d)F(?![\p{L}\p{M}\d])/gu, '$1₣');
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let signRegex: RegExp | undefined;

function signPattern(): RegExp {
  signRegex ??= new RegExp(
    Object.keys(SIGNS)
      .sort((a, b) => b.length - a.length) // US$ before S$ before $
      .map((s) => {
        const e = escapeRegExp(s);
        // A mark starting or ending with a letter must not touch another letter ("MT" in "MTCN", "RM" in "FORM").
        const left = /^\p{L}/u.test(s) ? `(?<![${LETTER}])` : '';
        const right = /\p{L}$/u.test(s) ? `(?![${LETTER}])` : '';
        return left + e + right;
      })
      .join('|'),
    'g',
  );
  return new RegExp(signRegex.source, signRegex.flags);
}

/**
 * A number: grouped by spaces or apostrophes in exact thousands with an optional
 * decimal tail (1 000,00 / 1'000.50), or digits joined by `.` and `,`
 * (1,000.00 / 1.000,00 / 4,99 / 1,00,000), read by `readNumber`.
 */
const NUMBER = /\d{1,3}(?:[ '’]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*/g;

/** Runs of digit groups that are no money grouping: phone numbers, tracking numbers (`+63 917 123 4567`, `482 915 3306`, `1-800-325-6000`). */
const DIGIT_RUN = /(?<![\d.,])\+?\d{1,4}(?:(?:[ \-.]|[ ]?\([ ]?|[ ]?\)[ ]?)\d{1,6}){2,}(?![\d]|[.,]\d)/g;

/** Units that make a figure a duration, not money ("rate guaranteed for 24 hours", "24 h", "3-5 días"). */
const UNIT_AFTER =
  /^[ \t]?(?:h|hrs?|hours?|minutes?|mins?|days?|business days?|weeks?|months?|years?|seconds?|horas?|heures?|jours?|d[ií]as?|stunden?|std|tagen?|tage|minuten?|minutos?|ore|giorni|araw|oras|minuto|मिनट|घंटे|दिन|ساعة|ساعات|دقيقة|دقائق|يوم|أيام)(?![\p{L}\p{M}])/iu;

/** The word after a figure ("14 March", "14 de marzo", "14. März") and before it ("March 14", "marzo de 2026"), to ask `isMonthName`. */
const MONTH_AFTER = /^\.?[ \t]*(?:(?:de|of|del)[ \t]+)?([\p{L}\p{M}]+)/iu;
const MONTH_BEFORE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\.?[ \t]*(?:de[ \t]+)?$/iu;

type DecimalSep = '.' | ',';

/** Languages that write 4,99 (es is split: Mexico writes 4.99, Spain 4,99, so it does not vote). */
const COMMA_LANGS: ReadonlySet<QuoteLang> = new Set(['fr', 'de', 'pt', 'it']);
const DOT_LANGS: ReadonlySet<QuoteLang> = new Set(['en', 'zh', 'hi', 'tl', 'ar']);

/**
 * Which separator a number itself shows to be the decimal one, if it does:
 * both `.` and `,` (the last is decimal), one of them repeated (it groups, so the
 * other is decimal), or one not followed by exactly three digits (decimal).
 */
function decimalEvidence(raw: string): DecimalSep | undefined {
  if (/[ '’]/.test(raw)) {
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

function localeDecimal(locale: string | undefined): DecimalSep | undefined {
  if (locale === undefined) return undefined;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return part === ',' || part === '.' ? part : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text's decimal separator, for figures that do not show it themselves
 * (`1,000`, `1.000`). The text outranks the hint, since the hint may be the
 * user's locale while the page is in another: the figures that show it
 * (majority), then the labels' languages, then `locale`, then `.`.
 */
function textDecimal(raws: readonly string[], langs: readonly QuoteLang[], locale: string | undefined): DecimalSep {
  let dot = 0;
  let comma = 0;
  for (const raw of raws) {
    const e = decimalEvidence(raw);
    if (e === '.') dot++;
    else if (e === ',') comma++;
  }
  if (dot !== comma) return dot > comma ? '.' : ',';
  dot = langs.filter((l) => DOT_LANGS.has(l)).length;
  comma = langs.filter((l) => COMMA_LANGS.has(l)).length;
  if (dot !== comma) return dot > comma ? '.' : ',';
  return localeDecimal(locale) ?? '.';
}

/**
 * Major units from a number's digits with the decimal separator settled:
 * `readNumber` in a locale that writes that separator (en-IN also reads Indian
 * grouping, 1,00,000; de reads 1.000,00).
 */
function valueOf(raw: string, decimal: DecimalSep): number | undefined {
  if (/^0[.,]\d+$/.test(raw)) return Number(raw.replace(',', '.')); // 0,500 is never five hundred
  const n = readNumber(raw, decimal === '.' ? 'en-IN' : 'de');
  return n === null ? undefined : n;
}

/** Is a digit run a money grouping (1 000 000, 1.296.150) rather than a phone or tracking number? */
function moneyGrouping(run: string): boolean {
  return /^\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*(?:,\d+)?$/.test(run);
}

/** Reads the tokens of normalised `text`. `locale` only breaks decimal-separator ties. */
export function readTokens(text: string, locale: string | undefined): Tokens {
  // What already claimed each character: 0 free, 1 label, 2 currency, 3 digit run.
  const mask = new Uint8Array(text.length);
  const free = (start: number, end: number): boolean => mask.subarray(start, end).every((v) => v === 0);

  // Labels: all matches, then the earliest, longest non-overlapping ones; on a
  // tie the stronger kind ("Gesamtgebühren" is a fee, "Auszahlungsbetrag" what arrives).
  const found: LabelToken[] = [];
  for (const { kind, lang, re } of labelPatterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, kind, lang });
    }
  }
  const rank = (k: LabelKind): number => (k === 'free' ? -1 : ROLE_PRIORITY.indexOf(k));
  found.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind));
  const labels: LabelToken[] = [];
  let lastEnd = 0;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    mask.fill(1, f.start, f.end);
    labels.push(f);
  }

  // Currency signs and words, then three-letter codes (upper case only: "fee" or "all" in prose is no currency).
  const currencies: CurrencyToken[] = [];
  const signs = signPattern();
  for (let m = signs.exec(text); m; m = signs.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const meaning = SIGNS[m[0]];
    if (meaning === undefined) continue;
    // A sign inside a label word is part of the word, except Arabic and Chinese names, which outrank it.
    if (!free(start, end) && !/[\u0600-\u06ff\u4e00-\u9fff]/u.test(m[0])) continue;
    mask.fill(2, start, end);
    const shared = meaning.length !== 3 || !isoCurrencies().has(meaning);
    currencies.push({
      start,
      end,
      ref: shared ? { code: undefined, mark: meaning as SharedMark, fromCode: false } : { code: meaning, mark: undefined, fromCode: false },
    });
  }
  const codes = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g;
  for (let m = codes.exec(text); m; m = codes.exec(text)) {
    const start = m.index;
    const end = start + 3;
    if (!isoCurrencies().has(m[0]) || !free(start, end)) continue;
    mask.fill(2, start, end);
    currencies.push({ start, end, ref: { code: m[0], mark: undefined, fromCode: true } });
  }

  // Phone and tracking numbers.
  for (const m of text.matchAll(DIGIT_RUN)) {
    if (!moneyGrouping(m[0])) mask.fill(3, m.index, m.index + m[0].length);
  }

  // The languages whose month names make a figure a date: the labels', the locale's, English.
  const langs = new Set<QuoteLang>(['en', ...labels.map((l) => l.lang)]);
  const hinted = locale?.slice(0, 2).toLowerCase();
  if (hinted === 'fi' && locale?.toLowerCase().startsWith('fil')) langs.add('tl');
  else if ((QUOTE_LANGUAGES as readonly string[]).includes(hinted ?? '')) langs.add(hinted as QuoteLang);

  // Numbers, minus the ones that are parts of words, dates, times, ranges, percents, durations, phone numbers.
  const kept: { start: number; end: number; raw: string; signed: boolean }[] = [];
  for (const m of text.matchAll(new RegExp(NUMBER.source, 'g'))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const joins = /[/:\-–.]/;
    const junk =
      mask.subarray(start, end).some((v) => v === 3) ||
      (/[\p{L}\p{M}]/u.test(before) && mask[start - 1] === 0) || // X1, №5, P50
      (/[\p{L}\p{M}]/u.test(after) && mask[end] === 0) || // 24h, 2nd, 5k, 3月
      /^[ \t]?%/.test(text.slice(end)) ||
      /[#*№]/.test(before) ||
      after === '#' ||
      (joins.test(before) && /\d/.test(text[start - 2] ?? '')) || // 12/05, 10:30, 1-2, 13.03.2026
      (/[/:\-–]/.test(after) && /\d/.test(text[end + 1] ?? '')) ||
      (after === '.' && /\d/.test(text[end + 1] ?? '')) ||
      UNIT_AFTER.test(text.slice(end, end + 20)) ||
      isMonthName(MONTH_AFTER.exec(text.slice(end, end + 20))?.[1] ?? '', langs) ||
      isMonthName(MONTH_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '', langs);
    if (junk) continue;
    const signed = /[+\-–]/.test(before) && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? '');
    kept.push({ start, end, raw: m[0], signed });
  }

  const decimal = textDecimal(kept.map((k) => k.raw), labels.map((l) => l.lang), locale);
  const numbers: NumberToken[] = kept.map((k) => {
    const own = decimalEvidence(k.raw) ?? decimal;
    return { ...k, value: valueOf(k.raw, own) };
  });

  // Rate operators: `=`, arrows, `/`, "per"; not inside a label ("Cargo por envío" keeps its "por").
  const ops: OpToken[] = [];
  for (const m of text.matchAll(/=>|->|→|⇒|⟶|➔|➜|➝|≈|=|\/|(?<!\p{L})(?:per|por|pour)(?!\p{L})/giu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    ops.push({ start, end, op: m[0] === '/' ? 'slash' : /^\p{L}/u.test(m[0]) ? 'per' : 'eq' });
  }
  const breaks: BreakToken[] = [];
  for (const m of text.matchAll(/[\t|·•;‧∙。،؛।]|\.(?=\s)/g)) {
    if (!free(m.index, m.index + 1)) continue;
    breaks.push({ start: m.index, end: m.index + 1 });
  }
  currencies.sort((a, b) => a.start - b.start);
  return { text, numbers, currencies, labels, ops, breaks };
}
