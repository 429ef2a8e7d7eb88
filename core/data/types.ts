/**
 * The shape of the generated data bundle (`core/data/generated/*.json`).
 *
 * Data flows one way: the source CSVs in `core/data/sources/` are parsed and
 * validated by `scripts/data.ts`, which writes the bundle; core functions read
 * it; nothing writes back. Every figure points at an entry of `sources`.
 *
 * Units: every `*Pct` / percentage value is a percent of the amount sent
 * (4.98 means 4.98 %), as RPW publishes it. Volumes are USD millions.
 */

import type { Channel, ChannelGroup } from '../channels.ts';

/** A period: `YYYYQn` for a quarter (2025Q1), `YYYY` for an annual figure (2008). */
export type Period = string;

/** Where a figure comes from. `kind` says how far to trust it. */
export interface SourceInfo {
  /** Stable id, e.g. `rpw-databank`, `rpw-corridor-means`, `a67-254`. */
  readonly id: string;
  /** Human-readable citation, shown next to the figure. */
  readonly title: string;
  /** Where to find it (URL or document symbol). */
  readonly location: string;
  /**
   * `official`: a published World Bank series.
   * `computed`: derived from RPW data by a public project (not an official series).
   * `compiled`: quoted from RPW reports or UN documents.
   * `estimate`: a model estimate (e.g. bilateral remittance volumes).
   */
  readonly kind: 'official' | 'computed' | 'compiled' | 'estimate';
  readonly licence: string;
  /**
   * For averages of surveyed services: which services they are over.
   * `transparent`: only services RPW marks transparent (the official method:
   * the DataBank corridor average is the simple mean over them);
   * `all`: every surveyed service (the source has no transparent flag).
   */
  readonly over?: 'transparent' | 'all';
}

/** One headline figure: [period, indicator, valuePct, index into `sources`]. */
export type HeadlineRow = readonly [period: Period, indicator: string, valuePct: number, source: number];

/**
 * A corridor's quarterly series from one source, columnar:
 * `values[i]` is the figure for `periods[start + i]` (the bundle's `periods` list),
 * `null` where the source has no data for that quarter.
 */
export interface CorridorSeries {
  /** Index into `sources`. */
  readonly source: number;
  /** Index into the bundle's `periods` of the first value. */
  readonly start: number;
  /** Average total cost of sending USD 200, percent. */
  readonly pct200: readonly (number | null)[];
  /** Average total cost of sending USD 500, percent (computed means only). */
  readonly pct500?: readonly (number | null)[];
  /** Average FX margin at USD 200, percent (computed means only). */
  readonly fx200?: readonly (number | null)[];
  /** Number of services averaged (computed means only). */
  readonly providers?: readonly (number | null)[];
}

/** A channel group a figure is for (`core/channels.ts`: the four channels, and `mto_mobile`). */
export type ChannelName = ChannelGroup;

/**
 * One channel group's measured quarterly series in one corridor from one
 * source, columnar like `CorridorSeries`: `pct200[i]` is the figure for
 * `periods[start + i]`, `null` where the source has no figure for that quarter.
 * Over the services the source's `over` names.
 */
export interface ChannelSeries {
  readonly channel: ChannelName;
  /** Index into `sources`. */
  readonly source: number;
  /** Index into the bundle's `periods` of the first value. */
  readonly start: number;
  /** Simple mean of `cc1 total cost %` (USD 200) over the channel's services, percent. */
  readonly pct200: readonly (number | null)[];
  /** Simple mean of `cc2 total cost %` (USD 500) over the channel's services that have one, percent (only where the source prices USD 500). */
  readonly pct500?: readonly (number | null)[];
  /** Number of services in the USD 200 mean (absent where the source does not say). */
  readonly providers?: readonly (number | null)[];
}

/**
 * What the surveyed services of one corridor cost, per quarter, from one
 * provider-level source, columnar like `CorridorSeries`; over the services the
 * source's `over` names. All figures `cc1 total cost %` (USD 200), percent.
 */
export interface ServiceStatsSeries {
  readonly source: number;
  readonly start: number;
  /** Services in the quarter. */
  readonly n: readonly (number | null)[];
  readonly median: readonly (number | null)[];
  readonly min: readonly (number | null)[];
  readonly max: readonly (number | null)[];
}

/**
 * One surveyed service at USD 200: firm as RPW names it; its channel (null:
 * a firm type naming two channels, or none); fee in percent of the amount
 * (null where the source gives no amount to divide by, or leaves the fee
 * empty); FX margin, percent (null where the source leaves it empty: one
 * service of the 2011-2014 World Bank file); total cost, percent
 * (`cc1 total cost %` as RPW publishes it, nominally fee % + FX margin).
 */
export type ServiceRow = readonly [firm: string, channel: Channel | null, feePct: number | null, fxMarginPct: number | null, totalPct: number];

/**
 * `generated/services.json`: the surveyed services of every corridor and
 * quarter (`Bundle.services`), and `sources`, the same list as `full.json`'s
 * (the two files are generated together, and a test checks it).
 */
export interface ServicesFile {
  readonly schema: 1;
  readonly sources: Bundle['sources'];
  readonly services: NonNullable<Bundle['services']>;
}

/** The surveyed services of one corridor in one quarter from one source, cheapest first. */
export interface ServiceQuarter {
  readonly period: Period;
  readonly source: number;
  readonly rows: readonly ServiceRow[];
}

export interface Bundle {
  readonly schema: 1;
  /**
   * `full` has every quarter; `latest` keeps each corridor's latest figure
   * only; `detail` is one corridor's measured channels, service statistics and
   * latest services (a file the widget loads on demand: `corridors`,
   * `headline` and `volumes` empty, `countries` only the two of the corridor).
   */
  readonly variant: 'full' | 'latest' | 'detail';
  readonly sources: readonly SourceInfo[];
  /** Every quarter any corridor series uses, sorted ascending (`2011Q1` ...). */
  readonly periods: readonly Period[];
  /**
   * Countries that appear in corridors or volumes, by ISO 3166-1 alpha-3
   * (World Bank `KSV` for Kosovo): [alpha-2 (XK for Kosovo), ISO 4217 currency].
   */
  readonly countries: Readonly<Record<string, readonly [alpha2: string, currency: string]>>;
  /** Headline indicators in time order (`global_average`, `channel_bank`, `region_SSA`, ...). */
  readonly headline: readonly HeadlineRow[];
  /**
   * Corridor series by `FROM-TO` alpha-3 key (`USA-MEX`): the official DataBank
   * series and/or the computed quarter means, each as its own `CorridorSeries`.
   */
  readonly corridors: Readonly<Record<string, readonly CorridorSeries[]>>;
  /** Bilateral remittance volume, USD millions, by `FROM-TO` key, for corridors in `corridors`. */
  readonly volumes: Readonly<Record<string, number>>;
  /** Year of the volumes and the index of their source. */
  readonly volumeYear: number;
  readonly volumeSource: number;
  /**
   * Measured channel averages by `FROM-TO` key, from the provider-level and
   * channel-split sources: one series per channel group and source, ordered by
   * `CHANNEL_GROUPS`, then source index. In `full` and `detail` only: the
   * widget's `latest` carries none and loads a corridor's `detail` on demand.
   */
  readonly channels?: Readonly<Record<string, readonly ChannelSeries[]>>;
  /** What the surveyed services cost, by `FROM-TO` key, one series per provider-level source (`full`, `detail`). */
  readonly serviceStats?: Readonly<Record<string, readonly ServiceStatsSeries[]>>;
  /**
   * The surveyed services by `FROM-TO` key, one entry per quarter and source,
   * in time order (then by source index): every quarter in
   * `generated/services.json` (which carries only `schema`, `sources` and this
   * field: `ServicesFile`), the latest quarter in a `detail` file; never in
   * `full` or `latest`.
   */
  readonly services?: Readonly<Record<string, readonly ServiceQuarter[]>>;
  /**
   * SmaRT by `FROM-TO` key (`full` only; from the provider-level files in the World Bank's format): mean
   * `cc1 total cost %` of the three cheapest transparent services delivering in
   * 5 days or less, in `pct200`; `providers` is how many services were averaged
   * (3, or 1-2 when fewer qualified; `null` quarters had none).
   */
  readonly smart?: Readonly<Record<string, CorridorSeries>>;
}
