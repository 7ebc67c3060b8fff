// Progressive enhancement of the search form: find-as-you-type over /sok.json.
// Without this script the form submits to /kommuner/, the full alphabetical list.
(function () {
  'use strict';
  var form = document.querySelector('[data-search]');
  if (!form) return;
  var input = form.querySelector('input[type="search"]');
  var list = form.querySelector('[data-search-results]');
  var status = form.querySelector('[data-search-status]');
  var index = null;
  var loading = null;

  function normalize(s) {
    return s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }

  function load() {
    if (!loading) {
      loading = fetch('/sok.json')
        .then(function (r) {
          return r.json();
        })
        .then(function (entries) {
          index = entries.map(function (e) {
            var key = normalize(e.name + ' ' + e.display);
            return { e: e, key: key, words: key.split(' ') };
          });
        });
    }
    return loading;
  }

  function score(item, q, qWords) {
    if (item.key.indexOf(q) === 0) return 0;
    var all = qWords.every(function (w) {
      return item.words.some(function (x) {
        return x.indexOf(w) === 0;
      });
    });
    if (all) return 1;
    if (item.key.indexOf(q) >= 0) return 2;
    return -1;
  }

  function render() {
    var q = normalize(input.value);
    list.textContent = '';
    if (!q || !index) {
      status.textContent = '';
      return;
    }
    var qWords = q.split(' ');
    var hits = index
      .map(function (item) {
        return { item: item, s: score(item, q, qWords) };
      })
      .filter(function (h) {
        return h.s >= 0;
      })
      .sort(function (a, b) {
        return a.s - b.s || a.item.e.name.localeCompare(b.item.e.name, 'sv');
      })
      .slice(0, 8);
    hits.forEach(function (h) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = h.item.e.url;
      a.textContent = h.item.e.display;
      if (h.item.e.detail) {
        var small = document.createElement('span');
        small.className = 'muted';
        small.textContent = ' – ' + h.item.e.detail;
        a.appendChild(small);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    status.textContent = hits.length
      ? hits.length + (hits.length === 1 ? ' träff' : ' träffar')
      : 'Inga träffar';
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', function () {
    load().then(render);
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') {
      var first = list.querySelector('a');
      if (first) {
        ev.preventDefault();
        first.focus();
      }
    } else if (ev.key === 'Escape') {
      input.value = '';
      render();
    }
  });
  list.addEventListener('keydown', function (ev) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var i = links.indexOf(document.activeElement);
    if (ev.key === 'ArrowDown' && i < links.length - 1) {
      ev.preventDefault();
      links[i + 1].focus();
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      (i > 0 ? links[i - 1] : input).focus();
    }
  });
  form.addEventListener('submit', function (ev) {
    var first = list.querySelector('a');
    if (first) {
      ev.preventDefault();
      window.location.href = first.href;
    }
  });
})();
