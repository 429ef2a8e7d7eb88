/**
 * `Object.hasOwn` for the browsers the widget supports that lack it (Chrome
 * before 93, Firefox before 92, Safari before 15.4; see TARGETS in vite.config.ts):
 * true when `key` is an own property of `obj`, never one inherited or from `__proto__`.
 */
export function hasOwn(obj: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
