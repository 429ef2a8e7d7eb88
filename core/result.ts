/**
 * The one shape every fallible function in core returns, instead of throwing:
 *
 *     { ok: true, ...value } | { ok: false, error: MessageKey, field?, ...more }
 *
 * `error` is a message key, so any front end shows it in the reader's
 * language; `field` names the input at fault (a form points at it); a failure
 * may carry more, such as the corridors to suggest or a detail for logs.
 * Callers test `ok` and never catch.
 */
import type { MessageKey } from './i18n/messages.ts';

export type Ok<Value extends object = object> = { readonly ok: true } & Value;

export type Failure<More extends object = object> = {
  readonly ok: false;
  readonly error: MessageKey;
  /** The input at fault. */
  readonly field?: string;
} & More;

export type Result<Value extends object = object, More extends object = object> = Ok<Value> | Failure<More>;

/** Success with nothing to return. */
export const OK: Ok = { ok: true };

/** A failure with its message key and, when one input is at fault, its name. */
export function failure(error: MessageKey, field?: string): Failure {
  return field === undefined ? { ok: false, error } : { ok: false, error, field };
}
