/**
 * A second, fairer baseline: the minimal Preact custom element plus the
 * platform calls any localized calculator makes on first paint (one
 * Intl.DisplayNames for country names, one Intl.NumberFormat for money).
 * It shows how much of the widget's first render is the browser's ICU start-up.
 */
import { render } from 'preact';

class IntlElement extends HTMLElement {
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.remit { font: 15px system-ui; padding: 1rem; }');
    root.adoptedStyleSheets = [sheet];
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' });
    render(
      <div class="remit">
        Sending {money.format(Number(this.getAttribute('amount')))} from {names.of(this.getAttribute('from') ?? 'US')} to{' '}
        {names.of(this.getAttribute('to') ?? 'MX')}
      </div>,
      root,
    );
  }
}

if (!customElements.get('remit-calculator')) customElements.define('remit-calculator', IntlElement);
