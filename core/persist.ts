/**
 * Keeping the calculator's inputs between visits, through an injected
 * string storage (chrome.storage through the extension's connector,
 * localStorage when a page opts in). Stored data carries a version; anything
 * unreadable or foreign falls back to the defaults field by field and raises
 * the store's `notice`, so the user is told and nothing valid is lost.
 */
import type { StateCreator } from 'zustand/vanilla';
import { persist, type PersistStorage, type StateStorage, type StorageValue } from 'zustand/middleware';
import { migrate, readInputs, STORE_VERSION, type CalculatorInputs, type CalculatorState, type Persistence } from './store.ts';

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
export function persistence(storage: StateStorage, name = 'remit-calculator'): Persistence {
  return (creator: StateCreator<CalculatorState>, defaults: CalculatorInputs) => {
    let damaged = false;
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
        const read = readInputs(persisted, defaults);
        const notice = damaged || read.damaged ? 'error_storage_reset' : current.notice;
        return { ...current, ...read.inputs, notice };
      },
      onRehydrateStorage: () => (state, error) => {
        // Unreadable storage leaves the defaults in place; tell the user once.
        if ((error || damaged) && state) state.raiseNotice('error_storage_reset');
      },
    }) as ReturnType<Persistence>;
  };
}
