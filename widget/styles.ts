/**
 * The widget's stylesheet, shared by every instance on a page through
 * `adoptedStyleSheets`: no `<style>` element and no inline style attribute,
 * so pages with `style-src 'self'` allow it.
 */
import css from './styles.css?inline';

let shared: CSSStyleSheet | null = null;

export function sheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(css);
  }
  return shared;
}
