// Page behaviour that needs no inline script (the Content-Security-Policy forbids inline code).
(function () {
  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Show htmx errors in place instead of failing silently.
  document.addEventListener('htmx:responseError', function (event) {
    var target = event.detail.target;
    if (target) {
      var box = document.createElement('div');
      box.className = 'alert alert-danger mt-2';
      box.setAttribute('role', 'alert');
      box.textContent = event.detail.xhr.status === 403 ? 'You do not have permission for this.'
          : event.detail.xhr.status === 404 ? 'That record was not found.'
          : 'Something went wrong; nothing was changed. Try again.';
      target.insertAdjacentElement('afterend', box);
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    document.querySelectorAll('.jt-nojs').forEach(function (el) { el.classList.add('d-none'); });
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
      });
    });
  });

  // A file input with data-max-bytes says at once that a chosen file is too large, before minutes of uploading
  // end in a refusal. The server checks again (the bytes decide); this only saves the wait.
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

  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').catch(function () { /* the app works without it */ });
    });
  }
})();
