/**
 * The baseline for the widget's render time: the smallest useful Preact
 * custom element (shadow root, one stylesheet, a line of text), built and
 * measured in the same run as the widget.
 */
import { render } from 'preact';

class MinimalElement extends HTMLElement {
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.remit { font: 15px system-ui; padding: 1rem; }');
    root.adoptedStyleSheets = [sheet];
    render(<div class="remit">Sending {this.getAttribute('amount')} from {this.getAttribute('from')} to {this.getAttribute('to')}</div>, root);
  }
}

if (!customElements.get('remit-calculator')) customElements.define('remit-calculator', MinimalElement);
