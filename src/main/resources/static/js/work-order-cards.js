// The job page's cards loaded with htmx after the page (03-services §5–§7): a delete asks first (§7 R8). A delegated
// listener, because the cards arrive after app.js has wired the page's own forms.
(function () {
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-confirm-delete]')) return;
    if (!window.confirm(form.getAttribute('data-confirm-delete'))) event.preventDefault();
  });

  // §7 R7: Cancel on a caption editor restores the text (the form's reset) and closes the editor.
  document.addEventListener('reset', function (event) {
    var editor = event.target.closest && event.target.closest('details.jt-caption-editor');
    if (editor) editor.open = false;
  });
})();
