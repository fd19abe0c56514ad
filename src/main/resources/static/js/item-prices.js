// New-item form: fills Price 1/2/3 and Retail from the store's multipliers as the cost is typed
// (04-inventory §Inventory Pricing Multipliers R6, R12). A price the user typed into is theirs and is never
// overwritten; a price the script filled is refilled when the cost or the store changes.
(function () {
  'use strict';
  var PRICES = ['price1', 'price2', 'price3', 'retailPrice'];

  function field(form, name) {
    return form.querySelector('[name="' + name + '"]');
  }

  function attach(form) {
    if (form.dataset.jtPricesBound) return;
    form.dataset.jtPricesBound = 'true';
    var url = form.getAttribute('data-price-suggestions');
    var typed = {};
    var pending = null;
    PRICES.forEach(function (name) {
      var input = field(form, name);
      if (!input) return;
      // a price already there when the form opens (an edit, or a form shown again with errors) counts as typed
      if (input.value.trim() !== '') typed[name] = true;
      input.addEventListener('input', function (event) {
        if (event.isTrusted) typed[name] = input.value.trim() !== '';
      });
    });

    function refill() {
      var cost = field(form, 'cost');
      var store = field(form, 'storeId');
      if (!cost || !store || !store.value) return;
      if (pending) pending.abort();
      pending = new AbortController();
      var query = new URLSearchParams({ storeId: store.value, cost: cost.value.trim() });
      fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + query.toString(), {
        headers: { 'Accept': 'application/json' }, credentials: 'same-origin', signal: pending.signal
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (prices) {
        if (!prices) return;
        PRICES.forEach(function (name) {
          var input = field(form, name);
          if (!input || typed[name]) return;
          input.value = prices[name] == null ? '' : prices[name];
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }).catch(function () { /* a superseded or failed suggestion leaves the prices as they are */ });
    }

    ['cost', 'storeId'].forEach(function (name) {
      var input = field(form, name);
      if (!input) return;
      input.addEventListener(name === 'cost' ? 'input' : 'change', refill);
      if (name === 'cost') input.addEventListener('change', refill);
    });
  }

  function scan(root) {
    (root || document).querySelectorAll('form[data-price-suggestions]').forEach(attach);
  }

  document.addEventListener('DOMContentLoaded', function () { scan(document); });
  document.addEventListener('htmx:load', function (event) { scan(event.target); });
  if (document.readyState !== 'loading') scan(document);
})();
