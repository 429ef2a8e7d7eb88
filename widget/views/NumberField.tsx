/**
 * A number input that keeps what the user typed, reads it in the user's
 * locale (`4,99` or `4.99`), and only hands valid numbers on: a bad entry
 * shows its message under the field and the last good value stays in use.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/messages.ts';
import { useView } from '../context.ts';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  /** Returns a message key when the value is refused. */
  readonly onValue: (value: number) => MessageKey | null;
  readonly invalidKey: MessageKey;
  readonly hint?: string;
  readonly integer?: boolean;
}

/** Reads a typed number: digits with `.` or `,` as the decimal mark; spaces and thin spaces ignored. */
export function readNumber(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n + 0 : null;
}

export function NumberField({ id, label, value, onValue, invalidKey, hint, integer }: Props) {
  const { t } = useView();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<MessageKey | null>(null);
  // Follow outside changes (an attribute, a stored value) unless the user is mid-edit on a bad entry.
  useEffect(() => {
    if (error === null) setText(value === null ? '' : String(value));
  }, [value]);
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
          const n = readNumber(raw);
          const problem = n === null ? invalidKey : onValue(n);
          setError(problem);
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
