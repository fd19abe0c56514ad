// 03-services §3 R3: the reference field is labelled after the chosen method (check number, wire reference, …).
(function () {
  document.addEventListener('change', function (event) {
    if (!event.target || event.target.id !== 'depositMethod') return;
    var option = event.target.options[event.target.selectedIndex];
    var label = document.getElementById('depositReferenceLabel');
    if (option && label) label.textContent = option.getAttribute('data-reference-label') || 'Reference';
  });
})();
