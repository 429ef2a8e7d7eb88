/**
 * Currency marks in quote text: ISO codes (as `Intl` knows them), the signs and
 * short words providers print, and how a mark shared by several currencies
 * (`$`, `¥`, `FCFA`, `Rs`, `ريال`...) is settled. Pure lookups, no state but caches.
 */

let isoSet: ReadonlySet<string> | undefined;

/** ISO 4217 codes this runtime knows (`Intl`), so "FEE" or "THE" is never a currency. */
export function isoCurrencies(): ReadonlySet<string> {
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

/** An ISO 4217 code from untrusted input (a hint), upper-cased, or undefined. */
export function isoCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && isoCurrencies().has(code) ? code : undefined;
}

/** A mark that names several currencies; which one is meant comes from context. */
export type SharedMark = '$' | '¥' | 'CFA' | 'Rs' | 'riyal' | 'pound' | 'dirham' | 'dinar' | 'rupee';

/**
 * The currencies a shared mark may stand for. `$` and `¥` are asked of `Intl`
 * (every code it writes that way); the others have no `Intl` reverse either,
 * so they list the currencies that print them (CLDR's local symbols).
 */
const SHARED: Readonly<Record<Exclude<SharedMark, '$' | '¥'>, readonly string[]>> = {
  CFA: ['XOF', 'XAF'],
  Rs: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  rupee: ['INR', 'NPR'],
  riyal: ['SAR', 'QAR', 'OMR', 'YER'],
  pound: ['EGP', 'SDG', 'LBP', 'SYP'],
  dirham: ['AED', 'MAD'],
  dinar: ['KWD', 'JOD', 'BHD', 'IQD', 'TND', 'DZD', 'LYD'],
};

/**
 * Currency signs and short local names as providers, receipts and text messages
 * print them. `Intl` formats a code into a sign but has no reverse lookup, and
 * building one by formatting every currency gives runtime-dependent answers
 * (CLDR versions differ; `$` alone maps to 30 codes), so this table is
 * unavoidable. Only marks seen on remittance pages and mobile-money messages.
 * Marks made of letters only count when no letter touches them.
 */
export const SIGNS: Readonly<Record<string, string | SharedMark>> = {
  'US$': 'USD', 'CA$': 'CAD', 'AU$': 'AUD', 'A$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'NT$': 'TWD', 'S$': 'SGD',
  'MX$': 'MXN', 'RD$': 'DOP', 'R$': 'BRL', 'CN¥': 'CNY', 'JP¥': 'JPY',
  '€': 'EUR', '£': 'GBP', // `£` is also EGP, SYP...: on a remittance page it is sterling; Arabic pages write جنيه
  '₹': 'INR', '₱': 'PHP', '₦': 'NGN', '₩': 'KRW', '₫': 'VND', '₴': 'UAH', '₺': 'TRY', '₽': 'RUB', '৳': 'BDT', '₪': 'ILS',
  '₡': 'CRC', '₲': 'PYG', '₸': 'KZT', '₾': 'GEL',
  // `Intl` writes the cedi `GH₵`; pages also write `GH¢`, and `₵` alone.
  'GH₵': 'GHS', 'GH¢': 'GHS', '₵': 'GHS',
  // East and southern African mobile money (M-Pesa, MTN MoMo, Airtel, Unitel).
  Ksh: 'KES', KSh: 'KES', Kshs: 'KES', TSh: 'TZS', Tsh: 'TZS', USh: 'UGX', Ush: 'UGX', MT: 'MZN', Mt: 'MZN', Kz: 'AOA',
  Rp: 'IDR', RM: 'MYR', Tk: 'BDT', 'S/': 'PEN', 'zł': 'PLN',
  FCFA: 'CFA', 'F CFA': 'CFA', '₣': 'CFA',
  Rs: 'Rs', 'Rs.': 'Rs', '₨': 'Rs',
  'रु': 'rupee', 'रु.': 'rupee', 'रुपये': 'INR', 'रुपए': 'INR',
  // Arabic: abbreviations, full names and the bare words.
  'ر.س': 'SAR', 'د.إ': 'AED', 'د.ك': 'KWD', 'ج.م': 'EGP', 'ر.ق': 'QAR', 'ر.ع': 'OMR', 'د.ب': 'BHD', 'د.أ': 'JOD',
  'ريال سعودي': 'SAR', 'ريال قطري': 'QAR', 'ريال عماني': 'OMR', 'درهم إماراتي': 'AED', 'درهم مغربي': 'MAD',
  'جنيه مصري': 'EGP', 'دينار كويتي': 'KWD', 'دينار أردني': 'JOD', 'دينار بحريني': 'BHD',
  'ريال': 'riyal', 'جنيه': 'pound', 'درهم': 'dirham', 'دينار': 'dinar',
  // Chinese names of the currencies of the main corridors from China and Hong Kong.
  '美元': 'USD', '人民币': 'CNY', '人民幣': 'CNY', '港币': 'HKD', '港幣': 'HKD', '日元': 'JPY', '欧元': 'EUR', '歐元': 'EUR',
  $: '$', '¥': '¥',
};

/**
 * Region -> its currency, only for regions whose own currency is written with a
 * shared mark: the last resort for a bare `$`, `FCFA`, `ريال`... (there is no
 * region -> currency lookup in `Intl`).
 */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD', EC: 'USD', SV: 'USD', PA: 'USD', PR: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD',
  MX: 'MXN', CO: 'COP', CL: 'CLP', AR: 'ARS', DO: 'DOP', JP: 'JPY', CN: 'CNY', TW: 'TWD',
  SN: 'XOF', CI: 'XOF', ML: 'XOF', BF: 'XOF', NE: 'XOF', TG: 'XOF', BJ: 'XOF', GW: 'XOF',
  CM: 'XAF', GA: 'XAF', CG: 'XAF', TD: 'XAF', CF: 'XAF', GQ: 'XAF',
  IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR',
  SA: 'SAR', QA: 'QAR', OM: 'OMR', YE: 'YER', EG: 'EGP', SD: 'SDG', LB: 'LBP', SY: 'SYP', AE: 'AED', MA: 'MAD',
  KW: 'KWD', JO: 'JOD', BH: 'BHD', IQ: 'IQD', TN: 'TND', DZ: 'DZD', LY: 'LYD',
};

const narrowSymbols = new Map<string, string>();

function narrowSymbol(code: string): string {
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
  return symbol;
}

/** Whether `code` may be what `mark` stands for (MXN and CAD for `$`, CNY for `¥`, XOF for `FCFA`). */
export function markMayBe(mark: SharedMark, code: string | undefined): code is string {
  if (code === undefined) return false;
  if (mark === '$' || mark === '¥') return narrowSymbol(code) === mark;
  return SHARED[mark].includes(code);
}

/** The currency of the locale's region when `mark` may stand for it (`en-US` and `$` -> USD, `fr-SN` and `FCFA` -> XOF). */
export function localeCurrency(locale: string | undefined, mark: SharedMark): string | undefined {
  if (locale === undefined) return undefined;
  try {
    const loc = new Intl.Locale(locale);
    const byRegion = loc.region !== undefined ? REGION_CURRENCY[loc.region] : undefined;
    if (markMayBe(mark, byRegion)) return byRegion;
    // A bare `¥` on a Japanese or Chinese page even without a region; `रु` in Hindi is the rupee of India.
    const byLanguage = ({ ja: 'JPY', zh: 'CNY', hi: 'INR' } as Readonly<Record<string, string>>)[loc.language];
    return markMayBe(mark, byLanguage) ? byLanguage : undefined;
  } catch {
    return undefined;
  }
}
