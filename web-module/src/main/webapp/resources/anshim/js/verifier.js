/* Verifier page: scan a certificate QR with the camera (html5-qrcode, served by our server). */
(function () {
  // a picture over the reader's limit is refused here, before it is sent (the server refuses it too)
  var form = document.getElementById('verify-picture');
  var refused = document.getElementById('picture-too-large');
  if (!form || !refused) {
    return;
  }
  form.addEventListener('submit', function (event) {
    var input = document.getElementById('verify-picture:picture');
    var file = input && input.files && input.files[0];
    var tooLarge = !!file && file.size > Number(form.getAttribute('data-max-bytes'));
    refused.hidden = !tooLarge;
    if (tooLarge) {
      event.preventDefault();
      var shown = document.getElementById('result');
      if (shown) {
        shown.hidden = true; // an earlier answer is not about this picture
      }
    }
  });
})();

(function () {
  var start = document.getElementById('scan-start');
  if (!start || typeof Html5Qrcode === 'undefined') {
    return;
  }
  // most of the viewfinder: a certificate's QR code is dense (over 70 modules a side), and the
  // reader decodes the box at its size on the screen, so a fixed small box left 2-3 pixels a module
  function scanBox(width, height) {
    var side = Math.max(50, Math.floor(Math.min(width, height) * 0.9));
    return { width: side, height: side };
  }
  start.addEventListener('click', function () {
    var scanner = new Html5Qrcode('camera');
    start.disabled = true;
    scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: scanBox },
      function (text) {
        scanner.stop().finally(function () {
          document.getElementById('verify-text:text').value = text;
          document.getElementById('verify-text:check').click();
        });
      },
      function () { /* no QR code in this frame yet */ })
      .catch(function () {
        start.disabled = false;
        document.getElementById('camera-error').hidden = false;
      });
  });
})();
