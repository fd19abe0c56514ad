// The invoice page (issue 6 §6): htmx swaps the whole #invoice after a scan or a line change, so the confirmations
// app.js wired on page load (Void, Delete, void a payment) are wired again on the new forms.
(function () {
  'use strict';
  // A refusal answers 422 with the invoice fragment, its message beside the field: swap it like a success.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.status === 422 && event.detail.target && event.detail.target.id === 'invoice') {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var root = document.getElementById('invoice');
    if (!root) return;
    root.querySelectorAll('form[data-confirm]').forEach(function (form) {
      if (form.dataset.confirmWired) return;
      form.dataset.confirmWired = 'true';
      form.addEventListener('submit', function (e) {
        if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
      });
    });
  });
})();
