// 03-services §12 R6: the print button says how many certificates go with the memo, following the checkboxes.
(function () {
  function update() {
    var form = document.getElementById('printCertificates');
    if (!form) return;
    var n = form.querySelectorAll('input[name="certIds"]:checked').length;
    var button = document.getElementById('printMemo');
    if (button) button.textContent = n === 0 ? 'Print memo' : 'Print memo + ' + n + (n === 1 ? ' cert' : ' certs');
  }
  document.addEventListener('change', function (event) {
    if (event.target && event.target.closest && event.target.closest('#printCertificates')) update();
  });
  document.addEventListener('DOMContentLoaded', update);
})();
