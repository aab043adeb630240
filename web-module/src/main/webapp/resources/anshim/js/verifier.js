/* Verifier page: scan a certificate QR with the camera (html5-qrcode, served by our server). */
(function () {
  var start = document.getElementById('scan-start');
  if (!start || typeof Html5Qrcode === 'undefined') {
    return;
  }
  start.addEventListener('click', function () {
    var scanner = new Html5Qrcode('camera');
    start.disabled = true;
    scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: 250 },
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
