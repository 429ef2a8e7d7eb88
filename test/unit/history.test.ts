import { describe, expect, it } from 'vitest';
import { corridorHistoryIn, corridorsAboveIn, seriesCsv, type Bundle, type SourceInfo } from '../../core/index.ts';

const official: SourceInfo = { id: 'o', title: 'Official', location: 'o', kind: 'official', licence: 'CC BY 4.0' };
const computed: SourceInfo = { id: 'c', title: 'Computed', location: 'c', kind: 'computed', licence: 'CC BY 4.0' };

/** A small bundle whose answers are worked out by hand below. */
const bundle: Bundle = {
  schema: 1,
  variant: 'full',
  sources: [official, computed, { ...official, id: 'v', kind: 'estimate' }],
  periods: ['2024Q3', '2024Q4', '2025Q1'],
  countries: { USA: ['US', 'USD'], MEX: ['MX', 'MXN'], GBR: ['GB', 'GBP'], IND: ['IN', 'INR'], ZAF: ['ZA', 'ZAR'], ZWE: ['ZW', 'USD'] },
  headline: [],
  corridors: {
    // Official and computed both have 2025Q1: the official 4.0 is the corridor's figure.
    'USA-MEX': [
      { source: 0, start: 0, pct200: [5.5, null, 4.0] },
      { source: 1, start: 1, pct200: [6.0, 7.0] },
    ],
    'GBR-IND': [{ source: 1, start: 2, pct200: [5.0] }], // exactly 5: not above
    'ZAF-ZWE': [{ source: 1, start: 2, pct200: [12.25] }],
    'USA-IND': [{ source: 1, start: 0, pct200: [9.0] }], // latest is 2024Q3: not in the latest quarter
  },
  volumes: {},
  volumeYear: 2017,
  volumeSource: 2,
} as unknown as Bundle;

describe('corridor history', () => {
  it('splits official and computed figures, in time order, skipping gaps', () => {
    const h = corridorHistoryIn(bundle, 'USA-MEX');
    expect(h.official.map((p) => [p.period, p.valuePct])).toEqual([['2024Q3', 5.5], ['2025Q1', 4.0]]);
    expect(h.computed.map((p) => [p.period, p.valuePct])).toEqual([['2024Q4', 6.0], ['2025Q1', 7.0]]);
    expect(corridorHistoryIn(bundle, 'XXX-YYY')).toEqual({ official: [], computed: [] });
  });
});

describe('corridors above 5% (SDG 10.c)', () => {
  it('counts only corridors with a figure in the latest quarter, official first, strictly above', () => {
    const r = corridorsAboveIn(bundle, 5);
    expect(r.period).toBe('2025Q1');
    expect(r.withData).toBe(3); // USA-MEX (official 4.0), GBR-IND (5.0), ZAF-ZWE (12.25); USA-IND is older
    expect(r.above).toEqual([{ from: 'ZAF', to: 'ZWE', pct: 12.25, extreme: false }]);
    expect(r.sharePct).toBeCloseTo(100 / 3, 10);
  });
});

describe('CSV export', () => {
  it('quotes what needs quoting, keeps numbers as published, ends with the licence', () => {
    const tricky: SourceInfo = { ...official, title: 'A "quoted", multi\nline title', location: '=HYPERLINK("http://evil")' };
    const csv = seriesCsv([{ name: '+cmd|calc', points: [{ period: '2025Q1', valuePct: -0.5, source: tricky }] }]);
    expect(csv).toBe(
      'series,period,value_pct,source,source_location\r\n' +
        `'+cmd|calc,2025Q1,-0.5,"A ""quoted"", multi\nline title","'=HYPERLINK(""http://evil"")"\r\n` +
        '"# Source: The World Bank, Remittance Prices Worldwide (remittanceprices.worldbank.org), CC BY 4.0"\r\n',
    );
  });

  it('neutralises every text a spreadsheet could start a formula from, in any list-separator locale', () => {
    // A line feed or a space before "=", a fullwidth ＝ (Excel folds it), and ";=" (a new cell where ";" separates).
    const titles = ['\n=1+1', ' =1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', 'a;=1+1', 'x;+cmd'];
    const csv = seriesCsv(titles.map((title) => ({ name: 'x', points: [{ period: '2025Q1', valuePct: 1, source: { ...official, title } }] })));
    const rows = csv.split('\r\n').slice(1, -2);
    expect(rows).toHaveLength(titles.length);
    for (const [i, row] of rows.entries()) {
      const field = row.split(',')[3]!;
      const title = titles[i]!;
      // A formula start gets the apostrophe guard; a ";" is quoted, so no ";" list separator splits the field.
      if (title.includes(';')) expect(field, JSON.stringify(title)).toBe(`"${title}"`);
      else expect(field.replace(/^"/, ''), JSON.stringify(title)).toMatch(/^'/);
    }
  });
});
