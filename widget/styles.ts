/**
 * The widget's stylesheet, shared by every instance on a page through
 * `adoptedStyleSheets`: no `<style>` element and no inline style attribute,
 * so pages with `style-src 'self'` allow it.
 */
import css from './styles.css?inline';

const sheets = new Map<string, CSSStyleSheet>();

function constructed(text: string): CSSStyleSheet {
  let s = sheets.get(text);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(text);
    sheets.set(text, s);
  }
  return s;
}

/** The widget's stylesheet as one constructed sheet (browsers with `adoptedStyleSheets`). */
export function sheet(): CSSStyleSheet {
  return constructed(css);
}

/**
 * Styles a shadow root with the widget's stylesheet and `more`. Where the
 * browser lacks constructed stylesheets (Firefox before 101, Safari before
 * 16.4) each becomes a `<style>` element at the start of the root instead:
 * there, a page whose CSP forbids inline styles shows the widget unstyled.
 */
export function adopt(root: ShadowRoot, ...more: string[]): void {
  const texts = [css, ...more];
  // Typed as always there; older browsers have no such property.
  if ((root as Partial<ShadowRoot>).adoptedStyleSheets) root.adoptedStyleSheets = texts.map(constructed);
  else {
    // Each stylesheet once, in order (the widget's first; a corridor's detail views add theirs later).
    const have = new Set([...root.querySelectorAll('style')].map((el) => el.textContent));
    const missing = texts.filter((text) => !have.has(text)).map((text) => Object.assign(document.createElement('style'), { textContent: text }));
    const last = root.querySelectorAll('style');
    if (last.length) last[last.length - 1]!.after(...missing);
    else root.prepend(...missing);
  }
}
