// The waiting page: takes (or finds again) the person's place, then polls it every 1.5 s and goes
// on to booking when the waiting room admits them. The server keeps the admission in the session.
(function () {
  var room = document.getElementById('waiting-room');
  if (!room || !window.fetch) {
    return;
  }
  var status = document.getElementById('waiting-status');
  var lastAnnounced = null;

  function format(seconds) {
    if (seconds < 60) {
      return room.getAttribute('data-seconds').replace('{0}', seconds);
    }
    return room.getAttribute('data-minutes')
      .replace('{0}', Math.floor(seconds / 60)).replace('{1}', seconds % 60);
  }

  function show(place) {
    if (place.admitted) {
      status.textContent = room.getAttribute('data-admitted');
      document.getElementById('wr-progress').value = 100;
      window.location.assign(room.getAttribute('data-next'));
      return false;
    }
    document.getElementById('wr-position').textContent = place.position.toLocaleString();
    document.getElementById('wr-ahead').textContent = place.ahead.toLocaleString();
    document.getElementById('wr-wait').textContent = format(place.estimatedWaitSeconds);
    var bar = document.getElementById('wr-progress');
    bar.value = place.progress;
    bar.textContent = place.progress + '%';
    // the live region speaks at most every ten places, not on every poll
    var bucket = Math.ceil(place.position / 10);
    if (bucket !== lastAnnounced) {
      lastAnnounced = bucket;
      status.textContent = document.querySelector('#wr-position').previousElementSibling.textContent
        + ': ' + place.position.toLocaleString() + ' · '
        + document.querySelector('#wr-wait').previousElementSibling.textContent + ': '
        + format(place.estimatedWaitSeconds);
    }
    return true;
  }

  function request(method, url) {
    return fetch(url, { method: method, credentials: 'same-origin',
      headers: { Accept: 'application/json' } });
  }

  function poll() {
    request('GET', room.getAttribute('data-poll'))
      .then(function (r) {
        if (r.status === 404) {
          return request('POST', room.getAttribute('data-join'));
        }
        return r;
      })
      .then(function (r) {
        if (r.status === 401) {
          window.location.reload();
          return null;
        }
        if (!r.ok) {
          throw new Error(r.status);
        }
        return r.json();
      })
      .then(function (place) {
        if (place && show(place)) {
          setTimeout(poll, 1500);
        }
      })
      .catch(function () {
        status.textContent = room.getAttribute('data-lost');
        setTimeout(poll, 3000);
      });
  }

  request('POST', room.getAttribute('data-join'))
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (place) {
      if (!place || show(place)) {
        setTimeout(poll, 1500);
      }
    })
    .catch(function () { setTimeout(poll, 1500); });
})();
