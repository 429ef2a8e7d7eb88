/**
 * The embed builder's fields, one per attribute of `<remit-calculator>`, from
 * its declaration (`widget/attributes.ts`): written into the demo page when it
 * is built (vite.config.ts), so the form is there before any script runs and
 * a new attribute appears in the builder without touching the page.
 */
import { ATTRIBUTES, type AttributeName, type AttributeSpec } from '../attributes.ts';
import { LANGUAGE_NAMES } from '../../core/index.ts';
import type { Locale } from '../../core/index.ts';

/** What the builder calls each attribute (the demo page is in English). */
const LABELS: Readonly<Record<AttributeName, string>> = {
  from: 'From',
  to: 'To',
  amount: 'Amount',
  'per-year': 'Transfers per year',
  lang: 'Language',
  theme: 'Theme',
  view: 'View',
  'data-src': 'Newer data (URL, optional)',
  'data-timeout': 'Wait for data (ms)',
  'rates-src': 'Reference rates (URL, optional)',
  loading: 'Render (lazy: when scrolled near)',
};

export interface BuilderField {
  readonly name: AttributeName;
  readonly label: string;
  readonly default: string;
  /** A choice, for attributes with a list of values ('' : the page's language). */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** For a text field: the kind of keyboard and its width. */
  readonly input?: 'text' | 'decimal' | 'numeric' | 'url';
}

export function builderFields(): BuilderField[] {
  return (Object.entries(ATTRIBUTES) as [AttributeName, AttributeSpec][]).map(([name, spec]) => {
    const base = { name, label: LABELS[name], default: spec.default };
    if (spec.values) {
      const values = spec.default === '' ? ['', ...spec.values] : spec.values;
      const label = (v: string) => (v === '' ? 'Page language' : name === 'lang' ? LANGUAGE_NAMES[v as Locale] : v);
      return { ...base, options: values.map((value) => ({ value, label: label(value) })) };
    }
    const input = !spec.read ? 'url' : name === 'amount' ? 'decimal' : /^\d+$/.test(spec.default) ? 'numeric' : 'text';
    return { ...base, input };
  });
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The fields as HTML, each with `data-default` so the builder leaves defaults out of the snippet. */
export function builderFieldsHtml(): string {
  return builderFields()
    .map((f) => {
      const common = `name="${f.name}" data-default="${escape(f.default)}"`;
      const control = f.options
        ? `<select ${common}>${f.options.map((o) => `<option value="${escape(o.value)}"${o.value === f.default ? ' selected' : ''}>${escape(o.label)}</option>`).join('')}</select>`
        : `<input ${common} value="${escape(f.default)}" size="${f.input === 'url' ? 24 : 6}" autocomplete="off"${f.input === 'url' ? ' type="url"' : ` inputmode="${f.input}"`}>`;
      return `<label>${escape(f.label)} ${control}</label>`;
    })
    .join('\n      ');
}
