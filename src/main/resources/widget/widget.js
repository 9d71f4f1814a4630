/*
 * Inversion Picks embeddable widget. No dependencies, no third-party requests: everything comes from the origin
 * this script was loaded from. Usage:
 *   <script src="https://picks.example/widget.js" async></script>
 *   <inversion-picks beginner="true" limit="3"></inversion-picks>
 *   <inversion-compare ids="a,b,c"></inversion-compare>
 * The service appends frame-sizer.js, which sizes <iframe src="https://picks.example/widget/..."> embeds.
 * DOM is built with createElement and text nodes only: catalogue text is never parsed as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.customElements || customElements.get('inversion-picks')) {
    return;
  }
  var src = new URL(script.src, location.href);
  var BASE = src.href.replace(/\/widget\.js(?:[?#].*)?$/, '');
  /* The blogger's choice of products: it holds for the filtered list and for a reader's personal picks alike. */
  var CANDIDATE_FILTERS = ['beginner', 'category', 'lumbarSupport', 'foldable', 'brand', 'minPrice', 'q'];
  var READER_SIZE_AND_BUDGET = ['maxPrice', 'heightCm', 'heightIn', 'weightKg', 'weightLb'];
  var PRODUCT_OPTIONS = CANDIDATE_FILTERS.concat(READER_SIZE_AND_BUDGET, ['sort']);
  var PROFILE_ONLY = ['experience', 'goals', 'space', 'has', 'conditions'];
  var RECOMMEND_OPTIONS = PROFILE_ONLY.concat(CANDIDATE_FILTERS, READER_SIZE_AND_BUDGET);
  /* Conditions given as condition="..." or conditions[]="..." count as much as conditions="...". */
  var OTHER_CONDITIONS_NAME = /^(condition|conditions?\[\d*\])$/;
  /*
   * The stylesheet (widget.css) and the fixed texts (/widget/texts), put in here by the service (WidgetScript), so
   * the widget costs a blog one request besides its data and styles itself the moment it runs. Without them (this
   * file served as it is), they are fetched as before; iframes are then not sized, as the service appends
   * frame-sizer.js to this file.
   */
  var EMBEDDED = /*@embedded*/null;
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

  /*
   * A price is shown as the service words it: when it was seen (date, time and zone) right after it, and the
   * retailer's disclaimer where it has one (Amazon's). The service decides whether a price may still be shown, and
   * no cache may keep its answer longer, so the reader's own clock, which may be wrong, plays no part.
   */
  function disclaimer(price) {
    return price.disclaimer ? el('span', 'ip-price-disclaimer', [' ' + price.disclaimer]) : null;
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

  /*
   * Only http(s) links, with the service's rel, in a new tab. Links learn where they were shown: the widget kind, and
   * this post's address (without query or fragment) for the blogger's click report. A tracked /go/ link carries them
   * itself; a direct link (Amazon: no redirects allowed) goes straight to the retailer and carries them on its ping
   * URL, which the click is reported to.
   */
  function retailerLink(link, text, placement) {
    var url = new URL(link.href, location.href);
    if (!/^https?:$/.test(url.protocol)) {
      return null;
    }
    if (!link.ping && url.pathname.indexOf('/go/') >= 0) {
      attribute(url, placement);
    }
    var a = el('a', 'ip-cta', [text, el('span', 'ip-sr', [' (opens in a new tab)'])]);
    a.href = url.href;
    a.rel = link.rel;
    a.target = '_blank';
    if (link.ping) {
      var ping = clickUrl(link.ping);
      if (!ping) {
        return a;
      }
      attribute(ping, placement);
      a.setAttribute('ping', ping.href);
      a.addEventListener('click', function () {
        reportClick(a, ping.href);
      });
    }
    return a;
  }

  /* Clicks are reported to the service this script (and so the JSON) came from, whatever host the JSON names. */
  function clickUrl(ping) {
    var url = new URL(ping, location.href);
    var at = url.pathname.lastIndexOf('/clicks/');
    return at < 0 ? null : new URL(BASE + url.pathname.slice(at) + url.search);
  }

  function attribute(url, placement) {
    url.searchParams.set('placement', placement);
    url.searchParams.set('post', location.origin + location.pathname);
  }

  function randomId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  /*
   * One click, reported twice with the same id: by the ping attribute (set here, before the browser reads it when it
   * follows the link) and by a beacon, for browsers that ignore ping (Firefox). The service counts the id once.
   */
  function reportClick(a, pingUrl) {
    var url = pingUrl + '&click=' + randomId();
    a.setAttribute('ping', url);
    if (navigator.sendBeacon) {
      navigator.sendBeacon(url, '');
    }
  }

  function offers(p, placement) {
    return el('ul', 'ip-offers', p.offers.map(function (o) {
      return el('li', null, [retailerLink(o.link, 'Buy at ' + o.retailerName, placement),
        o.price
          ? el('span', 'ip-offer-price', [o.price.display + ', ' + o.price.asOfDisplay, disclaimer(o.price)])
          : el('span', 'ip-offer-price', [o.priceNote || 'See the price at ' + o.retailerName])]);
    }));
  }

  function price(p) {
    var cheapest = p.price && p.offers.filter(function (o) {
      return o.price && o.retailer === p.price.retailer;
    })[0];
    return cheapest
      ? el('p', 'ip-price', [el('strong', null, [cheapest.price.display]), ' at ' + cheapest.retailerName + ', '
        + cheapest.price.asOfDisplay, disclaimer(cheapest.price)])
      : el('p', 'ip-price ip-note', [p.priceNote || 'See the price at ' + p.offers[0].retailerName]);
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
      offers(p, 'widget')
    ]);
  }

  function disclosure(d) {
    return el('p', 'ip-disclosure', [el('strong', null, ['Affiliate disclosure:']), ' ' + [d.text].concat(d.statements)
      .join(' ')]);
  }

  function safety(s) {
    return el('section', 'ip-safety', [el('h3', null, [s.title]), list(null, s.guidance),
      el('p', 'ip-doctor', [el('strong', null, [s.doctor])]),
      s.evidence && el('p', 'ip-evidence', [s.evidence]),
      s.evidenceSources && el('ul', 'ip-sources', s.evidenceSources.map(source))]);
  }

  function advisory(a) {
    var details = a.details || [];
    var box = el('section', 'ip-advisory', [el('h3', null, [a.title]), el('p', null, [a.message]),
      details.length > 0 && why('Why? Our sources', details)]);
    box.setAttribute('role', 'alert');
    return box;
  }

  /* Precautions still get products, each cautioned; this says so once above the cards, with the sources. */
  function precautions(details) {
    if (!details || details.length === 0) {
      return false;
    }
    var title = el('h3', null, ['Ask your doctor first']);
    title.id = 'ip-precautions-title';
    var box = el('section', 'ip-precautions', [title, el('p', null, ['You told us about '
      + details.map(function (d) { return d.label; }).join(', ') + '. Inversion may still suit you, but please ask '
      + 'your doctor before you buy or use any of these.']), why('Why? Our sources', details)]);
    box.setAttribute('aria-labelledby', title.id);
    return box;
  }

  function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /* A source of the service's health advice; only an https address becomes a link. */
  function source(s) {
    var title = s.title;
    if (/^https:\/\//.test(s.url)) {
      title = el('a', null, [s.title]);
      title.href = s.url;
      title.rel = 'noopener noreferrer';
      title.target = '_blank';
    }
    return el('li', null, [title, ', ' + s.publisher + (s.year ? ', ' + s.year : ''),
      el('span', 'ip-sr', [' (opens in a new tab)'])]);
  }

  /* The "why?" disclosure: each condition, what it does to the answer, why, and its sources. */
  function why(summary, details) {
    var rows = [];
    details.forEach(function (d) {
      rows.push(el('dt', null, [sentence(d.label.replace(/^(a|an) /, '')) + ' ', el('span', 'ip-kind',
        [d.kind === 'precaution' ? '(ask your doctor first)' : '(inversion not recommended)'])]));
      rows.push(el('dd', null, [sentence(d.why) + '.', el('ul', 'ip-sources', d.sources.map(source))]));
    });
    return el('details', 'ip-why', [el('summary', null, [summary]), el('dl', 'ip-why-list', rows)]);
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

  /* A labelled form control; ids are unique within each widget's shadow root. */
  function field(label, control) {
    var id = 'ip-' + control.name;
    var text = el('label', null, [label]);
    text.htmlFor = id;
    control.id = id;
    return [text, control];
  }

  function input(name, type, value, min, max) {
    var control = el('input');
    control.name = name;
    control.type = type;
    control.min = min;
    control.max = max;
    control.value = value || '';
    return control;
  }

  /*
   * The optional reader-profile form; answers stay filled in, and any condition brings the advisory. A reported
   * condition the form does not list gets a ticked box of its own, so that sending the form can't drop it unnoticed.
   */
  function profileForm(choices, answers, onSubmit) {
    var reported = answers.conditions || [];
    var other = choices.otherCondition;
    var listed = choices.conditions.map(function (c) { return c.value; }).concat(other ? [other.value] : []);
    var others = reported.filter(function (value) { return listed.indexOf(value) < 0; });
    var experience = el('select', null, [el('option', null, ['Not sure'])].concat(choices.experience.map(function (c) {
      var option = el('option', null, [c.label]);
      option.value = c.value;
      option.selected = answers.experience === c.value;
      return option;
    })));
    experience.name = 'experience';
    experience.firstChild.value = '';
    function check(c) {
      var box = input('conditions', 'checkbox', c.value);
      box.checked = reported.indexOf(c.value) >= 0;
      return el('label', 'ip-check', [box, ' ' + c.label]);
    }
    /* Grouped (eyes, heart, bones...) so the list stays short to scan; each group explains itself behind "why?". */
    var groups = (choices.conditionGroups || [{ label: 'Health conditions', conditions: choices.conditions }])
      .map(function (g) {
        var details = g.conditions.map(function (c) { return c.detail; }).filter(Boolean);
        return el('fieldset', 'ip-group', [el('legend', null, [g.label]), el('div', 'ip-checks', g.conditions.map(check)),
          details.length > 0 && why('Why? Our sources', details)]);
      });
    var somethingElse = (other ? [other] : []).concat(others.map(function (value) {
      return { value: value, label: value };
    })).map(check);
    var conditions = groups.concat(somethingElse.length > 0
      ? [el('fieldset', 'ip-group', [el('legend', null, ['Something else']), el('div', 'ip-checks', somethingElse)])]
      : []);
    var button = el('button', 'ip-button', ['Show my picks']);
    button.type = 'submit';
    var form = el('form', 'ip-form', [].concat(field('Inversion experience', experience),
      field('Your height (cm)', input('heightCm', 'number', answers.heightCm, 100, 230)),
      field('Your weight (kg)', input('weightKg', 'number', answers.weightKg, 20, 300)),
      [el('fieldset', 'ip-conditions', [el('legend', null, ['Do any of these apply to you?'])].concat(conditions)),
        button]));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      onSubmit({ experience: data.get('experience'), heightCm: data.get('heightCm'),
        weightKg: data.get('weightKg'), conditions: data.getAll('conditions') });
    });
    return el('details', 'ip-profile', [el('summary', null, ['Personalise: tell us about you']), form]);
  }

  function stylesAndTexts() {
    return EMBEDDED ? Promise.resolve([EMBEDDED.css, EMBEDDED.texts])
      : Promise.all([once('css', '/widget/assets/widget.css'), once('texts', '/widget/texts')]);
  }

  /*
   * Layout shift. The content below the widget must never move while the reader can see it: Google counts that
   * against the blog (Cumulative Layout Shift). The snippet reserves a screen's height before this script has even
   * loaded (style="display:block;min-height:100vh"), so when the widget grows into it, and past it, only content
   * already out of sight moves. An element without that reservation gets it here when it is still below the screen.
   * While the widget is on screen it never shrinks: every change keeps at least the height it had, and gives the
   * extra space back only once the widget is out of sight (a change above the screen is absorbed by the browser's
   * scroll anchoring). Growing while its bottom is on screen (an old snippet without the reservation) still shifts.
   */
  function reserve(host) {
    if (host.style.minHeight || !window.IntersectionObserver) {
      return;
    }
    var below = new IntersectionObserver(function (entries) {
      var entry = entries[entries.length - 1];
      below.disconnect();
      // Below the screen (or the frame it is in), not yet rendered, and not reserved meanwhile.
      if (!entry.isIntersecting && entry.boundingClientRect.top > 0 && !host.hasAttribute('data-state')
          && !host.style.minHeight) {
        host.style.minHeight = '100vh';
      }
    });
    below.observe(host);
  }

  /*
   * Main-thread time. Nothing here reads the blog's layout (getBoundingClientRect, offsetHeight, innerHeight...): on
   * a page whose layout is out of date, such a read makes the browser lay out the whole blog post inside the widget's
   * task, and on a slow phone that one task blocks the reader's input for longer than 50 ms. Sizes come from
   * observers instead, which the browser calls after its own layout: the height last laid out is the height the
   * reader last saw. It is the height of the widget's own box inside the Shadow DOM (content-box, as its min-height
   * is), which no blog style reaches; the element itself may carry the blog's padding or box-sizing.
   */
  function watchHeight(host) {
    if (host._ipSize || !window.ResizeObserver) {
      return;
    }
    host._ipSize = new ResizeObserver(function (entries) {
      host._ipHeight = entries[entries.length - 1].contentRect.height;
    });
    host._ipSize.observe(host._ipBox);
  }

  function keepingHeight(host, change) {
    var box = host._ipBox;
    if (host._ipHeight > 0) { // 0: last seen detached or hidden; undefined: not laid out yet, or no observer
      box.style.minHeight = host._ipHeight + 'px';
    } else if (!window.ResizeObserver) {
      host.style.minHeight = host.getBoundingClientRect().height + 'px'; // browsers before 2020: as it was
    }
    change();
    if (!window.IntersectionObserver) {
      return;
    }
    if (host._ipRelease) {
      host._ipRelease.disconnect();
    }
    var watch = host._ipRelease = new IntersectionObserver(function (entries) {
      if (!entries[entries.length - 1].isIntersecting) {
        host.style.minHeight = '';
        box.style.minHeight = '';
        watch.disconnect();
        host._ipRelease = null;
      }
    });
    watch.observe(host);
  }

  function unwatch(host) {
    [host._ipSize, host._ipRelease].forEach(function (observer) {
      if (observer) {
        observer.disconnect();
      }
    });
    host._ipSize = host._ipRelease = null;
  }

  /* Both elements: Shadow DOM, the shared stylesheet, a loading state, errors shown as text. */
  function define(name, render) {
    customElements.define(name, class extends HTMLElement {
      connectedCallback() {
        var self = this;
        if (self.shadowRoot) {
          watchHeight(self); // moved or put back into the page
          return;
        }
        var root = self.attachShadow({ mode: 'open' });
        var box = el('div', 'ip', [el('p', 'ip-empty', ['Loading\u2026'])]);
        box.setAttribute('data-theme', self.getAttribute('theme') || 'auto');
        box.setAttribute('aria-busy', 'true');
        if (EMBEDDED) {
          style(root, EMBEDDED.css);
        }
        root.append(box);
        self._ipBox = box;
        watchHeight(self);
        reserve(self);
        stylesAndTexts().then(function (r) {
          if (!EMBEDDED) {
            style(root, r[0]);
          }
          return render(self, r[1]);
        }).then(function (nodes) {
          keepingHeight(self, function () {
            box.replaceChildren.apply(box, nodes.filter(Boolean));
          });
        }).catch(function (error) {
          keepingHeight(self, function () {
            box.replaceChildren(el('p', 'ip-empty', ['Inversion Picks could not load: ' + error.message]));
          });
        }).then(function () {
          box.removeAttribute('aria-busy');
          self.setAttribute('data-state', 'rendered');
          self.dispatchEvent(new CustomEvent('inversion-picks:rendered', { bubbles: true }));
        });
      }

      disconnectedCallback() {
        unwatch(this);
      }
    });
  }

  /* One constructed stylesheet, adopted by every widget on the page: parsed once, no <style> for a CSP to refuse. */
  var sheet = null;

  function style(root, css) {
    if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      root.prepend(el('style', null, [css]));
    }
  }

  function hasProfile(query) {
    return PROFILE_ONLY.some(function (name) { return query.getAll(name).some(Boolean); });
  }

  /* Personal recommendations when a reader profile is given, otherwise the products matching the filters. */
  function picks(query, limit) {
    if (hasProfile(query)) {
      var asked = new URLSearchParams();
      RECOMMEND_OPTIONS.forEach(function (name) {
        query.getAll(name).filter(Boolean).forEach(function (value) { asked.append(name, value); });
      });
      asked.set('limit', limit);
      return getJson('/recommendations', asked);
    }
    var filters = new URLSearchParams();
    PRODUCT_OPTIONS.forEach(function (name) {
      query.getAll(name).filter(Boolean).forEach(function (value) { filters.append(name, value); });
    });
    filters.set('size', limit);
    return getJson('/products', filters);
  }

  // The count sizes the columns (widget.css), as in the iframe pages, so both forms look the same.
  function cards(items) {
    var list = el('ul', 'ip-cards', items.map(card));
    list.setAttribute('data-count', String(items.length));
    return list;
  }

  function results(data, texts) {
    // A plain product list (no reader profile) carries each kind of product's own cautions on the product.
    var items = data.items.map(function (item) {
      return item.product ? item : { product: item, cautions: item.cautions };
    });
    return [
      !data.advisory && precautions(data.precautions),
      data.advisory ? advisory(data.advisory) : disclosure(data.disclosure),
      !data.advisory && !items.length && el('p', 'ip-empty', ['No products match these options.']),
      !data.advisory && cards(items),
      safety(data.safety || texts.safety)
    ].filter(Boolean);
  }

  define('inversion-picks', function (element, texts) {
    var query = params(element, PRODUCT_OPTIONS.concat(RECOMMEND_OPTIONS));
    Array.prototype.forEach.call(element.attributes, function (attribute) {
      if (OTHER_CONDITIONS_NAME.test(attribute.name) && attribute.value !== '') {
        query.append('conditions', attribute.value);
      }
    });
    var limit = element.getAttribute('limit') || '3';
    var area = el('div', 'ip-results');
    area.setAttribute('aria-live', 'polite');
    function show(answers) {
      var asked = new URLSearchParams(query);
      Object.keys(answers).forEach(function (name) {
        asked.delete(name);
        [].concat(answers[name]).filter(Boolean).forEach(function (value) { asked.append(name, value); });
      });
      /* The reader's new picks replace the old ones without moving the blog's text below (see keepingHeight). */
      return picks(asked, limit).then(function (data) {
        keepingHeight(element, function () {
          area.replaceChildren.apply(area, results(data, texts));
        });
        return data;
      }, function (error) {
        keepingHeight(element, function () {
          area.replaceChildren(el('p', 'ip-empty', ['Could not load the picks: ' + error.message]));
        });
        return null;
      });
    }
    return show({}).then(function (data) {
      /* The form starts with the conditions already reported, as the service understood them. */
      var profile = data && data.profile;
      var answers = profile ? { conditions: profile.conditions.concat(profile.unrecognisedConditions) } : {};
      var form = element.getAttribute('form') === 'true' && profileForm(texts.profile, answers, show);
      return [el('h2', 'ip-title', [element.getAttribute('heading') || 'Recommended inversion equipment']), form,
        area];
    });
  });

  function tag(text, cls) {
    return el('span', 'ip-tag' + (cls ? ' ' + cls : ''), [text]);
  }

  // A real table, with no ARIA roles: its cells are restyled for narrow widths (widget.css), and browsers keep the
  // table semantics through that (WidgetCompareBrowserTest reads the accessibility tree at 320 px).
  function cell(tagName, children, product) {
    var node = el(tagName, null, children);
    if (product) {
      node.setAttribute('data-product', product);
    }
    return node;
  }

  function row(header, cells, cls) {
    var tr = el('tr', cls, [cell('th', header)].concat(cells));
    tr.firstChild.scope = 'row';
    return tr;
  }

  function table(data) {
    var names = data.products.map(function (p) { return p.name; });
    var head = el('tr', null, [cell('th', [el('span', 'ip-sr', ['Feature'])])].concat(names.map(
      function (name) { return cell('th', [name]); })));
    var body = data.rows.map(function (r) {
      return row(r.differs ? [r.label, ' ', tag('differs')] : [r.label], r.display.map(function (text, i) {
        var best = r.best.indexOf(i) >= 0;
        var td = cell('td', best ? [text, ' ', tag('Best', 'ip-tag-best')] : [text], names[i]);
        td.className = best ? 'ip-best' : '';
        return td;
      }), r.differs ? 'ip-differs' : 'ip-same');
    }).concat([row(['Where to buy'], data.products.map(function (p) {
      return cell('td', [offers(p, 'compare')], p.name);
    }), 'ip-buy')]);
    // Columns fixed from the start, as in the iframe page (widget.css: table-layout fixed).
    var columns = el('colgroup', null, [el('col', 'ip-col-feature')].concat(names.map(function () {
      return el('col');
    })));
    var groups = [columns, el('thead', null, [head]), el('tbody', null, body)];
    var grid = el('table', 'ip-table', [
      el('caption', 'ip-caption', ['Rows where the products differ are marked \u201cdiffers\u201d; the best value in'
        + ' a row is marked \u201cBest\u201d.'])].concat(groups));
    var wrap = el('div', 'ip-table-wrap', [grid]);
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', 'Comparison table');
    wrap.tabIndex = 0;
    return wrap;
  }

  define('inversion-compare', function (element) {
    return getJson('/compare', params(element, ['ids'])).then(function (data) {
      return [el('h2', 'ip-title', [element.getAttribute('heading') || 'Inversion equipment compared']),
        disclosure(data.disclosure), table(data), safety(data.safety)];
    });
  });
})();
