// The list component (templates/platform/list.html): selection boxes, filters and confirmations.
// No inline script: the Content-Security-Policy forbids it.
(function () {
  // Search and filters: keep the list's current sort, and leave empty fields out of the URL.
  document.addEventListener('htmx:configRequest', function (event) {
    var form = event.detail.elt.closest && event.detail.elt.closest('form.jt-list-filters');
    if (!form || event.detail.verb !== 'get') return;
    var params = event.detail.parameters;
    var list = document.getElementById(form.getAttribute('data-list'));
    var sort = list && list.getAttribute('data-sort');
    params.delete('sort');
    if (sort) params.set('sort', sort);
    Array.from(params.keys()).forEach(function (key) {
      if (params.get(key) === '') params.delete(key);
    });
  });

  document.addEventListener('change', function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains('jt-select-page')) return;
    // the request for the whole page goes from this box; the row boxes just show it
    box.closest('table').querySelectorAll('.jt-select-row').forEach(function (row) { row.checked = box.checked; });
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var elt = event.detail.elt;
    if (!event.detail.successful || !elt.hasAttribute || !elt.hasAttribute('data-clear-selection')) return;
    var list = document.getElementById(elt.getAttribute('hx-target').substring(1).replace(/-bulk$/, ''));
    if (list) list.querySelectorAll('.jt-select-row, .jt-select-page').forEach(function (b) { b.checked = false; });
  });

  // Bulk-action forms are swapped in by htmx after page load, so their confirmation is delegated.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute('data-list-confirm')
        && !window.confirm(form.getAttribute('data-list-confirm'))) {
      event.preventDefault();
    }
  });
})();
