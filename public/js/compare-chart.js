// The tables and small SVG charts of /jamfor/ (public/js/compare.js draws them with these): one panel per
// measure, a line per municipality and the country's, each line with its own colour, dash and
// marker so that none is told apart by colour alone; a line stops at a gap and a series break.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  // Okabe–Ito colours, each with its own dash and marker; the country is the black dashed line.
  var STYLES = [
    { stroke: '#0072B2', dash: '', marker: 'circle' },
    { stroke: '#B35900', dash: '6 2', marker: 'square' },
    { stroke: '#007A5A', dash: '1 2', marker: 'diamond' },
    { stroke: '#A0457A', dash: '8 2 2 2', marker: 'triangle' },
    { stroke: '#5A3E99', dash: '3 3', marker: 'cross' },
  ];
  var COUNTRY = { stroke: '#1a1a1a', dash: '4 3', marker: 'none' };

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
  function panel(measure, years, lines, lo, year) {
    var W = 260,
      H = 150,
      L = 30,
      R = 10,
      T = 28,
      B = 24;
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

  function h(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
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

  function list(items) {
    return items.length < 2
      ? items.join('')
      : items.slice(0, -1).join(', ') + ' och ' + items[items.length - 1];
  }
  window.nkiCompareChart = {
    list: list,
    h: h,
    table: table,
    STYLES: STYLES,
    COUNTRY: COUNTRY,
    panel: panel,
    swatch: swatch,
    number: number,
  };
})();
