import { describe, it, expect } from 'vitest';
import { parseQuote, QUOTE_LANGUAGES } from '../../core/index.ts';
import { CORPUS } from '../fixtures/quotes/corpus.ts';
import { scoreCorpus } from '../fixtures/quotes/score.ts';

// The corpus is written from the real formats of providers' pages, receipts,
// e-mails and text messages (test/fixtures/quotes/corpus.ts). `npm run bench`
// reports the same figures (scripts/bench-parser.ts).
describe('quote corpus', () => {
  it('is the size and spread issue 12 asks for', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(CORPUS.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((e) => e.id)).size).toBe(CORPUS.length);
    const quotes = CORPUS.filter((e) => e.expect !== null);
    expect(new Set(quotes.map((e) => e.provider)).size).toBeGreaterThanOrEqual(12);
    for (const lang of QUOTE_LANGUAGES) {
      expect(quotes.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(6);
      expect(CORPUS.filter((e) => e.lang === lang && e.expect === null).length, lang).toBeGreaterThanOrEqual(3);
    }
    for (const form of ['page', 'receipt', 'email', 'sms'] as const) {
      expect(quotes.filter((e) => e.form === form).length, form).toBeGreaterThanOrEqual(10);
    }
  });

  it('states only well-formed expectations', () => {
    for (const { id, expect: q } of CORPUS) {
      if (q === null) continue;
      expect(Object.keys(q).length, id).toBeGreaterThan(0);
      for (const v of [q.amount, q.fee, q.rate, q.received]) if (v !== undefined) expect(v, id).toBeGreaterThanOrEqual(0);
      for (const c of [q.sendCurrency, q.receiveCurrency, q.feeCurrency]) if (c !== undefined) expect(c, id).toMatch(/^[A-Z]{3}$/);
    }
  });

  it.each(CORPUS.filter((e) => e.expect === null).map((e) => [e.id, e.text, e.locale] as const))(
    'refuses %s',
    (_id, text, locale) => {
      expect(parseQuote(text, locale !== undefined ? { locale } : {})).toEqual({ ok: false, error: 'quote_parse_nothing_found' });
    },
  );

  it('reads at least 97% of the fields a careful reader finds, and accepts no non-quote', () => {
    const score = scoreCorpus(parseQuote);
    expect(score.falseAccepts).toEqual([]);
    expect(score.right / score.fields, JSON.stringify(score.misses, null, 1)).toBeGreaterThanOrEqual(0.97);
  });

  it('says which currencies it read: both, in every quote whose text names both', () => {
    for (const { id, text, locale, expect: q } of CORPUS) {
      if (q?.sendCurrency === undefined || q.receiveCurrency === undefined) continue;
      const result = parseQuote(text, locale !== undefined ? { locale } : {});
      expect(result.ok && [result.quote.sendCurrency, result.quote.receiveCurrency], id).toEqual([q.sendCurrency, q.receiveCurrency]);
    }
  });
});
