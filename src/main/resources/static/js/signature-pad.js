// The signing pad of a work order (03-services §5): signature_pad on a canvas sized for the screen's pixel density, so
// strokes stay sharp on phones and tablets; Accept puts the drawing into the form as a PNG data URL (an empty pad sends
// nothing, which the server refuses beside the pad); a refused form draws the same signature again.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('signaturePad');
    if (!canvas || typeof SignaturePad === 'undefined') return;
    var form = canvas.closest('form');
    var image = document.getElementById('signatureImage');
    var device = document.getElementById('signatureDevice');
    var pad = new SignaturePad(canvas, { backgroundColor: 'rgba(0,0,0,0)', penColor: '#111827' });

    function resize() {
      var kept = pad.isEmpty() ? null : pad.toData();
      var ratio = Math.max(window.devicePixelRatio || 1, 1);
      var height = Math.min(Math.max(window.innerHeight * 0.4, 180), 360);
      canvas.style.height = height + 'px';
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = height * ratio;
      canvas.getContext('2d').scale(ratio, ratio);
      pad.clear();
      if (kept) pad.fromData(kept);
    }

    resize();
    window.addEventListener('resize', resize);
    if (image.value) {
      pad.fromDataURL(image.value, { ratio: 1, width: canvas.offsetWidth, height: canvas.offsetHeight });
    }
    document.getElementById('clearSignature').addEventListener('click', function () {
      pad.clear();
      image.value = '';
    });
    form.addEventListener('submit', function () {
      if (device && !device.value) device.value = navigator.userAgent.slice(0, 500);
      // a drawing restored from a refused form is an image, not strokes: keep it unless the pad was cleared
      if (!pad.isEmpty()) image.value = pad.toDataURL('image/png');
    });
  });
})();
