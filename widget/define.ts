/**
 * Registers the widget's custom elements. Safe to run twice (a page builder
 * may insert the snippet twice): a name already defined is left alone.
 */
import type { ElementEnvironment } from './remit-calculator.tsx';
import { RemitCalculatorElement, configure } from './remit-calculator.tsx';
import { RemitProgressElement } from './remit-progress.ts';

declare global {
  interface HTMLElementTagNameMap {
    'remit-calculator': RemitCalculatorElement;
    'remit-progress': RemitProgressElement;
  }
}

export function defineRemitElements(env: ElementEnvironment, registry: CustomElementRegistry = customElements): void {
  if (registry.get('remit-calculator')) return;
  configure(env);
  registry.define('remit-calculator', RemitCalculatorElement);
  registry.define('remit-progress', RemitProgressElement);
}
