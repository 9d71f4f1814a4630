// Runs inside the iframe pages. Reports clicks on direct retailer links (see reportClick), and tells the embedding
// page how tall the widget is, so frame-sizer.js there can size the iframe to fit. The message carries only a
// height; the parent accepts it only from this origin and this frame.
(function () {
  'use strict';
  function randomId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }
  // A direct link (Amazon: no redirects allowed) carries ping="<click URL>", which counts the click without script.
  // With script, each click gets an id, put on the ping URL before the browser reads it as it follows the link, and
  // the same URL goes out as a beacon for browsers that ignore ping (Firefox): the service counts the id once.
  document.addEventListener('click', function (event) {
    var a = event.target instanceof Element ? event.target.closest('a[data-ip-ping]') : null;
    if (!a) {
      return;
    }
    var url = a.getAttribute('data-ip-ping') + '&click=' + randomId();
    a.setAttribute('ping', url);
    if (navigator.sendBeacon) {
      navigator.sendBeacon(url, '');
    }
  }, true);
  if (window.parent === window || typeof ResizeObserver === 'undefined') {
    return;
  }
  var last = -1;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'inversion-picks:height', height: height }, '*');
    }
  }
  function postAgain() {
    last = -1;
    post();
  }
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', postAgain);
  // frame-sizer.js asks again when it loads after this frame; only the embedding page may ask.
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'inversion-picks:measure') {
      postAgain();
    }
  });
})();
