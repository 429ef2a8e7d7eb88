/**
 * Assembling the bundle (`core/data/types.ts`) from parsed sources, deriving
 * the `latest` variant, and writing both as deterministic JSON.
 */
import { countryEntry } from './check.js';

/** @typedef {import('../../core/data/types.ts').Bundle} Bundle */
/** @typedef {import('../../core/data/types.ts').CorridorSeries} CorridorSeries */
/** @typedef {import('../../core/data/types.ts').SourceInfo} SourceInfo */
/** @typedef {import('../../core/data/types.ts').HeadlineRow} HeadlineRow */
/** @typedef {import('../../core/data/types.ts').ChannelSeries} ChannelSeries */
/** @typedef {import('./parse.js').SeriesDraft} SeriesDraft */

/**
 * One channel's measured series in one corridor before layout (provider-level
 * RPW import): a `SeriesDraft` plus its channel.
 * @typedef {SeriesDraft & { channel: import('../../core/data/types.ts').ChannelName }} ChannelDraft
 */

/**
 * Everything the bundle is built from.
 * @typedef {object} BundleInput
 * @property {SourceInfo[]} sources       in bundle order; drafts and rows index into it
 * @property {SeriesDraft[]} series       corridor series from every source
 * @property {HeadlineRow[]} headline
 * @property {Map<string, number>} volumes USD millions by `FROM-TO` key (any corridor)
 * @property {number} volumeYear
 * @property {number} volumeSource
 * @property {ChannelDraft[]} [channels] measured channel series (only with `--rpw FILE`)
 * @property {SeriesDraft[]} [smart]     SmaRT series, at most one per corridor (only with `--rpw FILE`)
 */

/** Plain code-unit order, so output never depends on the machine's locale. */
function compare(/** @type {string} */ a, /** @type {string} */ b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Optional per-quarter fields, in output order. */
const OPTIONAL_FIELDS = /** @type {const} */ (['pct500', 'fx200', 'providers']);

/**
 * Lay a draft out on the bundle's periods: `start` is the index of its first
 * quarter, and values run to its last quarter, `null` in between where the
 * source has no figure. Optional fields appear only if the source has them.
 * @param {SeriesDraft} draft
 * @param {ReadonlyMap<string, number>} periodIndex
 * @returns {CorridorSeries}
 */
function layOut(draft, periodIndex) {
  const indexes = [...draft.quarters.keys()].map((q) => /** @type {number} */ (periodIndex.get(q)));
  const start = Math.min(...indexes);
  const length = Math.max(...indexes) - start + 1;
  /** @param {(f: import('./parse.js').QuarterFigures) => number | undefined} pick */
  const column = (pick) => {
    /** @type {(number | null)[]} */
    const values = Array.from({ length }, () => null);
    for (const [q, figures] of draft.quarters) values[/** @type {number} */ (periodIndex.get(q)) - start] = pick(figures) ?? null;
    return values;
  };
  /** @type {{ -readonly [K in keyof CorridorSeries]: CorridorSeries[K] }} */
  const series = { source: draft.source, start, pct200: column((f) => f.pct200) };
  for (const field of OPTIONAL_FIELDS) {
    if ([...draft.quarters.values()].some((f) => f[field] !== undefined)) series[field] = column((f) => f[field]);
  }
  return series;
}

/**
 * [alpha-2, currency] for every alpha-3 code in the corridor keys, sorted.
 * @param {Iterable<string>} keys `FROM-TO`
 */
function countriesOf(keys) {
  const codes = new Set([...keys].flatMap((key) => key.split('-')));
  return Object.fromEntries([...codes].sort(compare).map((code) => [code, countryEntry(code)]));
}

/**
 * Headline rows in time order (then by indicator, for a stable order).
 * @param {HeadlineRow[]} rows
 */
function sortHeadline(rows) {
  return [...rows].sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
}

/**
 * The corridors a bundle built from `series` has (`corridors` keys): those
 * with at least one quarter in some series. Volumes, channel and SmaRT
 * series are kept only for these.
 * @param {readonly SeriesDraft[]} series
 * @returns {Set<string>}
 */
export function corridorKeys(series) {
  return new Set(series.filter((draft) => draft.quarters.size > 0).map((draft) => draft.key));
}

/**
 * The `full` bundle: every quarter of every series. Empty drafts are dropped;
 * volumes, channel and SmaRT series are kept only for corridors that have a
 * corridor series (a bundle validator refuses any other key, as
 * `core/validate-bundle.ts` does).
 * @param {BundleInput} input
 * @returns {Bundle}
 */
export function buildFull(input) {
  const drafts = input.series.filter((draft) => draft.quarters.size > 0);
  const known = corridorKeys(drafts);
  const kept = (/** @type {SeriesDraft} */ draft) => draft.quarters.size > 0 && known.has(draft.key);
  const channelDrafts = input.channels?.filter(kept);
  const smartDrafts = input.smart?.filter(kept);
  const allDrafts = [...drafts, ...(channelDrafts ?? []), ...(smartDrafts ?? [])];
  const periods = [...new Set(allDrafts.flatMap((draft) => [...draft.quarters.keys()]))].sort(compare);
  const periodIndex = new Map(periods.map((q, i) => [q, i]));

  /** @type {Map<string, CorridorSeries[]>} */
  const corridors = new Map();
  for (const draft of drafts) {
    const list = corridors.get(draft.key) ?? [];
    list.push(layOut(draft, periodIndex));
    corridors.set(draft.key, list);
  }
  const keys = [...corridors.keys()].sort(compare);
  for (const list of corridors.values()) list.sort((a, b) => a.source - b.source);

  /** @type {Bundle} */
  const bundle = {
    schema: 1,
    variant: 'full',
    sources: input.sources,
    periods,
    countries: countriesOf(keys),
    headline: sortHeadline(input.headline),
    corridors: Object.fromEntries(keys.map((key) => [key, /** @type {CorridorSeries[]} */ (corridors.get(key))])),
    volumes: Object.fromEntries(keys.filter((key) => input.volumes.has(key)).map((key) => [key, /** @type {number} */ (input.volumes.get(key))])),
    volumeYear: input.volumeYear,
    volumeSource: input.volumeSource,
  };
  // Measured figures (provider-level RPW import) only when given, so the default bundle is unchanged.
  if (!channelDrafts && !smartDrafts) return bundle;
  return {
    ...bundle,
    ...(channelDrafts ? { channels: layOutChannels(channelDrafts, periodIndex) } : {}),
    ...(smartDrafts ? { smart: layOutSmart(smartDrafts, periodIndex) } : {}),
  };
}

/** Channel order in the bundle. */
const CHANNEL_ORDER = ['bank', 'mto', 'post_office', 'mobile_operator'];

/**
 * Channel series by corridor key (sorted), each corridor's in channel order.
 * @param {ChannelDraft[]} drafts
 * @param {ReadonlyMap<string, number>} periodIndex
 * @returns {Record<string, ChannelSeries[]>}
 */
function layOutChannels(drafts, periodIndex) {
  /** @type {Map<string, ChannelDraft[]>} */
  const byKey = new Map();
  for (const draft of drafts) byKey.set(draft.key, [...(byKey.get(draft.key) ?? []), draft]);
  return Object.fromEntries(
    [...byKey.keys()].sort(compare).map((key) => [
      key,
      /** @type {ChannelDraft[]} */ (byKey.get(key))
        .sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel) || a.source - b.source)
        .map((draft) => ({ channel: draft.channel, ...layOut(draft, periodIndex) })),
    ]),
  );
}

/**
 * SmaRT series by corridor key (sorted); a second draft for a corridor is a bug.
 * @param {SeriesDraft[]} drafts
 * @param {ReadonlyMap<string, number>} periodIndex
 * @returns {Record<string, CorridorSeries>}
 */
function layOutSmart(drafts, periodIndex) {
  const sorted = [...drafts].sort((a, b) => compare(a.key, b.key));
  sorted.forEach((draft, i) => {
    if (i > 0 && sorted[i - 1]?.key === draft.key) throw new Error(`two SmaRT series for corridor ${draft.key}`);
  });
  return Object.fromEntries(sorted.map((draft) => [draft.key, layOut(draft, periodIndex)]));
}

/** Preference on a tie between series ending in the same quarter: official data first. */
const KIND_RANK = { official: 0, computed: 1, compiled: 2, estimate: 3 };

/**
 * The `latest` bundle: each corridor keeps one series of length 1, its
 * latest quarter, from whichever source reaches the latest quarter (on a tie
 * the official series wins). `periods` keeps only the quarters still used.
 * @param {Bundle} full
 * @returns {Bundle}
 */
export function buildLatest(full) {
  /** @type {[string, CorridorSeries, string][]} corridor key, chosen series, its last quarter */
  const picks = Object.entries(full.corridors).map(([key, list]) => {
    const ranked = list
      .map((series) => ({ series, last: /** @type {string} */ (full.periods[series.start + series.pct200.length - 1]) }))
      .sort(
        (a, b) =>
          compare(b.last, a.last) ||
          KIND_RANK[/** @type {SourceInfo} */ (full.sources[a.series.source]).kind] -
            KIND_RANK[/** @type {SourceInfo} */ (full.sources[b.series.source]).kind] ||
          a.series.source - b.series.source,
      );
    const best = /** @type {{ series: CorridorSeries, last: string }} */ (ranked[0]);
    return [key, best.series, best.last];
  });
  const periods = [...new Set(picks.map(([, , last]) => last))].sort(compare);
  const periodIndex = new Map(periods.map((q, i) => [q, i]));

  /** @type {Record<string, CorridorSeries[]>} */
  const corridors = {};
  for (const [key, series, last] of picks) {
    const lastOnly = (/** @type {readonly (number | null)[]} */ values) => values.slice(-1);
    /** @type {{ -readonly [K in keyof CorridorSeries]: CorridorSeries[K] }} */
    const one = { source: series.source, start: /** @type {number} */ (periodIndex.get(last)), pct200: lastOnly(series.pct200) };
    // The first paint shows the cost at USD 200, and at USD 500 where the sender's currency is the
    // dollar: without exchange rates the widget can only tell a USD 500 transfer from a USD one
    // (core/corridors.ts). Margins and counts stay in the full bundle.
    const sendsUsd = full.countries[key.slice(0, 3)]?.[1] === 'USD';
    if (series.pct500 && sendsUsd) one.pct500 = lastOnly(series.pct500);
    corridors[key] = [one];
  }
  // Headline rows the first paint needs: the channel figures and the global
  // averages of the same quarters, which the per-channel estimates are made from. Sources are re-indexed
  // to the ones still used; the first three (corridor and volume sources) keep their places.
  const channelPeriods = new Set(full.headline.filter(([, name]) => name.startsWith('channel_')).map(([period]) => period));
  const headlineKept = full.headline.filter(
    ([period, name]) => name.startsWith('channel_') || (name === 'global_average' && channelPeriods.has(period)),
  );
  // Measured channel figures (only in bundles built with `--rpw FILE`): for each corridor, the
  // figures of the quarter it shows (its latest), so core prefers them as with the full bundle.
  // Margins, counts and SmaRT stay in full.json.
  /** @type {[string, ChannelSeries[]][]} */
  const channelPicks = [];
  if (full.channels) {
    for (const [key, , last] of picks) {
      const at = full.periods.indexOf(last);
      const kept = (full.channels[key] ?? []).flatMap((series) => {
        const offset = at - series.start;
        const pct200 = offset >= 0 ? series.pct200[offset] : undefined;
        if (pct200 === null || pct200 === undefined) return [];
        /** @type {{ -readonly [K in keyof ChannelSeries]: ChannelSeries[K] }} */
        const one = { channel: series.channel, source: series.source, start: /** @type {number} */ (periodIndex.get(last)), pct200: [pct200] };
        if (series.pct500) one.pct500 = [series.pct500[offset] ?? null];
        return [one];
      });
      if (kept.length) channelPicks.push([key, kept]);
    }
  }
  const used = [
    ...new Set([0, 1, 2, ...headlineKept.map((row) => row[3]), ...channelPicks.flatMap(([, list]) => list.map((s) => s.source))]),
  ].sort((a, b) => a - b);
  const newIndex = new Map(used.map((old, i) => [old, i]));
  // The widget shows each source's title; the locations (long URLs) stay in full.json only.
  const sources = used.map((i) => ({ .../** @type {SourceInfo} */ (full.sources[i]), location: 'full.json' }));
  /** @type {Bundle['headline']} */
  const headline = headlineKept.map(([period, indicator, value, source]) => [period, indicator, value, /** @type {number} */ (newIndex.get(source))]);
  const { channels: _channels, smart: _smart, ...rest } = full;
  /** @type {Bundle} */
  const latest = { ...rest, variant: 'latest', sources, periods, headline, corridors, volumes: {} };
  if (!full.channels) return latest;
  const channels = Object.fromEntries(
    channelPicks.map(([key, list]) => [key, list.map((s) => ({ ...s, source: /** @type {number} */ (newIndex.get(s.source)) }))]),
  );
  return { ...latest, channels };
}

/**
 * Deterministic JSON: keys in the order the objects were built, the top
 * level and each top-level collection one entry per line (small diffs when a
 * quarter is added), everything deeper compact. Ends with a newline.
 * @param {Bundle} bundle
 */
export function serialise(bundle) {
  /** @param {unknown} value */
  const block = (value) => {
    if (Array.isArray(value) && value.length) return `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length) {
      return `{\n${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}`;
    }
    return JSON.stringify(value);
  };
  return `{\n${Object.entries(bundle).map(([key, value]) => `${JSON.stringify(key)}:${block(value)}`).join(',\n')}\n}\n`;
}

/**
 * Counts for the summary line.
 * @param {Bundle} bundle
 */
export function stats(bundle) {
  const series = Object.values(bundle.corridors).flat();
  return {
    corridors: Object.keys(bundle.corridors).length,
    series: series.length,
    /** corridor-quarter figures (non-null USD 200 costs) */
    rows: series.reduce((n, s) => n + s.pct200.filter((v) => v !== null).length, 0),
    headline: bundle.headline.length,
    volumes: Object.keys(bundle.volumes).length,
    countries: Object.keys(bundle.countries).length,
  };
}
