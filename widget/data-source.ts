/**
 * A data bundle hosted elsewhere (an NGO's own site, through the widget's
 * `data-src` attribute): fetched without credentials, within a time limit and
 * a size limit, decoded, parsed and validated before anything reads it.
 *
 * Never rejects and never throws: every failure is `{ ok: false, error:
 * 'error_data_load', cause }`, and the caller keeps the figures it already
 * has. The body is read as a stream and the request is aborted as soon as it
 * passes `maxBytes`, so a huge (or endless) response is neither downloaded in
 * full nor parsed.
 */
import type { Bundle, MessageKey } from '../core/index.ts';
import { checkBundleInSteps, type BundleCheck, createPrescan, createJsonParser, type JsonStep } from '../core/index.ts';

export type LoadFailure = 'http' | 'timeout' | 'too_large' | 'invalid' | 'network';
/** A bundle loaded, or not: `error` for the reader (who keeps the figures shown), `cause` for logs and tests. */
export type LoadResult =
  | { readonly ok: true; readonly bundle: Bundle }
  | { readonly ok: false; readonly error: Extract<MessageKey, 'error_data_load'>; readonly cause: LoadFailure };

const failed = (cause: LoadFailure): LoadResult => ({ ok: false, error: 'error_data_load', cause });

export interface LoadOptions {
  /** Milliseconds for the whole exchange, headers and body; default 8,000. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes; default 5 MB. */
  readonly maxBytes?: number;
  /** The fetch to use (tests); default the global one. */
  readonly fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 8_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Why the exchange was cut short by us, so the abort is reported as what it was. */
type Cut = 'timeout' | 'too_large' | null;

/** Fetches, size-limits, parses and validates a bundle. Never rejects. */
export async function loadBundle(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
  const doFetch = options.fetch ?? globalThis.fetch;
  let cut: Cut = null;
  let controller: AbortController;
  try {
    controller = new AbortController();
  } catch {
    return failed('network');
  }
  /** Aborts the exchange; `why` says it was cut short by a limit, none that it is merely released. */
  const stop = (why?: Exclude<Cut, null>) => {
    if (why) cut ??= why;
    try {
      controller.abort();
    } catch {
      /* already aborted */
    }
  };
  const timer = setTimeout(() => stop('timeout'), timeoutMs);
  try {
    if (typeof doFetch !== 'function') return failed('network');
    let response: Response;
    try {
      response = await doFetch(url, {
        credentials: 'omit',
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
    } catch {
      return failed(cut ?? 'network');
    }
    if (!response.ok) {
      stop(); // releases the connection; the body is not wanted
      return failed('http');
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      stop('too_large');
      return failed('too_large');
    }
    // The body is decoded and looked at as it arrives: a structure no bundle can contain (too
    // deep, too many values or items, too long a string) stops the download there, before
    // anything is built from it. Then parse and validate in short tasks, so the page stays
    // responsive for any body up to 5 MB (`npm run bench` measures the longest task): one
    // JSON.parse call cannot be cut, and took up to 470 ms for bodies within every limit.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const prescan = createPrescan();
    const parts: string[] = [];
    const text = await readLimited(response, maxBytes, (chunk) => {
      try {
        const part = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
        parts.push(part);
        return prescan.push(part) === null;
      } catch {
        return false; // not UTF-8
      }
    });
    if (text === 'too_large') {
      stop('too_large');
      return failed('too_large');
    }
    if (text === 'refused') {
      stop();
      return failed('invalid');
    }
    if (text === 'failed') return failed(cut ?? 'network');
    if (cut) return failed(cut);
    const bundle = await inTurn(() => readBundle(parts.join('')));
    return bundle ? { ok: true, bundle } : failed('invalid');
  } catch {
    return failed(cut ?? 'network');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Parses `text`, then scans and builds it, in slices of about SLICE_MS, each
 * in a task of its own; null when it is not a valid bundle. The caller renders
 * the new figures in a task of its own too, not after the build in this one.
 */
async function readBundle(text: string): Promise<Bundle | null> {
  const parser = createJsonParser(text);
  let parsed: JsonStep;
  do {
    await nextTask();
    const deadline = now() + SLICE_MS;
    parsed = parser.step(() => now() > deadline);
  } while (!parsed.done);
  if (!parsed.ok) return null;
  const check = checkBundleInSteps(parsed.value);
  let checked: BundleCheck | null;
  do {
    await nextTask();
    const deadline = now() + SLICE_MS;
    checked = check.step(() => now() > deadline);
  } while (!checked);
  await nextTask();
  return checked.ok ? checked.bundle : null;
}

/** The last body in turn; none until the first (nothing runs at import: the widget script imports this module for `resolveDataSrc`). */
let queue: Promise<unknown> | undefined;
/**
 * Runs `work` after every body before it is read: eight widgets reading eight
 * bodies at once would hold eight parsed copies in memory together, and the
 * garbage collector's pauses (inside the page's tasks) grow with what is live.
 */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = queue ? queue.then(work, work) : work();
  queue = run.then(
    () => {},
    () => {},
  );
  return run;
}

/** Lets the browser run other tasks (input, rendering) before going on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of parsing or checking per task: well under the 200 ms goal, with room for a garbage collection inside. */
const SLICE_MS = 15;
const now = () => (globalThis.performance ?? Date).now();

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Reads the body chunk by chunk into `take` (then once with null at the end),
 * stopping (and cancelling) past `maxBytes` or when `take` returns false.
 */
async function readLimited(
  response: Response,
  maxBytes: number,
  take: (chunk: Uint8Array | null) => boolean,
): Promise<'done' | 'too_large' | 'refused' | 'failed'> {
  const body = response.body;
  if (!body) return take(null) ? 'done' : 'refused';
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return take(null) ? 'done' : 'refused';
      if (!(value instanceof Uint8Array)) return 'failed';
      total += value.byteLength;
      const why = total > maxBytes ? 'too_large' : take(value) ? null : 'refused';
      if (why) {
        reader.cancel().catch(() => {});
        return why;
      }
    }
  } catch {
    return 'failed';
  }
}

/** Bundles by URL, so several widgets with the same `data-src` fetch it once. */
const cache = new Map<string, Promise<LoadResult>>();
/** Enough for any page; the oldest entry goes first. */
const CACHE_SIZE = 16;

/**
 * `loadBundle` once per URL per page: widgets asking at the same time share
 * one request, and a good bundle is kept. A failure is not kept: the next
 * widget (perhaps with a longer `data-timeout`) asks again.
 */
export function loadBundleOnce(url: string, options?: LoadOptions): Promise<LoadResult> {
  let pending = cache.get(url);
  if (!pending) {
    pending = loadBundle(url, options);
    const mine = pending;
    void mine.then((r) => {
      if (!r.ok && cache.get(url) === mine) cache.delete(url);
    });
    cache.set(url, pending);
    if (cache.size > CACHE_SIZE) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  }
  return pending;
}

/** Forgets every cached bundle (tests). */
export function clearBundleCache(): void {
  cache.clear();
}

/**
 * Resolves a `data-src` value against the page: an absolute http(s) URL, or
 * null for anything else (`javascript:`, `file:`, garbage, over-long values).
 */
export function resolveDataSrc(value: string, base: string): URL | null {
  if (value.length > 2_000 || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * What the widget says about a bundle from `url` (message `data_from_src`):
 * the host it came from and the title of its first source, cut to a
 * readable length. The source line under the figures names each figure's own source.
 */
export function describeBundle(bundle: Bundle, url: URL): { host: string; title: string } {
  // An empty title by the source's id, which the schema requires non-empty.
  const first = bundle.sources[0];
  const title = first?.title || first?.id || '';
  return { host: url.host, title: title.length > 120 ? `${title.slice(0, 119)}…` : title };
}

/** The rates-src loader travels in the same on-demand file (`remit-data.js`): one loader in the widget script for both. */
export { loadRatesOnce } from './rates-source.ts';
