/**
 * A synthetic provider-level RPW file for tests and the importer benchmark:
 *
 *   tsx scripts/make-rpw-fixture.ts N OUT     N data rows, written to OUT (CSV)
 *
 * Same columns, header names and value spellings as the World Bank's RPW
 * dataset exported to CSV (one row per service and quarter): several real
 * corridors (all in the bundle), quarters 2016_2Q-2025_1Q in file order as in
 * the published file, the four channels plus `Non-Bank FI`, transparent and
 * non-transparent services, fast and slow ones, a few empty USD 500 quotes.
 * Costs are consistent: total cost % = fee / amount x 100 + FX margin.
 * The figures are invented (a seeded PRNG): never use them as data.
 * Deterministic: the same N and seed give the same bytes. Written as a stream.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** The column order of the export. */
export const RPW_COLUMNS = [
  'period',
  'source_code',
  'source_name',
  'destination_code',
  'destination_name',
  'firm',
  'firm_type',
  'product',
  'payment instrument',
  'receiving method',
  'access point',
  'speed actual',
  'cc1 lcu amount',
  'cc1 lcu fee',
  'cc1 lcu fx rate',
  'inter lcu bank fx',
  'cc1 fx margin',
  'cc1 total cost %',
  'cc2 lcu amount',
  'cc2 lcu fee',
  'cc2 lcu fx rate',
  'cc2 fx margin',
  'cc2 total cost %',
  'transparent',
  'corridor',
];

/** Local currency units per USD, roughly (only to make amounts and rates look right). */
const PER_USD: Readonly<Record<string, number>> = {
  USD: 1, GBP: 0.79, AED: 3.6725, SAR: 3.75, EUR: 0.92, ZAR: 18.4, JPY: 150, KRW: 1350, CAD: 1.36, AUD: 1.52,
  MXN: 17.1, GTQ: 7.8, HNL: 24.7, DOP: 59, COP: 3950, INR: 83.2, PHP: 56.2, VND: 24600, CNY: 7.2, NGN: 1480,
  HTG: 132, PKR: 279, KES: 131, PLN: 4, BDT: 110, NPR: 133, EGP: 48.5, TRY: 32, RSD: 108, XOF: 603, ZWG: 13.6,
  MZN: 63.9, LSL: 18.4,
};

/** [from, to, source currency, destination currency, corridor cost level (x channel base)]. All in the bundle. */
const CORRIDORS = [
  ['USA', 'MEX', 'USD', 'MXN', 0.8], ['USA', 'GTM', 'USD', 'GTQ', 0.85], ['USA', 'SLV', 'USD', 'USD', 0.7],
  ['USA', 'HND', 'USD', 'HNL', 0.85], ['USA', 'DOM', 'USD', 'DOP', 0.9], ['USA', 'COL', 'USD', 'COP', 0.85],
  ['USA', 'IND', 'USD', 'INR', 0.9], ['USA', 'PHL', 'USD', 'PHP', 0.9], ['USA', 'VNM', 'USD', 'VND', 1],
  ['USA', 'CHN', 'USD', 'CNY', 1.3], ['USA', 'NGA', 'USD', 'NGN', 1.2], ['USA', 'HTI', 'USD', 'HTG', 1.1],
  ['GBR', 'IND', 'GBP', 'INR', 0.7], ['GBR', 'PAK', 'GBP', 'PKR', 0.75], ['GBR', 'NGA', 'GBP', 'NGN', 0.9],
  ['GBR', 'KEN', 'GBP', 'KES', 1], ['GBR', 'POL', 'GBP', 'PLN', 0.8], ['ARE', 'IND', 'AED', 'INR', 0.55],
  ['ARE', 'PAK', 'AED', 'PKR', 0.6], ['ARE', 'PHL', 'AED', 'PHP', 0.65], ['ARE', 'BGD', 'AED', 'BDT', 0.7],
  ['ARE', 'NPL', 'AED', 'NPR', 0.7], ['ARE', 'EGY', 'AED', 'EGP', 0.8], ['SAU', 'PAK', 'SAR', 'PKR', 0.6],
  ['SAU', 'IND', 'SAR', 'INR', 0.6], ['SAU', 'EGY', 'SAR', 'EGP', 0.75], ['SAU', 'BGD', 'SAR', 'BDT', 0.65],
  ['DEU', 'TUR', 'EUR', 'TRY', 0.95], ['DEU', 'SRB', 'EUR', 'RSD', 1.2], ['FRA', 'SEN', 'EUR', 'XOF', 1.1],
  ['ESP', 'COL', 'EUR', 'COP', 0.85], ['ZAF', 'ZWE', 'ZAR', 'ZWG', 2], ['ZAF', 'MOZ', 'ZAR', 'MZN', 2.2],
  ['ZAF', 'LSO', 'ZAR', 'LSL', 1.8], ['JPN', 'PHL', 'JPY', 'PHP', 1.4], ['JPN', 'CHN', 'JPY', 'CNY', 1.5],
  ['KOR', 'VNM', 'KRW', 'VND', 1.1], ['CAN', 'IND', 'CAD', 'INR', 0.9], ['CAN', 'PHL', 'CAD', 'PHP', 1],
  ['AUS', 'IND', 'AUD', 'INR', 1], ['AUS', 'VNM', 'AUD', 'VND', 1.1], ['ITA', 'BGD', 'EUR', 'BDT', 0.9],
] as const;

/** `YYYY_nQ` from 2016_2Q to 2025_1Q, as the dataset spells them. */
const QUARTERS = Array.from({ length: 36 }, (_, i) => {
  const n = i + 5; // 2016Q2 is quarter 5 counting from 2015Q1
  return `${2015 + Math.floor(n / 4)}_${(n % 4) + 1}Q`;
});

/**
 * [firm_type, share of services, channel cost level in % of USD 200, invented firm names].
 * `Non-Bank FI` is one of the firm types RPW lists that is none of the four channels.
 */
const FIRM_TYPES = [
  ['Money Transfer Operator', 0.5, 6, ['Remesa Rapida', 'GlobeSend', 'Northstar Money', 'Puente Transfers', 'SwiftHome Remit', 'Caravan Money', 'BlueRiver Pay', 'Atlas Remit']],
  ['Bank', 0.3, 11, ['First Harbour Bank', 'Union Meridian Bank', 'Cedar Commercial Bank', 'Pacific Crown Bank', 'Central Trust Bank']],
  ['Post office', 0.07, 7, ['National Post', 'PostalNet Money Order']],
  ['Mobile Operator', 0.08, 4, ['TeleWallet', 'SimCash Mobile']],
  ['Non-Bank FI', 0.05, 5, ['Coop Credit Union', 'Savings & Loans "Progreso"']],
] as const;

/** [speed actual, share]: five values count as 5 days or less for SmaRT, `6 days or more` does not. */
const SPEEDS = [
  ['Less than one hour', 0.35], ['Same day', 0.15], ['Next day', 0.15], ['2 days', 0.12], ['3-5 days', 0.15], ['6 days or more', 0.08],
] as const;

const PRODUCTS = ['Cash to cash', 'Account to account', 'Cash to account', 'Online to cash', 'Mobile to wallet'];
const INSTRUMENTS = ['Cash', 'Bank account', 'Debit card', 'Credit card', 'Cash,Debit card', 'Online banking'];
const RECEIVING = ['Cash', 'Bank account', 'Mobile wallet', 'Cash,Bank account', 'Home delivery'];
const ACCESS = ['Branch', 'Agent', 'Online', 'Mobile app', 'Branch,Online'];

/** World Bank spellings where they differ from the ISO names (some need CSV quoting). */
const WB_NAMES: Readonly<Record<string, string>> = { USA: 'United States', KOR: 'Korea, Rep.', EGY: 'Egypt, Arab Rep.', VNM: 'Viet Nam', TUR: 'Turkiye' };

/** mulberry32: a small, fast, seeded PRNG (floats in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One CSV field, quoted when it needs to be. */
function csv(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** `x` with `digits` decimals, as text (no exponent for the sizes used here). */
function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? s.slice(1) : s;
}

/** A rate with 6 significant digits. */
function rate(x: number): string {
  return String(Number(x.toPrecision(6)));
}

/** The generator of data rows (as CSV lines) for `rows` rows. */
export function* rpwFixtureLines(rows: number, seed = 20250101): Generator<string> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const weighted = <T extends readonly [unknown, number, ...unknown[]]>(list: readonly T[]): T => {
    let r = random();
    for (const item of list) {
      r -= item[1];
      if (r < 0) return item;
    }
    return list.at(-1) as T;
  };
  const names = new Map(CORRIDORS.flatMap(([from, to]) => [from, to]).map((code) => [code, WB_NAMES[code] ?? countries.getName(code, 'en') ?? code]));
  for (let i = 0; i < rows; i++) {
    // Rows run through the quarters in order, as in the published file.
    const qi = Math.floor((i * QUARTERS.length) / rows);
    const period = QUARTERS[qi] ?? '';
    const [from, to, sendCcy, receiveCcy, level] = pick(CORRIDORS);
    const [firmType, , base, firms] = weighted(FIRM_TYPES);
    const [speed] = weighted(SPEEDS);
    // Costs fall slowly over time; services spread around the corridor x channel level.
    const trend = 1.25 - (0.35 * qi) / (QUARTERS.length - 1);
    const target = Math.max(0.3, base * level * trend * (0.45 + random() * 1.1));
    const marginShare = random() < 0.1 ? -0.05 : random() * 0.6; // a few providers beat the interbank rate
    const margin = Number(fixed(target * marginShare, 4));
    const perSend = PER_USD[sendCcy] ?? 1;
    const perReceive = PER_USD[receiveCcy] ?? 1;
    const interbank = Number(rate((perReceive / perSend) * (sendCcy === receiveCcy ? 1 : 0.97 + random() * 0.06)));
    const offered = Number(rate(interbank * (1 - margin / 100)));
    const amount200 = Number(fixed(200 * perSend, 2));
    const amount500 = Number(fixed(500 * perSend, 2));
    const fee200 = Number(fixed(Math.max(0, ((target - margin) * amount200) / 100), 2));
    const fee500 = Number(fixed(fee200 * (1 + random() * 0.8), 2));
    const total200 = fee200 / amount200 * 100 + margin;
    const total500 = fee500 / amount500 * 100 + margin;
    const no500 = random() < 0.01; // the USD 500 block is sometimes empty in the published file
    const fields = [
      period,
      from,
      names.get(from),
      to,
      names.get(to),
      pick(firms),
      firmType,
      pick(PRODUCTS),
      pick(INSTRUMENTS),
      pick(RECEIVING),
      pick(ACCESS),
      speed,
      fixed(amount200, 2),
      fixed(fee200, 2),
      rate(offered),
      rate(interbank),
      fixed(margin, 4),
      fixed(total200, 4),
      no500 ? '' : fixed(amount500, 2),
      no500 ? '' : fixed(fee500, 2),
      no500 ? '' : rate(offered),
      no500 ? '' : fixed(margin, 4),
      no500 ? '' : fixed(total500, 4),
      random() < 0.12 ? 'no' : 'yes',
      `${from}${to}`,
    ];
    yield `${fields.map((f) => csv(f ?? '')).join(',')}\n`;
  }
}

/**
 * Write a fixture of `rows` data rows (plus the header) to `out`, streaming
 * with back-pressure. Creates the folder.
 */
export async function writeRpwFixture(rows: number, out: string, options: { seed?: number } = {}): Promise<{ rows: number; bytes: number; path: string }> {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const stream = createWriteStream(out);
  const closed = once(stream, 'close');
  let chunk = `${RPW_COLUMNS.map(csv).join(',')}\n`;
  for (const line of rpwFixtureLines(rows, options.seed)) {
    chunk += line;
    if (chunk.length > 1 << 16) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await closed;
  return { rows, bytes: stream.bytesWritten, path: resolve(out) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [n, out] = process.argv.slice(2);
  const rows = Number(n);
  if (!out || !Number.isInteger(rows) || rows < 0) {
    console.error('usage: tsx scripts/make-rpw-fixture.ts N OUT   (N data rows, written to OUT)');
    process.exitCode = 2;
  } else {
    const written = await writeRpwFixture(rows, out);
    console.log(`${out}: ${written.rows} rows, ${written.bytes} bytes`);
  }
}
