/**
 * A number input that keeps what the user typed, reads it in the user's
 * locale (core's `readNumber`: `1,000` is a thousand in English, `4,99` a
 * decimal everywhere), and only hands valid numbers on: a bad entry
 * shows its message under the field and the last good value stays in use.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatForInput, readNumber } from '../../core/index.ts';
import type { MessageKey, Result } from '../../core/index.ts';
import { useView } from '../context.ts';

interface Props {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly value: number | null;
  /** Takes the value, or refuses it with a message (`core/result.ts`). */
  readonly onValue: (value: number) => Result;
  readonly invalidKey: MessageKey;
  readonly hint?: string;
  readonly integer?: boolean;
}

export function NumberField({ id, label, value, onValue, invalidKey, hint, integer }: Props) {
  const { t, locale } = useView();
  const shown = (v: number | null) => (v === null ? '' : formatForInput(v, locale));
  const [text, setText] = useState(() => shown(value));
  const [error, setError] = useState<MessageKey | null>(null);
  // The value this field itself last handed on: echoing it back must not rewrite what the user typed (`4,9` stays `4,9`).
  const own = useRef<number | null>(value);
  // Follow outside changes (an attribute, a stored value); one replaces a bad entry and its message.
  // A layout effect runs in the same task as the render, before the next keystroke can
  // arrive: a plain effect ran after paint and compared against a newer `own`, so a
  // stale echo could overwrite what was typed in between (fast typing lost digits).
  const shownIn = useRef(locale);
  useLayoutEffect(() => {
    if (!Object.is(value, own.current)) {
      setText(shown(value));
      setError(null);
    } else if (shownIn.current !== locale && error === null) {
      // A new language writes the same value its own way (1234,5 becomes 1234.5).
      setText(shown(value));
    }
    own.current = value;
    shownIn.current = locale;
  }, [value, locale]);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy || undefined}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const n = readNumber(raw, locale);
          const r = n === null ? null : onValue(n);
          if (r?.ok) own.current = n;
          setError(r ? (r.ok ? null : r.error) : invalidKey);
        }}
      />
      {hint && (
        <small id={hintId} class="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} class="error" role="alert">
          {t(error)} {t('keeping_last')}
        </small>
      )}
    </div>
  );
}
