/**
 * The shape of the generated data bundle (`core/data/generated/*.json`).
 *
 * Data flows one way: the source CSVs in `core/data/sources/` are parsed and
 * validated by `scripts/data.js`, which writes the bundle; core functions read
 * it; nothing writes back. Every figure points at an entry of `sources`.
 *
 * Units: every `*Pct` / percentage value is a percent of the amount sent
 * (4.98 means 4.98 %), as RPW publishes it. Volumes are USD millions.
 */

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

/** The RPW channels (`firm_type` groups) that have per-corridor figures. */
export type ChannelName = 'bank' | 'mto' | 'post_office' | 'mobile_operator';

/**
 * One channel's measured quarterly series in one corridor (provider-level RPW
 * import, `npm run data -- --rpw FILE`), columnar like `CorridorSeries`:
 * `pct200[i]` is the figure for `periods[start + i]`, `null` where the file
 * has no service of that channel in that quarter.
 */
export interface ChannelSeries {
  readonly channel: ChannelName;
  /** Index into `sources`. */
  readonly source: number;
  /** Index into the bundle's `periods` of the first value. */
  readonly start: number;
  /** Simple mean of `cc1 total cost %` (USD 200) over the channel's transparent services, percent. */
  readonly pct200: readonly (number | null)[];
  /** Simple mean of `cc2 total cost %` (USD 500) over the channel's transparent services that have one, percent. */
  readonly pct500?: readonly (number | null)[];
  /** Number of services in the USD 200 mean (`full` only). */
  readonly providers?: readonly (number | null)[];
}

export interface Bundle {
  readonly schema: 1;
  /** `full` has every quarter; `latest` keeps each corridor's latest figure only. */
  readonly variant: 'full' | 'latest';
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
   * Measured per-channel averages by `FROM-TO` key, from the provider-level RPW
   * import (present only when the bundle was built with `--rpw FILE`). One
   * series per channel with data, in `bank`, `mto`, `post_office`,
   * `mobile_operator` order. `latest` keeps, for each corridor in `corridors`,
   * the channel figures of that corridor's latest quarter only.
   */
  readonly channels?: Readonly<Record<string, readonly ChannelSeries[]>>;
  /**
   * SmaRT by `FROM-TO` key (`full` only; present only with `--rpw FILE`): mean
   * `cc1 total cost %` of the three cheapest transparent services delivering in
   * 5 days or less, in `pct200`; `providers` is how many services were averaged
   * (3, or 1-2 when fewer qualified; `null` quarters had none).
   */
  readonly smart?: Readonly<Record<string, CorridorSeries>>;
}
