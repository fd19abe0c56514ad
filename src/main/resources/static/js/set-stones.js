// GIA lookup (04-inventory §Set Stones R11/R12) on the set-stone form and the diamond form: reads the report number
// typed in the certificate number, asks the server and fills the form's fields; nothing is saved until Save.
// Delegated, so it works on every htmx swap.
(function () {
  'use strict';
  if (window.jtSetStones) return;
  window.jtSetStones = true;

  function set(form, name, value) {
    var field = form.querySelector('[name="' + name + '"]');
    if (!field || value === null || value === undefined || value === '') return;
    if (field.tagName === 'SELECT') {
      var wanted = String(value).toUpperCase().replace(/[\s-]+/g, '_');
      for (var i = 0; i < field.options.length; i++) {
        var option = field.options[i];
        if (option.value.toUpperCase() === wanted || option.text.toUpperCase() === String(value).toUpperCase()) {
          field.value = option.value;
          return;
        }
      }
      return;
    }
    field.value = value;
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.jt-gia-lookup') : null;
    if (!button) return;
    var form = button.closest('form');
    var message = form.querySelector('.jt-gia-message');
    var number = (form.querySelector('[name="certNumber"]') || {}).value || '';
    if (!number.trim()) { message.textContent = 'Type the GIA report number in Cert no. first.'; return; }
    message.textContent = 'Looking up…';
    button.disabled = true;
    fetch(button.dataset.url + '?reportNumber=' + encodeURIComponent(number.trim()), { credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (!answer.found) { message.textContent = answer.message || 'No report found.'; return; }
        var r = answer.report;
        set(form, 'lab', 'GIA');
        set(form, 'certNumber', r.reportNumber);
        set(form, 'caratWeight', r.caratWeight);
        set(form, 'carats', r.caratWeight);
        set(form, 'cut', r.cut);
        var mm = (r.measurements || '').match(/([\d.]+)\s*-\s*([\d.]+)\s*x\s*([\d.]+)/);
        if (mm) { set(form, 'lengthMm', mm[1]); set(form, 'widthMm', mm[2]); set(form, 'depthMm', mm[3]); }
        set(form, 'color', r.color);
        set(form, 'clarity', r.clarity);
        set(form, 'shape', r.shape);
        message.textContent = 'Filled from GIA report ' + r.reportNumber + (r.cut ? ' (cut ' + r.cut + ')' : '')
          + (r.measurements ? ', ' + r.measurements : '') + '. Check and Save.';
      })
      .catch(function () { message.textContent = 'GIA lookup failed; type the grading in.'; })
      .finally(function () { button.disabled = false; });
  });
}());
