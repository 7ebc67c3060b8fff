// Progressive enhancement of /jamfor/: the reader picks 2–5 municipalities and gets a table and
// one small SVG chart per measure, drawn here from /data/jamfor.json (src/site/compare-data.ts,
// where every value is already the published integer and every change's baseline is decided by
// the site's rules). The address holds the choice: /jamfor/?k=kalix,lulea,boden,pitea.
// Without this script the page links each municipality's static comparison page.
(function () {
  'use strict';
  var form = document.getElementById('jamfor-val');
  var out = document.getElementById('jamfor-resultat');
  var status = document.getElementById('jamfor-status');
  if (!form || !out || !status || !window.fetch || !window.URLSearchParams) return;
  var SVG = 'http://www.w3.org/2000/svg';
  var MIN = Number(form.getAttribute('data-min')) || 2;
  var MAX = Number(form.getAttribute('data-max')) || 5;
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  // Okabe–Ito colours, each with its own dash and marker; the country is the black dashed line.
  var STYLES = [
    { stroke: '#0072B2', dash: '', marker: 'circle' },
    { stroke: '#B35900', dash: '6 2', marker: 'square' },
    { stroke: '#007A5A', dash: '1 2', marker: 'diamond' },
    { stroke: '#A0457A', dash: '8 2 2 2', marker: 'triangle' },
    { stroke: '#5A3E99', dash: '3 3', marker: 'cross' },
  ];
  var COUNTRY = { stroke: '#1a1a1a', dash: '4 3', marker: 'none' };
  var data;
  var bySlug = {};

  function h(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function s(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    return node;
  }
  function number(n) {
    return new Intl.NumberFormat('sv-SE').format(n).replace('-', '\u2212');
  }
  function delta(d) {
    return d > 0 ? '+' + number(d) : number(d);
  }
  function list(items) {
    return items.length < 2
      ? items.join('')
      : items.slice(0, -1).join(', ') + ' och ' + items[items.length - 1];
  }

  /** The value of a series in year index i, or null. */
  function valueAt(series, m, i) {
    var v = series.v[m];
    return v && v[i] !== undefined ? v[i] : null;
  }
  /** "+3", "−2 sedan 2019", "ej jämförbart (seriebrott)" or "–", from the published values. */
  function changeAt(series, m, i) {
    var base = series.b[m] ? series.b[m][i] : 0;
    var year = data.ar[i];
    if (base === -1) return 'ej jämförbart (seriebrott)';
    var from = data.ar.indexOf(base);
    var now = valueAt(series, m, i);
    if (!base || from < 0 || now === null || valueAt(series, m, from) === null) return '–';
    var text = delta(now - valueAt(series, m, from));
    return base === year - 1 ? text : text + ' sedan ' + base;
  }

  function chosenFromAddress() {
    var raw = new URLSearchParams(window.location.search).get('k') || '';
    var seen = {};
    return raw
      .split(',')
      .map(function (x) {
        return x.trim().toLowerCase();
      })
      .filter(function (x) {
        var ok = bySlug[x] && !seen[x];
        seen[x] = true;
        return ok;
      })
      .slice(0, MAX);
  }
  function chosenFromForm() {
    var seen = {};
    return selects
      .map(function (sel) {
        return sel.value;
      })
      .filter(function (x) {
        var ok = x && bySlug[x] && !seen[x];
        seen[x] = true;
        return ok;
      });
  }

  /** The newest year all chosen took part in; else the newest any of them did. */
  function yearFor(units) {
    var common = data.ar.filter(function (y) {
      return units.every(function (u) {
        return u.y.indexOf(y) >= 0;
      });
    });
    if (common.length) return common[common.length - 1];
    return Math.max.apply(
      null,
      units.map(function (u) {
        return u.y[u.y.length - 1];
      }),
    );
  }

  function table(caption, columns, rows) {
    var wrap = h('div', {
      class: 'table-scroll',
      tabindex: '0',
      role: 'region',
      'aria-label': caption,
    });
    var t = h('table');
    t.appendChild(h('caption', {}, caption));
    var head = h('tr');
    columns.forEach(function (c) {
      head.appendChild(h('th', { scope: 'col' }, c));
    });
    t.appendChild(h('thead')).appendChild(head);
    var body = t.appendChild(h('tbody'));
    rows.forEach(function (r) {
      var tr = body.appendChild(h('tr'));
      r.forEach(function (c, i) {
        var numeric = /^[−+-]?\d[\d\s]*$/.test(c);
        tr.appendChild(
          h(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : numeric ? { class: 'num' } : {}, c),
        );
      });
    });
    wrap.appendChild(t);
    return wrap;
  }

  function mark(g, style, x, y) {
    var c = style.stroke;
    if (style.marker === 'circle') g.appendChild(s('circle', { cx: x, cy: y, r: 3, fill: c }));
    else if (style.marker === 'square')
      g.appendChild(s('rect', { x: x - 2.7, y: y - 2.7, width: 5.4, height: 5.4, fill: c }));
    else if (style.marker !== 'none') {
      var d = {
        diamond: 'M0 -3.5L3.5 0L0 3.5L-3.5 0Z',
        triangle: 'M0 -3.5L3.5 3L-3.5 3Z',
        cross: 'M-3 -3L3 3M3 -3L-3 3',
      }[style.marker];
      g.appendChild(
        s('path', {
          d: d,
          transform: 'translate(' + x + ' ' + y + ')',
          fill: style.marker === 'cross' ? 'none' : c,
          stroke: c,
          'stroke-width': style.marker === 'cross' ? 1.6 : 0,
        }),
      );
    }
  }

  /** One small chart: a line per municipality and the country's, stopping at gaps and breaks. */
  function panel(measure, lines, lo, year) {
    var W = 260,
      H = 150,
      L = 30,
      R = 10,
      T = 28,
      B = 24;
    var years = data.ar;
    var x = function (y) {
      return L + ((y - years[0]) / (years[years.length - 1] - years[0] || 1)) * (W - L - R);
    };
    var yv = function (v) {
      return T + ((100 - v) / (100 - lo)) * (H - T - B);
    };
    var id = 'jamfor-' + measure.id;
    var svg = s('svg', {
      viewBox: '0 0 ' + W + ' ' + H,
      role: 'img',
      'aria-labelledby': id + '-t',
      'font-size': 12,
    });
    var title = s('title', { id: id + '-t' });
    title.textContent =
      measure.namn +
      ', ' +
      years[0] +
      '–' +
      years[years.length - 1] +
      ': ' +
      list(
        lines.map(function (l) {
          return l.label;
        }),
      ) +
      '. Siffrorna finns i tabellen.';
    svg.appendChild(title);
    var text = s('text', { x: 0, y: 14, 'font-weight': 'bold', fill: '#1a1a1a' });
    text.textContent = measure.namn;
    svg.appendChild(text);
    svg.appendChild(
      s('rect', { x: L, y: T, width: W - L - R, height: H - T - B, fill: '#f4f6f8' }),
    );
    svg.appendChild(
      s('rect', {
        x: x(year) - 4,
        y: T,
        width: 8,
        height: H - T - B,
        fill: '#1a1a1a',
        'fill-opacity': 0.12,
      }),
    );
    [
      [lo, H - B + 4],
      [100, T + 10],
    ].forEach(function (t) {
      var label = s('text', { x: L - 4, y: t[1], 'text-anchor': 'end', fill: '#444' });
      label.textContent = number(t[0]);
      svg.appendChild(label);
    });
    [
      [years[0], L, 'start'],
      [years[years.length - 1], W - R, 'end'],
    ].forEach(function (t) {
      var label = s('text', { x: t[1], y: H - 6, 'text-anchor': t[2], fill: '#444' });
      label.textContent = String(t[0]);
      svg.appendChild(label);
    });
    lines
      .slice()
      .reverse()
      .forEach(function (l) {
        var g = s('g', {});
        var d = '';
        years.forEach(function (y, i) {
          var v = l.values[i];
          if (v === null) return;
          var joined = i > 0 && l.values[i - 1] !== null && measure.brott.indexOf(y) < 0;
          d += (joined ? 'L' : 'M') + x(y).toFixed(1) + ' ' + yv(v).toFixed(1);
          mark(g, l.style, x(y), yv(v));
        });
        if (d) {
          var attrs = { d: d, fill: 'none', stroke: l.style.stroke, 'stroke-width': 2 };
          if (l.style.dash) attrs['stroke-dasharray'] = l.style.dash;
          g.insertBefore(s('path', attrs), g.firstChild);
        }
        svg.appendChild(g);
      });
    return svg;
  }

  function swatch(style) {
    var svg = s('svg', { width: 30, height: 12, 'aria-hidden': 'true' });
    var attrs = { d: 'M1 6h28', stroke: style.stroke, 'stroke-width': 2 };
    if (style.dash) attrs['stroke-dasharray'] = style.dash;
    svg.appendChild(s('path', attrs));
    mark(svg, style, 15, 6);
    return svg;
  }

  function render(slugs) {
    out.textContent = '';
    selects.forEach(function (sel, i) {
      sel.value = slugs[i] || '';
    });
    if (slugs.length < MIN) {
      status.textContent = 'Välj minst ' + (MIN === 2 ? 'två' : MIN) + ' kommuner att jämföra.';
      return;
    }
    var units = slugs.map(function (x) {
      return bySlug[x];
    });
    var year = yearFor(units);
    var yi = data.ar.indexOf(year);
    var names = units.map(function (u) {
      return u.n;
    });
    var absent = units.filter(function (u) {
      return u.y.indexOf(year) < 0;
    });
    status.textContent =
      'Visar ' +
      list(names) +
      ' ' +
      year +
      '.' +
      (absent.length
        ? ' ' +
          list(
            absent.map(function (u) {
              return u.n;
            }),
          ) +
          ' deltog inte ' +
          year +
          '.'
        : '');
    var measures = data.matt.filter(function (m) {
      return units.some(function (u) {
        return u.v[m.id];
      });
    });
    out.appendChild(h('h2', { id: 'jamforelse' }, 'Jämförelse ' + year));
    var columns = ['Mått'];
    units.forEach(function (u) {
      columns.push(u.n, u.n + ', förändring');
    });
    columns.push('Riket', 'Riket, förändring');
    var rows = measures.map(function (m) {
      var row = [m.namn];
      units.concat([data.riket]).forEach(function (u) {
        var v = valueAt(u, m.id, yi);
        var took = !u.y || u.y.indexOf(year) >= 0;
        row.push(
          v === null ? (took ? '–' : 'deltog inte') : number(v),
          took ? changeAt(u, m.id, yi) : '–',
        );
      });
      return row;
    });
    out.appendChild(
      table('NKI och områdena ' + year + ': ' + list(names) + ' och riket', columns, rows),
    );
    out.appendChild(
      h(
        'p',
        { class: 'notes' },
        'Förändringen är skillnaden mellan de avrundade värdena, från det senaste år kommunen har ett värde för måttet (riket: året före). Över ett seriebrott jämförs inga värden. Riket är SKR:s genomsnitt eller, där underlaget saknar det, kommunernas genomsnitt beräknat här.',
      ),
    );

    out.appendChild(h('h2', { id: 'jamforelse-over-aren' }, 'Över åren'));
    var legend = h('ul', { class: 'compare-legend' });
    var lineSets = units.map(function (u, i) {
      return { label: u.d, style: STYLES[i % STYLES.length], series: u };
    });
    lineSets.push({ label: 'Riket', style: COUNTRY, series: data.riket });
    lineSets.forEach(function (l) {
      var li = legend.appendChild(h('li'));
      li.appendChild(swatch(l.style));
      li.appendChild(document.createTextNode(l.label));
    });
    out.appendChild(legend);
    var all = [];
    measures.forEach(function (m) {
      lineSets.forEach(function (l) {
        (l.series.v[m.id] || []).forEach(function (v) {
          if (v !== null) all.push(v);
        });
      });
    });
    var lo = Math.max(
      0,
      Math.min(60, Math.floor((Math.min.apply(null, all.concat([100])) - 3) / 10) * 10),
    );
    var grid = h('div', { class: 'compare-panels' });
    var dataRows = [];
    measures.forEach(function (m) {
      var lines = lineSets.map(function (l) {
        var values = data.ar.map(function (_, i) {
          return valueAt(l.series, m.id, i);
        });
        dataRows.push(
          [m.namn + ': ' + l.label].concat(
            values.map(function (v) {
              return v === null ? '–' : number(v);
            }),
          ),
        );
        return { label: l.label, style: l.style, values: values };
      });
      grid.appendChild(panel(m, lines, lo, year));
    });
    out.appendChild(grid);
    var details = h('details');
    details.appendChild(h('summary', {}, 'Visa siffrorna som tabell'));
    details.appendChild(
      table(
        'Index per mått och år: ' + list(names) + ' och riket',
        ['Mått och linje'].concat(data.ar.map(String)),
        dataRows,
      ),
    );
    out.appendChild(details);
  }

  function update(event) {
    if (event) event.preventDefault();
    var slugs = chosenFromForm();
    var query = slugs.length ? '?k=' + slugs.join(',') : '';
    window.history.replaceState(null, '', window.location.pathname + query);
    render(slugs);
  }

  fetch(form.getAttribute('data-src'))
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (json) {
      data = json;
      data.kommuner.forEach(function (k) {
        bySlug[k.s] = k;
      });
      form.hidden = false;
      var hint = document.getElementById('jamfor-utan-js');
      if (hint) hint.hidden = true;
      form.addEventListener('change', update);
      form.addEventListener('submit', update);
      render(chosenFromAddress());
    })
    .catch(function () {
      status.textContent = 'Jämförelsen kunde inte laddas. Välj en kommun i listan nedan.';
    });
})();
