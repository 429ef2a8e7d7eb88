/**
 * `remit-data.js`, loaded by the widget on demand: the bundle loader and
 * validator (for `data-src` and the corridor detail files), and the views
 * that render a corridor's detail. Those views are JSX compiled against
 * `remit:host-jsx`, which forwards to the widget's own Preact (handed over
 * by `setup`), so one Preact renders the whole tree and this file carries none.
 */
export * from './data-source.ts';
export * as views from './views/Detail.tsx';
export { setup } from 'remit:host-jsx';
