// Resale certificates: say at once that a chosen document is too large, before minutes of uploading end in a
// refusal. The server checks again (the bytes decide); this only saves the wait. Loaded with the htmx-swapped
// section, so it may run more than once: one listener on the document is enough.
(function () {
  if (window.jtCertificatesLoaded) return;
  window.jtCertificatesLoaded = true;
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) return;
    var max = Number(input.getAttribute('data-max-bytes'));
    var file = input.files && input.files[0];
    if (file && file.size > max) {
      input.setCustomValidity('This file is ' + (file.size / 1048576).toFixed(1) + ' MB; files can be at most '
          + Math.round(max / 1048576) + ' MB.');
      input.reportValidity();
    } else {
      input.setCustomValidity('');
    }
  });
})();
