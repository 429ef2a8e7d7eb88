// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountCalculator } from '../../extension/mount.tsx';
import { memoryConnector } from '../../extension/browser.ts';
import { handOverOf } from '../../extension/pending-quote.ts';
import { corridorDetail, FULL_BUNDLE } from '../../core/index.ts';
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
    expect(corridorFor(b, 'USA', 'MEX', 'EUR')).toEqual(['USA', 'MEX']);
    // USD -> PHP from the United States: the one corridor that fits.
    expect(corridorFor(b, 'USA', 'MEX', 'USD', 'PHP')).toEqual(['USA', 'PHL']);
    // EUR -> MAD: several euro senders; none is the user's, so nothing is guessed.
    expect(corridorFor(b, 'USA', 'MEX', 'EUR', 'MAD')).toEqual(['USA', 'MEX']);
  });
});
