// Progressive enhancement: column headers of tables marked data-sortable become sort buttons.
// Without this script the table stays in the order it was built in (ranking order).
(function () {
  'use strict';
  function cellValue(td) {
    var raw = td.getAttribute('data-sort');
    if (raw !== null) {
      var n = Number(raw);
      return isNaN(n) ? raw : n;
    }
    return td.textContent.trim();
  }
  function compare(a, b) {
    var aMissing = a === '' || a === null;
    var bMissing = b === '' || b === null;
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), 'sv');
  }
  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    var headers = table.querySelectorAll('thead th');
    var tbody = table.tBodies[0];
    Array.prototype.forEach.call(headers, function (th, col) {
      var label = th.textContent.trim();
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = label;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) {
          h.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (r1, r2) {
          var c = compare(cellValue(r1.cells[col]), cellValue(r2.cells[col]));
          return ascending ? c : -c;
        });
        rows.forEach(function (r) {
          tbody.appendChild(r);
        });
      });
    });
  });
})();
