/**
 * The embed builder: the form's choices become attributes of a live
 * `<remit-calculator>` and the snippet to copy. Its fields are written into
 * the page at build time from the attribute declaration (fields.ts); each
 * carries its default in `data-default`, and a default is left out of the snippet.
 * Built by Vite into `builder.js`, a classic script with no dependencies.
 */
import type { Locale } from '../../core/index.ts';

/** What the element shows before the script runs (or if it never does), in the snippet's language. */
const FALLBACK: Readonly<Record<Locale, string>> = {
  en: 'What it costs to send money home (loading).',
  es: 'Lo que cuesta enviar dinero a casa (cargando).',
  fr: 'Ce que coûte l’envoi d’argent au pays (chargement).',
  ar: 'تكلفة إرسال المال إلى الأهل (جارٍ التحميل).',
  zh: '往家里汇款要花多少钱（正在加载）。',
  hi: 'घर पैसे भेजने में कितना खर्च होता है (लोड हो रहा है)।',
  tl: 'Magkano ang gastos sa pagpapadala ng pera pauwi (naglo-load).',
  pt: 'Quanto custa enviar dinheiro para casa (carregando).',
};

const escape = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

function start(): void {
  const form = document.getElementById('builder') as HTMLFormElement | null;
  const out = document.getElementById('snippet') as HTMLTextAreaElement | null;
  const preview = document.getElementById('preview');
  const copied = document.getElementById('copied');
  const copy = document.getElementById('copy');
  if (!form || !out || !preview || !copied || !copy) return;
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-default]')];
  const source = form.elements.namedItem('src') as HTMLSelectElement;
  const script = new URL('remit-widget.js', document.baseURI).href;
  // Pages on other sites load the script from here: the snippet pins it with its
  // SRI hash (computed from the file this site serves) and crossorigin, so a
  // changed file is refused rather than run.
  let integrity = '';
  const live = document.createElement('remit-calculator');
  live.id = 'builder-preview';
  live.textContent = 'Loading the remittance cost calculator.';
  preview.appendChild(live);

  function update(): void {
    const attrs: string[] = [];
    let lang = '';
    for (const field of fields) {
      const value = field.value.trim();
      if (field.name === 'lang') lang = value;
      if (value === '' || value === field.dataset.default) live.removeAttribute(field.name);
      else {
        live.setAttribute(field.name, value);
        attrs.push(`${field.name}="${escape(value)}"`);
      }
    }
    const tag =
      source.value === 'copy'
        ? '<script src="/remit/remit-widget.js" defer></' + 'script>'
        : `<script src="${script}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''} defer></` + 'script>';
    out!.value = `${tag}\n<remit-calculator ${attrs.join(' ')}>\n  ${FALLBACK[lang as Locale] ?? FALLBACK.en}\n</remit-calculator>`;
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  copy.addEventListener('click', () => {
    out.select();
    const done = () => {
      copied.textContent = 'Copied.';
    };
    if (navigator.clipboard) navigator.clipboard.writeText(out.value).then(done, () => (document.execCommand('copy'), done()));
    else (document.execCommand('copy'), done());
  });
  update();
  if (globalThis.crypto?.subtle && typeof fetch === 'function') {
    fetch(script)
      .then((r) => r.arrayBuffer())
      .then((body) => crypto.subtle.digest('SHA-384', body))
      .then(
        (digest) => {
          integrity = `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
          update();
        },
        () => {
          /* no hash: the snippet goes without integrity */
        },
      );
  }
}

start();
