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
  var chart = window.nkiCompareChart;
  if (!form || !out || !status || !chart || !window.fetch || !window.URLSearchParams) return;
  var number = chart.number;
  var h = chart.h;
  var table = chart.table;
  var list = chart.list;
  var MIN = Number(form.getAttribute('data-min')) || 2;
  var MAX = Number(form.getAttribute('data-max')) || 5;
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var data;
  var bySlug = {};

  function delta(d) {
    return d > 0 ? '+' + number(d) : number(d);
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
      return { label: u.d, style: chart.STYLES[i % chart.STYLES.length], series: u };
    });
    lineSets.push({ label: 'Riket', style: chart.COUNTRY, series: data.riket });
    lineSets.forEach(function (l) {
      var li = legend.appendChild(h('li'));
      li.appendChild(chart.swatch(l.style));
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
      grid.appendChild(chart.panel(m, data.ar, lines, lo, year));
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
    .then(start, function () {
      status.textContent = 'Jämförelsen kunde inte laddas. Välj en kommun i listan nedan.';
    });

  function start(json) {
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
  }
})();
