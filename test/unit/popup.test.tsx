// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mountCalculator } from '../../extension/mount.tsx';
import { memoryConnector } from '../../extension/browser.ts';
import { handOverOf } from '../../extension/pending-quote.ts';
import { corridorDetail, FULL_BUNDLE } from '../../core/full.ts';
import { SERVICES_FILE } from '../../core/data/services.ts';

/** Corridor detail as the build writes it to corridors/*.json. */
const loadDetail = (key: string) => Promise.resolve(corridorDetail(FULL_BUNDLE, SERVICES_FILE, key));

const settle = () => new Promise((r) => setTimeout(r, 20));

async function popup(conn = memoryConnector()) {
  const root = document.createElement('div');
  document.body.append(root);
  const store = await mountCalculator(root, conn, { views: ['compare', 'quote'], settings: 'popup', loadDetail });
  await settle();
  return { root, store, conn };
}

describe('the popup, rendered with the in-memory connector (no chrome.*)', () => {
  it('shows the channel comparison for the default corridor', async () => {
    const { root } = await popup();
    // US -> MX: the channels last measured there (2014Q2), each marked old, cheapest first;
    // the answer gives the current corridor average rather than an old channel figure.
    // The detail views are a chunk of their own: they arrive a moment after the first render.
    await vi.waitFor(() => expect(root.querySelectorAll('.channels li').length).toBeGreaterThan(0), { timeout: 10_000 });
    const rows = [...root.querySelectorAll('.channels li')];
    expect(rows.map((li) => li.getAttribute('data-channel'))).toEqual(['bank', 'mto']);
    expect(rows.every((li) => li.textContent?.includes('old figure'))).toBe(true);
    expect(root.querySelector('.answer')?.textContent).toMatch(/^Sending \$200\.00 here costs 5% on average \(Q1 2025\)/);
    expect(root.querySelectorAll('.services tbody tr').length).toBeGreaterThan(0);
    expect(root.textContent).toContain('United States');
    expect(root.textContent).toContain('Source: World Bank, Remittance Prices Worldwide, CC BY 4.0');
  });

  it('keeps choices in the connector storage, versioned', async () => {
    const { store, conn } = await popup();
    store.getState().setCorridor('GBR', 'IND');
    store.getState().setLang('fr');
    await settle();
    const saved = JSON.parse(conn.data.get('remit-calculator')!);
    expect(saved).toMatchObject({ version: 1, state: { from: 'GBR', to: 'IND', lang: 'fr' } });
    const again = await popup(conn);
    expect(again.root.querySelector('.remit')?.getAttribute('lang')).toBe('fr');
    expect(again.root.textContent).toContain('Inde');
  });

  it('opens the quote checker prefilled from a page selection and asks for the rest', async () => {
    const conn = memoryConnector();
    await conn.putPendingQuote(handOverOf('Fee: $4.99 · 1 USD = 17.0500 MXN', 'en-US'));
    const { root, store } = await popup(conn);
    expect(store.getState().view).toBe('quote');
    expect(store.getState().quote).toMatchObject({ fee: 4.99, rate: 17.05, midRate: null });
    expect(root.textContent).toContain('Read from the text you selected: fee, exchange rate, and currencies.');
    expect(root.textContent).toContain('This data has no mid-market rates');
    expect((root.querySelector('input[id$="-fee"]') as HTMLInputElement).value).toBe('4.99');
    // No amount in the selection: the calculator's amount is shown, and the popup says so.
    expect(root.textContent).toContain('The text had no amount you send, so the amount from the calculator is shown.');
  });

  it('does not ask about the amount when the selection had one', async () => {
    const conn = memoryConnector();
    await conn.putPendingQuote(handOverOf('You send 1,000.00 USD | Transfer fee 4.99 USD | Exchange rate 1 USD = 17.0500 MXN', 'en-US'));
    const { root, store } = await popup(conn);
    expect(store.getState().quote).toMatchObject({ amount: 1000, fee: 4.99, rate: 17.05 });
    expect(root.textContent).not.toContain('The text had no amount you send');
  });

  it('says so when the selection is not a quote', async () => {
    const conn = memoryConnector();
    await conn.putPendingQuote(handOverOf('Call us at 555-0100', 'en-US'));
    const { root } = await popup(conn);
    expect(root.textContent).toContain('No amount, fee or rate could be read from the selected text.');
  });

  it('falls back to the defaults with a notice when stored data is corrupt', async () => {
    const { root, store } = await popup(memoryConnector({ 'remit-calculator': '{"state":{"from":42' }));
    expect(store.getState().from).toBe('USA');
    expect(root.textContent).toContain('Your saved settings could not be read, so the defaults are back.');
  });

  it('names the one setting that was reset, and says nothing the next time', async () => {
    const conn = memoryConnector({ 'remit-calculator': JSON.stringify({ state: { from: 'GBR', to: 'IND', amount: 'lots' }, version: 1 }) });
    const { root, store } = await popup(conn);
    expect(store.getState()).toMatchObject({ from: 'GBR', to: 'IND', amount: 200 });
    expect(root.textContent).toContain('Your saved amount could not be read, so it was reset.');
    expect(root.textContent).not.toContain('the defaults are back');
    const again = await popup(conn);
    expect(again.root.querySelector('.problems')).toBeNull();
    expect(again.store.getState()).toMatchObject({ from: 'GBR', to: 'IND', notice: null });
  });
});

describe('which corridor a quote read from a page is checked in', () => {
  it('keeps the user corridor when its currencies fit, or when a side is unknown', async () => {
    const { corridorFor } = await import('../../extension/pending-quote.ts');
    const { LATEST_BUNDLE: b } = await import('../../core/data/latest.ts');
    expect(corridorFor(b, 'USA', 'MEX', 'USD', 'MXN')).toEqual(['USA', 'MEX']);
    expect(corridorFor(b, 'USA', 'MEX', 'USD')).toEqual(['USA', 'MEX']);
    // USD -> PHP from the United States: the one corridor that fits.
    expect(corridorFor(b, 'USA', 'MEX', 'USD', 'PHP')).toEqual(['USA', 'PHL']);
  });

  it('never files figures under currencies they were not quoted in: no single fit means the user chooses', async () => {
    const { corridorFor } = await import('../../extension/pending-quote.ts');
    const { LATEST_BUNDLE: b } = await import('../../core/data/latest.ts');
    // EUR read, USD route: not kept.
    expect(corridorFor(b, 'USA', 'MEX', 'EUR')).toBeNull();
    // EUR -> MAD: several euro senders; none is the user's, so nothing is guessed.
    expect(corridorFor(b, 'USA', 'MEX', 'EUR', 'MAD')).toBeNull();
  });
});

describe('a quote handed over whose currencies do not fit the route shown (issue 11)', () => {
  const GERMAN = 'Sie senden 300,00 EUR Gebühr 2,90 EUR Wechselkurs 1 EUR = 10,87 MAD';

  it('says so, shows what it read, offers the routes that fit, and fills nothing until one is chosen', async () => {
    const conn = memoryConnector({ 'remit-calculator': JSON.stringify({ version: 1, state: { from: 'GBR', to: 'NGA' } }) });
    await conn.putPendingQuote(handOverOf(GERMAN, 'de-DE'));
    const { root, store } = await popup(conn);
    expect(store.getState()).toMatchObject({ from: 'GBR', to: 'NGA', view: 'quote' });
    // Nothing filed under GBP / NGN.
    expect(store.getState().quote).toMatchObject({ amount: null, fee: null, rate: null });
    const text = root.textContent ?? '';
    expect(text).toContain('The quote you selected sends EUR to MAD, but the route shown sends GBP to NGN');
    expect(text).toMatch(/Read: €300\.00, fee €2\.90, and 1 EUR = 10\.87 MAD\./);
    const choices = [...root.querySelectorAll('.choices button')].map((b) => b.textContent);
    expect(choices).toContain('France → Morocco');
    expect(choices.every((c) => /→ Morocco$/.test(c ?? ''))).toBe(true);
    // One click on a route that fits: the figures go in, under EUR -> MAD.
    (root.querySelectorAll('.choices button')[0] as HTMLButtonElement).click();
    await expect.poll(() => root.querySelector('.choices')).toBeNull();
    const s = store.getState();
    expect(s.to).toBe('MAR');
    expect(s.quote).toMatchObject({ amount: 300, fee: 2.9, rate: 10.87 });
    expect(root.querySelector('.choices')).toBeNull();
  });

  it('also fills them when the user picks a fitting route with the picker instead', async () => {
    const conn = memoryConnector();
    await conn.putPendingQuote(handOverOf(GERMAN, 'de-DE'));
    const { store } = await popup(conn);
    store.getState().setCorridor('GBR', 'NGA');
    await settle();
    expect(store.getState().quote.rate).toBeNull();
    store.getState().setCorridor('ESP', 'MAR');
    await expect.poll(() => store.getState().quote.rate).toBe(10.87);
    expect(store.getState().quote).toMatchObject({ amount: 300, fee: 2.9, rate: 10.87 });
  });

  it('switches to the one route that fits and says so', async () => {
    const conn = memoryConnector();
    await conn.putPendingQuote(handOverOf('You send 200.00 USD, fee 2.99 USD, 1 USD = 56.10 PHP', 'en-US'));
    const { root, store } = await popup(conn);
    expect(store.getState()).toMatchObject({ from: 'USA', to: 'PHL' });
    expect(store.getState().quote).toMatchObject({ amount: 200, fee: 2.99, rate: 56.1 });
    expect(root.textContent).toContain('The route changed to fit the quote’s currencies (USD to PHP).');
  });
});
