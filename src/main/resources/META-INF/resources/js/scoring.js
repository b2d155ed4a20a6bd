// Keyboard use of the scoring sheet (/scoring): a digit replaces the cell's value and, on a
// one-digit scale, moves on; arrow keys move between cells; Enter saves the row through htmx
// and goes on to the next row. Without this file the sheet still works as a plain form.
(function () {
  'use strict';
  var sheet = document.getElementById('sheet');
  if (!sheet) {
    return;
  }

  function inputs(row) {
    return row ? Array.prototype.slice.call(row.querySelectorAll('input[name="v"]')) : [];
  }

  function focus(input) {
    if (input) {
      input.focus();
      input.select();
    }
  }

  function rowAfter(row, step) {
    var next = step > 0 ? row.nextElementSibling : row.previousElementSibling;
    while (next && inputs(next).length === 0) {
      next = step > 0 ? next.nextElementSibling : next.previousElementSibling;
    }
    return next;
  }

  sheet.addEventListener('focusin', function (event) {
    if (event.target.name === 'v') {
      event.target.select();
    }
  });

  sheet.addEventListener('keydown', function (event) {
    var input = event.target;
    if (input.name !== 'v' || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var row = input.closest('tr');
    var cells = inputs(row);
    var column = cells.indexOf(input);
    var target = null;
    switch (event.key) {
      case 'ArrowLeft': target = cells[column - 1]; break;
      case 'ArrowRight': target = cells[column + 1]; break;
      case 'ArrowUp': target = inputs(rowAfter(row, -1))[column]; break;
      case 'ArrowDown': target = inputs(rowAfter(row, 1))[column]; break;
      case 'Enter': {
        var save = row.querySelector('button.row-save');
        var next = rowAfter(row, 1);
        if (save) {
          event.preventDefault();
          save.click();
          focus(inputs(next)[0]);
        }
        return;
      }
      default: return;
    }
    event.preventDefault();
    focus(target);
  });

  // On a scale of one-digit values (e.g. 1..5) a typed digit is the whole value: move on.
  sheet.addEventListener('input', function (event) {
    var input = event.target;
    if (input.name !== 'v') {
      return;
    }
    var min = Number(input.dataset.min);
    var max = Number(input.dataset.max);
    var value = Number(input.value);
    if (min >= 0 && max <= 9 && /^\d$/.test(input.value) && value >= min && value <= max) {
      var cells = inputs(input.closest('tr'));
      focus(cells[cells.indexOf(input) + 1]);
    }
  });
})();
