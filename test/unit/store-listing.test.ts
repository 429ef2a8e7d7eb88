/**
 * What the stores show: each locale's name, summary and description within
 * the Chrome Web Store's and addons.mozilla.org's limits, and the 128 px icon
 * with Chrome's recommended padding.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'extension/_locales');
const LISTING = join(ROOT, 'extension/store-listing');

/**
 * Limits, in characters: the manifest's name (Chrome 75, AMO 50: the smaller
 * one), short_name (12) and description (132, the Chrome store's summary;
 * AMO allows 250); the detailed description (Chrome 16,000).
 */
const LIMITS = { name: 50, shortName: 12, summary: 132, description: 16_000 };
const chars = (s: string) => [...s].length;

function messages(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'));
}

describe('store listings, per locale', () => {
  const locales = readdirSync(LOCALES);
  const english = readFileSync(join(LISTING, 'en.txt'), 'utf8');

  it('cover every locale the extension has, and no other', () => {
    expect(readdirSync(LISTING).map((f) => f.replace(/\.txt$/, '')).sort()).toEqual([...locales].sort());
  });

  it.each(locales)('%s: name, summary and description within the limits, in its own language', (locale) => {
    const m = messages(locale);
    const name = m.extName?.message ?? '';
    const summary = m.extDescription?.message ?? '';
    expect(chars(name)).toBeGreaterThan(0);
    expect(chars(name)).toBeLessThanOrEqual(LIMITS.name);
    expect(chars(summary)).toBeGreaterThan(40);
    expect(chars(summary)).toBeLessThanOrEqual(LIMITS.summary);
    const description = readFileSync(join(LISTING, `${locale}.txt`), 'utf8');
    expect(chars(description)).toBeGreaterThan(300);
    expect(chars(description)).toBeLessThanOrEqual(LIMITS.description);
    // It names the source and its licence, and the two permissions it asks for (no others).
    expect(description).toContain('Remittance Prices Worldwide');
    expect(description).toContain('CC BY 4.0');
    expect(description).toContain('storage');
    expect(description).toContain('contextMenus');
    expect(description).not.toMatch(/activeTab|host permission/i);
    // The context-menu item is named as the menu shows it.
    expect(description).toContain(m.menuCheckQuote?.message);
    if (locale !== 'en') expect(description).not.toBe(english);
  });

  it('the manifest short_name fits the 12 characters a launcher shows', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    expect(chars(manifest.short_name)).toBeLessThanOrEqual(LIMITS.shortName);
  });
});

/** Width, height and RGBA rows of a PNG as scripts/icons.ts writes it (8-bit RGBA, filter 0). */
function readPng(file: string): { width: number; height: number; alpha: (x: number, y: number) => number } {
  const buf = readFileSync(file);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]], 'bit depth 8, RGBA').toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = 1 + width * 4;
  for (let y = 0; y < height; y++) expect(raw[y * stride], 'filter type 0').toBe(0);
  return { width, height, alpha: (x, y) => raw[y * stride + 1 + x * 4 + 3] ?? 0 };
}

describe('the extension icons', () => {
  it('128 px: 96 px of artwork centred, 16 transparent pixels on each side', () => {
    const png = readPng(join(ROOT, 'extension/icons/icon-128.png'));
    expect([png.width, png.height]).toEqual([128, 128]);
    let minX = 128;
    let maxX = -1;
    let minY = 128;
    let maxY = -1;
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        if (png.alpha(x, y) === 0) continue;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    expect([minX, minY, maxX, maxY]).toEqual([16, 16, 111, 111]);
  });

  it('every size the manifest names exists at that size', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    for (const [size, path] of Object.entries(manifest.icons as Record<string, string>)) {
      expect(existsSync(join(ROOT, path)), path).toBe(true);
      expect(readPng(join(ROOT, path)).width).toBe(Number(size));
    }
  });
});
