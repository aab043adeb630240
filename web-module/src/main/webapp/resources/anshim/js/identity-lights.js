// Refreshes the identity providers' traffic lights on the sign-in page every 5 seconds.
(function () {
  var box = document.getElementById('providers');
  if (!box || !window.fetch) {
    return;
  }
  function refresh() {
    fetch(box.getAttribute('data-source'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (providers) {
        providers.forEach(function (p) {
          var light = document.getElementById('light-' + p.id);
          if (light && light.getAttribute('data-light') !== p.light) {
            light.setAttribute('data-light', p.light);
            light.className = 'light light-' + p.light;
            light.querySelector('.light-text').textContent = box.getAttribute('data-' + p.light);
          }
        });
      })
      .catch(function () { /* keep the last known lights */ });
  }
  setInterval(refresh, 5000);
})();
