/**
 * Keeping the calculator's inputs between visits, through an injected
 * string storage (chrome.storage through the extension's connector,
 * localStorage when a page opts in). Stored data carries a version; anything
 * unreadable or foreign falls back to the defaults field by field and raises
 * the store's `notice`, so the user is told and nothing valid is lost.
 */
import type { StateCreator } from 'zustand/vanilla';
import { persist, type PersistStorage, type StateStorage, type StorageValue } from 'zustand/middleware';
import { ALPHA3, isAmount, isPerYear, readQuote, STORE_VERSION, THEMES, VIEWS, type CalculatorInputs, type CalculatorState, type Persistence } from './store.ts';
import { isLocale, type MessageKey } from './i18n/messages.ts';
import { hasOwn } from './has-own.ts';

/**
 * Reads stored inputs field by field: each valid field is kept, each invalid
 * one falls back to `defaults`. `damaged` says whether anything was dropped;
 * `reset` names the dropped settings (message keys such as `field_amount`),
 * empty when the whole value was unreadable (`{"state": null}`, a string...).
 * `undefined` is nothing stored: not damaged.
 */
export function readInputs(
  value: unknown,
  defaults: CalculatorInputs,
  isCorridor: (from: string, to: string) => boolean = () => true,
): { inputs: CalculatorInputs; damaged: boolean; reset: readonly MessageKey[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { inputs: defaults, damaged: value !== undefined, reset: [] };
  }
  const v = value as Record<string, unknown>;
  const reset: MessageKey[] = [];
  const pick = <T>(name: string, label: MessageKey, ok: (x: unknown) => boolean, fallback: T): T => {
    if (!hasOwn(v, name)) return fallback;
    if (ok(v[name])) return v[name] as T;
    reset.push(label);
    return fallback;
  };
  const corridorOk =
    typeof v.from === 'string' && ALPHA3.test(v.from) && typeof v.to === 'string' && ALPHA3.test(v.to) && v.from !== v.to &&
    isCorridor(v.from, v.to);
  if ((hasOwn(v, 'from') || hasOwn(v, 'to')) && !corridorOk) reset.push('field_route');
  const inputs: CalculatorInputs = {
    from: corridorOk ? (v.from as string) : defaults.from,
    to: corridorOk ? (v.to as string) : defaults.to,
    amount: pick('amount', 'field_amount', isAmount, defaults.amount),
    perYear: pick('perYear', 'field_per_year', isPerYear, defaults.perYear),
    lang: pick('lang', 'field_language', (x) => x === null || (typeof x === 'string' && isLocale(x)), defaults.lang),
    theme: pick('theme', 'field_theme', (x) => typeof x === 'string' && (THEMES as readonly string[]).includes(x), defaults.theme),
    view: pick('view', 'field_view', (x) => typeof x === 'string' && (VIEWS as readonly string[]).includes(x), defaults.view),
    quote: pick('quote', 'field_quote', (x) => readQuote(x) !== null, defaults.quote),
  };
  // The quote as read (readQuote fills the fields a stored quote leaves out).
  const quote = hasOwn(v, 'quote') ? readQuote(v.quote) : null;
  return { inputs: quote ? { ...inputs, quote } : inputs, damaged: reset.length > 0, reset };
}

/**
 * Migrates stored inputs from an older version. Version 0 (before versioning)
 * kept the amount as a string; later versions add a case here.
 */
export function migrate(state: unknown, version: number): unknown {
  if (version === 0 && typeof state === 'object' && state !== null) {
    const s = { ...(state as Record<string, unknown>) };
    if (typeof s.amount === 'string') s.amount = Number(s.amount);
    return s;
  }
  return state;
}


/**
 * A persist storage over a string key-value adapter that never throws:
 * unreadable JSON or a foreign shape is reported through `onDamage` and read as nothing.
 */
function safeStorage(adapter: StateStorage, onDamage: () => void): PersistStorage<CalculatorInputs> {
  const parse = (raw: string | null): StorageValue<CalculatorInputs> | null => {
    if (raw === null || raw === undefined) return null;
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'state' in value) {
        const { state, version } = value as { state: unknown; version?: unknown };
        return {
          state: state as CalculatorInputs,
          version: typeof version === 'number' && Number.isInteger(version) ? version : 0,
        };
      }
    } catch {
      // fall through: reported below
    }
    onDamage();
    return null;
  };
  return {
    getItem(name) {
      try {
        const raw = adapter.getItem(name);
        if (raw !== null && typeof raw === 'object' && 'then' in raw) {
          return Promise.resolve(raw).then(parse, () => {
            onDamage();
            return null;
          });
        }
        return parse(raw as string | null);
      } catch {
        onDamage();
        return null;
      }
    },
    setItem(name, value) {
      try {
        return Promise.resolve(adapter.setItem(name, JSON.stringify(value))).catch(() => undefined);
      } catch {
        return undefined;
      }
    },
    removeItem(name) {
      try {
        return Promise.resolve(adapter.removeItem(name)).catch(() => undefined);
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Persistence for `createCalculatorStore({ persistence })`: keeps the user's
 * inputs under `name` in `storage`.
 */
/**
 * `isCorridor` says whether a stored corridor still has data (the bundle
 * changes between versions); one that does not falls back to the default
 * corridor with a notice.
 */
export function persistence(
  storage: StateStorage,
  name = 'remit-calculator',
  isCorridor?: (from: string, to: string) => boolean,
): Persistence {
  return (creator: StateCreator<CalculatorState>, defaults: CalculatorInputs) => {
    let damaged = false;
    /** The settings reset while reading, named; empty: all of them. */
    let reset: readonly MessageKey[] = [];
    const safe = safeStorage(storage, () => {
      damaged = true;
    });
    return persist(creator, {
      name,
      version: STORE_VERSION,
      storage: safe as unknown as PersistStorage<CalculatorState>,
      partialize: (s) => {
        const { from, to, amount, perYear, lang, theme, view, quote } = s;
        return { from, to, amount, perYear, lang, theme, view, quote } as unknown as CalculatorState;
      },
      migrate: (state, version) => migrate(state, version) as CalculatorState,
      merge: (persisted, current) => {
        const read = readInputs(persisted, defaults, isCorridor);
        if (read.damaged) {
          damaged = true;
          reset = read.reset;
        }
        return { ...current, ...read.inputs };
      },
      onRehydrateStorage: () => (state, error) => {
        // Unreadable or damaged storage: the repaired inputs are in place. Raising the notice
        // goes through the store's own setter, which also writes them back, so it is said once.
        if ((error || damaged) && state) state.raiseNotice('error_storage_reset', reset);
      },
    }) as ReturnType<Persistence>;
  };
}
