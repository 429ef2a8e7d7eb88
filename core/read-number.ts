/**
 * Reading a number a person typed, in their locale: `1,000.50` in English,
 * `1.000,50` in Spanish, `1 000,50` in French, and `4,99` or `4.99` anywhere.
 *
 * Rule: a mark followed by exactly three digits in a well-formed grouping
 * (`1,000`, `12.345.678`) is the locale's group separator when it is that
 * locale's group mark; any other single `.` or `,` is the decimal mark. So
 * `1,000` is a thousand in English (and Mexican Spanish) and `1.000` a
 * thousand in Spain's Spanish, while `4,99` and `4.99` are always four and
 * ninety-nine hundredths, and `1,085` in French is one and 85 thousandths. Anything else
 * (letters, two decimal marks, `1,00,0`) is not a number: null.
 *
 * Any one Unicode digit system reads like ASCII (`١٥٠٠`, `۱۵۰۰`, `१५००`); a
 * mix of two in one number is refused. The Arabic marks are unambiguous:
 * `٬` only groups (so it must sit in a well-formed grouping), `٫` is always
 * the decimal mark. Bidi marks and `−` (U+2212), which Intl puts in its
 * output, are read as nothing and `-`, so a formatted figure copied back in
 * reads as the same number.
 *
 * Indian grouping (`1,50,000`, `12,34,567.89`) is read only in locales whose
 * own Intl grouping is Indian (hi, en-IN, ...): that is what those readers
 * see and type, while elsewhere such a figure is refused rather than read
 * by a rule the locale never shows its readers.
 */
const marks = new Map<string, { group: string; decimal: string; lakh: boolean }>();

function localeMarks(locale: string): { group: string; decimal: string; lakh: boolean } {
  let found = marks.get(locale);
  if (!found) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
    }
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      // `12,34,567`: the second integer group has two digits.
      lakh: parts.filter((p) => p.type === 'integer')[1]?.value.length === 2,
    };
    marks.set(locale, found);
  }
  return found;
}

const isDigit = (c: number) => /\p{Nd}/u.test(String.fromCodePoint(c));

/** A typed number in `locale`, or null when it is not one. Units are whatever the field asks for. */
export function readNumber(text: string, locale = 'en'): number | null {
  const { group, decimal, lakh } = localeMarks(locale);
  // `.` or `,` groups only where the locale groups with it: in French (which
  // groups with a space) `1,085` is a decimal, as a French reader means it.
  const groupMark = group === '.' ? '.' : group === ',' || group === '\u066c' ? ',' : '';
  const sep = groupMark || ',';
  let zero: number | undefined;
  let mixed = false;
  // Spaces of every kind (and the Swiss apostrophe) only ever group digits; bidi and zero-width marks are invisible.
  let s = String(text).replace(/[\s'\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const arabicGroup = s.includes('\u066c');
  s = s
    .replace(/\u2212/g, '-')
    .replace(/\u066c/g, sep)
    .replace(/\u066b/g, decimal === ',' ? ',' : '.')
    // Unicode lays out every decimal digit system as a run of 0-9, so a digit's value is its distance from its run's start.
    .replace(/\p{Nd}/gu, (d) => {
      const c = d.codePointAt(0)!;
      // ASCII digits may join one native system: a Latin keyboard editing `١٥٠٠`.
      if (c < 58) return d;
      let start = c;
      while (isDigit(start - 1)) start--;
      const v = (c - start) % 10;
      if ((zero ??= c - v) !== c - v) mixed = true;
      return String(v);
    });
  if (mixed || !/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const g = sep === '.' ? '\\.' : ',';
  const m = (groupMark || arabicGroup) && s.match(
    new RegExp(`^([+-]?(?:\\d{1,3}(?:${g}\\d{3})+${lakh ? `|\\d{1,2}(?:${g}\\d\\d)+${g}\\d{3}(?!${g})` : ''}))([.,]\\d*)?$`),
  );
  if (arabicGroup && !m) return null;
  // The decimal part never uses the group mark (`1,000,00` in English or Hindi is a typo, not 1000).
  if (m && m[2]?.[0] === sep) return null;
  // Where a space groups and a comma is the decimal mark (French, Portuguese of Portugal),
  // `1.500` could be either fifteen hundred or one and a half: ask rather than guess.
  if (!groupMark && decimal === ',' && /^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return null;
  const normal = m ? m[1]!.split(sep).join('') + (m[2] ?? '') : s;
  // What is left may hold one decimal mark, either kind.
  if ((normal.match(/[.,]/g) ?? []).length > 1) return null;
  const n = Number(normal.replace(',', '.'));
  return Number.isFinite(n) ? n + 0 : null;
}
