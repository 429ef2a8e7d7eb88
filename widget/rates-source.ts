/**
 * Reference rates from elsewhere: the widget's `rates-src` (a JSON file of mid
 * rates with its date and source, see core/rates.ts `validateRates`) and, in
 * the extension, the ECB's daily XML. Fetched without credentials, within a
 * time limit and a size limit, and checked before anything reads them.
 * Travels in `remit-data.js` (re-exported by data-source.ts), loaded by the
 * widget only on pages that set `rates-src` or `data-src`, so the widget
 * script does not carry it.
 *
 * Never rejects and never throws: every failure is `{ ok: false, error }`
 * (`rates_failed`), and the views keep amounts in the sending currency.
 */
import { parseEcbXml, validateRates, type RatesState } from '../core/index.ts';

export interface RatesLoadOptions {
  /** Milliseconds for the whole exchange; default 8,000. */
  readonly timeoutMs?: number;
  /** The fetch to use (tests, the extension); default the global one. */
  readonly fetch?: typeof fetch;
}

/** A rates file is a few kilobytes; anything past this is not one. */
const MAX_BYTES = 256 * 1024;
const FAILED: RatesState = { ok: false, error: 'rates_failed' };

/** The body of `url` as text, or null on any failure (HTTP error, timeout, too large, network). */
export async function fetchText(url: string, options: RatesLoadOptions = {}): Promise<string | null> {
  const ms = options.timeoutMs ?? 8_000;
  try {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms > 0 ? ms : 8_000);
    try {
      const response = await (options.fetch ?? fetch)(url, { credentials: 'omit', signal: controller.signal });
      if (!response.ok || Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) return null;
      // Read within the same time limit (a server that stalls mid-body is cut off by the
      // abort), and stop as soon as the body passes the size limit.
      const reader = response.body?.getReader();
      if (!reader) return null;
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        total += part.value.byteLength;
        if (total > MAX_BYTES) {
          controller.abort();
          return null;
        }
        chunks.push(part.value);
      }
      const bytes = new Uint8Array(total);
      chunks.reduce((at, c) => (bytes.set(c, at), at + c.byteLength), 0);
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } finally {
      clearTimeout(timer);
    }
  } catch {
    return null;
  }
}

/** Loads and checks a `rates-src` JSON file. */
export async function loadRates(url: string, options?: RatesLoadOptions): Promise<RatesState> {
  const text = await fetchText(url, options);
  if (text === null) return FAILED;
  try {
    return validateRates(JSON.parse(text));
  } catch {
    return FAILED;
  }
}

/** Loads and checks the ECB's daily reference rates XML (the extension passes its one allowed URL). */
export async function loadEcbRates(url: string, options?: RatesLoadOptions): Promise<RatesState> {
  const text = await fetchText(url, options);
  return text === null ? FAILED : parseEcbXml(text);
}

const cache = new Map<string, Promise<RatesState>>();

/** `loadRates` once per URL per page; a failure is not kept, so the next widget asks again. */
export function loadRatesOnce(url: string, options?: RatesLoadOptions): Promise<RatesState> {
  let pending = cache.get(url);
  if (!pending) {
    pending = loadRates(url, options);
    cache.set(url, pending);
    void pending.then((r) => {
      if (!r.ok) cache.delete(url);
    });
  }
  return pending;
}
