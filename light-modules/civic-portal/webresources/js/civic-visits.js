/*
 * civic-portal visit tracking, the live counter block and an item's view count. Every page sends one beacon
 * (text/plain, so no CORS preflight), naming the article or report whose view count ([data-civic-views]) the page
 * shows; counter blocks ([data-civic-visits]) then refresh their numbers from /visits/summary, again every minute
 * while the page is visible, and the view count from /views/{itemId}, once, through civic-widgets.js (listed
 * before this script; the convention is described there). The beacon needs nothing else.
 */
(function () {
  'use strict';

  var shared = window.civicWidgets;
  var script = document.currentScript;
  var api = (script && script.getAttribute('data-civic-api')) || '/.civic/api';
  var REFRESH_MS = 60000;

  /*
   * One page view. With a counter block on the page the beacon goes through fetch with keepalive (the same
   * delivery guarantee as sendBeacon) so that the block can refresh once it has been counted; elsewhere
   * navigator.sendBeacon, which never delays the page.
   */
  function beacon(counted, item) {
    var fields = { path: window.location.pathname, referrer: document.referrer || null };
    if (item) {
      fields.item = item;
    }
    var body = JSON.stringify(fields);
    var url = api + '/visits';
    if (!counted && navigator.sendBeacon && navigator.sendBeacon(url, body)) {
      return;
    }
    if (window.fetch) {
      window.fetch(url, {
        method: 'POST', body: body, keepalive: true, credentials: 'same-origin',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' }
      }).then(counted, counted);
    }
  }

  function group(n, sep) {
    var digits = String(Math.max(0, Math.floor(n)));
    var out = '';
    for (var i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) {
        out += sep;
      }
      out += digits.charAt(i);
    }
    return out;
  }

  function show(block, summary) {
    var sep = block.getAttribute('data-civic-group') || '.';
    Array.prototype.forEach.call(block.querySelectorAll('[data-civic-visits-field]'), function (dd) {
      var value = summary[dd.getAttribute('data-civic-visits-field')];
      if (typeof value === 'number') {
        dd.textContent = group(value, sep);
      }
    });
    // A cached page may outlive its month or year: the labels follow the summary's date.
    var parts = String(summary.date || '').split('-');
    if (parts.length === 3 && summary.date !== block.getAttribute('data-civic-date')) {
      var month = String(parseInt(parts[1], 10));
      Array.prototype.forEach.call(block.querySelectorAll('[data-civic-template]'), function (dt) {
        var field = dt.parentNode.querySelector('[data-civic-visits-field]');
        var arg = field && field.getAttribute('data-civic-visits-field') === 'thisMonth' ? month : parts[0];
        dt.textContent = dt.getAttribute('data-civic-template').replace('{0}', arg);
      });
      block.setAttribute('data-civic-date', summary.date);
    }
    block.classList.add('civic-visits-live');
  }

  function refresh(blocks) {
    if (document.hidden || !shared || !window.fetch) {
      return;
    }
    // When the summary cannot be fetched, the numbers the page was rendered with stay.
    shared.request(api + '/visits/summary').then(function (answer) {
      if (answer.ok && answer.body) {
        blocks.forEach(function (b) { show(b, answer.body); });
      }
    });
  }

  /** The item's views as of now; when they cannot be fetched, the number the page was rendered with stays. */
  function refreshViews(views) {
    if (!shared || !window.fetch) {
      return;
    }
    var id = views.getAttribute('data-civic-views');
    shared.request(api + '/views/' + encodeURIComponent(id)).then(function (answer) {
      var count = views.querySelector('[data-civic-views-count]');
      if (answer.ok && answer.body && typeof answer.body.views === 'number' && count) {
        count.textContent = group(answer.body.views, views.getAttribute('data-civic-group') || '.');
        views.classList.add('civic-views-live');
      }
    });
  }

  var blocks = Array.prototype.slice.call(document.querySelectorAll('[data-civic-visits]'));
  var views = document.querySelector('[data-civic-views]');
  var item = views && views.getAttribute('data-civic-views');
  if (!blocks.length && !views) {
    beacon(null, null);
    return;
  }
  // The first refreshes follow the beacon's answer, so they include this very page view.
  beacon(function () {
    if (blocks.length) {
      refresh(blocks);
    }
    if (views) {
      refreshViews(views);
    }
  }, item);
  if (blocks.length) {
    window.setInterval(function () { refresh(blocks); }, REFRESH_MS);
    document.addEventListener('visibilitychange', function () { refresh(blocks); });
  }
}());
