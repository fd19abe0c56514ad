// The shared certificate page (04-inventory §Share a Certificate R2, R5): hand the file itself to the device's
// share sheet where the browser can share files; else share the link; else copy the link (Download stays).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var page = document.getElementById('sharedCertificate');
    var share = document.getElementById('shareButton');
    var copy = document.getElementById('copyLinkButton');
    var message = document.getElementById('shareMessage');
    if (!page || !share) return;
    var fileUrl = page.dataset.fileUrl;
    var fileName = page.dataset.fileName || 'certificate.pdf';
    var contentType = page.dataset.contentType || 'application/pdf';
    var link = window.location.href;

    function say(text) { message.textContent = text; }

    function copyLink() {
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(link).then(function () { say('Link copied.'); },
          function () { say('Copy this link: ' + link); });
      } else {
        say('Copy this link: ' + link);
      }
    }

    if (!navigator.share) {
      share.classList.add('d-none');
      copy.classList.remove('d-none');
      say('This browser cannot share directly: copy the link or download the file and attach it to an e-mail.');
    }
    copy.addEventListener('click', copyLink);

    share.addEventListener('click', function () {
      fetch(fileUrl, { credentials: 'omit' }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.blob();
      }).then(function (blob) {
        var file = new File([blob], fileName, { type: contentType });
        if (navigator.canShare && navigator.canShare({ files: [file] })) {
          return navigator.share({ files: [file], title: fileName });
        }
        if (navigator.share) return navigator.share({ url: link, title: fileName });
        copyLink();
      }).catch(function (error) {
        if (error && error.name === 'AbortError') return; // the person closed the share sheet
        if (navigator.share) {
          navigator.share({ url: link, title: fileName }).catch(function () { copyLink(); });
        } else {
          copyLink();
        }
      });
    });
  });
}());
