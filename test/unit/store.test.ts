import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCalculatorStore, DEFAULT_INPUTS, EMPTY_QUOTE, persistence, STORE_VERSION, type CalculatorStore } from '../../core/index.ts';

/** A string storage in memory, sync or async like chrome.storage. */
function memory(initial: Record<string, string> = {}, async = false) {
  const data = new Map(Object.entries(initial));
  const wrap = <T>(v: T) => (async ? Promise.resolve(v) : v);
  return {
    data,
    getItem: (k: string) => wrap(data.get(k) ?? null),
    setItem: (k: string, v: string) => wrap(void data.set(k, v)),
    removeItem: (k: string) => wrap(void data.delete(k)),
  };
}

const hydrated = (store: CalculatorStore) =>
  new Promise<void>((resolve) => {
    const api = (store as unknown as { persist: { hasHydrated(): boolean; onFinishHydration(f: () => void): void } }).persist;
    if (api.hasHydrated()) resolve();
    else api.onFinishHydration(() => resolve());
  });

describe('createCalculatorStore', () => {
  it('holds only what the user chose, with defaults', () => {
    const s = createCalculatorStore().getState();
    expect(s.from).toBe('USA');
    expect(s.to).toBe('MEX');
    expect(s.amount).toBe(200);
    expect(s.perYear).toBe(12);
    expect(Object.keys(s).filter((k) => typeof (s as unknown as Record<string, unknown>)[k] !== 'function').sort()).toEqual(
      ['amount', 'from', 'lang', 'notice', 'noticeFields', 'perYear', 'quote', 'theme', 'to', 'view'],
    );
  });

  it('refuses bad values and keeps the last good state', () => {
    const store = createCalculatorStore();
    const s = store.getState();
    expect(s.setAmount(350)).toEqual({ ok: true });
    expect(s.setAmount(-5)).toEqual({ ok: false, error: 'error_amount_not_positive', field: 'amount' });
    expect(s.setAmount(Number.NaN)).toEqual({ ok: false, error: 'error_amount_invalid', field: 'amount' });
    expect(s.setPerYear(0)).toEqual({ ok: false, error: 'error_per_year_invalid', field: 'perYear' });
    expect(s.setLang('xx')).toEqual({ ok: false, error: 'error_lang_unknown', field: 'lang' });
    expect(s.setTheme('neon')).toEqual({ ok: false, error: 'error_theme_unknown', field: 'theme' });
    expect(s.setCorridor('U$', 'MEX')).toEqual({ ok: false, error: 'error_country_unknown', field: 'from' });
    expect(s.setCorridor('USA', 'M3X')).toEqual({ ok: false, error: 'error_country_unknown', field: 'to' });
    const now = store.getState();
    expect([now.amount, now.perYear, now.lang, now.theme, now.from, now.to, now.quote.fee]).toEqual([350, 12, null, 'auto', 'USA', 'MEX', null]);
  });

  it('names the quote field that is bad, and keeps the quote as it was', () => {
    const store = createCalculatorStore();
    const s = store.getState();
    s.setQuote({ fee: 3 });
    expect(s.setQuote({ fee: -1 })).toEqual({ ok: false, error: 'error_fee_invalid', field: 'fee' });
    expect(s.setQuote({ rate: Number.NaN })).toEqual({ ok: false, error: 'error_rate_invalid', field: 'rate' });
    expect(s.setQuote({ midRate: Infinity })).toEqual({ ok: false, error: 'error_mid_rate_invalid', field: 'midRate' });
    expect(s.setQuote({ amount: -2 })).toEqual({ ok: false, error: 'error_amount_invalid', field: 'amount' });
    expect(s.setQuote({ feeMode: 'sideways' as never })).toEqual({ ok: false, error: 'error_fee_mode', field: 'feeMode' });
    expect(store.getState().quote).toEqual({ ...EMPTY_QUOTE, fee: 3 });
    expect(s.setQuote({ fee: 4 })).toEqual({ ok: true });
    expect(store.getState().quote.fee).toBe(4);
  });
});

describe('persistence', () => {
  it('remembers the inputs across stores (async storage, like chrome.storage)', async () => {
    const storage = memory({}, true);
    const a = createCalculatorStore({ persistence: persistence(storage) });
    await hydrated(a);
    a.getState().setCorridor('GBR', 'IND');
    a.getState().setAmount(500);
    await new Promise((r) => setTimeout(r, 0));
    const saved = JSON.parse(storage.data.get('remit-calculator')!);
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state).toMatchObject({ from: 'GBR', to: 'IND', amount: 500 });
    expect(saved.state.notice).toBeUndefined();
    const b = createCalculatorStore({ persistence: persistence(storage) });
    await hydrated(b);
    expect(b.getState()).toMatchObject({ from: 'GBR', to: 'IND', amount: 500, notice: null });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '[1,2,3]'],
    ['a foreign shape', '{"hello":"world"}'],
    ['a string', '"text"'],
  ])('falls back to the defaults with a notice on %s', async (_, raw) => {
    const store = createCalculatorStore({ persistence: persistence(memory({ 'remit-calculator': raw })) });
    await hydrated(store);
    expect(store.getState()).toMatchObject({ from: DEFAULT_INPUTS.from, amount: DEFAULT_INPUTS.amount, notice: 'error_storage_reset' });
  });

  it('keeps each valid field and drops the bad ones', async () => {
    const raw = JSON.stringify({ state: { from: 'GBR', to: 'IND', amount: -3, perYear: 4, lang: 'klingon' }, version: STORE_VERSION });
    const store = createCalculatorStore({ persistence: persistence(memory({ 'remit-calculator': raw })) });
    await hydrated(store);
    expect(store.getState()).toMatchObject({ from: 'GBR', to: 'IND', amount: 200, perYear: 4, lang: null, notice: 'error_storage_reset' });
  });

  it('migrates version 0 (amount kept as a string)', async () => {
    const raw = JSON.stringify({ state: { from: 'USA', to: 'GTM', amount: '300' }, version: 0 });
    const store = createCalculatorStore({ persistence: persistence(memory({ 'remit-calculator': raw })) });
    await hydrated(store);
    expect(store.getState()).toMatchObject({ to: 'GTM', amount: 300, notice: null });
  });

  it('survives a storage that throws', async () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    const store = createCalculatorStore({ persistence: persistence(broken) });
    await hydrated(store);
    expect(store.getState().notice).toBe('error_storage_reset');
    expect(() => store.getState().setAmount(20)).not.toThrow();
    expect(store.getState().amount).toBe(20);
  });

  it('never throws and never keeps an invalid field, whatever is stored (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((state) => JSON.stringify({ state, version: 1 }))), async (raw) => {
        const store = createCalculatorStore({ persistence: persistence(memory({ 'remit-calculator': raw })) });
        await hydrated(store);
        const s = store.getState();
        expect(s.amount > 0 && Number.isFinite(s.amount)).toBe(true);
        expect(Number.isInteger(s.perYear)).toBe(true);
        expect(/^[A-Z]{3}$/.test(s.from) && /^[A-Z]{3}$/.test(s.to)).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('damaged stored settings (Hardening II)', () => {
  it('writes the repaired settings back once, so the notice does not come back at every opening', async () => {
    const raw = JSON.stringify({ state: { from: 'GBR', to: 'IND', amount: -3, perYear: 4 }, version: STORE_VERSION });
    const storage = memory({ 'remit-calculator': raw }, true);
    const first = createCalculatorStore({ persistence: persistence(storage) });
    await hydrated(first);
    expect(first.getState().notice).toBe('error_storage_reset');
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.parse(storage.data.get('remit-calculator')!).state).toMatchObject({ from: 'GBR', to: 'IND', amount: 200, perYear: 4 });
    const second = createCalculatorStore({ persistence: persistence(storage) });
    await hydrated(second);
    expect(second.getState()).toMatchObject({ from: 'GBR', to: 'IND', amount: 200, notice: null, noticeFields: [] });
  });

  it('names what was reset when only some fields were damaged', async () => {
    const raw = JSON.stringify({ state: { from: 'GBR', to: 'IND', amount: -3, perYear: 4, theme: 'neon' }, version: STORE_VERSION });
    const store = createCalculatorStore({ persistence: persistence(memory({ 'remit-calculator': raw })) });
    await hydrated(store);
    expect(store.getState()).toMatchObject({ notice: 'error_storage_reset', noticeFields: ['field_amount', 'field_theme'] });
  });

  it.each([
    ['{"state": null}', '{"state":null}'],
    ['{"state": null} of an older version', '{"state":null,"version":0}'],
  ])('gives the notice for %s', async (_, raw) => {
    const storage = memory({ 'remit-calculator': raw });
    const store = createCalculatorStore({ persistence: persistence(storage) });
    await hydrated(store);
    expect(store.getState()).toMatchObject({ from: DEFAULT_INPUTS.from, notice: 'error_storage_reset', noticeFields: [] });
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.parse(storage.data.get('remit-calculator')!).state).toMatchObject({ from: DEFAULT_INPUTS.from, amount: DEFAULT_INPUTS.amount });
  });
});
