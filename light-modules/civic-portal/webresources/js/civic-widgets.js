/*
 * civic-portal: what the widget scripts share (civic-rating.js, civic-poll.js, civic-visits.js, civic-stats.js):
 * API calls, messages, error messages and live announcements, as window.civicWidgets. Every page lists it before
 * them, deferred (templates/layout.ftl, and templates/stats.ftl for the dashboard); no dependencies.
 *
 * The convention the widget scripts follow (the one most of them always did):
 *   - a script is one closure; each widget is a function of its root element, started by civicWidgets.start;
 *   - the server-rendered markup says what the script needs in data-civic-* attributes: the root
 *     data-civic-{widget}="{id}", the API base data-civic-api, the parts the script fills in
 *     data-civic-{widget}-{part}, and the messages data-civic-msg-{name} (placeholders {0}, {1}...);
 *   - class names are flat, civic-{widget}-{part} and civic-{widget}-{state}, and only style;
 *   - a refused call shows the widget's message for the API's error code (data-civic-msg-already-voted for
 *     already_voted...), else its general one (data-civic-msg-error);
 *   - each widget has one role="status" aria-live="polite" region, written through civicWidgets.announce (what
 *     the visitor's action came to) or civicWidgets.update (the widget's state in words).
 */
(function () {
  'use strict';
  if (window.civicWidgets) {
    return;
  }

  function format(template, args) {
    return String(template).replace(/\{(\d+)\}/g, function (all, i) {
      return args && args[i] != null ? String(args[i]) : all;
    });
  }

  /** The widget's message {@code name} (its data-civic-msg-{name} attribute) with the placeholders filled in. */
  function msg(root, name, args) {
    return format(root.getAttribute('data-civic-msg-' + name) || '', args);
  }

  function outcome(response, json) {
    var error = null;
    if (!response.ok) {
      error = (json && json.error) || (response.status === 429 ? 'rate_limited' : null);
    }
    return { ok: response.ok, status: response.status, body: json, error: error };
  }

  /**
   * A call to the site's JSON API (a GET without body, or a JSON body). Resolves, never rejects, to
   * {ok, status, body, error}: body is the answer's JSON (null if it had none), error the API's error code of a
   * refused call (null when ok, or when the network failed: status 0).
   */
  function request(url, method, body) {
    var init = { method: method || 'GET', credentials: 'same-origin', cache: 'no-store',
      headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return window.fetch(url, init).then(function (response) {
      return response.json().then(function (json) {
        return outcome(response, json);
      }, function () {
        return outcome(response, null);
      });
    }, function () {
      return { ok: false, status: 0, body: null, error: null };
    });
  }

  /** What to tell the visitor about a refused or failed call: the message for its error code, else the general one. */
  function errorMessage(root, answer) {
    var specific = answer.error && root.getAttribute('data-civic-msg-' + answer.error.replace(/_/g, '-'));
    return specific || msg(root, 'error');
  }

  /**
   * Shows {@code message} in a widget's live region: the outcome of what the visitor did. The same message again is
   * taken out and put back a moment later, so that screen readers announce it again; a newer message always wins.
   */
  function announce(region, message) {
    if (!region) {
      return;
    }
    var turn = (region.civicAnnouncement || 0) + 1;
    region.civicAnnouncement = turn;
    if (message && region.textContent === message) {
      region.textContent = '';
      window.setTimeout(function () {
        if (region.civicAnnouncement === turn) {
          region.textContent = message;
        }
      }, 50);
    } else {
      region.textContent = message;
    }
  }

  /**
   * Shows {@code message} in a widget's live region only if it says something else than it does: for text that
   * describes the widget's state, which needs no second announcement when a refresh finds it unchanged.
   */
  function update(region, message) {
    if (region && region.textContent !== message) {
      announce(region, message);
    }
  }

  /** The language of the widget's text: its data-civic-lang, else the page's. */
  function lang(root) {
    return (root && root.getAttribute('data-civic-lang')) || document.documentElement.lang || 'vi';
  }

  /** {@code n} as the language writes numbers (vi 1.234,5, en 1,234.5), with {@code decimals} decimals (0 if absent). */
  function number(n, language, decimals) {
    var digits = decimals || 0;
    try {
      return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits })
        .format(n);
    } catch (e) {
      return Number(n).toFixed(digits);
    }
  }

  /**
   * Runs {@code widget(root)} for every element matching {@code selector} once the page is parsed, once per root
   * however often a page includes the widget's script (a template may list it with each widget). Browsers without
   * fetch keep the server-rendered widgets as they are.
   */
  function start(selector, widget) {
    if (!window.fetch || !document.querySelectorAll) {
      return;
    }
    function all() {
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (root) {
        if (!root.civicWidgetStarted) {
          root.civicWidgetStarted = true;
          widget(root);
        }
      });
    }
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', all);
    } else {
      all();
    }
  }

  window.civicWidgets = {
    announce: announce,
    errorMessage: errorMessage,
    format: format,
    lang: lang,
    msg: msg,
    number: number,
    request: request,
    start: start,
    update: update
  };
}());
