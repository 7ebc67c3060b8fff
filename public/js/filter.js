// Progressive enhancement: a table with data-filterable gets filters on the values its rows carry
// (data-lan, data-storlek, data-betyg, data-kommungrupp) and a button that downloads the rows shown as CSV.
// Without this script the whole table is shown, and the county pages carry each county's ranking.
(function () {
  'use strict';
  var FILTERS = [
    { key: 'lan', label: 'Län', all: 'Alla län' },
    {
      key: 'storlek',
      label: 'Storlek',
      all: 'Alla storlekar',
      names: { stor: 'Fler än 40 000 invånare', liten: '40 000 invånare eller färre' },
      order: ['stor', 'liten'],
    },
    { key: 'kommungrupp', label: 'Kommungrupp', all: 'Alla kommungrupper' },
    {
      key: 'betyg',
      label: 'Betyg',
      all: 'Alla betyg',
      order: ['mycket högt', 'högt', 'godkänt', 'lågt', 'Inget betyg'],
    },
  ];
  var counter = 0;

  function values(rows, key, order) {
    var seen = {};
    rows.forEach(function (r) {
      var v = r.getAttribute('data-' + key);
      if (v) seen[v] = true;
    });
    var list = Object.keys(seen);
    return list.sort(function (a, b) {
      if (order) return order.indexOf(a) - order.indexOf(b);
      return a.localeCompare(b, 'sv');
    });
  }

  function csvCell(text) {
    var t = text.replace(/\s+/g, ' ').trim();
    return /[";\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }

  function enhance(table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var id = 'filter-' + ++counter;
    var form = document.createElement('form');
    form.className = 'table-filter no-print';
    form.setAttribute('aria-label', 'Filtrera tabellen');
    var selects = [];
    FILTERS.forEach(function (f) {
      var options = values(rows, f.key, f.order);
      if (options.length < 2) return;
      var label = document.createElement('label');
      label.setAttribute('for', id + '-' + f.key);
      label.textContent = f.label;
      var select = document.createElement('select');
      select.id = id + '-' + f.key;
      select.setAttribute('data-key', f.key);
      var all = document.createElement('option');
      all.value = '';
      all.textContent = f.all;
      select.appendChild(all);
      options.forEach(function (v) {
        var o = document.createElement('option');
        o.value = v;
        o.textContent = (f.names && f.names[v]) || v.charAt(0).toUpperCase() + v.slice(1);
        select.appendChild(o);
      });
      var field = document.createElement('div');
      field.appendChild(label);
      field.appendChild(select);
      form.appendChild(field);
      selects.push(select);
    });
    var status = document.createElement('p');
    status.className = 'table-filter-status';
    status.setAttribute('aria-live', 'polite');
    var download = document.createElement('button');
    download.type = 'button';
    download.className = 'button';
    download.textContent = 'Ladda ner raderna som CSV';
    form.appendChild(status);
    form.appendChild(download);

    function apply() {
      var shown = 0;
      rows.forEach(function (r) {
        var keep = selects.every(function (s) {
          return !s.value || r.getAttribute('data-' + s.getAttribute('data-key')) === s.value;
        });
        r.hidden = !keep;
        if (keep) shown++;
      });
      status.textContent = 'Visar ' + shown + ' av ' + rows.length + ' rader.';
    }
    selects.forEach(function (s) {
      s.addEventListener('change', apply);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
    });
    download.addEventListener('click', function () {
      var lines = [];
      var head = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) {
        return csvCell(c.textContent);
      });
      lines.push(head.join(';'));
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        if (r.hidden) return;
        lines.push(
          Array.prototype.map
            .call(r.cells, function (c) {
              return csvCell(c.textContent);
            })
            .join(';'),
        );
      });
      // BOM and semicolons: Excel set to Swedish opens the file as it is.
      var blob = new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], {
        type: 'text/csv;charset=utf-8',
      });
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = (table.getAttribute('data-filename') || 'nki-urval') + '.csv';
      document.body.appendChild(a);
      a.click();
      setTimeout(function () {
        URL.revokeObjectURL(a.href);
        a.remove();
      }, 0);
    });
    apply();
    var region = table.closest('.table-scroll') || table;
    region.parentNode.insertBefore(form, region);
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-filterable]'), enhance);
})();
