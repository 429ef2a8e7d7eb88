/**
 * `remit:host-jsx` exists only in the build of `remit-data.js` (vite.config.ts,
 * `--mode data`): the JSX runtime of the widget that loads it.
 */
declare module 'remit:host-jsx' {
  /** Hands over the loading widget's JSX runtime; call before rendering any view of this module. */
  export function setup(runtime: { readonly jsx: (...args: never[]) => unknown; readonly Fragment: unknown }): void;
}
