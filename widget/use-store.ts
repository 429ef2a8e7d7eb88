/**
 * The one binding between the framework-free zustand store and Preact:
 * subscribe on mount, re-render when the selected slice changes, unsubscribe
 * on unmount (so removed widgets leave no listener behind).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [, force] = useState(0);
  const selected = select(store.getState());
  useEffect(() => {
    let last = select(store.getState());
    return store.subscribe((state) => {
      const next = select(state);
      if (!Object.is(next, last)) {
        last = next;
        force((n) => n + 1);
      }
    });
  }, [store]);
  return selected;
}
