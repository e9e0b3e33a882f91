/*
 * civic-portal page behaviour, dependency-free and deferred: font size and contrast buttons (remembered in
 * localStorage, applied before paint by civic-prefs.js), print, and copy-link. Pages are cached and identical
 * for everyone, so the buttons' pressed state is set here from what civic-prefs.js applied.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var FONTS = ['small', 'normal', 'large'];

  function store(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, value);
      }
    } catch (e) {
      // Without storage the choice still applies to this page.
    }
  }

  function currentFont() {
    for (var i = 0; i < FONTS.length; i++) {
      if (root.classList.contains('civic-font-' + FONTS[i])) {
        return FONTS[i];
      }
    }
    return 'normal';
  }

  function highContrast() {
    return root.classList.contains('civic-contrast');
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function showState() {
    var font = currentFont();
    var contrast = highContrast();
    each('[data-civic-font]', function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-civic-font') === font));
    });
    each('[data-civic-contrast]', function (button) {
      button.setAttribute('aria-pressed', String(contrast));
    });
  }

  function setFont(font) {
    FONTS.forEach(function (f) {
      root.classList.toggle('civic-font-' + f, f === font && f !== 'normal');
    });
    store('civic.font', font === 'normal' ? null : font);
    showState();
  }

  // 'normal' is kept too: it overrides the system's request for more contrast (civic-prefs.js).
  function setContrast(on) {
    root.classList.toggle('civic-contrast', on);
    store('civic.contrast', on ? 'high' : 'normal');
    showState();
  }

  // Through the widgets' shared script (listed before this one) when it is there: copying twice is heard twice.
  function status(button, text) {
    var box = button.parentNode && button.parentNode.querySelector('[role="status"]');
    if (box && window.civicWidgets) {
      window.civicWidgets.announce(box, text);
    } else if (box) {
      box.textContent = text;
    }
  }

  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'civic-offscreen';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok;
  }

  function copyLink(button) {
    var url = button.getAttribute('data-civic-copy');
    var done = function () { status(button, button.getAttribute('data-civic-copied')); };
    var fallback = function () {
      if (copyWithSelection(url)) {
        done();
      } else {
        status(button, button.getAttribute('data-civic-copy-failed') + ' ' + url);
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(done, fallback);
    } else {
      fallback();
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-civic-font], [data-civic-contrast], [data-civic-print], [data-civic-copy]');
    if (!button) {
      return;
    }
    if (button.hasAttribute('data-civic-font')) {
      setFont(button.getAttribute('data-civic-font'));
    } else if (button.hasAttribute('data-civic-contrast')) {
      setContrast(!highContrast());
    } else if (button.hasAttribute('data-civic-print')) {
      window.print();
    } else {
      copyLink(button);
    }
  });

  function followPrefs() {
    window.civicApplyPrefs();
    showState();
  }

  // Another tab changed the preferences, or the system's contrast setting changed: follow them.
  window.addEventListener('storage', function (event) {
    if (event.key === null || event.key === 'civic.font' || event.key === 'civic.contrast') {
      followPrefs();
    }
  });
  if (window.matchMedia) {
    var moreContrast = window.matchMedia('(prefers-contrast: more)');
    if (moreContrast.addEventListener) {
      moreContrast.addEventListener('change', followPrefs);
    }
  }

  showState();
}());
