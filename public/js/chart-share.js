// Progressive enhancement beside each chart (src/components/ChartShare.astro):
// - "Ladda ner PNG": draws the chart's SVG download at twice its size on a canvas and saves it.
// - "HTML-kod": the script-free fragment to paste where iframes are not allowed, put together
//   from the chart on the page: caption, the inline SVG and the source line with a link back.
// Without JavaScript the SVG download and the iframe code still work.
(function () {
  'use strict';
  var SCALE = 2;

  function pngButton(slot, svgLink) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Ladda ner PNG';
    var status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      var image = new Image();
      image.onload = function () {
        var canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth * SCALE;
        canvas.height = image.naturalHeight * SCALE;
        var context = canvas.getContext('2d');
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          if (!blob) {
            status.textContent = ' Det gick inte att göra en PNG. Ladda ner SVG-filen i stället.';
            return;
          }
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = slot.getAttribute('data-png-name');
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(function () {
            URL.revokeObjectURL(link.href);
          }, 10000);
        }, 'image/png');
      };
      image.onerror = function () {
        status.textContent = ' Det gick inte att göra en PNG. Ladda ner SVG-filen i stället.';
      };
      image.src = svgLink.href;
    });
    slot.appendChild(document.createTextNode(' · '));
    slot.appendChild(button);
    slot.appendChild(status);
  }

  function escapeHtml(text) {
    return text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function fragment(details) {
    var figure = details.closest('figure');
    var svg = figure.querySelector('svg').outerHTML;
    var title = figure.querySelector('figcaption .title').textContent;
    var subtitle = figure.querySelector('figcaption .subtitle').textContent;
    // The source line and the page's address, as the embed shows them.
    var credit = figure.querySelector('.embed-credit');
    return [
      '<figure style="margin:1em 0;max-width:480px">',
      '<figcaption><strong>' +
        escapeHtml(title) +
        '</strong><br>' +
        escapeHtml(subtitle) +
        '</figcaption>',
      svg.replace(/^<svg /, '<svg style="max-width:100%;height:auto" '),
      '<p style="margin:0.25em 0 0;font-size:0.875em">' +
        escapeHtml(credit.firstChild.textContent.trim()) +
        ' <a href="' +
        escapeHtml(credit.querySelector('a').href) +
        '">Visa på NKI-rapporten</a></p>',
      '</figure>',
    ].join('\n');
  }

  function fragmentBox(details) {
    var id = details.getAttribute('data-chart-share') + '-html';
    var note = details.querySelector('.fragment-note');
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = 'HTML-kod (utan iframe)';
    var box = document.createElement('textarea');
    box.id = id;
    box.readOnly = true;
    box.rows = 8;
    box.cols = 80;
    box.className = 'snippet';
    box.value = fragment(details);
    box.textContent = box.value;
    var copy = document.createElement('div');
    copy.setAttribute('data-copy-target', id);
    var p = document.createElement('p');
    p.appendChild(label);
    note.replaceWith(p, box, copy);
  }

  Array.prototype.forEach.call(
    document.querySelectorAll('details.chart-share'),
    function (details) {
      var svgLink = details.querySelector('a.svg-download');
      var slot = details.querySelector('[data-png-name]');
      if (svgLink && slot && HTMLCanvasElement.prototype.toBlob) pngButton(slot, svgLink);
      fragmentBox(details);
    },
  );
})();
