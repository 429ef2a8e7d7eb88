// The embed builder: the form's choices become attributes of a live
// <remit-calculator> and the snippet to copy. Plain script, no dependencies.
(function () {
  var form = document.getElementById('builder');
  var out = document.getElementById('snippet');
  var preview = document.getElementById('preview');
  var copied = document.getElementById('copied');
  var script = new URL('remit-widget.js', document.baseURI).href;
  // Pages on other sites load the script from here: the snippet pins it with its
  // SRI hash (computed from the file this site serves) and crossorigin, so a
  // changed file is refused rather than run.
  var integrity = '';
  var names = ['from', 'to', 'amount', 'per-year', 'lang', 'theme', 'view'];
  var defaults = { 'per-year': '12', theme: 'auto', view: 'compare' };
  // What the element shows before the script runs (or if it never does), in the snippet's language.
  var fallback = {
    en: 'What it costs to send money home (loading).',
    es: 'Lo que cuesta enviar dinero a casa (cargando).',
    fr: 'Ce que coûte l’envoi d’argent au pays (chargement).',
    ar: 'تكلفة إرسال المال إلى الأهل (جارٍ التحميل).',
    zh: '往家里汇款要花多少钱（正在加载）。',
    hi: 'घर पैसे भेजने में कितना खर्च होता है (लोड हो रहा है)।',
    tl: 'Magkano ang gastos sa pagpapadala ng pera pauwi (naglo-load).',
    pt: 'Quanto custa enviar dinheiro para casa (carregando).'
  };
  var live = document.createElement('remit-calculator');
  live.id = 'builder-preview';
  live.textContent = 'Loading the remittance cost calculator.';
  preview.appendChild(live);

  function update() {
    var attrs = [];
    names.forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value === '' || defaults[name] === value) live.removeAttribute(name);
      else live.setAttribute(name, value);
      if (value !== '' && defaults[name] !== value) attrs.push(name + '="' + value.replace(/[&"<>]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }) + '"');
    });
    var tag = form.elements.src.value === 'copy'
      ? '<script src="/remit/remit-widget.js" defer></' + 'script>'
      : '<script src="' + script + '"' + (integrity ? ' integrity="' + integrity + '" crossorigin="anonymous"' : '') + ' defer></' + 'script>';
    out.value = tag + '\n' +
      '<remit-calculator ' + attrs.join(' ') + '>\n  ' + (fallback[form.elements.lang.value] || fallback.en) + '\n</remit-calculator>';
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  document.getElementById('copy').addEventListener('click', function () {
    out.select();
    var done = function () { copied.textContent = 'Copied.'; };
    if (navigator.clipboard) navigator.clipboard.writeText(out.value).then(done, function () { document.execCommand('copy'); done(); });
    else { document.execCommand('copy'); done(); }
  });
  update();
  if (window.crypto && crypto.subtle && window.fetch) {
    fetch(script).then(function (r) { return r.arrayBuffer(); })
      .then(function (body) { return crypto.subtle.digest('SHA-384', body); })
      .then(function (digest) {
        integrity = 'sha384-' + btoa(String.fromCharCode.apply(null, new Uint8Array(digest)));
        update();
      }, function () { /* no hash: the snippet goes without integrity */ });
  }
})();
