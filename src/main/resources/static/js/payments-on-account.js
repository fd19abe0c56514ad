// 08-accounting §Applying Payments: the + Payment form shows the invoice checklist only in Manual mode and the
// method's own fields only for that method; ticking an invoice fills its amount with its balance. Without JS every
// field shows and both modes still work.
(function () {
  function refresh() {
    var form = document.getElementById('paymentForm');
    if (!form) return;
    var manual = document.getElementById('modeManual');
    var list = document.getElementById('manualInvoices');
    if (list && manual) list.hidden = !manual.checked;
    var method = document.getElementById('method');
    document.querySelectorAll('.jt-method-field').forEach(function (field) {
      field.hidden = !method || field.getAttribute('data-method') !== method.value;
    });
  }
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!target) return;
    if (target.name === 'picked' && target.checked) {
      var row = target.closest('tr');
      var amount = row && row.querySelector('input[name="amounts"]');
      var balance = row && row.querySelector('.jt-balance');
      if (amount && !amount.value && balance) amount.value = balance.textContent.trim().replace(/,/g, '');
    }
    refresh();
  });
  document.addEventListener('DOMContentLoaded', refresh);
  document.addEventListener('htmx:afterSettle', refresh);
  if (document.readyState !== 'loading') refresh();
})();
