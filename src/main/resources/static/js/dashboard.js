// The Dashboard's sales-history chart (09-reports §1 R2, R3): this year's 12 months against the same months last year,
// the last month partial (its label says "to date"). The Exclude-trade-ins toggle re-fetches the data.
(function () {
  'use strict';
  const canvas = document.getElementById('salesHistoryChart');
  if (!canvas || typeof Chart === 'undefined') return;
  const toggle = document.getElementById('excludeTradeIns');
  let chart = null;

  function load() {
    const url = canvas.dataset.url + '?excludeTradeIns=' + (toggle && toggle.checked ? 'true' : 'false');
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(draw)
      .catch(function () { canvas.replaceWith(document.createTextNode('The sales history could not be loaded.')); });
  }

  function draw(data) {
    const thisYear = data.thisYear.map(Number);
    const lastYear = data.lastYear.map(Number);
    if (chart) {
      chart.data.labels = data.months;
      chart.data.datasets[0].data = thisYear;
      chart.data.datasets[1].data = lastYear;
      chart.update();
      return;
    }
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.months,
        datasets: [
          {label: 'This year', data: thisYear, backgroundColor: 'rgba(13, 110, 253, 0.7)'},
          {label: 'Last year', data: lastYear, type: 'line', borderColor: 'rgba(108, 117, 125, 0.9)',
           backgroundColor: 'rgba(108, 117, 125, 0.2)', tension: 0.2}
        ]
      },
      options: {
        responsive: true,
        plugins: {
          tooltip: {callbacks: {label: function (c) {
            return c.dataset.label + ': ' + c.parsed.y.toLocaleString(undefined, {minimumFractionDigits: 2, maximumFractionDigits: 2});
          }}}
        },
        scales: {y: {beginAtZero: true}}
      }
    });
  }

  if (toggle) toggle.addEventListener('change', load);
  load();
})();
