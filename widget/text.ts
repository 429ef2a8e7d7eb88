/**
 * Text helpers the views share, pure (no Preact, no context), so the views
 * loaded on demand (`views/Detail.tsx`) can use them too.
 */
import type { MessageKey } from '../core/index.ts';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** A period as a reader says it: `2025Q1` -> "Q1 2025" in English, "T1 2025" in Spanish; a year stays a year. */
export function periodText(t: Translate, period: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(period);
  return m ? t('quarter', { q: m[2] ?? '', year: m[1] ?? '' }) : period;
}
