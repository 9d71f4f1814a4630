// The widget builder: turns the chosen options into the two embed snippets and keeps the live preview in step.
(function () {
  'use strict';
  var BASE = location.origin + location.pathname.replace(/\/widget\/?$/, '');
  var form = document.getElementById('options');
  var PICKS = ['beginner', 'category', 'lumbarSupport', 'maxPrice', 'limit', 'form', 'theme'];
  var DEFAULT_ACCENT = '#1d4ed8';
  var FRAME_TITLES = { picks: 'Recommended inversion equipment', compare: 'Inversion equipment compared' };

  function chosen() {
    var data = new FormData(form);
    var kind = data.get('kind');
    var options = [];
    if (kind === 'picks') {
      PICKS.forEach(function (name) {
        var value = data.get(name);
        if (value) {
          options.push([name, value]);
        }
      });
    } else {
      options.push(['ids', data.getAll('ids').join(',')]);
      if (data.get('theme')) {
        options.push(['theme', data.get('theme')]);
      }
    }
    return { kind: kind, options: options, accent: data.get('accent'), post: data.get('post').trim() };
  }

  function escapeAttribute(value) {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  var RESERVE = 'display:block;min-height:100vh';

  function tagName(kind) {
    return kind === 'picks' ? 'inversion-picks' : 'inversion-compare';
  }

  function scriptSnippet(choice) {
    var attributes = choice.options.map(function (o) {
      return ' ' + o[0].toLowerCase() + '="' + escapeAttribute(o[1]) + '"';
    }).join('');
    /* A screen's height kept for the widget before widget.js arrives, so the post's text below never jumps
       (layout shift); the widget gives back what it does not use once it is out of sight. */
    attributes += ' style="' + RESERVE + (choice.accent && choice.accent !== DEFAULT_ACCENT
      ? '; --ip-accent: ' + choice.accent : '') + '"';
    return '<script src="' + BASE + '/widget.js" async></script>\n<' + tagName(choice.kind) + attributes + '></'
      + tagName(choice.kind) + '>';
  }

  function frameUrl(choice, post) {
    var options = post ? choice.options.concat([['post', post]]) : choice.options;
    return BASE + '/widget/' + choice.kind + '?' + new URLSearchParams(options).toString();
  }

  /* Only the pasted iframe names the post: clicks in the preview here are not the post's. */
  function iframeSnippet(choice) {
    return '<iframe src="' + escapeAttribute(frameUrl(choice, choice.post)) + '" title="' + FRAME_TITLES[choice.kind]
      + '" width="100%" height="900" style="border:0" loading="lazy"></iframe>\n<script src="' + BASE
      + '/widget/assets/frame-sizer.js" async></script>';
  }

  function problem(choice) {
    var count = choice.kind === 'compare' ? new FormData(form).getAll('ids').length : 2;
    return count < 2 || count > 4 ? 'Choose 2 to 4 products to compare.' : '';
  }

  function update() {
    var choice = chosen();
    document.querySelectorAll('[data-kind]').forEach(function (section) {
      section.hidden = section.getAttribute('data-kind') !== choice.kind;
    });
    var message = problem(choice);
    document.getElementById('o-status').textContent = message;
    document.getElementById('snippet-script').value = message ? '' : scriptSnippet(choice);
    document.getElementById('snippet-iframe').value = message ? '' : iframeSnippet(choice);
    if (message) {
      return;
    }
    var element = document.createElement(tagName(choice.kind));
    choice.options.forEach(function (o) {
      element.setAttribute(o[0].toLowerCase(), o[1]);
    });
    element.style.setProperty('--ip-accent', choice.accent);
    document.getElementById('preview-script').replaceChildren(element);
    var frame = document.createElement('iframe');
    frame.src = frameUrl(choice);
    frame.title = FRAME_TITLES[choice.kind];
    frame.className = 'b-iframe';
    document.getElementById('preview-iframe').replaceChildren(frame);
  }

  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = document.getElementById(button.getAttribute('data-copy')).value;
      var status = document.getElementById('o-status');
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = 'Copied. Paste it into your post\'s HTML.';
      }, function () {
        status.textContent = 'Select the snippet and copy it with Ctrl+C (Cmd+C on a Mac).';
      });
    });
  });
  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  update();
})();
