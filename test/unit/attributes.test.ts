/**
 * `<remit-calculator>`'s attribute declaration (widget/attributes.ts): how
 * each value is read, and that every place which lists the attributes (the
 * README, the package types, the demo's embed builder, custom-elements.json)
 * says the same as the declaration.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ATTRIBUTES, readAttributes, type AttributeName } from '../../widget/attributes.ts';
import { LATEST_BUNDLE } from '../../core/data/latest.ts';
import { builderFields } from '../../widget/demo/fields.ts';
import type { RemitCalculatorAttributes, RemitTheme, RemitView } from '../../widget/package/remit-widget.js';
import { calculatorAttributes } from '../../scripts/npm-package.ts';

const NAMES = Object.keys(ATTRIBUTES) as AttributeName[];
const read = (attrs: Record<string, string>, changed: Iterable<string> = NAMES) =>
  readAttributes((name) => attrs[name] ?? null, changed, LATEST_BUNDLE);

describe('reading the attributes', () => {
  it('reads every value as the state takes it', () => {
    const { values, problems } = read({ from: 'gb', to: 'NGA', amount: '1,500.50', 'per-year': ' 4 ', lang: 'pt-BR', theme: 'DARK', view: 'Quote', 'data-timeout': '2000' });
    expect(problems).toEqual([]);
    expect(values).toEqual({ from: 'GBR', to: 'NGA', amount: 1500.5, 'per-year': 4, lang: 'pt', theme: 'dark', view: 'quote', 'data-timeout': 2000 });
  });

  it('reads an absent attribute as its default, so removing one brings the default back', () => {
    expect(read({}).values).toEqual({ from: 'USA', to: 'MEX', amount: 200, 'per-year': 12, lang: null, theme: 'auto', view: 'compare', 'data-timeout': 8000 });
  });

  it('reads only the attributes named as changed', () => {
    expect(read({ amount: '50', theme: 'neon' }, ['amount']).values).toEqual({ amount: 50 });
  });

  it('gives each bad value its message with the value shown, and no value', () => {
    const { values, problems } = read({ from: 'XX', amount: '-5', 'per-year': '366', lang: 'klingon', theme: 'neon', view: 'progress', 'data-timeout': '50' });
    expect(Object.keys(values).sort()).toEqual(['to']);
    expect(problems.map((p) => p.key)).toEqual([
      'error_country_unknown',
      'error_amount_not_positive',
      'error_per_year_invalid',
      'error_lang_unknown',
      'error_theme_unknown',
      'error_view_unknown',
      'error_timeout_invalid',
    ]);
    expect(problems[0]?.params).toEqual({ value: 'XX' });
    expect(problems[3]?.params).toEqual({ value: 'klingon' });
  });

  it('refuses a value longer than 64 characters without reading it, and shows 24 of them', () => {
    const long = `US${' '.repeat(70)}`;
    const { values, problems } = read({ from: long }, ['from']);
    expect(values).toEqual({});
    expect(problems).toEqual([{ key: 'error_country_unknown', params: { value: `${long.slice(0, 24)}…` } }]);
  });

  it('takes an empty lang as "follow the page"', () => {
    expect(read({ lang: ' ' }, ['lang']).values).toEqual({ lang: null });
  });
});

describe('the attributes are listed the same everywhere', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  /** The calculator's attribute sections: `### \`name\`` and the line under it, up to the next section. */
  const embed = readme.slice(readme.indexOf('## Embed the widget'), readme.indexOf('\n## ', readme.indexOf('## Embed the widget') + 5));
  const sections = new Map([...embed.matchAll(/^### `([\w-]+)`\n(.*)$/gm)].map((m) => [m[1]!, m[2]!]));

  it('the README has one section per attribute, and none other', () => {
    expect([...sections.keys()]).toEqual(NAMES);
  });

  it("the README gives each attribute's default and allowed values", () => {
    for (const name of NAMES) {
      const spec = ATTRIBUTES[name];
      const line = sections.get(name)!;
      const [type, rest] = line.split(' · ');
      expect(rest, name).toMatch(spec.default ? new RegExp(`^default \`${spec.default}\``) : /^default: /);
      // The values as listed, before any example in parentheses (`pt-BR`).
      if ('values' in spec) expect([...type!.split('(')[0]!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]), name).toEqual([...spec.values]);
    }
  });

  it('the package types declare exactly these attributes', () => {
    const declared: Record<keyof RemitCalculatorAttributes, true> = {
      from: true, to: true, amount: true, 'per-year': true, lang: true, theme: true, view: true, 'data-src': true, 'data-timeout': true, 'rates-src': true, loading: true,
    };
    expect(Object.keys(declared)).toEqual(NAMES);
  });

  it('the package types allow exactly the declared views and themes', () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const views: Same<RemitView, (typeof ATTRIBUTES.view.values)[number]> = true;
    const themes: Same<RemitTheme, (typeof ATTRIBUTES.theme.values)[number]> = true;
    expect([views, themes]).toEqual([true, true]);
  });

  it('the embed builder has one field per attribute, with its default and allowed values', () => {
    const fields = builderFields();
    expect(fields.map((f) => f.name)).toEqual(NAMES);
    for (const f of fields) {
      const spec = ATTRIBUTES[f.name];
      expect(f.default).toBe(spec.default);
      // A list with no default ('': the page's language) starts with that choice.
      expect(f.options?.map((o) => o.value)).toEqual('values' in spec ? [...(spec.default ? [] : ['']), ...spec.values] : undefined);
    }
  });

  it('custom-elements.json lists exactly these attributes, with their defaults and types', () => {
    const attrs = calculatorAttributes();
    expect(attrs.map((a) => a.name)).toEqual(NAMES);
    expect(attrs.find((a) => a.name === 'theme')).toMatchObject({ type: { text: "'light' | 'dark' | 'auto'" }, default: "'auto'" });
    expect(attrs.find((a) => a.name === 'per-year')).toMatchObject({ type: { text: 'number' }, default: '12' });
    expect(attrs.find((a) => a.name === 'from')?.description).toContain('ISO 3166');
  });
});
