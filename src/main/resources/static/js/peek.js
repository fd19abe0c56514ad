// Quick Peek (01-navigation §Quick Peek): any element with data-peek="/peek/{type}/{id}" opens that
// record in a drawer on top of the page, without navigating. Drawers stack (R4); Esc, the X and Close
// remove only the top one (R5); the page underneath is never touched, so its scroll, filters, paging,
// selection and half-typed input stay as they were (R2).
(function () {
  var stack = [];

  function container() {
    return document.getElementById('peekStack');
  }

  function backdrop() {
    var host = container();
    var existing = host.querySelector('.jt-peek-backdrop');
    if (existing) return existing;
    var shade = document.createElement('div');
    shade.className = 'jt-peek-backdrop';
    shade.addEventListener('click', closeTop);
    host.appendChild(shade);
    return shade;
  }

  function message(status) {
    if (status === 403) return 'You do not have permission to see this.';
    if (status === 404) return 'That record was not found.';
    return 'The record could not be loaded. Try again.';
  }

  function showError(drawer, status) {
    drawer.innerHTML = '';
    var box = document.createElement('div');
    box.className = 'jt-peek-error';
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger';
    alert.setAttribute('role', 'alert');
    alert.textContent = message(status);
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn btn-outline-secondary';
    close.setAttribute('data-peek-close', '');
    close.textContent = 'Close';
    box.appendChild(alert);
    box.appendChild(close);
    drawer.appendChild(box);
  }

  function open(url, opener) {
    var host = container();
    if (!host || !url) return;
    var shade = backdrop();
    var drawer = document.createElement('aside');
    drawer.className = 'jt-peek';
    drawer.setAttribute('role', 'dialog');
    drawer.setAttribute('aria-modal', 'true');
    drawer.setAttribute('aria-label', 'Quick peek');
    drawer.setAttribute('tabindex', '-1');
    drawer.style.zIndex = String(1060 + stack.length * 2);
    shade.style.zIndex = String(1059 + stack.length * 2);
    drawer.innerHTML = '<div class="jt-peek-loading text-muted">Loading…</div>';
    host.appendChild(drawer);
    stack.push({ drawer: drawer, opener: opener });
    drawer.focus();
    fetch(url, { headers: { 'HX-Request': 'true', 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw response.status;
        return response.text();
      })
      .then(function (html) {
        if (!drawer.isConnected) return;
        drawer.innerHTML = html;
        if (window.htmx) window.htmx.process(drawer);
        var title = drawer.querySelector('.jt-peek-title');
        if (title) drawer.setAttribute('aria-label', title.textContent.trim());
        var close = drawer.querySelector('[data-peek-close]');
        if (close) close.focus();
      })
      .catch(function (status) {
        if (drawer.isConnected) showError(drawer, typeof status === 'number' ? status : 0);
      });
  }

  function closeTop() {
    var top = stack.pop();
    if (!top) return false;
    top.drawer.remove();
    var shade = container().querySelector('.jt-peek-backdrop');
    if (shade) {
      if (stack.length === 0) shade.remove();
      else shade.style.zIndex = String(1059 + (stack.length - 1) * 2);
    }
    if (top.opener && top.opener.isConnected) top.opener.focus();
    return true;
  }

  // An element inside a peekable row that does its own thing (a link to the full page, a checkbox)
  // keeps doing it; a click anywhere else on the row peeks.
  function peekTarget(event) {
    var peekable = event.target.closest('[data-peek]');
    if (!peekable) return null;
    var control = event.target.closest('a, button, input, select, textarea, label, summary');
    if (control && control !== peekable && peekable.contains(control)) return null;
    return peekable;
  }

  document.addEventListener('click', function (event) {
    var close = event.target.closest('[data-peek-close]');
    if (close && close.closest('.jt-peek')) {
      event.preventDefault();
      closeTop();
      return;
    }
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var peekable = peekTarget(event);
    if (!peekable) return;
    event.preventDefault();
    open(peekable.getAttribute('data-peek'), peekable);
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      if (closeTop()) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      var suggestions = document.getElementById('searchSuggestions');
      if (suggestions && suggestions.innerHTML.trim() !== '') suggestions.innerHTML = '';
      return;
    }
    // Tab stays inside the top drawer while one is open: the page below is not part of the dialog
    if (event.key === 'Tab' && stack.length > 0) {
      var drawer = stack[stack.length - 1].drawer;
      var focusable = Array.prototype.filter.call(drawer.querySelectorAll(
          'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])'),
          function (el) { return el.offsetParent !== null; });
      if (focusable.length === 0) {
        event.preventDefault();
        drawer.focus();
        return;
      }
      var first = focusable[0];
      var last = focusable[focusable.length - 1];
      if (!drawer.contains(document.activeElement)) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && (document.activeElement === first || document.activeElement === drawer)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    // Arrow keys walk from the search box through the type-ahead results and back
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && stack.length === 0) {
      var box = document.getElementById('globalSearch');
      var list = document.getElementById('searchSuggestions');
      if (!box || !list) return;
      var rows = Array.prototype.slice.call(list.querySelectorAll('[data-peek]'));
      if (rows.length === 0) return;
      var at = rows.indexOf(document.activeElement);
      if (document.activeElement !== box && at < 0) return;
      event.preventDefault();
      if (event.key === 'ArrowDown') {
        rows[Math.min(at + 1, rows.length - 1)].focus();
      } else if (at <= 0) {
        box.focus();
      } else {
        rows[at - 1].focus();
      }
      return;
    }
    if (event.key === 'Enter') {
      var peekable = event.target.closest && event.target.closest('[data-peek]');
      // buttons and links turn Enter into a click themselves
      if (peekable && peekable === event.target && !/^(A|BUTTON)$/.test(peekable.tagName)) {
        event.preventDefault();
        open(peekable.getAttribute('data-peek'), peekable);
      }
    }
  }, true);

  // The type-ahead list closes when the person clicks elsewhere (but not into a drawer it opened).
  document.addEventListener('click', function (event) {
    var suggestions = document.getElementById('searchSuggestions');
    if (!suggestions || suggestions.innerHTML.trim() === '') return;
    if (event.target.closest('.jt-search') || event.target.closest('.jt-peek-stack')) return;
    suggestions.innerHTML = '';
  });
})();
