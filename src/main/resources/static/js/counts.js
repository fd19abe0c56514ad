// Inventory count scan box: after each htmx scan the box clears and keeps the focus, so a keyboard-wedge
// scanner can go on; on phones with the BarcodeDetector API, a camera button reads barcodes into the same box.
(function () {
  'use strict';
  function box() { return document.getElementById('stockId'); }

  document.addEventListener('htmx:afterRequest', function (e) {
    var form = document.getElementById('scanForm');
    if (!form || e.detail.elt !== form) return;
    form.reset();
    if (box()) box().focus();
  });

  function setUpCamera() {
    var button = document.getElementById('cameraScan');
    if (!button || !('BarcodeDetector' in window) || !navigator.mediaDevices) return;
    button.hidden = false;
    var video = document.getElementById('cameraVideo');
    var area = document.getElementById('cameraBox');
    var stream = null, timer = null, last = null, lastAt = 0;
    var detector = new window.BarcodeDetector();

    function stop() {
      if (timer) clearInterval(timer);
      timer = null;
      if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
      area.hidden = true;
    }

    button.addEventListener('click', function () {
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
        stream = s;
        video.srcObject = s;
        area.hidden = false;
        video.play();
        timer = setInterval(function () {
          detector.detect(video).then(function (codes) {
            if (!codes.length) return;
            var value = codes[0].rawValue, now = Date.now();
            // the same label stays in view for a while: read it once every two seconds at most
            if (value === last && now - lastAt < 2000) return;
            last = value; lastAt = now;
            box().value = value;
            document.getElementById('scanForm').requestSubmit();
          }).catch(function () { /* a frame not ready yet */ });
        }, 300);
      }).catch(function () { button.hidden = true; });
    });
    document.getElementById('cameraStop').addEventListener('click', stop);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUpCamera);
  else setUpCamera();
})();
