/*
 * Sizes the service's iframe embeds (<iframe src="https://picks.example/widget/...">) to their content. The iframe
 * snippet loads this file alone (3 KB, 1.4 KB gzipped), so that a blog using only iframes does not parse the
 * whole widget script on its main thread; the service appends it to widget.js for pages that use both. The iframe
 * page (frame.js) posts its height; it is taken only from the widget's origin, and only for the frame that sent it.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var src = new URL(script.src, location.href);
  var ORIGIN = src.origin;
  var BASE = src.href.replace(/\/(?:widget\.js|widget\/assets\/frame-sizer\.js)(?:[?#].*)?$/, '');
  /* One listener per service serves all its frames on the page, however many snippets load this; another service's
     copy (staging beside production) sizes its own frames. */
  var installed = window.inversionPicksFrameSizers = window.inversionPicksFrameSizers || {};
  if (installed[BASE]) {
    return;
  }
  installed[BASE] = true;

  function ourFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
      return frame.src.indexOf(BASE + '/widget/') === 0;
    });
  }

  /* A frame never shrinks while it is on screen: the blog's text below would jump up under the reader's eyes (a
     shorter answer to the reader's form, such as the advice to see a doctor instead of three cards), and the blog
     cannot tell it from a shift nobody caused, since the reader's click was in the frame. The smaller height waits
     until the frame is out of sight. Its first height is applied at once: that is the embed taking its size. */
  var sight = window.IntersectionObserver && new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      var frame = entry.target;
      frame._ipOnScreen = entry.isIntersecting;
      if (!entry.isIntersecting && frame._ipPending) {
        size(frame, frame._ipPending);
      }
    });
  });

  function size(frame, height) {
    frame._ipPending = 0;
    frame._ipHeight = height;
    frame.style.height = height + 'px';
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== ORIGIN || !data || data.type !== 'inversion-picks:height') {
      return;
    }
    ourFrames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) {
        return;
      }
      var height = Math.min(Math.max(Number(data.height) || 0, 50), 10000);
      if (frame._ipHeight && height < frame._ipHeight && frame._ipOnScreen) {
        frame._ipPending = height;
        return;
      }
      size(frame, height);
      if (sight && !frame._ipWatched) {
        frame._ipWatched = true;
        sight.observe(frame);
      }
    });
  });
  /* Frames that loaded before this script missed our listener: ask them again, now and once they have loaded.
     The request carries no data. */
  ourFrames().forEach(function (frame) {
    function measure() {
      frame.contentWindow.postMessage({ type: 'inversion-picks:measure' }, '*');
    }
    frame.addEventListener('load', measure);
    measure();
  });
})();
