/** NGO pages as they are: strict Content Security Policies, Trusted Types, legacy encodings. */
import { describe, expect, it } from 'vitest';
import { watch } from './browser.ts';
import { useBrowserAndServer } from './pages.ts';

const env = useBrowserAndServer();

const doc = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}<title>NGO page</title><script src="/remit-widget.js" defer></script></head><body>${body}</body></html>`;

async function rendered(url: string) {
  const page = await env.browser.newPage();
  const seen = watch(page);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('remit-calculator')].every((el) => el.shadowRoot?.querySelector('.channels li, .quote')),
  );
  const texts = await page.$$eval('remit-calculator', (els) => els.map((el) => (el.shadowRoot!.querySelector('.remit') as HTMLElement).innerText));
  return { page, seen, violations, texts };
}

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";

describe('strict pages', () => {
  it('works unchanged under a strict Content-Security-Policy', async () => {
    const url = env.server.page('csp', doc('<remit-calculator from="US" to="MX"></remit-calculator><remit-calculator from="SA" to="EG" lang="ar"></remit-calculator>'), {
      'content-security-policy': STRICT,
    });
    const { page, seen, violations, texts } = await rendered(url);
    expect(violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(texts[0]).toContain('Banks');
    expect(texts[1]).toContain('البنوك'); // the Arabic locale was fetched under connect-src 'self'
    // Styles applied: the adopted stylesheet is not blocked by style-src 'self'.
    const padding = await page.$eval('remit-calculator', (el) => getComputedStyle(el.shadowRoot!.querySelector('.remit')!).paddingTop);
    expect(padding).toBe('15px'); // 1em of the widget's 15px
    await page.close();
  });

  it('works when the page also requires Trusted Types for scripts', async () => {
    const url = env.server.page('tt', doc('<remit-calculator from="US" to="MX" view="quote"></remit-calculator>'), {
      'content-security-policy': `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`,
    });
    const { page, seen, violations } = await rendered(url);
    const host = page.locator('remit-calculator');
    await host.locator('input[id$="-fee"]').fill('4.99');
    await host.locator('input[id$="-rate"]').fill('17.05');
    await host.locator('input[id$="-mid"]').fill('17.60');
    await expect.poll(() => host.locator('.result .total').innerText()).toContain('$11.24');
    expect(violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('any page encoding', () => {
  const body = '<remit-calculator from="SA" to="EG" lang="ar"></remit-calculator><remit-calculator from="US" to="CN" lang="zh"></remit-calculator><remit-calculator from="US" to="MX" lang="es"></remit-calculator>';
  for (const [name, header, meta] of [
    ['windows-1252', 'text/html; charset=windows-1252', '<meta charset="windows-1252">'],
    ['Shift_JIS', 'text/html; charset=Shift_JIS', '<meta charset="Shift_JIS">'],
    ['no charset', 'text/html', ''],
  ] as const) {
    it(`renders its text correctly on a page in ${name}`, async () => {
      const url = env.server.page(`enc-${name.replace(/\W/g, '')}`, doc(body, meta), { 'content-type': header });
      const { page, texts } = await rendered(url);
      expect(texts[0]).toContain('البنوك');
      expect(texts[0]).toContain('مصر');
      expect(texts[1]).toContain('银行');
      expect(texts[1]).toContain('中国');
      expect(texts[2]).toMatch(/Envío de 200,00\sUS\$ de Estados Unidos a México/);
      expect(texts.join('')).not.toMatch(/Ã|Â|â€|\uFFFD/); // no mojibake, no replacement characters
      await page.close();
    });
  }
});

describe('many and repeated', () => {
  it('renders all of 50 widgets on one page', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `<remit-calculator from="US" to="MX" amount="${100 + i}"></remit-calculator>`).join('');
    const url = env.server.page('fifty', doc(many));
    const { page, seen, texts } = await rendered(url);
    expect(texts).toHaveLength(50);
    texts.forEach((text, i) => expect(text).toContain(`Sending $${100 + i}.00 from United States to Mexico`));
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('removing and re-adding widgets 200 times leaves the heap flat', async () => {
    const url = env.server.page('cycles', doc('<div id="slot"><remit-calculator from="US" to="MX"></remit-calculator></div>'));
    const { page } = await rendered(url);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = (n: number) =>
      page.evaluate(async (count) => {
        const slot = document.getElementById('slot')!;
        for (let i = 0; i < count; i++) {
          const el = document.createElement('remit-calculator');
          el.setAttribute('from', 'GB');
          el.setAttribute('to', 'IN');
          slot.append(el);
          await new Promise((r) => requestAnimationFrame(r));
          el.remove();
          // The same element back again, then gone for good.
          slot.append(el);
          el.remove();
        }
      }, n);
    await cycle(20); // warm up: JIT, ICU, caches
    // And the corridor's detail with its module, cached once per page: loaded before the heap is measured.
    await page.evaluate(async () => {
      const el = document.createElement('remit-calculator');
      el.setAttribute('from', 'GB');
      el.setAttribute('to', 'IN');
      document.getElementById('slot')!.append(el);
      for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.channels li'); i++) await new Promise((r) => setTimeout(r, 50));
      el.remove();
    });
    const before = await heap();
    await cycle(200);
    // Timers the last widgets started (the 400 ms hold before their detail shows) keep their trees
    // until they fire: let them, so what is measured is what stays for good.
    await page.waitForTimeout(1_000);
    await heap();
    const after = await heap();
    // 200 widgets would hold several MB if they leaked (each keeps a store, a shadow tree and listeners).
    expect(after - before).toBeLessThan(512 * 1024);
    await page.close();
  });
});
