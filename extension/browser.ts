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
  };
}

/** The in-memory twin: same behaviour, a Map instead of the browser. */
export function memoryConnector(initial: Record<string, string> = {}): Connector & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  let pending: unknown = null;
  return {
    data,
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
  };
}

/** The connector for where this code runs: the browser's when `chrome.storage` exists, else memory. */
export function connector(): Connector {
  return typeof chrome !== 'undefined' && chrome.storage?.local ? chromeConnector() : memoryConnector();
}
