/**
 * Types for `remit-cost-widget`: the `<remit-calculator>` and `<remit-progress>`
 * elements that `remit-widget.js` defines. Importing the package (or loading
 * the script) registers both; these declarations give TypeScript their
 * attributes, properties and the `remit-change` event.
 * Kept in step with the source by test/unit/package-types.test.ts.
 */

/** The eight languages, as the `lang` attribute takes them (BCP 47 tags such as `pt-BR` match too). */
export type RemitLang = 'en' | 'es' | 'fr' | 'ar' | 'zh' | 'hi' | 'tl' | 'pt';
export type RemitTheme = 'light' | 'dark' | 'auto';
export type RemitView = 'compare' | 'quote';
/** A channel group: the four RPW firm types, or money transfer and mobile operators together (a source that does not split them). */
export type RemitChannel = 'bank' | 'mto' | 'post_office' | 'mobile_operator' | 'mto_mobile';
export type RemitFeeMode = 'on-top' | 'included';
export type RemitLoading = 'eager' | 'lazy';

/** `<remit-calculator>`'s attributes (all optional; a bad value shows a message and keeps the last good one). */
export interface RemitCalculatorAttributes {
  /** Sender's country, ISO 3166 alpha-2 or alpha-3, any case. Default `US`. */
  from?: string;
  /** Receiver's country, ISO 3166 alpha-2 or alpha-3, any case. Default `MX`. */
  to?: string;
  /** Amount sent, major units of the sender's currency (`200` = USD 200). Default `200`. */
  amount?: string | number;
  /** Transfers a year, 1 to 365. Default `12`. */
  'per-year'?: string | number;
  lang?: RemitLang | (string & {});
  theme?: RemitTheme;
  view?: RemitView;
  /** URL of a newer data bundle (same origin, or CORS). */
  'data-src'?: string;
  /** Milliseconds to wait for `data-src`, 100 to 60000. Default `8000`. */
  'data-timeout'?: string | number;
  /** URL of a JSON table of mid-market reference rates (with its date and source), to show amounts in the receiving currency. Default: none. */
  'rates-src'?: string;
  /** `lazy`: the first render waits until the element comes within half a screen of the viewport, as `<img loading="lazy">`. Read when the element is connected. Default `eager`. */
  loading?: RemitLoading;
}

/** `<remit-progress>`'s attributes. */
export interface RemitProgressAttributes {
  /** Headline series: `global_average`, `smart_average`, `channel_bank`, `region_SSA`, ... Default `global_average`. */
  indicator?: string;
  from?: string;
  to?: string;
  lang?: RemitLang | (string & {});
  theme?: RemitTheme;
  'data-src'?: string;
  /** `lazy`: the view and the full history load when the element comes within half a screen of the viewport. Read when the element is connected. Default `eager`. */
  loading?: RemitLoading;
}

/** The quote checker's fields as entered (null where empty; an empty amount means `inputs.amount`). */
export interface RemitQuoteFields {
  /** Major units of the send currency. */
  readonly amount: number | null;
  readonly fee: number | null;
  /** Receive-currency units per one send-currency unit. */
  readonly rate: number | null;
  readonly midRate: number | null;
  readonly feeMode: RemitFeeMode;
  /** Where the mid-market rate came from: typed, read from a selection, or the reference rate offered. */
  readonly midRateFrom: 'user' | 'selection' | 'reference' | null;
}

export interface RemitSource {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly licence: string;
}

/** One channel's cost; percentages are percent (4.9 = 4.9%). */
/** A channel measured in the corridor (never estimated). */
export interface RemitChannelCost {
  readonly channel: RemitChannel;
  /** Percent of the amount sent. */
  readonly totalPct: number;
  /** Services averaged; null where the source does not say. */
  readonly services: number | null;
  readonly basis: 'measured';
  /** The channel's latest measured quarter at or before the corridor's, `2025Q1`. */
  readonly period: string;
  /** More than four quarters before the corridor's quarter. */
  readonly old: boolean;
  readonly priceUsd: 200 | 500;
  readonly source: RemitSource;
}

/** A global channel average (RPW reports), shown beside a corridor, never as its figure. */
export interface RemitWorldwideChannel {
  readonly channel: 'bank' | 'mto' | 'post_office' | 'mobile_operator';
  readonly totalPct: number;
  readonly period: string;
  readonly source: RemitSource;
}

/** What the corridor costs, latest quarter: `corridorCosts` in the project's core. */
export interface RemitCorridorCosts {
  readonly ok: true;
  /** ISO alpha-3. */
  readonly from: string;
  readonly to: string;
  readonly sendCurrency: string;
  readonly receiveCurrency: string;
  readonly period: string;
  readonly averagePct: number;
  readonly priceUsd: 200 | 500;
  readonly basis: 'official' | 'computed';
  readonly source: RemitSource;
  /** Measured channels only, cheapest first; empty until the corridor's detail file has loaded, or where none is measured. */
  readonly channels: readonly RemitChannelCost[];
  readonly worldwide: readonly RemitWorldwideChannel[];
  /** Services surveyed, their median, lowest and highest cost (percent), and their quarter, when the detail is loaded. */
  readonly services?: number;
  readonly medianPct?: number;
  readonly minPct?: number;
  readonly maxPct?: number;
  readonly servicesPeriod?: string;
  /** `old`: the corridor's quarter is more than four quarters behind the data; `extreme`: above 30% or below 0%. */
  readonly flags: readonly ('old' | 'extreme')[];
  readonly newestPeriod: string;
}

/** A quote's cost (RPW method): `quoteCost` in the project's core. Money in major units. */
export interface RemitQuoteCost {
  readonly ok: true;
  readonly feeMode: RemitFeeMode;
  readonly feePct: number;
  readonly fxMarginPct: number;
  readonly fxMarginCostPct: number;
  readonly totalPct: number;
  readonly totalCost: number;
  readonly fxMarginCost: number;
  readonly paid: number;
  readonly received: number;
  readonly receivedAtMid: number;
}

/** A refused input: `error` is a message key, `field` the input at fault where there is one. */
export interface RemitError {
  readonly ok: false;
  readonly error: string;
  readonly field?: string;
}

/** `event.detail` of `remit-change`. */
export interface RemitChangeDetail {
  readonly inputs: {
    readonly from: string;
    readonly to: string;
    readonly amount: number;
    readonly perYear: number;
    /** `progress` only where the shared store also drives the extension's Progress tab. */
    readonly view: RemitView | 'progress';
    readonly lang: RemitLang;
    readonly quote: RemitQuoteFields;
  };
  readonly result: {
    readonly corridor: RemitCorridorCosts | RemitError;
    readonly quote: RemitQuoteCost | RemitError | null;
  };
}

export interface RemitCalculatorEventMap extends HTMLElementEventMap {
  /** After every change of inputs; bubbles and is composed. */
  'remit-change': CustomEvent<RemitChangeDetail>;
}

export interface RemitCalculatorElement extends HTMLElement {
  addEventListener<K extends keyof RemitCalculatorEventMap>(type: K, listener: (this: RemitCalculatorElement, ev: RemitCalculatorEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RemitCalculatorEventMap>(type: K, listener: (this: RemitCalculatorElement, ev: RemitCalculatorEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export interface RemitProgressElement extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    'remit-calculator': RemitCalculatorElement;
    'remit-progress': RemitProgressElement;
  }
  interface HTMLElementEventMap {
    'remit-change': CustomEvent<RemitChangeDetail>;
  }
}
