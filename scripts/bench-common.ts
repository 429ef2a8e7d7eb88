/**
 * What every part of `npm run bench` shares: the row each figure is reported
 * as, the median the timings use, and how Debian's Chromium is started (off
 * the network, as the browser tests start it).
 */

/** One measured figure, with its goal and the baseline it is read against. */
export interface Row {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly goal?: string;
  readonly baseline?: string;
  readonly note?: string;
}

/** The median of `xs` (the mean of the middle two when even). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
