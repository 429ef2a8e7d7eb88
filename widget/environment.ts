/**
 * What the page's elements share, made once by `define.ts` and handed to each
 * element class it registers (never imported from another element's module):
 * the built-in figures, the locale loader, the script's own URL, and the files
 * loaded later from next to the script, each fetched at most once per page.
 */
import type { Bundle } from '../core/index.ts';
import type { LocaleLoader } from './locale-loader.ts';
import type * as DataModule from './remit-data.ts';
import type * as QuoteModule from './views/quote-module.tsx';
import type * as ProgressModule from './progress/module.tsx';

export interface Environment {
  readonly bundle: Bundle;
  readonly loadLocale: LocaleLoader;
  /** The widget script's URL: files loaded later sit next to it. */
  readonly scriptUrl: string;
}

export interface Page extends Environment {
  /** `remit-data.js`: the bundle and rates loader and validator, and the detail views. Rejects when it cannot load; tried again next time. */
  data(): Promise<typeof DataModule>;
  /** `remit-quote.js`: the quote checker's views, the same way. */
  quote(): Promise<typeof QuoteModule>;
  /** `remit-progress.js`: `<remit-progress>`'s view and the full history, the same way. */
  progress(): Promise<typeof ProgressModule>;
}

/** The page's environment, with its on-demand files loaded once each. */
export function pageOf(env: Environment): Page {
  const load = <T,>(file: string): (() => Promise<T>) => {
    let pending: Promise<T> | null = null;
    return () =>
      (pending ??= import(/* @vite-ignore */ new URL(file, env.scriptUrl).href).catch((e: unknown) => {
        pending = null;
        throw e;
      }));
  };
  return {
    // A getter, so that the built-in figures are still decoded on first use (widget.ts).
    get bundle() {
      return env.bundle;
    },
    loadLocale: env.loadLocale,
    scriptUrl: env.scriptUrl,
    data: load('remit-data.js'),
    quote: load('remit-quote.js'),
    progress: load('remit-progress.js'),
  };
}
