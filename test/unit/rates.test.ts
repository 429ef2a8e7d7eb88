import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert, crossRate, parseEcbXml, validateRates, ECB_SOURCE, type RateTable } from '../../core/rates.ts';

const ECB_XML = readFileSync(new URL('../fixtures/ecb/eurofxref-daily.xml', import.meta.url), 'utf8');
const table = (): RateTable => {
  const r = parseEcbXml(ECB_XML);
  if (!r.ok) throw new Error(r.error);
  return r.table;
};

describe('parseEcbXml: the ECB daily reference rates, in their real format', () => {
  it('reads the date, the base and every currency', () => {
    const t = table();
    expect(t.base).toBe('EUR');
    expect(t.date).toBe('2025-10-09');
    expect(t.source).toBe(ECB_SOURCE);
    expect(Object.keys(t.rates)).toHaveLength(30);
    expect(t.rates.USD).toBe(1.1611);
    expect(t.rates.MXN).toBe(21.2683);
  });

  it('reads double quotes and other spacing too', () => {
    const r = parseEcbXml(ECB_XML.replaceAll("'", '"').replaceAll('\t', '  '));
    expect(r.ok && r.table.rates.INR).toBe(103.1025);
  });

  it.each([
    ['empty', ''],
    ['HTML (a captive portal)', '<!doctype html><html><body>Sign in to the Wi-Fi</body></html>'],
    ['cut off', ECB_XML.slice(0, ECB_XML.length / 2)],
    ['without a date', ECB_XML.replace(/<Cube time='[^']*'>/, '<Cube>')],
    ['without any rate', ECB_XML.replace(/\s*<Cube currency=[^>]*\/>/g, '')],
    ['with a rate that is not a number', ECB_XML.replace("rate='1.1611'", "rate='1,1611'")],
    ['with a zero rate', ECB_XML.replace("rate='1.1611'", "rate='0'")],
    ['with a bad currency code', ECB_XML.replace("currency='USD'", "currency='__proto__'")],
  ])('refuses malformed XML: %s', (_, xml) => {
    const r = parseEcbXml(xml);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe('rates_failed');
  });
});

describe('crossRate and convert', () => {
  it('crosses two currencies through the euro, with the table’s date and source', () => {
    const r = crossRate(table(), 'USD', 'MXN');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rate).toBeCloseTo(21.2683 / 1.1611, 12);
    expect(r.date).toBe('2025-10-09');
    expect(r.source).toBe(ECB_SOURCE);
  });

  it('uses 1 for the base currency itself', () => {
    const r = crossRate(table(), 'EUR', 'INR');
    expect(r.ok && r.rate).toBe(103.1025);
    const back = crossRate(table(), 'GBP', 'EUR');
    expect(back.ok && back.rate).toBeCloseTo(1 / 0.8701, 12);
  });

  it('says which currency is missing (the ECB has no NGN, MAD or PKR)', () => {
    expect(crossRate(table(), 'GBP', 'NGN')).toEqual({ ok: false, error: 'rates_not_covered', field: 'NGN' });
    expect(crossRate(table(), 'AED', 'INR')).toEqual({ ok: false, error: 'rates_not_covered', field: 'AED' });
    // An inherited key is not a currency.
    expect(crossRate(table(), 'USD', 'constructor').ok).toBe(false);
  });

  it('converts money, unrounded, in major units', () => {
    const r = convert(176.53, 'USD', 'MXN', table());
    expect(r.ok && r.value).toBeCloseTo((176.53 * 21.2683) / 1.1611, 9);
    expect(convert(10, 'USD', 'XOF', table()).ok).toBe(false);
  });
});

describe('validateRates: a rates-src file, checked like data-src', () => {
  const good = { base: 'USD', date: '2026-11-30', source: 'Banco de México FIX', rates: { MXN: 17.45, GTQ: 7.7 } };
  it('accepts a well-formed file', () => {
    const r = validateRates(good);
    expect(r.ok && r.table).toEqual(good);
  });
  it.each([
    ['not an object', [1, 2]],
    ['a base that is no code', { ...good, base: 'usd' }],
    ['a date that is no day', { ...good, date: '2026-13-01' }],
    ['no source', { ...good, source: ' ' }],
    ['rates as an array', { ...good, rates: [17.45] }],
    ['a negative rate', { ...good, rates: { MXN: -17.45 } }],
    ['a rate as text', { ...good, rates: { MXN: '17.45' } }],
    ['an absurd rate', { ...good, rates: { MXN: 1e12 } }],
    ['a __proto__ key', JSON.parse('{"base":"USD","date":"2026-11-30","source":"x","rates":{"__proto__":{"MXN":1}}}')],
  ])('refuses %s', (_, json) => {
    expect(validateRates(json).ok).toBe(false);
  });
});
