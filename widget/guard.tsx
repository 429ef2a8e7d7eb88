/**
 * What an element shows when it cannot show its figures (its render threw, a
 * browser lacks `Intl.DisplayNames`, the host page broke a global): the
 * page's own fallback content, through a <slot>, and one line saying why.
 */
import { render, type ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { englishWidget, translator, type Messages } from '../core/index.ts';
import { useView, type Translate } from './context.ts';

/**
 * An element's shadow root: a new open one, or one the page's markup already
 * declared (`<template shadowrootmode="closed">`), which `attachShadow` with
 * the same mode hands back emptied instead of throwing.
 */
export function attachRoot(el: HTMLElement): ShadowRoot {
  try {
    return el.attachShadow({ mode: 'open' });
  } catch {
    return el.attachShadow({ mode: 'closed' });
  }
}

/** Shows the page's fallback content in `root` with one line saying why the figures are not shown. */
export function showFallback(root: ShadowRoot, error: unknown, messages: Partial<Messages> = englishWidget): void {
  render(<Fallback t={translator(messages)} error={error} />, root);
}

/** The fallback content and the reason: the error in the browser's own words, cut short. */
export function Fallback({ t, error }: { readonly t: Translate; readonly error: unknown }) {
  return (
    <>
      <slot />
      <p class="error" role="status">
        {t('error_render', { why: String(error) })}
      </p>
    </>
  );
}

/** Catches an error thrown while rendering or re-rendering below it: the fallback content and the reason show instead. */
export function Guard({ children }: { readonly children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  const { t } = useView();
  return error ? <Fallback t={t} error={error} /> : <>{children}</>;
}
