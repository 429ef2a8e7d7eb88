/**
 * Checks a value that claims to be a data `Bundle` (an NGO-hosted bundle
 * fetched through the widget's `data-src`, say) before anything reads it.
 *
 * Two passes, neither recursive, so no input can overflow the stack, and
 * both can be run a step at a time (`checkBundleInSteps`):
 * 1. a generic scan over the whole value with an explicit stack: plain JSON
 *    values only, depth, number of values, string, key and array lengths, and
 *    no own `__proto__`, `constructor` or `prototype` key anywhere (JSON.parse
 *    makes `__proto__` an own key);
 * 2. the shape of `Bundle`, field by field, building a fresh, frozen bundle
 *    from the validated parts only. Unknown keys are ignored and not copied,
 *    so fields a newer bundle adds do not make it
 *    fail but never reach the views unchecked either.
 *
 * Pure (no DOM), never throws: every failure is `{ ok: false, error:
 * 'error_data_load', detail }`, the detail a short English reason with the
 * path of the offending value, for logs and tests.
 */
import type {
  Bundle,
  ChannelSeries,
  CorridorSeries,
  HeadlineRow,
  Period,
  ServiceQuarter,
  ServiceRow,
  ServiceStatsSeries,
  SourceInfo,
} from './data/types.ts';
import { CHANNEL_GROUPS, CHANNELS, isChannelGroup, type Channel } from './channels.ts';
import { comparePeriods } from './periods.ts';
import { hasOwn } from './has-own.ts';
import type { MessageKey } from './i18n/messages.ts';

/**
 * A bundle refused: `error` for the reader (the page keeps the figures it has),
 * `detail` in English, the path of the offending value and why, for logs and tests.
 */
export type BundleRefused = { readonly ok: false; readonly error: Extract<MessageKey, 'error_data_load'>; readonly detail: string };
export type BundleCheck = { readonly ok: true; readonly bundle: Bundle } | BundleRefused;

/** Percent figures outside this range are data errors (the data has -21.5 and 104.3); views show no derived percent outside it either. */
export const MIN_PCT = -100;
export const MAX_PCT = 1_000;

/** Limits a bundle must stay within; generous next to the committed `full.json`. */
export const BUNDLE_LIMITS = {
  /** Containers nested deeper than this are refused (the bundle itself needs 5). */
  maxDepth: 16,
  /**
   * Every value, container or not, counted once per reference. The shipped
   * `full.json` has 116,058; with every named service (`services.json`) added,
   * the largest bundle core reads, 425,074. Work and memory for a hostile body
   * grow with this number, so it is kept near what the data needs.
   */
  maxValues: 500_000,
  maxStringLength: 1_000,
  maxArrayLength: 10_000,
  maxKeys: 10_000,
  maxSources: 1_000,
  maxPeriods: 500,
  maxCountries: 1_000,
  maxHeadline: 10_000,
  maxCorridors: 2_000,
  maxSeriesPerCorridor: 16,
  /** Service quarters per corridor (one per quarter and provider-level source). */
  maxServiceQuartersPerCorridor: 500,
  /** Services in one corridor-quarter (RPW surveys a few dozen; the array limit bounds it too). */
  maxServicesPerQuarter: 1_000,
  /** A firm name, as RPW writes it (the longest in the data has 49 characters). */
  maxFirmLength: 120,
  /** Percent figures outside this range are data errors (the data has -21.5 and 104.3). */
  minPct: MIN_PCT,
  maxPct: MAX_PCT,
  /** A corridor's yearly volume, USD millions: ten times all remittances to low- and middle-income countries (about 900,000 in 2024). */
  maxVolumeUsdMillions: 10_000_000,
} as const;

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const SOURCE_KINDS: ReadonlySet<string> = new Set(['official', 'computed', 'compiled', 'estimate']);
const PERIOD = /^\d{4}(Q[1-4])?$/;
const ALPHA3 = /^[A-Z]{3}$/;
const ALPHA2 = /^[A-Z]{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const CORRIDOR = /^[A-Z]{3}-[A-Z]{3}$/;
const INDICATOR = /^[A-Za-z0-9_]{1,64}$/;
/** A firm name: no control characters, line or paragraph separators or bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const FIRM = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/;
const OVER: ReadonlySet<string> = new Set(['transparent', 'all']);

/** Thrown inside this module only, caught by `validateBundle`. */
class Invalid {
  constructor(readonly reason: string) {}
}

function fail(path: string, reason: string): never {
  throw new Invalid(path ? `${path}: ${reason}` : reason);
}

/** A key as shown in a reason: short and printable. */
function shown(key: string): string {
  const short = key.length > 24 ? `${key.slice(0, 24)}...` : key;
  return JSON.stringify(short);
}

const at = (path: string, key: string) => `${path}.${key}`;
const item = (path: string, i: number) => `${path}[${i}]`;

/** Containers looked at between two looks at the clock. */
const PAUSE_EVERY = 64;

/**
 * Pass 1: only plain JSON data within the limits, no dangerous key,
 * iteratively. `step` goes on until done (true) or until `pause()` (false).
 */
function scanner(root: unknown): (pause: () => boolean) => boolean {
  const L = BUNDLE_LIMITS;
  // Containers waiting to be looked at and their depths, side by side: no object per value,
  // and scalars are checked where they are met, never pushed.
  const stack: object[] = [];
  const depths: number[] = [];
  const meet = (value: unknown, depth: number): void => {
    if (value === null || typeof value === 'boolean' || typeof value === 'number') return;
    if (typeof value === 'string') {
      if (value.length > L.maxStringLength) fail('', `a string is longer than ${L.maxStringLength} characters`);
      return;
    }
    if (typeof value !== 'object') fail('', `not JSON data (${typeof value})`);
    if (depth >= L.maxDepth) fail('', `nested deeper than ${L.maxDepth} levels`);
    stack.push(value);
    depths.push(depth);
  };
  // Values are counted when met, so a shared sub-object referenced many times cannot blow up the stack.
  let values = 1;
  meet(root, 0);
  return (pause) => {
    for (let n = 1; stack.length > 0; n++) {
      if (n % PAUSE_EVERY === 0 && pause()) return false;
      const value = stack.pop()!;
      const depth = depths.pop()! + 1;
      for (const key of FORBIDDEN_KEYS) if (hasOwn(value, key)) fail('', `forbidden key "${key}"`);
      if (Array.isArray(value)) {
        if (value.length > L.maxArrayLength) fail('', `an array is longer than ${L.maxArrayLength} items`);
        values += value.length;
        if (values > L.maxValues) fail('', `more than ${L.maxValues} values`);
        for (let i = 0; i < value.length; i++) meet(value[i], depth);
        continue;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) fail('', 'not a plain object');
      const keys = Object.keys(value);
      if (keys.length > L.maxKeys) fail('', `an object has more than ${L.maxKeys} keys`);
      values += keys.length;
      if (values > L.maxValues) fail('', `more than ${L.maxValues} values`);
      for (const key of keys) {
        if (key.length > L.maxStringLength) fail('', `a key is longer than ${L.maxStringLength} characters`);
        meet((value as Record<string, unknown>)[key], depth);
      }
    }
    return true;
  };
}

// Pass 2 helpers: each reads a value once and checks what it read.

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'not an object');
  return value as Record<string, unknown>;
}

/** An own property, never an inherited one. */
function field(obj: Record<string, unknown>, key: string): unknown {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

function list(value: unknown, path: string, max: number, min = 0): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, 'not an array');
  if (value.length > max) fail(path, `more than ${max} items`);
  if (value.length < min) fail(path, `fewer than ${min} items`);
  return value;
}

function keysOf(obj: Record<string, unknown>, path: string, max: number): string[] {
  const keys = Object.keys(obj);
  if (keys.length > max) fail(path, `more than ${max} entries`);
  return keys;
}

function text(value: unknown, path: string, pattern?: RegExp): string {
  if (typeof value !== 'string') fail(path, 'not a string');
  if (value.length > BUNDLE_LIMITS.maxStringLength) fail(path, 'string too long');
  if (pattern && !pattern.test(value)) fail(path, `${shown(value)} is not of the form ${pattern.source}`);
  return value;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'not a finite number');
  return value;
}

function pct(value: unknown, path: string): number {
  const n = finite(value, path);
  if (n < BUNDLE_LIMITS.minPct || n > BUNDLE_LIMITS.maxPct) fail(path, `${n} is outside ${BUNDLE_LIMITS.minPct}..${BUNDLE_LIMITS.maxPct} percent`);
  return n;
}

function index(value: unknown, path: string, length: number): number {
  const n = finite(value, path);
  if (!Number.isInteger(n) || n < 0 || n >= length) fail(path, `${n} is not an index below ${length}`);
  return n;
}

function source(value: unknown, path: string): SourceInfo {
  const obj = record(value, path);
  const id = text(field(obj, 'id'), at(path, 'id'));
  if (id === '') fail(at(path, 'id'), 'empty');
  const title = text(field(obj, 'title'), at(path, 'title'));
  const location = text(field(obj, 'location'), at(path, 'location'));
  const kind = text(field(obj, 'kind'), at(path, 'kind'));
  if (!SOURCE_KINDS.has(kind)) fail(at(path, 'kind'), `unknown kind ${shown(kind)}`);
  const licence = text(field(obj, 'licence'), at(path, 'licence'));
  const over = field(obj, 'over');
  if (over === undefined) return Object.freeze({ id, title, location, kind: kind as SourceInfo['kind'], licence });
  if (typeof over !== 'string' || !OVER.has(over)) fail(at(path, 'over'), 'not "transparent" or "all"');
  return Object.freeze({ id, title, location, kind: kind as SourceInfo['kind'], licence, over: over as NonNullable<SourceInfo['over']> });
}

type Column = readonly (number | null)[];

/** A number `check` takes as it is: a percent in range, or a count. */
function sane(v: unknown, check: (v: unknown, p: string) => number): v is number {
  if (typeof v !== 'number') return false;
  if (check === pct) return v >= BUNDLE_LIMITS.minPct && v <= BUNDLE_LIMITS.maxPct;
  return check === count && Number.isInteger(v) && v >= 0;
}

/** One series column: numbers (checked by `check`) or null, fitting the periods from `start`. */
function column(value: unknown, path: string, room: number, check: (v: unknown, p: string) => number): Column {
  const arr = list(value, path, room);
  const out: (number | null)[] = [];
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    // The common case without building the value's path, which only a refusal needs.
    out.push(v === null ? null : sane(v, check) ? v : check(v, item(path, i)));
  }
  return Object.freeze(out);
}

function count(value: unknown, path: string): number {
  const n = finite(value, path);
  if (!Number.isInteger(n) || n < 0) fail(path, `${n} is not a count`);
  return n;
}

function series(value: unknown, path: string, sources: number, periods: number): CorridorSeries {
  const obj = record(value, path);
  const src = index(field(obj, 'source'), at(path, 'source'), sources);
  const start = index(field(obj, 'start'), at(path, 'start'), periods);
  const room = periods - start;
  const out: { -readonly [K in keyof CorridorSeries]: CorridorSeries[K] } = {
    source: src,
    start,
    pct200: column(field(obj, 'pct200'), at(path, 'pct200'), room, pct),
  };
  const pct500 = field(obj, 'pct500');
  if (pct500 !== undefined) out.pct500 = column(pct500, at(path, 'pct500'), room, pct);
  const fx200 = field(obj, 'fx200');
  if (fx200 !== undefined) out.fx200 = column(fx200, at(path, 'fx200'), room, pct);
  const providers = field(obj, 'providers');
  if (providers !== undefined) out.providers = column(providers, at(path, 'providers'), room, count);
  return Object.freeze(out);
}

function statsSeries(value: unknown, path: string, sources: number, periods: number): ServiceStatsSeries {
  const obj = record(value, path);
  const src = index(field(obj, 'source'), at(path, 'source'), sources);
  const start = index(field(obj, 'start'), at(path, 'start'), periods);
  const room = periods - start;
  return Object.freeze({
    source: src,
    start,
    n: column(field(obj, 'n'), at(path, 'n'), room, count),
    median: column(field(obj, 'median'), at(path, 'median'), room, pct),
    min: column(field(obj, 'min'), at(path, 'min'), room, pct),
    max: column(field(obj, 'max'), at(path, 'max'), room, pct),
  });
}

const orNull = (value: unknown, path: string, check: (v: unknown, p: string) => number): number | null =>
  value === null ? null : check(value, path);

/** One service: [firm, channel or null, fee % or null, FX margin % or null, total %]. */
function serviceRow(value: unknown, path: string): ServiceRow {
  const row = list(value, path, 5, 5);
  const firm = text(row[0], item(path, 0), FIRM);
  if (firm.length > BUNDLE_LIMITS.maxFirmLength) fail(item(path, 0), `longer than ${BUNDLE_LIMITS.maxFirmLength} characters`);
  const channel = row[1];
  if (channel !== null && !(CHANNELS as readonly unknown[]).includes(channel)) fail(item(path, 1), 'not a channel');
  return Object.freeze([
    firm,
    channel as Channel | null,
    orNull(row[2], item(path, 2), pct),
    orNull(row[3], item(path, 3), pct),
    pct(row[4], item(path, 4)),
  ] as const);
}

function serviceQuarter(value: unknown, path: string, sources: number): ServiceQuarter {
  const obj = record(value, path);
  const period = text(field(obj, 'period'), at(path, 'period'), PERIOD);
  const source = index(field(obj, 'source'), at(path, 'source'), sources);
  const rows = list(field(obj, 'rows'), at(path, 'rows'), BUNDLE_LIMITS.maxServicesPerQuarter).map((r, i) => serviceRow(r, item(at(path, 'rows'), i)));
  return Object.freeze({ period, source, rows: Object.freeze(rows) });
}

/**
 * A record of per-corridor entries (`channels`, `serviceStats`, `services`,
 * `smart`): keys must be corridors of the bundle, except in a `detail` file,
 * whose `corridors` is empty (the keys need only be FROM-TO keys there).
 */
function perCorridor<T>(
  value: unknown,
  name: string,
  corridors: Readonly<Record<string, unknown>>,
  detail: boolean,
  each: (v: unknown, path: string) => T,
): Record<string, T> {
  const rec = record(value, name);
  const out: Record<string, T> = Object.create(null);
  for (const key of keysOf(rec, name, BUNDLE_LIMITS.maxCorridors)) {
    const path = at(name, key);
    if (!CORRIDOR.test(key) || (!detail && !hasOwn(corridors, key))) fail(path, `${shown(key)} is not a corridor of the bundle`);
    out[key] = each(rec[key], path);
  }
  return Object.freeze(out);
}

/** Pass 2: the shape of `Bundle`, built fresh from validated parts, pausing (`yield`) between its sections. */
function* build(value: unknown): Generator<void, Bundle, void> {
  const L = BUNDLE_LIMITS;
  const root = record(value, 'bundle');
  if (field(root, 'schema') !== 1) fail('schema', 'not 1');
  const variant = field(root, 'variant');
  if (variant !== 'full' && variant !== 'latest' && variant !== 'detail') fail('variant', 'not "full", "latest" or "detail"');

  const sources = list(field(root, 'sources'), 'sources', L.maxSources, 1).map((s, i) => source(s, item('sources', i)));

  const periods: Period[] = [];
  list(field(root, 'periods'), 'periods', L.maxPeriods).forEach((p, i) => {
    const period = text(p, item('periods', i), PERIOD);
    // Strictly ascending in time: sorted, no repeats.
    const previous = periods[periods.length - 1];
    if (previous !== undefined && comparePeriods(previous, period) >= 0) fail(item('periods', i), 'periods not sorted ascending');
    periods.push(period);
  });

  const countriesIn = record(field(root, 'countries'), 'countries');
  const countries: Record<string, readonly [string, string]> = Object.create(null);
  for (const code of keysOf(countriesIn, 'countries', L.maxCountries)) {
    const path = at('countries', code);
    if (!ALPHA3.test(code)) fail(path, `${shown(code)} is not an alpha-3 code`);
    const pair = list(countriesIn[code], path, 2, 2);
    countries[code] = Object.freeze([text(pair[0], item(path, 0), ALPHA2), text(pair[1], item(path, 1), CURRENCY)] as const);
  }

  const headline: HeadlineRow[] = [];
  list(field(root, 'headline'), 'headline', L.maxHeadline).forEach((r, i) => {
    const path = item('headline', i);
    const row = list(r, path, 4, 4);
    headline.push(
      Object.freeze([
        text(row[0], item(path, 0), PERIOD),
        text(row[1], item(path, 1), INDICATOR),
        pct(row[2], item(path, 2)),
        index(row[3], item(path, 3), sources.length),
      ] as const),
    );
  });

  const corridorsIn = record(field(root, 'corridors'), 'corridors');
  const corridors: Record<string, readonly CorridorSeries[]> = Object.create(null);
  for (const key of keysOf(corridorsIn, 'corridors', L.maxCorridors)) {
    const path = at('corridors', key);
    if (!CORRIDOR.test(key)) fail(path, `${shown(key)} is not a FROM-TO alpha-3 key`);
    for (const code of key.split('-')) if (!hasOwn(countries, code)) fail(path, `country ${code} is not in countries`);
    const all = list(corridorsIn[key], path, L.maxSeriesPerCorridor, 1);
    corridors[key] = Object.freeze(all.map((s, i) => series(s, item(path, i), sources.length, periods.length)));
  }

  const volumesIn = record(field(root, 'volumes'), 'volumes');
  const volumes: Record<string, number> = Object.create(null);
  for (const key of keysOf(volumesIn, 'volumes', L.maxCorridors)) {
    const path = at('volumes', key);
    if (!CORRIDOR.test(key) || !hasOwn(corridors, key)) fail(path, `${shown(key)} is not a corridor of the bundle`);
    const v = finite(volumesIn[key], path);
    if (v < 0) fail(path, 'negative volume');
    if (v > L.maxVolumeUsdMillions) fail(path, `${v} is above ${L.maxVolumeUsdMillions} USD millions`);
    volumes[key] = v;
  }

  const volumeYear = finite(field(root, 'volumeYear'), 'volumeYear');
  if (!Number.isInteger(volumeYear) || volumeYear < 1900 || volumeYear > 2200) fail('volumeYear', `${volumeYear} is not a year`);
  const volumeSource = index(field(root, 'volumeSource'), 'volumeSource', sources.length);
  yield;

  // Measured figures (channels, the services' statistics and lists, SmaRT), when present.
  const detail = variant === 'detail';
  const extra: { -readonly [K in 'channels' | 'serviceStats' | 'services' | 'smart']?: Bundle[K] } = {};
  const S = sources.length;
  const P = periods.length;
  const channelsIn = field(root, 'channels');
  if (channelsIn !== undefined) {
    extra.channels = perCorridor(channelsIn, 'channels', corridors, detail, (v, path) =>
      Object.freeze(
        list(v, path, CHANNEL_GROUPS.length * S).map((c, i): ChannelSeries => {
          const p = item(path, i);
          const name = field(record(c, p), 'channel');
          if (!isChannelGroup(name)) fail(at(p, 'channel'), 'not a channel group');
          const { fx200: _fx, ...rest } = series(c, p, S, P);
          return Object.freeze({ channel: name, ...rest });
        }),
      ),
    );
    yield;
  }
  const statsIn = field(root, 'serviceStats');
  if (statsIn !== undefined) {
    extra.serviceStats = perCorridor(statsIn, 'serviceStats', corridors, detail, (v, path) =>
      Object.freeze(list(v, path, S).map((s, i) => statsSeries(s, item(path, i), S, P))),
    );
    yield;
  }
  const servicesIn = field(root, 'services');
  if (servicesIn !== undefined) {
    extra.services = perCorridor(servicesIn, 'services', corridors, detail, (v, path) =>
      Object.freeze(list(v, path, L.maxServiceQuartersPerCorridor).map((q, i) => serviceQuarter(q, item(path, i), S))),
    );
    yield;
  }
  const smartIn = field(root, 'smart');
  if (smartIn !== undefined) extra.smart = perCorridor(smartIn, 'smart', corridors, detail, (v, path) => series(v, path, S, P));

  const bundle: Bundle = {
    schema: 1,
    variant,
    sources: Object.freeze(sources),
    periods: Object.freeze(periods),
    countries: Object.freeze(countries),
    headline: Object.freeze(headline),
    corridors: Object.freeze(corridors),
    volumes: Object.freeze(volumes),
    volumeYear,
    volumeSource,
    ...extra,
  };
  return Object.freeze(bundle);
}

function refused(e: unknown): BundleRefused {
  // A getter or proxy that throws, or anything else unexpected: refuse, quietly.
  return { ok: false, error: 'error_data_load', detail: e instanceof Invalid ? e.reason : 'unreadable value' };
}

/** `validateBundle` a step at a time: `step` returns null when it paused, else the result. */
export interface BundleCheckInSteps {
  step(pause: () => boolean): BundleCheck | null;
}

/**
 * `validateBundle` in steps: the generic scan goes on until `pause()` says
 * so (asked every few dozen containers), the build pauses between the
 * bundle's sections. A caller on a page's main thread runs one step per task
 * (widget/data-source.ts), so no bundle holds the thread for long.
 */
export function checkBundleInSteps(value: unknown): BundleCheckInSteps {
  let result: BundleCheck | null = null;
  let scan: ((pause: () => boolean) => boolean) | null = null;
  let building: Generator<void, Bundle, void> | null = null;
  return {
    step(pause) {
      if (result) return result;
      try {
        if (!building) {
          scan ??= scanner(value);
          if (!scan(pause)) return null;
          building = build(value);
          if (pause()) return null;
        }
        for (;;) {
          const next = building.next();
          if (next.done) return (result = { ok: true, bundle: next.value });
          if (pause()) return null;
        }
      } catch (e) {
        return (result = refused(e));
      }
    },
  };
}

/**
 * Validates `value` as a `Bundle`. On success the bundle is a new, deeply
 * frozen object (records without a prototype) that shares nothing with `value`.
 */
export function validateBundle(value: unknown): BundleCheck {
  return checkBundleInSteps(value).step(() => false) ?? refused(null);
}

