import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { watch } from './browser.ts';
import { html, useBrowserAndServer } from './pages.ts';
import { LOCALES } from '../../core/index.ts';

const env = useBrowserAndServer();

/** Opens a test page and waits until every widget on it has rendered. */
async function open(name: string, body: string, options?: Parameters<typeof html>[1]): Promise<{ page: Page; seen: ReturnType<typeof watch> }> {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  const seen = watch(page);
  await page.goto(env.server.page(name, html(body, options)));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('remit-calculator')].every((el) => el.shadowRoot?.querySelector('.remit')),
  );
  return { page, seen };
}

/** The text a user sees in a widget's shadow root. */
const shadowText = (page: Page, selector = 'remit-calculator') =>
  page.$eval(selector, (el) => (el.shadowRoot?.querySelector('.remit') as HTMLElement | null)?.innerText ?? '');

describe('<remit-calculator> built file in Chromium', () => {
  it('renders USA -> Mexico: the channels measured there (old, 2014), percentages and amounts', async () => {
    const { page, seen } = await open('us-mx', '<remit-calculator from="US" to="MX" amount="200">Loading</remit-calculator>');
    await page.waitForFunction(() => document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.channels li'));
    const rows = await page.$$eval('remit-calculator', ([el]) =>
      [...el!.shadowRoot!.querySelectorAll('.channels li')].map((li) => ({
        channel: li.getAttribute('data-channel'),
        text: (li as HTMLElement).innerText,
      })),
    );
    expect(rows.map((r) => r.channel)).toEqual(['bank', 'mto']);
    for (const r of rows) {
      expect(r.text).toMatch(/\d+(\.\d)?%/);
      expect(r.text).toMatch(/\$\d+\.\d\d/);
      expect(r.text).toContain('Q2 2014');
      expect(r.text).toContain('old figure');
      expect(r.text).not.toContain('estimate');
    }
    const text = await shadowText(page);
    expect(text).toContain('4.98% (Q1 2025)');
    expect(text).toContain('Source: World Bank, Remittance Prices Worldwide, CC BY 4.0 (Q1 2025)');
    expect(text).not.toMatch(/NaN|undefined/);
    expect(seen.errors).toEqual([]);
    expect(seen.console).toEqual([]);
    await page.close();
  });

  it('shows the fallback text before it upgrades', async () => {
    const page = await env.browser.newPage();
    await page.route('**/remit-widget.js', (route) => route.abort());
    await page.goto(env.server.page('fallback', html('<remit-calculator from="US" to="MX">What it costs to send money home</remit-calculator>')));
    expect(await page.locator('remit-calculator').innerText()).toContain('What it costs to send money home');
    await page.close();
  });

  it('lang="ar" gives dir="rtl" and Arabic text', async () => {
    const { page } = await open('ar', '<remit-calculator from="SA" to="EG" lang="ar"></remit-calculator>');
    await page.waitForFunction(() => document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.channels li'));
    const dir = await page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('.remit')!.getAttribute('dir'));
    expect(dir).toBe('rtl');
    expect(await page.getAttribute('remit-calculator', 'dir')).toBe('rtl');
    const text = await shadowText(page);
    expect(text).toContain('البنوك');
    expect(text).toContain('مصر'); // Egypt, through Intl.DisplayNames
    // The computed corridor average's source is said in Arabic too, not in the data's English.
    const source = await page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('.source')!.textContent!);
    expect(source).toContain('محسوب من بيانات RPW');
    expect(source).not.toContain('Computed from');
    await page.close();
  });

  it('takes its language from the page when it has no lang', async () => {
    const { page } = await open('page-lang', '<div lang="es"><remit-calculator from="US" to="GT"></remit-calculator></div>');
    // Channel names come with the corridor's detail, a moment after the first render.
    await expect.poll(() => shadowText(page)).toContain('Bancos');
    await page.close();
  });

  it('formats and reads numbers as the region does: es-MX groups with a comma, es with a point', async () => {
    const { page } = await open('es-mx', '<remit-calculator from="US" to="MX" amount="200"></remit-calculator>', { lang: 'es-MX' });
    const input = page.locator('remit-calculator input[id$="-amount"]');
    await expect.poll(() => shadowText(page)).toContain('Bancos'); // Spanish messages
    expect(await page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('.remit')!.getAttribute('lang'))).toBe('es-MX');
    await input.fill('1,500');
    await expect.poll(() => page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('h2')!.textContent)).toContain('1,500.00');
    await page.$eval('remit-calculator', (el) => el.setAttribute('lang', 'es'));
    await expect.poll(() => page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('.remit')!.getAttribute('lang'))).toBe('es-MX');
    await page.close();
    const spain = await open('es-es', '<remit-calculator from="US" to="MX" amount="200" lang="es-ES"></remit-calculator>', { lang: 'es-ES' });
    await spain.page.locator('remit-calculator input[id$="-amount"]').fill('1.500');
    await expect.poll(() => spain.page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('h2')!.textContent)).toContain('1500,00');
    await spain.page.close();
  });

  it('the quote checker shows the right total for a known quote', async () => {
    const { page } = await open('quote', '<remit-calculator from="US" to="MX" view="quote"></remit-calculator>');
    const host = page.locator('remit-calculator');
    await host.locator('input[id$="-qamount"]').fill('200');
    await host.locator('input[id$="-fee"]').fill('4.99');
    await host.locator('input[id$="-rate"]').fill('17.05');
    await host.locator('input[id$="-mid"]').fill('17.60');
    const total = host.locator('.result .total');
    await expect.poll(() => total.innerText()).toContain('$11.24');
    expect(await total.innerText()).toContain('5.62%');
    const result = await host.locator('.result').innerText();
    expect(result).toContain('MX$3,410.00'); // what arrives
    expect(result).toContain('$6.25'); // hidden FX margin, 3.13 %
    // The answer first: total, verdict and the corridor, in one sentence above everything.
    expect(await host.locator('.answer').innerText()).toBe('This transfer costs $11.24 (5.62%) in all: above 5%, costlier than this corridor’s average of 4.98% (Q1 2025).');
    // The rate fields say what they hold as a formula, read left to right.
    expect(await host.locator('label[for$="-rate"]').innerText()).toBe('Exchange rate offered (1 USD = … MXN)');
    await page.close();
  });

  it('in the quote view, the year says what its cost is based on, and transfers per year can be changed', async () => {
    const { page } = await open('quote-year', '<remit-calculator from="US" to="MX" amount="200" view="quote"></remit-calculator>');
    const host = page.locator('remit-calculator');
    expect(await host.locator('.yearly').innerText()).toContain('Cost now, at the corridor average');
    await host.locator('input[id$="-peryear"]').fill('24');
    await expect.poll(() => host.locator('.yearly h3').innerText()).toBe('Over a year: 24 transfers of $200.00');
    await host.locator('input[id$="-fee"]').fill('4.99');
    await host.locator('input[id$="-rate"]').fill('17.05');
    await host.locator('input[id$="-mid"]').fill('17.60');
    await expect.poll(() => host.locator('.yearly').innerText()).not.toContain('at the corridor average');
    // 24 x $11.24 (the quote's cost, 5.62%): $269.74.
    expect(await host.locator('.yearly').innerText()).toContain('$269.7');
    await page.close();
  });

  it('in the quote view, remit-change carries the quote as entered with its result', async () => {
    const { page } = await open('quote-event', '<remit-calculator from="US" to="MX" amount="200" view="quote"></remit-calculator>');
    const host = page.locator('remit-calculator');
    const detail = page.evaluate(
      () =>
        new Promise<{ amount: number; quote: Record<string, unknown>; paid: number }>((resolve) => {
          document.querySelector('remit-calculator')!.addEventListener('remit-change', (e) => {
            const d = (e as CustomEvent).detail;
            if (d.result.quote?.ok && d.inputs.quote.midRate === 17.5) resolve({ amount: d.inputs.amount, quote: d.inputs.quote, paid: d.result.quote.paid });
          });
        }),
    );
    await host.locator('input[id$="-qamount"]').fill('500');
    await host.locator('input[id$="-fee"]').fill('5');
    await host.locator('input[id$="-rate"]').fill('17');
    await host.locator('input[id$="-mid"]').fill('17.5');
    const d = await detail;
    expect(d.amount).toBe(200); // the calculator's amount, unchanged
    expect(d.quote).toMatchObject({ amount: 500, fee: 5, rate: 17, midRate: 17.5, feeMode: 'on-top' });
    expect(d.paid).toBe(505);
    await page.close();
  });

  it('a hostile host stylesheet changes nothing inside', async () => {
    const body = '<remit-calculator from="US" to="MX" amount="200"></remit-calculator>';
    // html's font-size too: sizes inside are in em and px, never rem, so a host's
    // `html { font-size: 62.5% }` cannot shrink the widget.
    // And what text inherits: the host element gets it from body unless the widget resets it.
    const inherited = 'body { white-space: nowrap !important; text-transform: uppercase !important; letter-spacing: 3px !important; word-spacing: 9px !important; text-indent: 40px !important; text-shadow: 0 0 2px red !important; font-style: italic !important; line-height: 3 !important }';
    const hostile = `<style>* { all: unset !important } html { font-size: 10px !important } div { display: none !important } li, ul, span { color: red !important; font-size: 40px !important } ${inherited}</style>`;
    const measure = (page: Page) =>
      page.$eval('remit-calculator', (el) => {
        const root = el.shadowRoot!;
        const box = (sel: string) => {
          const r = root.querySelector(sel)!.getBoundingClientRect();
          return [Math.round(r.width), Math.round(r.height)];
        };
        const style = getComputedStyle(root.querySelector('.channels li .pct')!);
        const note = getComputedStyle(root.querySelector('.note')!);
        return {
          li: box('.channels li'),
          title: box('h2'),
          whole: box('.remit'),
          color: style.color,
          size: style.fontSize,
          display: getComputedStyle(root.querySelector('.remit')!).display,
          text: [note.whiteSpace, note.textTransform, note.letterSpacing, note.textIndent, note.textShadow, note.fontStyle, note.lineHeight],
        };
      });
    const plain = await open('plain', body);
    const attacked = await open('hostile', body, { head: hostile });
    // The host page may resize the host element itself; compare at the same width.
    await attacked.page.$eval('remit-calculator', (el) => {
      (el as HTMLElement).style.setProperty('display', 'block', 'important');
      (el as HTMLElement).style.setProperty('width', '600px', 'important');
    });
    await plain.page.$eval('remit-calculator', (el) => (el as HTMLElement).style.setProperty('width', '600px'));
    expect(await measure(attacked.page)).toEqual(await measure(plain.page));
    expect(await shadowText(attacked.page)).toEqual(await shadowText(plain.page));
    await plain.page.close();
    await attacked.page.close();
  });

  it('two widgets on one page work independently, and loading the script twice does not throw', async () => {
    const { page, seen } = await open(
      'two',
      '<remit-calculator id="a" from="US" to="MX" amount="200"></remit-calculator><remit-calculator id="b" from="GB" to="IN" amount="500"></remit-calculator><script src="/remit-widget.js"></script>',
    );
    const a = page.locator('#a');
    await a.locator('input[id$="-amount"]').fill('1000');
    await expect.poll(() => shadowText(page, '#a')).toContain('Sending $1,000.00');
    expect(await shadowText(page, '#b')).toContain('Sending £500.00 from United Kingdom to India');
    const ids = await page.$$eval('remit-calculator', (els) => els.map((el) => el.shadowRoot!.querySelector('input')!.id));
    expect(new Set(ids).size).toBe(2);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('re-renders when an attribute changes and emits remit-change with inputs and result', async () => {
    const { page } = await open('attrs', '<remit-calculator from="US" to="MX"></remit-calculator>');
    const detail = page.evaluate(
      () =>
        new Promise<{ to: string; averagePct: number }>((resolve) => {
          document.querySelector('remit-calculator')!.addEventListener('remit-change', (e) => {
            const d = (e as CustomEvent).detail;
            if (d.inputs.to === 'GTM') resolve({ to: d.inputs.to, averagePct: d.result.corridor.averagePct });
          });
        }),
    );
    await page.$eval('remit-calculator', (el) => el.setAttribute('to', 'GT'));
    expect((await detail).to).toBe('GTM');
    await expect.poll(() => shadowText(page)).toContain('Guatemala');
    await page.close();
  });

  it('an attribute change keeps what the user chose inside; a removed attribute brings back its default', async () => {
    const { page } = await open('keep', '<remit-calculator from="US" to="MX" amount="200" view="quote"></remit-calculator>');
    const host = page.locator('remit-calculator');
    await page.$eval('remit-calculator', (el) => el.removeAttribute('view'));
    await expect.poll(() => shadowText(page)).toContain('Sending $200.00');
    await host.locator('select[id$="-to"]').focus();
    await host.locator('select[id$="-to"]').selectOption('GTM');
    await host.locator('input[id$="-amount"]').fill('1,000');
    await expect.poll(() => shadowText(page)).toContain('Sending $1,000.00 from United States to Guatemala');
    await page.$eval('remit-calculator', (el) => el.setAttribute('theme', 'dark'));
    await expect.poll(() => page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('.remit')!.className)).toContain('theme-dark');
    expect(await shadowText(page)).toContain('Sending $1,000.00 from United States to Guatemala');
    expect(await host.locator('input[id$="-amount"]').inputValue()).toBe('1,000');
    await page.$eval('remit-calculator', (el) => el.removeAttribute('theme'));
    await expect.poll(() => page.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('.remit')!.className)).toContain('theme-auto');
    await page.close();
  });

  it('bad attributes show a message in the widget language and keep the last good state', async () => {
    const { page, seen } = await open('bad', '<remit-calculator from="US" to="MX" amount="300"></remit-calculator>');
    for (const [name, value, message] of [
      ['amount', '-5', 'The amount must be more than zero.'],
      ['amount', 'abc', 'Enter the amount as a number'],
      ['from', 'ZZ', 'Unknown country code “ZZ”'],
      ['lang', 'xx-YY', 'Language “xx-YY” is not available'],
    ] as const) {
      await page.$eval('remit-calculator', (el, [n, v]) => el.setAttribute(n!, v!), [name, value]);
      await expect.poll(() => shadowText(page)).toContain(message);
      const text = await shadowText(page);
      expect(text).toContain('Sending $300.00 from United States to Mexico');
      // Back to the good value (a removed attribute would bring back the default instead).
      const good: Record<string, string | null> = { amount: '300', from: 'US', lang: null };
      await page.$eval('remit-calculator', (el, [n, v]) => (v === null ? el.removeAttribute(n!) : el.setAttribute(n!, v!)), [name, good[name] ?? null] as const);
    }
    // A pair with one bad code changes neither: not United States -> Egypt from `from="ZZ" to="EG"`.
    await page.$eval('remit-calculator', (el) => {
      el.setAttribute('from', 'ZZ');
      el.setAttribute('to', 'EG');
    });
    await expect.poll(() => shadowText(page)).toContain('Unknown country code “ZZ”');
    expect(await shadowText(page)).toContain('Sending $300.00 from United States to Mexico');
    await page.$eval('remit-calculator', (el) => {
      el.setAttribute('from', 'US');
      el.setAttribute('to', 'MX');
    });
    await page.$eval('remit-calculator', (el) => el.setAttribute('lang', 'es'));
    await page.$eval('remit-calculator', (el) => el.setAttribute('amount', '-5'));
    await expect.poll(() => shadowText(page)).toContain('La cantidad debe ser mayor que cero.');
    expect(seen.errors).toEqual([]);
    expect(seen.console).toEqual([]);
    await page.close();
  });

  it('keeps every keystroke when typing fast on a slow phone', async () => {
    const { page } = await open('fast-typing', '<remit-calculator from="US" to="MX" amount="200"></remit-calculator>');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const input = page.locator('remit-calculator input[id$="-amount"]');
    for (let trial = 0; trial < 6; trial++) {
      await input.fill('');
      await input.pressSequentially('123456', { delay: trial % 2 ? 30 : 0 });
      await expect.poll(() => shadowText(page)).toContain('Sending $123,456.00');
      expect(await input.inputValue()).toBe('123456');
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.close();
  });

  it('an attribute set while the field holds a bad entry replaces the entry and its message', async () => {
    const { page } = await open('attr-over-bad', '<remit-calculator from="US" to="MX" amount="200"></remit-calculator>');
    const input = page.locator('remit-calculator input[id$="-amount"]');
    await input.fill('500x');
    await expect.poll(() => shadowText(page)).toContain('Enter the amount as a number');
    await page.$eval('remit-calculator', (el) => el.setAttribute('amount', '999.5'));
    await expect.poll(() => shadowText(page)).toContain('Sending $999.50');
    expect(await input.inputValue()).toBe('999.5');
    expect(await shadowText(page)).not.toContain('Enter the amount as a number');
    // In Spanish the field shows it as a Spanish reader types it, and reads it back the same.
    await page.$eval('remit-calculator', (el) => el.setAttribute('lang', 'es'));
    await page.$eval('remit-calculator', (el) => el.setAttribute('amount', '12.5'));
    await expect.poll(() => input.inputValue()).toBe('12,5');
    await input.press('End');
    await input.press('0');
    await expect.poll(() => shadowText(page)).toContain('12,50');
    // Back to English: the same value, written the English way.
    await page.$eval('remit-calculator', (el) => el.setAttribute('lang', 'en'));
    await expect.poll(() => input.inputValue()).toBe('12.5');
    await page.close();
  });

  it('fits a 320-pixel phone in every language and both views: nothing sticks out sideways', async () => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 700 } });
    for (const lang of LOCALES) {
      for (const view of ['compare', 'quote']) {
        await page.goto(env.server.page(`narrow-${lang}-${view}`, html(`<remit-calculator from="AE" to="IN" amount="1234567.89" lang="${lang}" view="${view}"></remit-calculator>`, { lang })));
        await page.waitForFunction((l) => document.querySelector('remit-calculator')?.shadowRoot?.querySelector(`.remit[lang^="${l}"]`), lang);
        if (view === 'quote') {
          const host = page.locator('remit-calculator');
          await host.locator('input[id$="-fee"]').fill('12.5');
          await host.locator('input[id$="-rate"]').fill('22.5');
          await host.locator('input[id$="-mid"]').fill('22.9');
          await host.locator('.result').waitFor();
        }
        const out = await page.$eval('remit-calculator', (el) => {
          const box = el.shadowRoot!.querySelector('.remit')!.getBoundingClientRect();
          const sticking = [...el.shadowRoot!.querySelectorAll('*')]
            .filter((n) => {
              const r = n.getBoundingClientRect();
              return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
            })
            .map((n) => `${n.localName}.${n.getAttribute('class') ?? ''}: ${(n.textContent ?? '').slice(0, 30)}`);
          return { sticking, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
        });
        expect(out, `${lang} ${view}`).toEqual({ sticking: [], page: 0 });
      }
    }
    await page.close();
  });

  it("the demo's embed builder previews the choices and writes a snippet that works pasted into a fresh page", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}index.html`);
    await page.fill('#builder [name=from]', 'SA');
    await page.fill('#builder [name=to]', 'EG');
    await page.fill('#builder [name=amount]', '1500');
    await page.selectOption('#builder [name=lang]', 'ar');
    await page.selectOption('#builder [name=view]', 'quote');
    const snippet = await page.inputValue('#snippet');
    expect(snippet).toContain('<remit-calculator from="SA" to="EG" amount="1500" lang="ar" view="quote">');
    expect(snippet).toContain('تكلفة إرسال المال'); // the fallback text in the snippet's language
    await expect.poll(() => shadowText(page, '#builder-preview')).toContain('ر.س.');
    // Pasted as is into another page, next to nothing else.
    const fresh = await env.browser.newPage();
    await fresh.goto(env.server.page('pasted', `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`));
    await expect.poll(() => shadowText(fresh)).toContain('مصر');
    expect(await fresh.$eval('remit-calculator', (el) => el.shadowRoot!.querySelector('input[id$="-qamount"]')!.getAttribute('value') ?? (el.shadowRoot!.querySelector('input[id$="-qamount"]') as HTMLInputElement).value)).toMatch(/1500|١٥٠٠/);
    await page.close();
    await fresh.close();
  });

  it('makes no network request but for the page and its own files, and sets no cookie or storage', async () => {
    const page = await env.browser.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(env.server.page('net', html('<remit-calculator from="US" to="MX"></remit-calculator><remit-calculator from="SA" to="EG" lang="ar" view="quote"></remit-calculator>')));
    await page.waitForFunction(() => document.querySelectorAll('remit-calculator')[1]?.shadowRoot?.querySelector('.remit[lang="ar"] .quote'));
    const own = urls.filter((u) => u.startsWith(env.server.url));
    expect(own).toEqual(urls);
    await page.waitForFunction(() => document.querySelector('remit-calculator')?.shadowRoot?.querySelector('.channels li'));
    // The comparison loads its corridor's detail (with the module that validates and draws it); the quote view loads its own views.
    expect(urls.map((u) => new URL(u).pathname).sort()).toEqual(['/corridors/USA-MEX.json', '/locales/ar.json', '/remit-data.js', '/remit-quote.js', '/remit-widget.js', '/t/net.html']);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const lang of ['en', 'ar']) {
    for (const view of ['compare', 'quote']) {
      for (const theme of ['light', 'dark']) {
        it(`no serious or critical violation: ${view}, ${lang}, ${theme}`, async () => {
          const { page } = await open(`axe-${view}-${lang}-${theme}`, `<main><h1>Test</h1><remit-calculator from="US" to="MX" lang="${lang}" view="${view}" theme="${theme}"></remit-calculator></main>`, { lang });
          if (view === 'quote') {
            const host = page.locator('remit-calculator');
            await host.locator('input[id$="-fee"]').fill('4.99');
            await host.locator('input[id$="-rate"]').fill('17.05');
            await host.locator('input[id$="-mid"]').fill('17.60');
            await host.locator('.result').waitFor();
          }
          await page.addScriptTag({ path: axePath });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
            const r = await axe.run(document, { resultTypes: ['violations'] });
            return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
          });
          expect(violations).toEqual([]);
          await page.close();
        });
      }
    }
  }
});
