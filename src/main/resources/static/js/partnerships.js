// 02-sales §Partnerships R8, R9: the reconcile form. A payout changed from its suggestion shows its Reason field, and
// "You keep …" follows the payouts. A convenience only: the server refuses a changed payout without a reason.
(function () {
  function cents(value) {
    var n = parseFloat(String(value || '').replace(/[$,]/g, ''));
    return isNaN(n) ? null : Math.round(n * 100);
  }

  function format(c) {
    return (c / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function refresh(form) {
    var realised = cents(form.getAttribute('data-realised'));
    var paid = 0;
    form.querySelectorAll('.jt-payout').forEach(function (input) {
      var typed = input.value.trim() === '' ? cents(input.getAttribute('data-suggested')) : cents(input.value);
      paid += typed || 0;
      var row = input.closest('tr').nextElementSibling;
      if (!row || !row.classList.contains('jt-reason-row')) return;
      var reason = row.querySelector('.jt-reason');
      var changed = typed !== cents(input.getAttribute('data-suggested'));
      var invalid = reason && reason.classList.contains('is-invalid');
      row.classList.toggle('d-none', !changed && !invalid && !(reason && reason.value.trim()));
    });
    var keep = form.querySelector('.jt-you-keep');
    if (keep && realised !== null) keep.textContent = 'You keep ' + format(realised - paid);
  }

  function init(root) {
    (root || document).querySelectorAll('.jt-reconcile').forEach(refresh);
  }

  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('jt-payout')) {
      refresh(event.target.closest('.jt-reconcile'));
    }
  });
  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSwap', function (event) { init(event.detail.target); });
})();
