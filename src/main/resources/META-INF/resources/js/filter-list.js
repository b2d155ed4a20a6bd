// A filter box above a long list of checkboxes (the issue form's ~30 departments): typing narrows
// the list, ticked items always stay visible. Without this script the whole list is shown and the
// box stays hidden; the "show hearings" button is only needed without script (htmx reloads them).
(function () {
  'use strict';

  function normalize(text) {
    return (text.normalize ? text.normalize('NFKC') : text).toLowerCase().replace(/\s+/g, '');
  }

  function start() {
    document.querySelectorAll('[data-filter-list]').forEach(function (input) {
      var list = document.getElementById(input.getAttribute('data-filter-list'));
      var box = input.closest('[data-filter-box]');
      if (!list) {
        return;
      }
      if (box) {
        box.hidden = false;
      }
      input.addEventListener('input', function () {
        var wanted = normalize(input.value);
        list.querySelectorAll('li').forEach(function (item) {
          var ticked = item.querySelector('input:checked') !== null;
          item.hidden = wanted !== '' && !ticked && normalize(item.textContent).indexOf(wanted) < 0;
        });
      });
      // Enter in the filter box must not submit the whole form half-filled
      input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          event.preventDefault();
        }
      });
    });
    if (window.htmx) {
      document.querySelectorAll('[data-no-script]').forEach(function (button) {
        button.hidden = true;
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
