/*
 * Inversion Picks embeddable widget. No dependencies, no third-party requests: everything comes from the origin
 * this script was loaded from. Usage:
 *   <script src="https://picks.example/widget.js" async></script>
 *   <inversion-picks beginner="true" limit="3"></inversion-picks>
 *   <inversion-compare ids="a,b,c"></inversion-compare>
 * It also sizes <iframe src="https://picks.example/widget/..."> embeds to their content.
 * DOM is built with createElement and text nodes only: catalogue text is never parsed as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.customElements || customElements.get('inversion-picks')) {
    return;
  }
  var src = new URL(script.src, location.href);
  var ORIGIN = src.origin;
  var BASE = src.href.replace(/\/widget\.js(?:[?#].*)?$/, '');
  var PRODUCT_OPTIONS = ['beginner', 'category', 'lumbarSupport', 'foldable', 'brand', 'minPrice', 'maxPrice',
    'weightKg', 'weightLb', 'heightCm', 'heightIn', 'q', 'sort'];
  var shared = {};

  function once(key, path) {
    if (!shared[key]) {
      shared[key] = fetch(BASE + path).then(function (r) {
        if (!r.ok) {
          throw new Error(path + ': HTTP ' + r.status);
        }
        return key === 'css' ? r.text() : r.json();
      });
    }
    return shared[key];
  }

  function getJson(path, params) {
    var query = params.toString();
    return fetch(BASE + path + (query ? '?' + query : ''), { credentials: 'omit' }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body.detail || 'HTTP ' + r.status);
        }
        return body;
      });
    });
  }

  /* el('p', 'cls', ['text', node]): strings become text nodes, never markup. */
  function el(tag, cls, children) {
    var node = document.createElement(tag);
    if (cls) {
      node.className = cls;
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child);
      }
    });
    return node;
  }

  function list(cls, items) {
    return el('ul', cls, items.map(function (text) { return el('li', null, [text]); }));
  }

  function asOf(price) {
    return 'as of ' + new Date(price.asOf).toLocaleDateString('en-GB',
      { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function feetAndInches(cm) {
    var inches = Math.round(cm / 2.54);
    return Math.floor(inches / 12) + '\u2032' + inches % 12 + '\u2033';
  }

  function suitability(p) {
    return p.beginnerFriendly ? 'Suits beginners'
      : p.experienceLevel === 'experienced' ? 'Experienced users only' : 'Some experience needed';
  }

  function fact(label, value) {
    return el('div', null, [el('dt', null, [label]), el('dd', null, [value])]);
  }

  function facts(p) {
    var h = p.userHeightCm;
    return el('dl', 'ip-facts', [
      fact('Beginners', suitability(p)),
      fact('Lumbar support', p.lumbarSupport ? 'Yes' : 'No'),
      fact('Max user weight', Math.round(p.maxUserWeightKg) + ' kg (' + p.maxUserWeightLb + ' lb)'),
      fact('User height', Math.round(h.min) + '\u2013' + Math.round(h.max) + ' cm (' + feetAndInches(h.min) + '\u2013'
        + feetAndInches(h.max) + ')')
    ]);
  }

  /* Only http(s) links, always with the service's rel, in a new tab. */
  function retailerLink(link, text) {
    if (!/^https?:\/\//i.test(link.href)) {
      return null;
    }
    var a = el('a', 'ip-cta', [text, el('span', 'ip-sr', [' (opens in a new tab)'])]);
    a.href = link.href;
    a.rel = link.rel;
    a.target = '_blank';
    return a;
  }

  function offers(p) {
    return el('ul', 'ip-offers', p.offers.map(function (o) {
      return el('li', null, [retailerLink(o.link, 'Buy at ' + o.retailerName),
        el('span', 'ip-offer-price', [o.price ? o.price.display + ', ' + asOf(o.price) : o.priceNote])]);
    }));
  }

  function price(p) {
    var cheapest = p.price && p.offers.filter(function (o) {
      return o.price && o.retailer === p.price.retailer;
    })[0];
    return cheapest
      ? el('p', 'ip-price', [el('strong', null, [cheapest.price.display]), ' at ' + cheapest.retailerName + ', '
        + asOf(cheapest.price)])
      : el('p', 'ip-price ip-note', [p.priceNote]);
  }

  function card(item) {
    var p = item.product;
    var reasons = item.reasons || [];
    var cautions = item.cautions || [];
    return el('li', 'ip-card', [
      el('h3', 'ip-name', [p.name]),
      el('p', 'ip-brand', [p.brand]),
      price(p),
      facts(p),
      reasons.length > 0 && el('p', 'ip-sub', ['Why it fits']),
      reasons.length > 0 && list('ip-reasons', reasons),
      cautions.length > 0 && el('p', 'ip-sub', ['Before you buy']),
      cautions.length > 0 && list('ip-cautions', cautions),
      list('ip-pros', p.pros.slice(0, 3)),
      offers(p)
    ]);
  }

  function disclosure(d) {
    return el('p', 'ip-disclosure', [el('strong', null, ['Affiliate disclosure:']), ' ' + [d.text].concat(d.statements)
      .join(' ')]);
  }

  function safety(s) {
    return el('section', 'ip-safety', [el('h3', null, [s.title]), list(null, s.guidance),
      el('p', 'ip-doctor', [el('strong', null, [s.doctor])])]);
  }

  function advisory(a) {
    var box = el('section', 'ip-advisory', [el('h3', null, [a.title]), el('p', null, [a.message])]);
    box.setAttribute('role', 'alert');
    return box;
  }

  function params(element, names) {
    var query = new URLSearchParams();
    names.forEach(function (name) {
      var value = element.getAttribute(name.toLowerCase());
      if (value !== null && value !== '') {
        query.set(name, value);
      }
    });
    return query;
  }

  /* Both elements: Shadow DOM, the shared stylesheet, a loading state, errors shown as text. */
  function define(name, render) {
    customElements.define(name, class extends HTMLElement {
      connectedCallback() {
        var self = this;
        if (self.shadowRoot) {
          return;
        }
        var root = self.attachShadow({ mode: 'open' });
        var box = el('div', 'ip', [el('p', 'ip-empty', ['Loading\u2026'])]);
        box.setAttribute('data-theme', self.getAttribute('theme') || 'auto');
        box.setAttribute('aria-busy', 'true');
        root.append(box);
        Promise.all([once('css', '/widget/assets/widget.css'), render(self)]).then(function (results) {
          style(root, results[0]);
          box.replaceChildren.apply(box, results[1].filter(Boolean));
        }).catch(function (error) {
          box.replaceChildren(el('p', 'ip-empty', ['Inversion Picks could not load: ' + error.message]));
        }).then(function () {
          box.removeAttribute('aria-busy');
          self.setAttribute('data-state', 'rendered');
          self.dispatchEvent(new CustomEvent('inversion-picks:rendered', { bubbles: true }));
        });
      }
    });
  }

  function style(root, css) {
    if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.prepend(el('style', null, [css]));
    }
  }

  define('inversion-picks', function (element) {
    var query = params(element, PRODUCT_OPTIONS);
    query.set('size', element.getAttribute('limit') || '3');
    return Promise.all([getJson('/products', query), once('safety', '/widget/safety')]).then(function (results) {
      var data = results[0];
      var items = data.items.map(function (item) { return item.product ? item : { product: item }; });
      return [
        el('h2', 'ip-title', [element.getAttribute('heading') || 'Recommended inversion equipment']),
        data.advisory ? advisory(data.advisory) : disclosure(data.disclosure),
        !data.advisory && !items.length && el('p', 'ip-empty', ['No products match these options.']),
        !data.advisory && el('ul', 'ip-cards', items.map(card)),
        safety(data.safety || results[1])
      ];
    });
  });

  /* Sizes our iframes to their content; only messages from the widget origin, only for the frame that sent them. */
  function ourFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
      return frame.src.indexOf(BASE + '/widget/') === 0;
    });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== ORIGIN || !data || data.type !== 'inversion-picks:height') {
      return;
    }
    ourFrames().forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.min(Math.max(Number(data.height) || 0, 50), 10000) + 'px';
      }
    });
  });
  /* Frames that loaded before this script missed our listener: ask them again. The request carries no data. */
  ourFrames().forEach(function (frame) {
    frame.contentWindow.postMessage({ type: 'inversion-picks:measure' }, '*');
  });
})();
