// Contacts: the role pickers, the contact page's tabs and the contact form (no inline scripts: CSP).
(function () {
  // A picked contact fills the picker's hidden input; someone without the role gains it only after a confirm (07 R7, R10).
  document.addEventListener('click', function (event) {
    var option = event.target.closest('.jt-picker-option');
    if (!option) return;
    var picker = option.closest('.jt-contact-picker');
    var label = option.getAttribute('data-label');
    if (option.getAttribute('data-has-role') !== 'true'
        && !window.confirm(label + ' will also become a ' + picker.getAttribute('data-role-label') + '.')) {
      return;
    }
    picker.querySelector('.jt-picker-value').value = option.getAttribute('data-id');
    picker.querySelector('.jt-picker-chosen').textContent = 'Chosen: ' + label;
    picker.querySelector('.jt-picker-search').value = label;
    picker.querySelector('.jt-picker-results').innerHTML = '';
    if (picker.getAttribute('data-submit-on-pick') === 'true') {
      var form = picker.closest('form');
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    // Links like /contacts/5#certificates open that tab.
    if (window.location.hash && document.getElementById('contactTabs')) {
      var tab = document.querySelector('#contactTabs [data-bs-target="' + window.location.hash + '"]');
      if (tab && window.bootstrap) { window.bootstrap.Tab.getOrCreateInstance(tab).show(); }
    }
    // The shipping address only matters when it differs from billing.
    var same = document.getElementById('shippingSame1');
    var shipping = document.getElementById('shippingAddress');
    if (same && shipping) {
      var sync = function () { shipping.classList.toggle('d-none', same.checked); };
      same.addEventListener('change', sync);
      sync();
    }
    // Reading a card takes a few seconds: show it is working.
    document.querySelectorAll('.jt-scan-button').forEach(function (button) {
      button.addEventListener('click', function () {
        var spinner = button.querySelector('.jt-scan-spinner');
        if (spinner) spinner.classList.remove('d-none');
      });
    });
  });
})();
