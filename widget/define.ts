/**
 * Registers the widget's custom elements, each class with the page's
 * environment. Safe to run twice (a page builder may insert the snippet
 * twice): a name already defined is left alone.
 */
import { pageOf, type Environment } from './environment.ts';
import { RemitCalculatorElement } from './remit-calculator.tsx';
import { RemitProgressElement } from './remit-progress.ts';

declare global {
  interface HTMLElementTagNameMap {
    'remit-calculator': RemitCalculatorElement;
    'remit-progress': RemitProgressElement;
  }
}

export function defineRemitElements(env: Environment, registry: CustomElementRegistry = customElements): void {
  if (registry.get('remit-calculator')) return;
  const page = pageOf(env);
  const withPage = <T extends typeof RemitCalculatorElement | typeof RemitProgressElement>(element: T) =>
    class extends element {
      readonly page = page;
    };
  registry.define('remit-calculator', withPage(RemitCalculatorElement));
  registry.define('remit-progress', withPage(RemitProgressElement));
}
