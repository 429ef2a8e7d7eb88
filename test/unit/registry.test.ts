/**
 * Convention tests: the places that must know each language, each channel and
 * each public entry of core, checked against the one registry of each
 * (`LOCALES` in core/i18n/messages.ts, `CHANNEL_GROUPS` in core/channels.ts).
 * Adding a language is its locale file plus one line in `LOCALES` (and the
 * map in core/i18n/all.ts, which does not compile without it); these tests
 * fail until every other place has it. The README's "where does X go" says the same.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ALL_MESSAGES } from '../../core/full.ts';
import { LOCALES, matchLocale } from '../../core/i18n/messages.ts';
import { CHANNEL_GROUPS, type ChannelGroup } from '../../core/channels.ts';
import type { RemitChannel, RemitLang } from '../../widget/package/remit-widget.js';

const ROOT = resolve(import.meta.dirname, '../..');
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Compiles only when `A` and `B` are the same set of strings. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('a language is known everywhere it must be', () => {
  it('has its messages', () => {
    expect(Object.keys(ALL_MESSAGES).sort()).toEqual([...LOCALES].sort());
  });

  it('has the extension store folder for its language (Chrome names: fil, pt_BR, zh_CN)', () => {
    const folders = readdirSync(join(ROOT, 'extension/_locales'));
    expect(folders.map((f) => matchLocale(f.replace('_', '-'))).sort()).toEqual([...LOCALES].sort());
  });

  it('is in the package types', () => {
    const same: Same<RemitLang, (typeof LOCALES)[number]> = true;
    expect(same).toBe(true);
  });

  it('is named in the README', () => {
    const readme = text('README.md');
    for (const l of LOCALES) expect(readme).toContain(`\`${l}\``);
  });
});

describe('a channel is known everywhere it must be', () => {
  it('has its name in every language', () => {
    for (const [locale, messages] of Object.entries(ALL_MESSAGES)) {
      for (const g of CHANNEL_GROUPS) expect(messages[`channel_${g}`], `${locale} channel_${g}`).toMatch(/\S/);
    }
  });

  it('is in the package types', () => {
    const same: Same<RemitChannel, ChannelGroup> = true;
    expect(same).toBe(true);
  });

  it('is named in the README', () => {
    const readme = text('README.md').toLowerCase();
    for (const g of CHANNEL_GROUPS) {
      const name = ALL_MESSAGES.en[`channel_${g}`].toLowerCase().replace(/ \(together\)$/, '');
      expect(readme, g).toContain(name);
    }
  });
});

describe('the widget and the extension use only core’s public entries', () => {
  /** core/index.ts (functions over a bundle), core/full.ts (the full data built in), core/data/latest.ts (the widget's own figures). */
  const PUBLIC = ['core/index.ts', 'core/full.ts', 'core/data/latest.ts'];
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
    );

  it.each(['widget', 'extension'])('%s/ imports core through its public entries only', (dir) => {
    const wrong = files(dir).flatMap((file) =>
      [...text(file).matchAll(/from '((?:\.\.\/)+core\/[^']+)'/g)]
        .map((m) => relative(ROOT, resolve(ROOT, file, '..', m[1]!)))
        .filter((target) => !PUBLIC.includes(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });
});
