/**
 * `remit-progress.js`: the advocates' view, loaded on demand by the
 * `<remit-progress>` element next to the widget script (so the calculator's
 * script stays within its size budget). It carries the full bundle, every
 * quarter of every series, and renders into the element's shadow root.
 */
import { render } from 'preact';
import { FULL_BUNDLE } from '../../core/full.ts';
import type { Bundle } from '../../core/index.ts';
import { direction, translator, type Locale, type Messages, en, enExtension, enDetail, matchLocale, regionalTag } from '../../core/index.ts';
import { Ctx } from '../context.ts';
import { adopt } from '../styles.ts';
import { Progress } from './Progress.tsx';
import { readAttributes, type AttributeProblem } from '../attributes.ts';
import { resolveDataSrc } from '../data-source.ts';
import { withTimeout } from '../locale-loader.ts';
import { Guard } from '../guard.tsx';
import type { Page } from '../environment.ts';
import css from './progress.css?inline';

export interface ProgressOptions {
  readonly id: string;
  readonly locale: Locale;
  /** The tag numbers are formatted in (`es-MX`): the same rule as the calculator's (`regionalTag`); default `locale`. */
  readonly regional?: string;
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
  /** The `data-src` bundle's URL, kept in the embed snippet. */
  readonly dataSrc?: string;
}

/** An attribute value in double quotes. */
const quoted = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;

/** The snippet that embeds exactly the view shown: the same series, corridor, language, theme and data-src. */
export function embedSnippet(o: Pick<ProgressOptions, 'scriptUrl' | 'locale' | 'theme' | 'dataSrc'>, s: { indicator: string; from: string; to: string }): string {
  const src = o.dataSrc ? ` data-src=${quoted(o.dataSrc)}` : '';
  return `<script src=${quoted(o.scriptUrl)} defer></script>\n<remit-progress indicator=${quoted(s.indicator)} from=${quoted(s.from)} to=${quoted(s.to)} lang="${o.locale}" theme="${o.theme}"${src}></remit-progress>`;
}

/** Renders (or re-renders) the view into `root`. */
export function mountProgress(root: ShadowRoot, o: ProgressOptions): void {
  adopt(root, css);
  // The element's fallback <slot> gives way to the view.
  for (const node of [...root.childNodes]) if (node.nodeName === 'SLOT') node.remove();
  const english: Partial<Messages> = { ...en, ...enDetail, ...enExtension };
  const regional = o.regional ?? o.locale;
  const t = translator({ ...english, ...o.messages }, regional);
  const embed = (s: { indicator: string; from: string; to: string }) => embedSnippet(o, s);
  render(
    <Ctx.Provider value={{ locale: regional, t, bundle: o.bundle ?? FULL_BUNDLE }}>
      <div class={`remit theme-${o.theme}`} dir={direction(o.locale)} lang={regional}>
        <Guard>
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
        </Guard>
      </div>
    </Ctx.Provider>,
    root,
  );
}

/** Unmounts, releasing every listener. */
export function unmountProgress(root: ShadowRoot): void {
  render(null, root);
}

/** What the `<remit-progress>` element hands over: the widget's environment and its data-src loader. */
/**
 * The work of `<remit-progress>`, here so that the calculator's script carries
 * only a small loader for it: reads the element's attributes (the same
 * reading, and the same messages for bad values, as `<remit-calculator>`),
 * fetches its language and renders; a `data-src` bundle replaces the built-in
 * figures when (and if) it arrives. `current()` is false once a newer update
 * has started or the element left the page: a late result is then dropped.
 */
export async function updateProgress(el: HTMLElement, root: ShadowRoot, id: string, env: Page, current: () => boolean): Promise<void> {
  const { values: attrs, problems } = readAttributes((name) => el.getAttribute(name), ['from', 'to', 'lang', 'theme'], env.bundle);
  const locale = attrs.lang ?? matchLocale(el.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? matchLocale(navigator.language) ?? 'en';
  // A locale file that never answers gives way to English after 8 s, as in <remit-calculator>.
  const messages = await withTimeout(env.loadLocale(locale), 8_000);
  if (!current()) return;
  const indicator = el.getAttribute('indicator');
  const src = el.getAttribute('data-src');
  // As for <remit-calculator>, resolved against the page; the embed snippet keeps it, absolute, whether or not it loads here.
  const url = src === null ? null : resolveDataSrc(src, document.baseURI);
  const mount = (data: { bundle?: Bundle; notice?: AttributeProblem }) =>
    mountProgress(root, {
      id,
      locale: messages ? locale : 'en',
      // One number format per page: the region as <remit-calculator> takes it (its lang, the page's, the browser's).
      regional: regionalTag(messages ? locale : 'en', [el.getAttribute('lang'), el.parentElement?.closest('[lang]')?.getAttribute('lang'), ...navigator.languages]),
      messages,
      theme: attrs.theme ?? 'auto',
      ...(indicator ? { indicator } : {}),
      ...(attrs.from ? { from: attrs.from } : {}),
      ...(attrs.to ? { to: attrs.to } : {}),
      problems: data.notice ? [...problems, data.notice] : problems,
      ...(data.bundle ? { bundle: data.bundle } : {}),
      ...(url ? { dataSrc: url.href } : {}),
      scriptUrl: env.scriptUrl,
    });
  mount({});
  if (src === null) return;
  // Used when valid and complete (a `latest` bundle has no history to chart), else the built-in one with a notice.
  const m = url && (await env.data().catch(() => null));
  const r = m && url ? await m.loadBundleOnce(url.href) : null;
  if (!current()) return;
  mount(
    r?.ok && r.bundle.variant === 'full' && m && url
      ? { bundle: r.bundle, notice: { key: 'data_from_src', params: m.describeBundle(r.bundle, url) } }
      : { notice: { key: 'error_data_load', params: {} } },
  );
}
