/** Sender and receiver pickers over the corridors the bundle has, names in the reader's language. */
import { useMemo } from 'preact/hooks';
import { allCorridors, corridorsFrom } from '../../core/corridors.ts';
import { countryName } from '../../core/countries.ts';
import { useView } from '../context.ts';

interface Props {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly onChange: (from: string, to: string) => void;
}

export function CorridorPicker({ id, from, to, onChange }: Props) {
  const { t, locale, bundle } = useView();
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const byName = (codes: Iterable<string>) =>
    [...codes]
      .map((code) => ({ code, name: countryName(code, locale, bundle) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  const senders = useMemo(() => byName(new Set(allCorridors(bundle).map((c) => c.from))), [bundle, locale]);
  const receivers = useMemo(() => byName(corridorsFrom(bundle, from).map((c) => c.to)), [bundle, locale, from]);
  return (
    <div class="row corridor">
      <label class="field">
        <span>{t('label_from')}</span>
        <select
          id={`${id}-from`}
          value={from}
          onChange={(e) => {
            const next = e.currentTarget.value;
            const list = corridorsFrom(bundle, next);
            const keep = list.find((c) => c.to === to);
            onChange(next, keep ? keep.to : (list[0]?.to ?? to));
          }}
        >
          {senders.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('label_to')}</span>
        <select id={`${id}-to`} value={to} onChange={(e) => onChange(from, e.currentTarget.value)}>
          {receivers.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
