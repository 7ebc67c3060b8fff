// Progressive enhancement: a "Kopiera texten" button copies the plain-text release, and the
// press kit's buttons (their label in data-copy-label) its short headline, notis and alt text.
// Without JavaScript the plain text is still on the page, ready to select.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('[data-copy-target]'), function (slot) {
    var source = document.getElementById(slot.getAttribute('data-copy-target'));
    if (!source || !navigator.clipboard) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = slot.getAttribute('data-copy-label') || 'Kopiera texten';
    var status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent).then(
        function () {
          status.textContent = ' Texten är kopierad.';
        },
        function () {
          status.textContent = ' Det gick inte att kopiera. Markera texten och kopiera den själv.';
        },
      );
    });
    slot.appendChild(button);
    slot.appendChild(status);
  });
})();
