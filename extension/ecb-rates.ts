/**
 * The European Central Bank's daily reference rates, for showing money in the
 * receiving currency: off by default; on only after the user turns them on in
 * the options page, which asks for the one host permission they need
 * (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml) at that
 * moment. Fetched at most once a day and cached with their date; on failure
 * the last cached table (with its own date) or a clear message.
 *
 * Stored apart from the calculator's inputs (key `remit-rates`), so that the
 * store keeps only what the user chose about the calculation.
 */
import { ECB_DAILY_URL, type RateTable, type RatesState, validateRates } from '../core/index.ts';
import { loadEcbRates } from '../widget/rates-source.ts';
import type { Connector, KeyValueStorage } from './browser.ts';

export const RATES_KEY = 'remit-rates';

export interface RatesSetting {
  /** The user turned the ECB's rates on (and the browser granted the permission). */
  readonly on: boolean;
  /** The last table fetched and the local day (`YYYY-MM-DD`) it was fetched on. */
  readonly cached: { readonly day: string; readonly table: RateTable } | null;
}

const OFF: RatesSetting = { on: false, cached: null };

/** Today as a local `YYYY-MM-DD`: the cache is kept for the user's day. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The stored setting; anything unreadable is "off", never an error. */
export async function readRatesSetting(storage: KeyValueStorage): Promise<RatesSetting> {
  try {
    const raw: unknown = JSON.parse((await storage.getItem(RATES_KEY)) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return OFF;
    const { on, cached } = raw as { on?: unknown; cached?: { day?: unknown; table?: unknown } | null };
    const table = cached ? validateRates(cached.table) : null;
    const day = cached?.day;
    return {
      on: on === true,
      cached: table?.ok && typeof day === 'string' && /^\d{4}-\d\d-\d\d$/.test(day) ? { day, table: table.table } : null,
    };
  } catch {
    return OFF;
  }
}

export async function writeRatesSetting(storage: KeyValueStorage, setting: RatesSetting): Promise<void> {
  await storage.setItem(RATES_KEY, JSON.stringify(setting));
}

export interface EcbOptions {
  readonly url?: string;
  readonly today?: string;
  readonly timeoutMs?: number;
  /** Fetch again even when today's table is cached (the options page, right after turning them on). */
  readonly fresh?: boolean;
}

/**
 * The rates the views get: undefined when the user has not turned them on;
 * today's cached table; else a fresh fetch (cached on success); on failure
 * the last cached table, or `{ ok: false, error: 'ecb_rates_offline' }`.
 */
export async function ecbRates(conn: Connector, options: EcbOptions = {}): Promise<RatesState | undefined> {
  const setting = await readRatesSetting(conn.storage);
  if (!setting.on) return undefined;
  const today = options.today ?? localDay();
  if (setting.cached && setting.cached.day === today && !options.fresh) return { ok: true, table: setting.cached.table };
  const fetched = await loadEcbRates(options.url ?? ECB_DAILY_URL, {
    fetch: conn.fetch,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (fetched.ok) {
    await writeRatesSetting(conn.storage, { on: true, cached: { day: today, table: fetched.table } });
    return fetched;
  }
  return setting.cached ? { ok: true, table: setting.cached.table } : { ok: false, error: 'ecb_rates_offline' };
}

/**
 * Turns the ECB's rates on or off from the options page. Turning on asks for
 * the host permission first (call it straight from the click); refused, the
 * setting stays off and the answer is `ecb_rates_denied`. Turning off gives
 * the permission back and forgets the cached table.
 */
export async function setEcbRates(conn: Connector, on: boolean, options: EcbOptions = {}): Promise<RatesState | 'denied' | undefined> {
  const url = options.url ?? ECB_DAILY_URL;
  if (!on) {
    await writeRatesSetting(conn.storage, OFF);
    await conn.removeOrigin(url);
    return undefined;
  }
  // The permission prompt first, before any other await, so it stays part of the user's gesture.
  const granted = await conn.requestOrigin(url);
  if (!granted) return 'denied';
  const before = await readRatesSetting(conn.storage);
  await writeRatesSetting(conn.storage, { on: true, cached: before.cached });
  return ecbRates(conn, { ...options, fresh: true });
}
