/**
 * `remit-progress.js`: the advocates' view, loaded on demand by the
 * `<remit-progress>` element next to the widget script (so the calculator's
 * script stays within its size budget). It carries the full bundle, every
 * quarter of every series, and renders into the element's shadow root.
 */
import { render } from 'preact';
import { FULL_BUNDLE } from '../../core/data/full.ts';
import type { Bundle } from '../../core/data/types.ts';
import { direction, translator, type Locale, type Messages } from '../../core/i18n/messages.ts';
import { en } from '../../core/i18n/en.ts';
import { enExtension } from '../../core/i18n/en-extension.ts';
import { Ctx } from '../context.ts';
import { sheet } from '../styles.ts';
import { Progress } from './Progress.tsx';
import type { AttributeProblem } from '../attributes.ts';
import css from './progress.css?inline';

export interface ProgressOptions {
  readonly id: string;
  readonly locale: Locale;
  /** The locale's messages as fetched by the widget (null: English). */
  readonly messages: Partial<Messages> | null;
  readonly theme: 'light' | 'dark' | 'auto';
  readonly indicator?: string;
  readonly from?: string;
  readonly to?: string;
  /** A newer bundle (data-src); the built-in full bundle otherwise. */
  readonly bundle?: Bundle;
  /** Bad attributes, as message keys with their parameters. */
  readonly problems: readonly AttributeProblem[];
  /** The script URL, for the embed snippet. */
  readonly scriptUrl: string;
}

let extra: CSSStyleSheet | null = null;

/** Renders (or re-renders) the view into `root`. */
export function mountProgress(root: ShadowRoot, o: ProgressOptions): void {
  if (!extra) {
    extra = new CSSStyleSheet();
    extra.replaceSync(css);
  }
  root.adoptedStyleSheets = [sheet(), extra];
  // The element's fallback <slot> gives way to the view.
  for (const node of [...root.childNodes]) if (node.nodeName === 'SLOT') node.remove();
  const english: Partial<Messages> = { ...en, ...enExtension };
  const t = translator({ ...english, ...o.messages });
  const embed = (s: { indicator: string; from: string; to: string }) =>
    `<script src="${o.scriptUrl}" defer></script>\n<remit-progress indicator="${s.indicator}" from="${s.from}" to="${s.to}" lang="${o.locale}" theme="${o.theme}"></remit-progress>`;
  render(
    <Ctx.Provider value={{ locale: o.locale, t, bundle: o.bundle ?? FULL_BUNDLE }}>
      <div class={`remit theme-${o.theme}`} dir={direction(o.locale)} lang={o.locale}>
        {o.problems.length > 0 && (
          <div class="problems" role="status">
            {o.problems.map((p) => (
              <p class="error" key={p.key}>
                {t(p.key, { language: t('language_name'), ...p.params })}
              </p>
            ))}
          </div>
        )}
        <Progress
          key={`${o.indicator}|${o.from}|${o.to}`}
          id={o.id}
          embed={embed}
          {...(o.indicator ? { indicator: o.indicator } : {})}
          {...(o.from ? { from: o.from } : {})}
          {...(o.to ? { to: o.to } : {})}
        />
      </div>
    </Ctx.Provider>,
    root,
  );
}

/** Unmounts, releasing every listener. */
export function unmountProgress(root: ShadowRoot): void {
  render(null, root);
}
