/**
 * The one module that touches `chrome.*`. Everything else talks to the
 * browser through `Connector`, which has an in-memory twin so the popup
 * renders in unit tests and on the demo page without an extension.
 */
import type { StateStorage } from 'zustand/middleware';

/** Stored key-value strings: what the core store's persistence needs. */
export type KeyValueStorage = StateStorage<Promise<void>>;

export interface Connector {
  /** Long-lived settings (chrome.storage.local). */
  readonly storage: KeyValueStorage;
  /** Hand-over from the background to the popup: a quote read from a page selection. */
  takePendingQuote(): Promise<unknown>;
  putPendingQuote(value: unknown): Promise<void>;
  /** Opens the extension's options page. */
  openOptions(): void;
  /**
   * Asks for an optional host permission (one URL, declared in the manifest's
   * `optional_host_permissions`). Must be called straight from the user's click:
   * browsers only show the prompt for a user gesture. Resolves false when refused.
   */
  requestOrigin(url: string): Promise<boolean>;
  /** Gives an optional host permission back (the user turned the feature off). */
  removeOrigin(url: string): Promise<void>;
  /** Fetches a URL the extension has permission for (the ECB's rates). */
  readonly fetch: typeof fetch;
}

const PENDING = 'pendingQuote';

/** The real browser, through `chrome.*` (Firefox provides the same namespace). */
export function chromeConnector(): Connector {
  const area = chrome.storage.local;
  // storage.session lives only while the browser runs and needs no extra permission.
  const session = chrome.storage.session ?? chrome.storage.local;
  return {
    storage: {
      async getItem(name) {
        const got = await area.get(name);
        const value: unknown = got[name];
        return typeof value === 'string' ? value : value === undefined ? null : JSON.stringify(value);
      },
      async setItem(name, value) {
        await area.set({ [name]: value });
      },
      async removeItem(name) {
        await area.remove(name);
      },
    },
    async takePendingQuote() {
      const got = await session.get(PENDING);
      if (got[PENDING] !== undefined) await session.remove(PENDING);
      return got[PENDING] ?? null;
    },
    async putPendingQuote(value) {
      await session.set({ [PENDING]: value });
    },
    openOptions() {
      void chrome.runtime.openOptionsPage();
    },
    async requestOrigin(url) {
      try {
        return await chrome.permissions.request({ origins: [url] });
      } catch {
        return false;
      }
    },
    async removeOrigin(url) {
      await chrome.permissions.remove({ origins: [url] }).catch(() => false);
    },
    fetch: (input, init) => globalThis.fetch(input, init),
  };
}

/**
 * The in-memory twin: same behaviour, a Map instead of the browser. Permission
 * requests get `grant` (default true) and are remembered in `origins`; `fetch`
 * is the global one unless given (tests point it at a local server).
 */
export function memoryConnector(
  initial: Record<string, string> = {},
  options: { readonly grant?: boolean; readonly fetch?: typeof fetch } = {},
): Connector & { readonly data: Map<string, string>; readonly origins: Set<string> } {
  const data = new Map(Object.entries(initial));
  const origins = new Set<string>();
  let pending: unknown = null;
  return {
    data,
    origins,
    storage: {
      async getItem(name) {
        return data.get(name) ?? null;
      },
      async setItem(name, value) {
        data.set(name, value);
      },
      async removeItem(name) {
        data.delete(name);
      },
    },
    async takePendingQuote() {
      const value = pending;
      pending = null;
      return value;
    },
    async putPendingQuote(value) {
      pending = value;
    },
    openOptions() {},
    async requestOrigin(url) {
      if (options.grant ?? true) origins.add(url);
      return origins.has(url);
    },
    async removeOrigin(url) {
      origins.delete(url);
    },
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

/** The connector for where this code runs: the browser's when `chrome.storage` exists, else memory. */
export function connector(): Connector {
  return typeof chrome !== 'undefined' && chrome.storage?.local ? chromeConnector() : memoryConnector();
}
