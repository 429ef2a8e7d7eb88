/**
 * Reading a number a person typed, in their locale: `1,000.50` in English,
 * `1.000,50` in Spanish, `1 000,50` in French, and `4,99` or `4.99` anywhere.
 *
 * Rule: a mark followed by exactly three digits in a well-formed grouping
 * (`1,000`, `12.345.678`) is the locale's group separator when it is that
 * locale's group mark; any other single `.` or `,` is the decimal mark. So
 * `1,000` is a thousand in English and `1.000` a thousand in Spanish, while
 * `4,99` and `4.99` are always four and ninety-nine hundredths. Anything else
 * (letters, two decimal marks, `1,00,0`) is not a number: null.
 */
const marks = new Map<string, { group: string; decimal: string }>();

function localeMarks(locale: string): { group: string; decimal: string } {
  let found = marks.get(locale);
  if (!found) {
    let parts: Intl.NumberFormatPart[] = [];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(12345.6);
    }
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    marks.set(locale, found);
  }
  return found;
}

/** A typed number in `locale`, or null when it is not one. Units are whatever the field asks for. */
export function readNumber(text: string, locale = 'en'): number | null {
  // Spaces of every kind (and the Swiss apostrophe) only ever group digits.
  const s = String(text).trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const { group } = localeMarks(locale);
  const groupMark = group === '.' ? '.' : ',';
  const escaped = groupMark === '.' ? '\\.' : ',';
  const grouped = new RegExp(`^[+-]?\\d{1,3}(${escaped}\\d{3})+([.,]\\d*)?$`);
  let normal = s;
  if (grouped.test(s)) {
    const [whole = '', ...rest] = s.split(groupMark === '.' ? /\.(?=\d{3}(?:\D|$))/ : /,(?=\d{3}(?:\D|$))/);
    normal = whole + rest.join('');
  }
  // What is left may hold one decimal mark, either kind.
  if ((normal.match(/[.,]/g) ?? []).length > 1) return null;
  const n = Number(normal.replace(',', '.'));
  return Number.isFinite(n) ? n + 0 : null;
}
