/**
 * A smaller encoding of a bundle's corridors for the widget script, which
 * carries the latest figures inside its 25 KB: the series of every corridor
 * grouped by what they share (source, start quarter, which arrays they have),
 * so those keys are written once per group instead of once per corridor
 * (about 390 bytes less in the gzipped widget). Within a group a corridor is
 * named without its hyphen (`USAMEX`, no quotes needed) and, where it has one
 * figure in all, by that figure alone (`USAMEX:4.1`, not `"USA-MEX":[[4.1]]`):
 * 200 bytes less again. `expandBundle(compactBundle(b))` gives back
 * an object deeply equal to `b`, corridors in the same (sorted) order; a test
 * checks it on the shipped bundle.
 * Only bundles with one series per corridor (the `latest` variant) are
 * compacted; any other passes through unchanged.
 */
import type { Bundle, CorridorSeries } from './types.ts';

type Arrays = CorridorSeries[keyof CorridorSeries][];

/** The compact form: `corridors` replaced by `c`, `{ "source,start,field,...": { USAMEX: [arrays...] or the one figure } }`. */
export type CompactBundle = Omit<Bundle, 'corridors'> & { readonly c: Record<string, Record<string, Arrays | number | null>> };

export function compactBundle(bundle: Bundle): Bundle | CompactBundle {
  const keys = Object.keys(bundle.corridors);
  if (keys.some((k, i) => bundle.corridors[k]!.length !== 1 || !/^\w{3}-\w{3}$/.test(k) || (i > 0 && keys[i - 1]! >= k))) return bundle;
  const c: CompactBundle['c'] = {};
  for (const k of keys) {
    const { source, start, ...rest } = bundle.corridors[k]![0]!;
    const fields = Object.keys(rest) as (keyof CorridorSeries)[];
    const arrays = fields.map((f) => rest[f as keyof typeof rest]);
    const only = arrays.length === 1 && arrays[0]?.length === 1 ? arrays[0][0] : undefined;
    (c[[source, start, ...fields].join()] ??= {})[k.replace('-', '')] = only === undefined ? arrays : only;
  }
  const { corridors: _, ...others } = bundle;
  return { ...others, c };
}

export function expandBundle(bundle: Bundle | CompactBundle): Bundle {
  if (!('c' in bundle)) return bundle;
  const corridors: Record<string, CorridorSeries[]> = {};
  for (const [group, members] of Object.entries(bundle.c)) {
    const [source, start, ...fields] = group.split(',');
    for (const [k, value] of Object.entries(members)) {
      const series: Record<string, unknown> = { source: +source!, start: +start! };
      const arrays = Array.isArray(value) ? value : [[value]];
      fields.forEach((f, i) => (series[f] = arrays[i]));
      corridors[k.replace(/^.../, '$&-')] = [series as unknown as CorridorSeries];
    }
  }
  const { c: _, ...others } = bundle;
  return { ...others, corridors: Object.fromEntries(Object.entries(corridors).sort(([a], [b]) => (a < b ? -1 : 1))) } as Bundle;
}
