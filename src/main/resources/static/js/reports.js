// Reports (09-reports §2): the print page opens the print dialog; a report's customer filter uses the contact
// picker's suggestions but only fills the filter — choosing someone for a report gives them no role.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    if (document.body && document.querySelector('[data-print-on-load]')) window.print();
  });

  document.addEventListener('click', function (event) {
    var option = event.target.closest('.jt-report-contact .jt-picker-option');
    if (!option) return;
    event.stopPropagation();
    var picker = option.closest('.jt-report-contact');
    picker.querySelector('.jt-picker-value').value = option.getAttribute('data-id');
    picker.querySelector('.jt-picker-search').value = option.getAttribute('data-label');
    picker.querySelector('.jt-picker-results').innerHTML = '';
  }, true);

  document.addEventListener('input', function (event) {
    var search = event.target.closest && event.target.closest('.jt-report-contact .jt-picker-search');
    if (search && search.value.trim() === '') {
      search.closest('.jt-report-contact').querySelector('.jt-picker-value').value = '';
    }
  });
})();
