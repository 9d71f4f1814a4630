// Runs inside the iframe pages: tells the embedding page how tall the widget is, so widget.js there can size the
// iframe to fit. The message carries only a height; the parent accepts it only from this origin and this frame.
(function () {
  'use strict';
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
  // widget.js asks again when it loads after this frame; only the embedding page may ask.
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'inversion-picks:measure') {
      postAgain();
    }
  });
})();
