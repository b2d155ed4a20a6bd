// Drafts that are never lost: a form marked data-draft="key" is copied to localStorage while the
// user types, restored when the page is opened again (closed tab, expired session, crash), and
// cleared by the page that follows a successful save (data-draft-clear="key ...").
(function () {
  'use strict';
  var PREFIX = 'kiku-draft:';
  var SKIPPED = { 'csrf-token': true };

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // private mode or storage disabled: the form still works, without drafts
    }
  }

  function fieldKey(el) {
    return el.type === 'checkbox' || el.type === 'radio' ? el.name + '=' + el.value : el.name;
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && !SKIPPED[el.name] && el.type !== 'file' && el.type !== 'submit' && el.type !== 'button';
    });
  }

  function snapshot(form) {
    var values = {};
    fields(form).forEach(function (el) {
      values[fieldKey(el)] = el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
    });
    return values;
  }

  function apply(form, values) {
    fields(form).forEach(function (el) {
      var key = fieldKey(el);
      if (!Object.prototype.hasOwnProperty.call(values, key)) {
        return;
      }
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = values[key] === true;
      } else {
        el.value = values[key];
      }
    });
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function clearNamed(store) {
    document.querySelectorAll('[data-draft-clear]').forEach(function (el) {
      el.getAttribute('data-draft-clear').split(/\s+/).forEach(function (name) {
        if (name) {
          store.removeItem(PREFIX + name);
        }
      });
    });
  }

  function watch(store, form) {
    var key = PREFIX + form.getAttribute('data-draft');
    var original = snapshot(form);
    var notice = form.querySelector('[data-draft-notice]');
    var saved = null;
    try {
      saved = JSON.parse(store.getItem(key) || 'null');
    } catch (e) {
      saved = null;
    }
    // A form the server sent back after a refused save already holds what the user typed (and the
    // version to save against): keep that, never an older draft.
    if (form.getAttribute('data-draft-state') !== 'submitted' && saved && saved.values
        && !same(saved.values, original)) {
      apply(form, saved.values);
      if (notice) {
        notice.hidden = false;
      }
    }
    var timer = null;
    function save() {
      timer = null;
      try {
        store.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values: snapshot(form) }));
      } catch (e) {
        // quota exceeded: nothing more can be done here, the typed text is still in the form
      }
    }
    function later() {
      if (timer) {
        window.clearTimeout(timer);
      }
      timer = window.setTimeout(save, 300);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', save);
    window.addEventListener('pagehide', function () {
      if (timer) {
        save();
      }
    });
    var discard = form.querySelector('[data-draft-discard]');
    if (discard) {
      discard.addEventListener('click', function () {
        store.removeItem(key);
        apply(form, original);
        if (notice) {
          notice.hidden = true;
        }
      });
    }
  }

  function start() {
    var store = storage();
    if (!store) {
      return;
    }
    clearNamed(store);
    document.querySelectorAll('form[data-draft]').forEach(function (form) {
      watch(store, form);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
