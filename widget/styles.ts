/**
 * The widget's stylesheet, shared by every instance on a page through
 * `adoptedStyleSheets`: no `<style>` element and no inline style attribute,
 * so pages with `style-src 'self'` allow it.
 */
import text from './styles.css?inline';

/** A constructed stylesheet of `text`. */
export function css(text: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text);
  return made;
}

let shared: CSSStyleSheet | undefined;

export function sheet(): CSSStyleSheet {
  return (shared ??= css(text));
}
