import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_LIMITS, checkBundleInSteps, validateBundle } from '../../core/validate-bundle.ts';
import { FULL_BUNDLE } from '../../core/full.ts';

const GENERATED = resolve(import.meta.dirname, '../../core/data/generated');
const latestText = readFileSync(join(GENERATED, 'latest.json'), 'utf8');
const fullText = readFileSync(join(GENERATED, 'full.json'), 'utf8');

/** Test data is poked at freely. */
type Json = any;
/** A fresh, mutable copy of the committed latest bundle. */
const latest = (): Json => JSON.parse(latestText);
const full = (): Json => JSON.parse(fullText);

function rejects(value: unknown, reason?: RegExp): void {
  const r = validateBundle(value);
  expect(r.ok, `accepted, expected ${reason}`).toBe(false);
  if (!r.ok) expect(r.error).toBe('error_data_load');
  if (!r.ok && reason) expect(r.detail).toMatch(reason);
}

/** Applies `change` to a copy of latest.json and expects a rejection. */
function rejectsChange(change: (b: Json) => void, reason?: RegExp): void {
  const b = latest();
  change(b);
  rejects(b, reason);
}

describe('validateBundle accepts the committed bundles', () => {
  for (const [name, text] of [['latest.json', latestText], ['full.json', fullText]] as const) {
    it(name, () => {
      const input = JSON.parse(text);
      const r = validateBundle(input);
      if (!r.ok) throw new Error(r.detail);
      // Every field of Bundle comes through unchanged (the measured figures of full.json included).
      expect(r.bundle).toEqual(input);
      expect(JSON.stringify(r.bundle)).toBe(JSON.stringify(input));
    });
  }

  it('in steps, pausing at every chance: the same bundle, or the same refusal, over many steps', () => {
    const steps = (value: unknown) => {
      const check = checkBundleInSteps(value);
      for (let n = 1; ; n++) {
        const r = check.step(() => true);
        if (r) return { r, n };
      }
    };
    const { r, n } = steps(full());
    expect(r).toEqual(validateBundle(full()));
    expect(r.ok).toBe(true);
    // The scan pauses every 64 containers (full.json has 8,023), the build between sections.
    expect(n).toBeGreaterThan(100);
    const bad = full();
    bad.services = { 'USA-MEX': [{ period: '2025Q1', source: 0, rows: [['Firm', 'bank', 1, 1, 5000]] }] };
    expect(steps(bad).r).toEqual(validateBundle(bad));
    expect(steps(bad).r).toMatchObject({ ok: false, detail: expect.stringMatching(/services\.USA-MEX\[0\]\.rows\[0\]\[4\]: 5000 is outside/) });
  });

  it('returns a fresh, frozen object that shares nothing with the input', () => {
    const input = latest();
    const r = validateBundle(input);
    if (!r.ok) throw new Error(r.detail);
    expect(r.bundle).not.toBe(input);
    expect(r.bundle.corridors).not.toBe(input.corridors);
    expect(r.bundle.corridors['USA-MEX']).not.toBe(input.corridors['USA-MEX']);
    expect(r.bundle.corridors['USA-MEX']![0]!.pct200).not.toBe(input.corridors['USA-MEX'][0].pct200);
    input.corridors['USA-MEX'][0].pct200[0] = 99;
    input.sources[0].title = 'changed';
    expect(r.bundle.corridors['USA-MEX']![0]!.pct200[0]).toBe(4.978);
    expect(r.bundle.sources[0]!.title).not.toBe('changed');
    expect(Object.isFrozen(r.bundle)).toBe(true);
    expect(Object.isFrozen(r.bundle.corridors['USA-MEX']![0]!.pct200)).toBe(true);
    // Records have no prototype: `toString` or `constructor` is not a country or a corridor.
    expect((r.bundle.countries as Record<string, unknown>)['toString']).toBeUndefined();
    expect((r.bundle.corridors as Record<string, unknown>)['constructor']).toBeUndefined();
  });

  it('ignores unknown top-level fields and does not copy them', () => {
    const b = latest();
    b.futureFlag = true;
    b.comments = { anything: ['goes'] };
    const r = validateBundle(b);
    if (!r.ok) throw new Error(r.detail);
    expect(Object.keys(r.bundle).sort()).toEqual(
      ['corridors', 'countries', 'headline', 'periods', 'schema', 'sources', 'variant', 'volumeSource', 'volumeYear', 'volumes'].sort(),
    );
  });

  it('keeps nulls in series and the optional columns', () => {
    const r = validateBundle(full());
    if (!r.ok) throw new Error(r.detail);
    const usaMex = r.bundle.corridors['USA-MEX']!;
    expect(usaMex.map((s) => Object.keys(s).sort())).toEqual([
      ['pct200', 'source', 'start'],
      ['fx200', 'pct200', 'pct500', 'providers', 'source', 'start'],
    ]);
    const withNull = Object.values(r.bundle.corridors).flat().some((s) => s.pct200.includes(null));
    expect(withNull).toBe(true);
  });
});

describe('validateBundle rejects, one rule at a time', () => {
  it('a value that is not an object', () => {
    for (const v of [null, undefined, 1, 'bundle', true, [], [latest()], () => 1, Symbol('x'), 10n]) rejects(v);
  });
  it('schema other than 1', () => rejectsChange((b) => (b.schema = 2), /^schema/));
  it('a missing schema', () => rejectsChange((b) => delete b.schema, /^schema/));
  it('variant other than full or latest', () => rejectsChange((b) => (b.variant = 'partial'), /^variant/));
  it('sources not an array, or empty', () => {
    rejectsChange((b) => (b.sources = {}), /^sources: not an array/);
    rejectsChange((b) => (b.sources = []), /^sources: fewer than 1/);
  });
  it('a source field that is not a string', () => {
    for (const f of ['id', 'title', 'location', 'kind', 'licence']) {
      rejectsChange((b) => (b.sources[1][f] = 5), new RegExp(`^sources\\[1\\]\\.${f}: not a string`));
      rejectsChange((b) => delete b.sources[1][f], new RegExp(`^sources\\[1\\]\\.${f}: not a string`));
    }
  });
  it('an empty source id', () => rejectsChange((b) => (b.sources[0].id = ''), /sources\[0\]\.id: empty/));
  it('a source of unknown kind', () => rejectsChange((b) => (b.sources[2].kind = 'rumour'), /unknown kind "rumour"/));
  it('a source that is not an object', () => rejectsChange((b) => (b.sources[0] = 'World Bank'), /sources\[0\]: not an object/));
  it('a badly written period', () => {
    for (const p of ['2025Q5', '25Q1', '2025q1', '2025-Q1', '', ' 2025Q1', 2025]) {
      rejectsChange((b) => (b.periods[9] = p), /^periods\[9\]/);
    }
  });
  it('periods out of order in time, annual ones included (2010 is mid-2010, after 2010Q1)', () => {
    rejectsChange((b) => (b.periods = ['2010', '2010Q1']), /periods\[1\]: periods not sorted/);
    const b = latest();
    b.periods = ['2010Q1', '2010', ...b.periods];
    for (const s of Object.values(b.corridors) as Json[]) for (const x of s) x.start += 2;
    expect(validateBundle(b).ok).toBe(true);
  });
  it('periods out of order', () => rejectsChange((b) => b.periods.reverse(), /not sorted/));
  it('a repeated period', () => rejectsChange((b) => (b.periods[1] = b.periods[0]), /periods\[1\]: periods not sorted/));
  it('countries not an object', () => rejectsChange((b) => (b.countries = [['US', 'USD']]), /^countries: not an object/));
  it('a country key that is not alpha-3', () => {
    for (const k of ['usa', 'US', 'USAA', 'U1A']) rejectsChange((b) => (b.countries[k] = ['US', 'USD']), /is not an alpha-3 code/);
  });
  it('a country that is not an [alpha-2, currency] pair', () => {
    rejectsChange((b) => (b.countries.MEX = ['MX']), /countries\.MEX: fewer than 2/);
    rejectsChange((b) => (b.countries.MEX = ['MX', 'MXN', 'x']), /countries\.MEX: more than 2/);
    rejectsChange((b) => (b.countries.MEX = { 0: 'MX', 1: 'MXN' }), /countries\.MEX: not an array/);
    rejectsChange((b) => (b.countries.MEX = ['mx', 'MXN']), /countries\.MEX\[0\]/);
    rejectsChange((b) => (b.countries.MEX = ['MEX', 'MXN']), /countries\.MEX\[0\]/);
    rejectsChange((b) => (b.countries.MEX = ['MX', 'Peso']), /countries\.MEX\[1\]/);
  });
  it('a headline row of the wrong length', () => {
    rejectsChange((b) => b.headline[0].pop(), /headline\[0\]: fewer than 4/);
    rejectsChange((b) => b.headline[0].push(1), /headline\[0\]: more than 4/);
    rejectsChange((b) => (b.headline[0] = { period: '2008' }), /headline\[0\]: not an array/);
  });
  it('a headline row with a bad period or indicator', () => {
    rejectsChange((b) => (b.headline[0][0] = '08'), /headline\[0\]\[0\]/);
    rejectsChange((b) => (b.headline[0][1] = 7), /headline\[0\]\[1\]: not a string/);
    rejectsChange((b) => (b.headline[0][1] = '<img src=x>'), /headline\[0\]\[1\]/);
  });
  it('a headline value that is not a finite number (1e309 parses as Infinity)', () => {
    const text = latestText.replace('["2011Q3","channel_bank",13.7,3]', '["2011Q3","channel_bank",1e309,3]');
    expect(text).not.toBe(latestText);
    rejects(JSON.parse(text), /headline\[0\]\[2\]: not a finite number/);
    rejectsChange((b) => (b.headline[0][2] = '9.8'), /headline\[0\]\[2\]: not a finite number/);
    rejectsChange((b) => (b.headline[0][2] = Number.NaN), /headline\[0\]\[2\]: not a finite number/);
  });
  it('a headline value outside the sane range', () => {
    rejectsChange((b) => (b.headline[0][2] = 1000.5), /outside -100\.\.1000 percent/);
    rejectsChange((b) => (b.headline[0][2] = -101), /outside -100\.\.1000 percent/);
  });
  it('a headline source index out of range or not an integer', () => {
    rejectsChange((b) => (b.headline[0][3] = b.sources.length), /headline\[0\]\[3\]: \d+ is not an index/);
    rejectsChange((b) => (b.headline[0][3] = -1), /headline\[0\]\[3\]/);
    rejectsChange((b) => (b.headline[0][3] = 1.5), /headline\[0\]\[3\]/);
  });
  it('corridors not an object', () => rejectsChange((b) => (b.corridors = []), /^corridors: not an object/));
  it('a corridor key not of the form FROM-TO', () => {
    for (const k of ['USA_MEX', 'usa-mex', 'USA-MEX-GTM', 'US-MX']) {
      rejectsChange((b) => (b.corridors[k] = b.corridors['USA-MEX']), /is not a FROM-TO alpha-3 key/);
    }
  });
  it('a corridor whose countries are not in countries', () => {
    rejectsChange((b) => (b.corridors['USA-ZZZ'] = b.corridors['USA-MEX']), /country ZZZ is not in countries/);
    rejectsChange((b) => delete b.countries.MEX, /country MEX is not in countries/);
  });
  it('a corridor without series, or not a list', () => {
    rejectsChange((b) => (b.corridors['USA-MEX'] = []), /corridors\.USA-MEX: fewer than 1/);
    rejectsChange((b) => (b.corridors['USA-MEX'] = b.corridors['USA-MEX'][0]), /corridors\.USA-MEX: not an array/);
  });
  it('a series source index out of range or not an integer', () => {
    rejectsChange((b) => (b.corridors['USA-MEX'][0].source = 99), /USA-MEX\[0\]\.source: 99 is not an index/);
    rejectsChange((b) => (b.corridors['USA-MEX'][0].source = '1'), /USA-MEX\[0\]\.source: not a finite number/);
    rejectsChange((b) => (b.corridors['USA-MEX'][0].source = 0.5), /USA-MEX\[0\]\.source/);
  });
  it('a series start out of range or not an integer', () => {
    rejectsChange((b) => (b.corridors['USA-MEX'][0].start = b.periods.length), /USA-MEX\[0\]\.start/);
    rejectsChange((b) => (b.corridors['USA-MEX'][0].start = -1), /USA-MEX\[0\]\.start/);
    rejectsChange((b) => delete b.corridors['USA-MEX'][0].start, /USA-MEX\[0\]\.start: not a finite number/);
  });
  it('a series longer than the periods after its start', () => {
    // USA-IND's latest figure is in the bundle's last quarter (2025Q3).
    rejectsChange((b) => b.corridors['USA-IND'][0].pct200.push(4.1), /USA-IND\[0\]\.pct200: more than 1 items/);
  });
  it('pct200 missing, not an array, or with a value that is not a number or null', () => {
    rejectsChange((b) => delete b.corridors['USA-MEX'][0].pct200, /pct200: not an array/);
    rejectsChange((b) => (b.corridors['USA-MEX'][0].pct200 = 4.9), /pct200: not an array/);
    rejectsChange((b) => (b.corridors['USA-MEX'][0].pct200 = ['4.9']), /pct200\[0\]: not a finite number/);
    rejectsChange((b) => (b.corridors['USA-MEX'][0].pct200 = [{}]), /pct200\[0\]: not a finite number/);
  });
  it('a series value outside the sane range', () => {
    rejectsChange((b) => (b.corridors['USA-MEX'][0].pct200 = [1e6]), /pct200\[0\]: 1000000 is outside/);
    rejectsChange((b) => (b.corridors['USA-MEX'][0].pct500 = [-150]), /pct500\[0\]: -150 is outside/);
  });
  it('optional columns of the wrong type', () => {
    const f = full();
    f.corridors['USA-MEX'][1].fx200[3] = 'x';
    rejects(f, /USA-MEX\[1\]\.fx200\[3\]: not a finite number/);
    const g = full();
    g.corridors['USA-MEX'][1].providers[0] = -1;
    rejects(g, /providers\[0\]: -1 is not a count/);
    const h = full();
    h.corridors['USA-MEX'][1].providers[0] = 2.5;
    rejects(h, /providers\[0\]: 2\.5 is not a count/);
  });
  it('volumes not an object, negative, not finite or not for a corridor of the bundle', () => {
    rejectsChange((b) => (b.volumes = [1]), /^volumes: not an object/);
    rejectsChange((b) => (b.volumes['USA-MEX'] = -1), /volumes\.USA-MEX: negative volume/);
    rejectsChange((b) => (b.volumes['USA-MEX'] = '100'), /volumes\.USA-MEX: not a finite number/);
    rejectsChange((b) => (b.volumes['MEX-USA'] = 10), /volumes\.MEX-USA: "MEX-USA" is not a corridor/);
  });
  it('a volume year that is not a year, a volume source out of range', () => {
    rejectsChange((b) => (b.volumeYear = 2017.5), /^volumeYear/);
    rejectsChange((b) => (b.volumeYear = '2017'), /^volumeYear/);
    rejectsChange((b) => (b.volumeSource = b.sources.length), /^volumeSource/);
    rejectsChange((b) => delete b.volumeSource, /^volumeSource/);
  });

  describe('limits', () => {
    it(`more than ${BUNDLE_LIMITS.maxCorridors} corridors`, () => {
      const b = latest();
      const codes = Object.keys(b.countries);
      const series = b.corridors['USA-MEX'];
      let n = Object.keys(b.corridors).length;
      for (const a of codes) {
        for (const c of codes) {
          if (n > BUNDLE_LIMITS.maxCorridors) break;
          if (a !== c && !b.corridors[`${a}-${c}`]) {
            b.corridors[`${a}-${c}`] = series;
            n++;
          }
        }
      }
      rejects(b, /^corridors: more than 2000 entries/);
    });
    it(`more than ${BUNDLE_LIMITS.maxPeriods} periods`, () => {
      const b = latest();
      b.periods = Array.from({ length: 501 }, (_, i) => `${1800 + Math.floor(i / 4)}Q${(i % 4) + 1}`);
      rejects(b, /^periods: more than 500 items/);
    });
    it('a string longer than 1,000 characters, anywhere', () => {
      rejectsChange((b) => (b.sources[0].title = 'x'.repeat(1001)), /longer than 1000 characters/);
      rejectsChange((b) => (b.smart = { note: 'x'.repeat(1001) }), /longer than 1000 characters/);
      rejectsChange((b) => (b.smart = { ['k'.repeat(1001)]: 1 }), /a key is longer than 1000 characters/);
    });
    it('an array longer than 10,000 items, anywhere', () => {
      rejectsChange((b) => (b.channels = new Array(10_001).fill(0)), /an array is longer than 10000 items/);
    });
    it('too many values in all', () => {
      rejectsChange((b) => (b.channels = Array.from({ length: 100 }, () => new Array(6_000).fill(1))), /more than 500000 values/);
    });
    it('nesting deeper than the limit, even in an unknown field', () => {
      let deep: Json = 1;
      for (let i = 0; i < 20; i++) deep = [deep];
      rejectsChange((b) => (b.smart = deep), /nested deeper than 16 levels/);
    });
    it('values that are not JSON data', () => {
      rejectsChange((b) => (b.smart = new Date(0)), /not a plain object/);
      rejectsChange((b) => (b.smart = new Map()), /not a plain object/);
      rejectsChange((b) => (b.smart = () => 1), /not JSON data \(function\)/);
      rejectsChange((b) => (b.smart = undefined), /not JSON data \(undefined\)/);
    });
  });
});

describe('validateBundle and hostile keys', () => {
  it('rejects an own __proto__ key made by JSON.parse at the top, and nothing is polluted', () => {
    const text = `{"__proto__": {"polluted": 1}, ${latestText.trim().slice(1)}`;
    const parsed = JSON.parse(text);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    rejects(parsed, /forbidden key "__proto__"/);
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
  });

  it('rejects nested constructor, prototype and __proto__ keys anywhere', () => {
    const inject = (needle: string, payload: string) => {
      const text = latestText.replace(needle, `${needle}${payload},`);
      expect(text).not.toBe(latestText);
      return JSON.parse(text);
    };
    // Inside a source, a series, the countries record, the corridors record and an unknown field.
    rejects(inject('{"id":"rpw-databank",', '"constructor":{"prototype":{"polluted":1}}'), /forbidden key "constructor"/);
    rejects(inject('"USA-MEX":[{', '"__proto__":{"polluted":1}'), /forbidden key "__proto__"/);
    rejects(inject('"countries":{', '"prototype":["XX","XXX"]'), /forbidden key "prototype"/);
    rejects(inject('"corridors":{', '"constructor":[]'), /forbidden key "constructor"/);
    rejects(inject('"schema":1,', '"smart":{"a":[{"b":{"__proto__":{"polluted":1}}}]}'), /forbidden key "__proto__"/);
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
  });

  it('rejects hand-built objects with own dangerous keys, arrays included', () => {
    const b = latest();
    Object.defineProperty(b.sources[0], '__proto__', { value: { polluted: 1 }, enumerable: true });
    rejects(b, /forbidden key "__proto__"/);
    const c = latest();
    c.periods.constructor = 'x';
    rejects(c, /forbidden key "constructor"/);
  });

  it('refuses objects whose getters or proxies throw, without throwing', () => {
    const b = latest();
    Object.defineProperty(b, 'sources', { enumerable: true, get: () => { throw new Error('boom'); } });
    rejects(b, /unreadable value/);
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, getPrototypeOf: () => Object.prototype });
    rejects(trap);
  });
});

describe('validateBundle on deep and cyclic input', () => {
  it('deeply nested JSON does not throw', () => {
    for (const depth of [100_000, 5_000]) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      } catch {
        continue; // this engine's JSON.parse refuses the depth; the smaller one is tried
      }
      expect(() => validateBundle(parsed)).not.toThrow();
      rejects(parsed, /nested deeper/);
      const inObject = JSON.parse(`{"schema":1,"smart":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`);
      rejects(inObject, /nested deeper/);
    }
  });

  it('a hand-built object nested 1,000,000 deep, and a cycle, do not throw', () => {
    let deep: Json = {};
    for (let i = 0; i < 1_000_000; i++) deep = { a: deep };
    rejects(deep, /nested deeper/);
    const b = latest();
    b.smart = { self: b };
    rejects(b, /nested deeper/);
    const cyclic: Json[] = [];
    cyclic.push(cyclic);
    rejects(cyclic);
  });

  it('a shared sub-object referenced many times cannot blow up the work', () => {
    // 10,000 references to an array of 10,000 references to ... : 10,000^4 paths, one of each value.
    let wide: Json = 1;
    for (let i = 0; i < 4; i++) wide = new Array(10_000).fill(wide);
    const started = performance.now();
    rejectsChange((b) => (b.smart = wide), /more than 500000 values/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

/** Every path (list of keys) in a JSON value, for mutations. */
function pathsOf(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out;
}

function setAt(root: Json, path: (string | number)[], value: unknown): Json {
  if (path.length === 0) return value;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
  return root;
}

/** The property every input must satisfy: no throw; an accepted bundle re-validates to an equal one. */
function holds(value: unknown): void {
  const r = validateBundle(value);
  if (r.ok) {
    const again = validateBundle(r.bundle);
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.bundle).toEqual(r.bundle);
    expect(r.bundle).not.toBe(value);
  } else {
    expect(r.error).toBe('error_data_load');
    expect(typeof r.detail).toBe('string');
    expect(r.detail.length).toBeLessThan(300);
  }
}

describe('validateBundle properties (fast-check)', () => {
  const small: Json = (() => {
    // latest.json with 20 corridors keeps the mutation space small enough to hit every part.
    const b = latest();
    b.corridors = Object.fromEntries(Object.entries(b.corridors).slice(0, 20));
    b.volumes = {};
    return b;
  })();
  const smallText = JSON.stringify(small);
  const smallPaths = pathsOf(small);

  it('the trimmed bundle itself is valid', () => {
    expect(validateBundle(JSON.parse(smallText)).ok).toBe(true);
  });

  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), holds), { seed: 5, numRuns: 300 });
  });

  it('never throws on anything', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), holds), {
      seed: 5,
      numRuns: 300,
    });
  });

  it('never throws when one field of a valid bundle is replaced with random JSON', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: smallPaths.length - 1 }), fc.jsonValue({ maxDepth: 4 }), (i, replacement) => {
        const mutated = setAt(JSON.parse(smallText), smallPaths[i]!, replacement);
        holds(mutated);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('never throws when a field is replaced with JSON text holding hostile keys and odd numbers', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '{"__proto__":{"polluted":1}}',
        '{"constructor":{"prototype":{"polluted":1}}}',
        '1e309',
        '-0',
        '-1e309',
        '[null]',
        '"\\u0000"',
        '"' + 'ش'.repeat(1001) + '"',
      ),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: smallPaths.length - 1 }), hostile, (i, text) => {
        holds(setAt(JSON.parse(smallText), smallPaths[i]!, JSON.parse(text)));
      }),
      { seed: 5, numRuns: 300 },
    );
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('measured channel figures from the provider-level data', () => {
  it('keeps valid `channels` and `smart`, and refuses them for unknown corridors or channels', async () => {
    const { readFileSync } = await import('node:fs');
    const base = JSON.parse(readFileSync(new URL('../../core/data/generated/latest.json', import.meta.url), 'utf8'));
    const start = base.corridors['USA-MEX'][0].start;
    const withChannels = { ...base, channels: { 'USA-MEX': [{ channel: 'bank', source: 0, start, pct200: [9.5] }] }, smart: { 'USA-MEX': { source: 0, start, pct200: [2.1], providers: [3] } } };
    const ok = validateBundle(withChannels);
    expect(ok.ok && ok.bundle.channels?.['USA-MEX']?.[0]).toMatchObject({ channel: 'bank', pct200: [9.5] });
    expect(ok.ok && ok.bundle.smart?.['USA-MEX']).toMatchObject({ pct200: [2.1] });
    expect(validateBundle({ ...withChannels, channels: { 'USA-XXX': [] } }).ok).toBe(false);
    expect(validateBundle({ ...withChannels, channels: { 'USA-MEX': [{ channel: 'hawala', source: 0, start, pct200: [1] }] } }).ok).toBe(false);
  });
});

describe('channel groups, service statistics, services and detail files (issue 10)', () => {
  /** latest.json with measured figures for USA-MEX, in its one quarter. */
  const withMeasured = (): Json => {
    const b = latest();
    const start = b.corridors['USA-MEX'][0].start;
    b.sources[0].over = 'transparent';
    b.channels = { 'USA-MEX': [{ channel: 'bank', source: 0, start, pct200: [9.5] }, { channel: 'mto_mobile', source: 1, start, pct200: [3.1] }] };
    b.serviceStats = { 'USA-MEX': [{ source: 0, start, n: [12], median: [4.2], min: [-0.5], max: [11] }] };
    b.services = {
      'USA-MEX': [{ period: b.periods[start], source: 0, rows: [['Remesas "Uno", S.A.', 'mto', 1.2, 0.8, 2], ['Bank / MTO', null, null, null, 3.5]] }],
    };
    return b;
  };
  const change = (edit: (b: Json) => void): Json => {
    const b = withMeasured();
    edit(b);
    return b;
  };

  it('keeps every field, `over` on sources and the `mto_mobile` group included', () => {
    const input = withMeasured();
    const r = validateBundle(input);
    if (!r.ok) throw new Error(r.detail);
    expect(r.bundle.sources[0]?.over).toBe('transparent');
    expect(r.bundle.channels).toEqual(input.channels);
    expect(r.bundle.serviceStats).toEqual(input.serviceStats);
    expect(r.bundle.services).toEqual(input.services);
  });

  it('refuses a bad `over`, channel group, or more series than groups x sources', () => {
    rejects(change((b) => (b.sources[0].over = 'some')), /sources\[0\]\.over: not "transparent" or "all"/);
    rejects(change((b) => (b.channels['USA-MEX'][0].channel = 'hawala')), /channels\.USA-MEX\[0\]\.channel: not a channel group/);
    rejects(
      change((b) => (b.channels['USA-MEX'] = Array.from({ length: 5 * b.sources.length + 1 }, () => b.channels['USA-MEX'][0]))),
      /channels\.USA-MEX: more than \d+ items/,
    );
  });

  it('refuses statistics that are not counts or percent in range, or do not fit the periods', () => {
    rejects(change((b) => (b.serviceStats['USA-MEX'][0].n = [1.5])), /serviceStats\.USA-MEX\[0\]\.n\[0\]: 1\.5 is not a count/);
    rejects(change((b) => (b.serviceStats['USA-MEX'][0].median = [5000])), /median\[0\]: 5000 is outside -100\.\.1000 percent/);
    rejects(change((b) => b.serviceStats['USA-MEX'][0].max.push(1, 2)), /serviceStats\.USA-MEX\[0\]\.max: more than/);
    rejects(change((b) => delete b.serviceStats['USA-MEX'][0].min), /min: not an array/);
    rejects(change((b) => (b.serviceStats['USA-XXX'] = b.serviceStats['USA-MEX'])), /serviceStats\.USA-XXX: "USA-XXX" is not a corridor of the bundle/);
  });

  it('refuses service rows with a bad firm, channel or figure', () => {
    const row = (edit: (r: unknown[]) => void) => change((b) => edit(b.services['USA-MEX'][0].rows[0]));
    rejects(row((r) => (r[0] = 'x'.repeat(BUNDLE_LIMITS.maxFirmLength + 1))), /rows\[0\]\[0\]: longer than 120 characters/);
    rejects(row((r) => (r[0] = 'Bank\u001b[2J')), /rows\[0\]\[0\]: .* is not of the form/);
    rejects(row((r) => (r[0] = '')), /rows\[0\]\[0\]/);
    rejects(row((r) => (r[1] = 'mto_mobile')), /rows\[0\]\[1\]: not a channel/);
    rejects(row((r) => (r[2] = 1e308)), /rows\[0\]\[2\]: 1e\+308 is outside/);
    rejects(row((r) => (r[3] = '0.8')), /rows\[0\]\[3\]: not a finite number/);
    rejects(row((r) => (r[4] = null)), /rows\[0\]\[4\]: not a finite number/);
    rejects(row((r) => r.push(1)), /rows\[0\]: more than 5 items/);
    rejects(change((b) => (b.services['USA-MEX'][0].period = '2025Q5')), /services\.USA-MEX\[0\]\.period/);
    rejects(change((b) => (b.services['USA-MEX'][0].source = 999)), /services\.USA-MEX\[0\]\.source: 999 is not an index/);
  });

  it('accepts a detail file: empty corridors, the measured figures keyed by its corridor; still checks the keys', () => {
    const detail = change((b) => {
      b.variant = 'detail';
      b.corridors = {};
      b.headline = [];
      b.volumes = {};
    });
    const r = validateBundle(detail);
    if (!r.ok) throw new Error(r.detail);
    expect(r.bundle.variant).toBe('detail');
    expect(Object.keys(r.bundle.services ?? {})).toEqual(['USA-MEX']);
    rejects({ ...detail, channels: { 'not-a-key': [] } }, /channels\.not-a-key: .* is not a corridor/);
    rejects({ ...detail, variant: 'partial' }, /variant: not "full", "latest" or "detail"/);
    // Outside a detail file the keys must be corridors of the bundle.
    rejects({ ...detail, variant: 'full' }, /is not a corridor of the bundle/);
  });
});

describe('absurd values the schema can hold', () => {
  it('the validator refuses a corridor volume no corridor can have', () => {
    const raw = JSON.parse(JSON.stringify(FULL_BUNDLE));
    raw.volumes['USA-MEX'] = 1e308;
    expect(validateBundle(raw)).toMatchObject({ ok: false, error: 'error_data_load', detail: expect.stringMatching(/volumes\.USA-MEX: .* above/) });
  });
});
