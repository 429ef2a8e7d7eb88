// @vitest-environment happy-dom
/**
 * A corridor's SmaRT (the three cheapest transparent services delivering
 * within five days): read from the bundle, carried by the corridor's detail
 * file through the validator, and shown in the compare view with its
 * quarter and source only where the data has one.
 */
import { describe, expect, it, vi } from 'vitest';
import { corridorDetail, FULL_BUNDLE } from '../../core/full.ts';
import { SERVICES_FILE } from '../../core/data/services.ts';
import { corridorSmartIn } from '../../core/smart.ts';
import { validateBundle } from '../../core/validate-bundle.ts';
import { memoryConnector } from '../../extension/browser.ts';
import { mountCalculator } from '../../extension/mount.tsx';

const detailOf = (key: string) => corridorDetail(FULL_BUNDLE, SERVICES_FILE, key);

describe('corridorSmartIn', () => {
  it('gives the latest SmaRT figure with its quarter, count and source', () => {
    const s = corridorSmartIn(FULL_BUNDLE, 'US', 'MX');
    expect(s).toMatchObject({ ok: true, pct: 1.517, period: '2014Q2', providers: 3 });
    expect(s.ok && s.source.title).toMatch(/SmaRT/);
  });

  it('says when a corridor has none, and when a country is unknown', () => {
    // Only the 2011-2014 provider-level file carries SmaRT; Türkiye -> Bulgaria is not in it.
    expect(corridorSmartIn(FULL_BUNDLE, 'TR', 'BG')).toEqual({ ok: false, error: 'error_no_smart' });
    expect(corridorSmartIn(FULL_BUNDLE, 'XX', 'NG')).toEqual({ ok: false, error: 'error_country_unknown' });
  });

  it('reads the same figure from the corridor’s detail file, after the validator', () => {
    const file = validateBundle(JSON.parse(JSON.stringify(detailOf('USA-MEX'))));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(corridorSmartIn(file.bundle, 'USA', 'MEX')).toEqual(corridorSmartIn(FULL_BUNDLE, 'USA', 'MEX'));
    // A corridor without SmaRT has no `smart` field at all: nothing to ship, nothing shown.
    expect(detailOf('TUR-BGR').smart).toBeUndefined();
  });

  it('says how many services qualified when fewer than three did', () => {
    const s = corridorSmartIn(FULL_BUNDLE, 'SGP', 'PAK');
    expect(s.ok && s.providers).toBeLessThan(3);
  });
});

describe('SmaRT in the compare view', () => {
  async function compare(from: string, to: string, lang = 'en') {
    const conn = memoryConnector({ 'remit-calculator': JSON.stringify({ version: 1, state: { from, to, lang, view: 'compare' } }) });
    const root = document.createElement('div');
    document.body.append(root);
    await mountCalculator(root, conn, { views: ['compare', 'quote'], settings: 'popup', loadDetail: (k) => Promise.resolve(detailOf(k)) });
    // The corridor's detail is in: the sources of its figures are listed.
    await vi.waitFor(() => expect(root.querySelector('.compare .src')).not.toBeNull(), { timeout: 10_000 });
    return root;
  }

  it('shows it with its quarter, what it means, an old-figure mark and its source', async () => {
    const root = await compare('USA', 'MEX');
    const text = root.querySelector('.smart')?.textContent ?? '';
    expect(text).toContain('SmaRT: 1.5% (Q2 2014) · old figure');
    expect(text).toContain('the three cheapest services that show their fee and exchange rate and deliver within five days');
    expect(text).toContain('provider-level dataset');
  });

  it('says it in the reader’s language', async () => {
    const root = await compare('USA', 'MEX', 'es');
    expect(root.querySelector('.smart')?.textContent).toContain('los tres servicios más baratos');
  });

  it('shows nothing where the data has no SmaRT', async () => {
    const root = await compare('TUR', 'BGR');
    expect(root.querySelector('.smart')).toBeNull();
    expect(root.textContent).not.toContain('SmaRT');
  });
});
