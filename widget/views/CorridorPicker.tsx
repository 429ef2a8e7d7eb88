/**
 * Sender and receiver pickers over the corridors the bundle has, names in the
 * reader's language, sorted with `Intl.Collator`.
 *
 * A closed <select> shows only its chosen option, so the first paint renders
 * just that one and the full sorted lists follow when the browser is idle, or
 * at once when the user reaches for a picker. Building a collator and naming
 * every country costs tens of milliseconds of ICU start-up on a cold page,
 * which is most of a first render otherwise (see `npm run bench`).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { allCorridors, corridorsFrom, countryName } from '../../core/index.ts';
import { useView } from '../context.ts';

interface Props {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly onChange: (from: string, to: string) => void;
}

interface Choice {
  readonly code: string;
  readonly name: string;
}

const whenIdle: (f: () => void) => void =
  typeof requestIdleCallback === 'function' ? (f) => requestIdleCallback(f, { timeout: 500 }) : (f) => setTimeout(f, 50);

export function CorridorPicker({ id, from, to, onChange }: Props) {
  const { t, locale, bundle } = useView();
  const [full, setFull] = useState(false);
  useEffect(() => whenIdle(() => setFull(true)), []);
  const lists = useMemo(() => {
    if (!full) return null;
    const collator = new Intl.Collator(locale);
    const byName = (codes: Iterable<string>): Choice[] =>
      [...codes].map((code) => ({ code, name: countryName(code, locale, bundle) })).sort((a, b) => collator.compare(a.name, b.name));
    return {
      senders: byName(new Set(allCorridors(bundle).map((c) => c.from))),
      receivers: byName(corridorsFrom(bundle, from).map((c) => c.to)),
    };
  }, [full, bundle, locale, from]);
  const only = (code: string): Choice[] => [{ code, name: countryName(code, locale, bundle) }];
  const senders = lists?.senders ?? only(from);
  const receivers = lists?.receivers ?? only(to);
  const wake = () => setFull(true);
  return (
    <div class="row corridor">
      <label class="field">
        <span>{t('label_from')}</span>
        <select
          id={`${id}-from`}
          value={from}
          onFocus={wake}
          onPointerDown={wake}
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
        <select id={`${id}-to`} value={to} onFocus={wake} onPointerDown={wake} onChange={(e) => onChange(from, e.currentTarget.value)}>
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
