/**
 * The widget's colours reach WCAG 2 AAA contrast (7:1, success criterion
 * 1.4.6) against its background in both themes: body and muted text, links
 * and buttons (accent), and the three verdict colours.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const css = readFileSync(resolve(import.meta.dirname, '../../widget/styles.css'), 'utf8');

/** The custom properties of the first rule whose selector matches, a `var(--x, #fallback)` read as its fallback. */
function theme(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(?:var\(--[\w-]+,\s*)?(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour contrast, AAA (7:1)', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
  for (const [name, selector] of [['light', '.remit'], ['dark', '.theme-dark']] as const) {
    it(`${name} theme: text, links and verdicts against the background`, () => {
      const c = theme(selector);
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['bg', 'fg', 'muted', 'accent', 'bad', 'mid', 'ok']));
      for (const key of ['fg', 'muted', 'accent', 'bad', 'mid', 'ok']) {
        expect(contrast(c[key]!, c.bg!), `${name} --${key} ${c[key]} on ${c.bg}`).toBeGreaterThanOrEqual(7);
      }
    });
  }
  it('the dark theme the device asks for uses the same colours as theme="dark"', () => {
    const auto = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const dark = theme('.theme-dark');
    for (const [key, value] of Object.entries(dark)) expect(auto).toContain(value);
    expect(Object.keys(dark).length).toBeGreaterThan(5);
  });
});
