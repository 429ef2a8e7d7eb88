/**
 * The package's hand-written types (widget/package/remit-widget.d.ts) against
 * the source: what the element really sends in `remit-change` must fit the
 * declared detail, and the declared attributes must be the ones it observes.
 * The type checks happen in `tsc --noEmit` (npm test); this file fails to compile otherwise.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RemitChangeDetail, RemitProgressAttributes } from '../../widget/package/remit-widget.js';
import type { RemitChangeDetail as SourceDetail } from '../../widget/remit-calculator.tsx';

/** Compiles only when every value of type `From` is a `To`. */
type Fits<To, From extends To> = From;
export type DetailFits = Fits<RemitChangeDetail, SourceDetail>;

/** Keys of `<remit-progress>`'s declared attributes, checked against the source below (the calculator's: attributes.test.ts). */
const PROGRESS: Record<keyof RemitProgressAttributes, true> = { indicator: true, from: true, to: true, lang: true, theme: true, 'data-src': true, loading: true };
/** Read once, when the element is connected (widget/when-near.ts), so not observed: like `<img loading>`. */
const READ_ON_CONNECTION = ['loading'];

const source = (file: string) => readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
const listed = (text: string, pattern: RegExp) => [...(pattern.exec(text)?.[1] ?? '').matchAll(/'([\w-]+)'/g)].map((m) => m[1]).sort();

describe('the package types', () => {
  it('declare exactly the attributes <remit-progress> observes', () => {
    expect(Object.keys(PROGRESS).sort()).toEqual([...listed(source('widget/remit-progress.ts'), /observedAttributes = \[([^\]]*)\]/), ...READ_ON_CONNECTION].sort());
  });
  it('read `loading` where they say so', () => {
    expect(source('widget/when-near.ts')).toContain(`getAttribute('loading')`);
    for (const file of ['widget/remit-calculator.tsx', 'widget/remit-progress.ts']) expect(source(file)).toMatch(/whenNear\(this, /);
  });
  it('register both tag names in HTMLElementTagNameMap', () => {
    const dts = source('widget/package/remit-widget.d.ts');
    expect(dts).toMatch(/interface HTMLElementTagNameMap \{\s*'remit-calculator': RemitCalculatorElement;\s*'remit-progress': RemitProgressElement;/);
  });
});
