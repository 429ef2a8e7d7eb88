/**
 * Country codes. The bundle knows each country in the data by ISO 3166-1
 * alpha-3 (World Bank `KSV` for Kosovo) with its alpha-2 and currency; names
 * come from `Intl.DisplayNames` in the reader's locale, never from a table.
 */
import type { Bundle } from './data/types.ts';
import { hasOwn } from './has-own.ts';

interface CountryIndex {
  readonly byAlpha2: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Bundle, CountryIndex>();

function index(bundle: Bundle): CountryIndex {
  let found = indexes.get(bundle);
  if (!found) {
    const byAlpha2 = new Map<string, string>();
    for (const [alpha3, [alpha2]] of Object.entries(bundle.countries)) byAlpha2.set(alpha2, alpha3);
    found = { byAlpha2 };
    indexes.set(bundle, found);
  }
  return found;
}

/**
 * The alpha-3 code of a country given as alpha-2 or alpha-3 in any case
 * (`us`, `USA`, `xk`, `KSV`), or null when the bundle does not know it.
 */
export function toAlpha3(code: unknown, bundle: Bundle): string | null {
  if (typeof code !== 'string') return null;
  const upper = code.trim().toUpperCase();
  if (upper.length === 3) return hasOwn(bundle.countries, upper) ? upper : null;
  if (upper.length === 2) return index(bundle).byAlpha2.get(upper) ?? null;
  return null;
}

/** The alpha-2 code of a known alpha-3 code (`MEX` -> `MX`). */
export function toAlpha2(alpha3: string, bundle: Bundle): string | null {
  return hasOwn(bundle.countries, alpha3) ? (bundle.countries[alpha3]?.[0] ?? null) : null;
}

/** The ISO 4217 currency of a known alpha-3 code (`MEX` -> `MXN`). */
export function currencyOf(alpha3: string, bundle: Bundle): string | null {
  return hasOwn(bundle.countries, alpha3) ? (bundle.countries[alpha3]?.[1] ?? null) : null;
}

const names = new Map<string, Intl.DisplayNames>();

/** A country's name in `locale` through `Intl.DisplayNames`, falling back to the code. */
export function countryName(alpha3: string, locale: string, bundle: Bundle): string {
  const alpha2 = toAlpha2(alpha3, bundle);
  if (!alpha2) return alpha3;
  // The Netherlands Antilles (dissolved 2010) is in the 2011-2015 DataBank
  // series; its withdrawn code AN is now reused for Curacao by CLDR, so
  // Intl would name it wrongly. The one name core spells itself.
  if (alpha2 === 'AN') return 'Netherlands Antilles';
  let dn = names.get(locale);
  if (!dn) {
    try {
      dn = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      dn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    }
    names.set(locale, dn);
  }
  try {
    return dn.of(alpha2) ?? alpha3;
  } catch {
    return alpha3;
  }
}
