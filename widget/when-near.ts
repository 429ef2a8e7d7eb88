/**
 * `loading="lazy"` for the widget's elements, as `<img loading="lazy">` has it.
 *
 * A page of many widgets otherwise renders them all in one task when the
 * script defines the elements: on the demo page (eight widgets) that made
 * 1.45 s of total blocking time under Lighthouse's mobile preset (4x slower
 * CPU), before the reader could scroll, for widgets several screens down. An element marked lazy
 * renders first when it comes within half a screen's height of the viewport,
 * each in a task of its own so the browser paints and answers input between
 * them; `<remit-progress>` then fetches its module and history too. The page
 * keeps the element's space meanwhile (a `min-height`, as for an image's
 * `width` and `height`), so nothing moves, and its fallback content shows.
 *
 * Without the attribute, and where IntersectionObserver is missing or broken
 * by the page, the element renders at once, as it always has.
 */
/** Elements that have come near once: moved to another place in the page, they render at once. */
const seen = new WeakSet<Element>();

/**
 * Runs `render` now, or, for an element with `loading="lazy"` (read when it is
 * connected) that has not been near the viewport yet, once it is within 50%
 * of the viewport's height of it (a small margin: on the demo page's desktop
 * screen a whole one reached the progress charts, and their 147 KB, at
 * load), in a task of its own; not if the element
 * has left the page by then.
 */
export function whenNear(el: Element, render: () => void): void {
  if (el.getAttribute('loading') == 'lazy' && !seen.has(el))
    try {
      // One observer per element: it goes when its element has come near (or with the element).
      return new IntersectionObserver(
        (entries, observer) => {
          if (entries.some((e) => e.isIntersecting)) {
            observer.disconnect();
            seen.add(el);
            setTimeout(() => el.isConnected && render());
          }
        },
        { rootMargin: '50%' },
      ).observe(el);
    } catch {
      // No IntersectionObserver (Safari before 12.1), or one the page replaced: at once.
    }
  render();
}
