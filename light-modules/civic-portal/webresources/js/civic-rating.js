/*
 * civic-portal rating widget: live numbers and voting for every [data-civic-rating] block (templates/rating.ftl).
 * The page is cached for everyone, so this script fetches the current numbers and this visitor's own score,
 * shows the radio group, sends the chosen score, and updates the block in place. No dependencies; deferred.
 */
(function () {
  'use strict';
  if (window.civicRatingLoaded) {
    return; // one copy per page, however many widgets include the script
  }
  window.civicRatingLoaded = true;

  function text(el, value) {
    if (el) {
      el.textContent = value;
    }
  }

  function widget(root) {
    var id = root.getAttribute('data-civic-rating');
    var url = root.getAttribute('data-civic-api') + '/ratings/' + encodeURIComponent(id);
    var lang = root.getAttribute('data-civic-lang') || document.documentElement.lang || 'vi';
    var whole = new Intl.NumberFormat(lang);
    var oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    var fieldset = root.querySelector('.civic-rating-choice');
    var inputs = root.querySelectorAll('.civic-rating-input');
    var labels = root.querySelectorAll('.civic-rating-option');
    var button = root.querySelector('.civic-rating-submit');
    var status = root.querySelector('[data-civic-rating-status]');
    var mine = root.querySelector('[data-civic-rating-mine]');
    var busy = false;

    function msg(name, args) {
      return (root.getAttribute('data-msg-' + name) || '').replace(/\{(\d)\}/g, function (all, n) {
        return args && args[n] != null ? String(args[n]) : '';
      });
    }

    function announce(message) {
      // Clear first so that the same message twice is announced twice.
      text(status, '');
      window.setTimeout(function () { text(status, message); }, 50);
    }

    function chosen() {
      for (var i = 0; i < inputs.length; i++) {
        if (inputs[i].checked) {
          return parseInt(inputs[i].value, 10);
        }
      }
      return 0;
    }

    function highlight(score) {
      for (var i = 0; i < labels.length; i++) {
        labels[i].classList.toggle('is-on', i < score);
      }
    }

    function stars(average) {
      var halves = Math.round(average * 2);
      var spans = root.querySelectorAll('[data-civic-rating-stars] .civic-star');
      for (var n = 1; n <= spans.length; n++) {
        var kind = halves >= n * 2 ? 'full' : (halves === n * 2 - 1 ? 'half' : 'empty');
        spans[n - 1].className = 'civic-star civic-star-' + kind;
      }
    }

    function show(summary) {
      text(root.querySelector('[data-civic-rating-total]'), whole.format(summary.total));
      text(root.querySelector('[data-civic-rating-count]'), whole.format(summary.count));
      text(root.querySelector('[data-civic-rating-average]'), oneDecimal.format(summary.average));
      stars(summary.average);
      for (var s = 1; s <= 5; s++) {
        var votes = summary.histogram[s - 1];
        var percent = summary.count ? Math.round(votes * 100 / summary.count) : 0;
        var meter = root.querySelector('[data-civic-rating-bar="' + s + '"]');
        if (meter) {
          meter.value = percent;
          meter.textContent = percent + '%';
        }
        text(root.querySelector('[data-civic-rating-votes="' + s + '"]'), whole.format(votes));
      }
      if (summary.myScore) {
        showMine(summary.myScore);
      }
    }

    function showMine(score) {
      for (var i = 0; i < inputs.length; i++) {
        inputs[i].checked = parseInt(inputs[i].value, 10) === score;
      }
      highlight(score);
      fieldset.disabled = true;
      fieldset.classList.add('is-done');
      text(mine, msg('mine', [score]));
      mine.hidden = false;
    }

    function request(method, body) {
      return fetch(url, {
        method: method,
        credentials: 'same-origin',
        headers: body ? { 'Content-Type': 'application/json', 'Accept': 'application/json' } : { 'Accept': 'application/json' },
        body: body ? JSON.stringify(body) : undefined
      });
    }

    function refresh() {
      return request('GET').then(function (r) {
        return r.ok ? r.json().then(show) : null;
      }).catch(function () { /* the rendered numbers stay */ });
    }

    function send() {
      var score = chosen();
      if (!score) {
        announce(msg('choose'));
        return;
      }
      if (busy) {
        return;
      }
      busy = true;
      button.disabled = true;
      request('POST', { score: score }).then(function (r) {
        if (r.ok) {
          return r.json().then(function (summary) {
            show(summary);
            announce(msg('thanks', [whole.format(summary.count), oneDecimal.format(summary.average)]));
            // The button is gone with the disabled group: keep focus on the result instead of losing it.
            mine.focus();
          });
        }
        if (r.status === 409) {
          announce(msg('already'));
          return refresh();
        }
        announce(msg(r.status === 429 ? 'limited' : 'error'));
      }).catch(function () {
        announce(msg('error'));
      }).then(function () {
        busy = false;
        button.disabled = false;
      });
    }

    for (var i = 0; i < inputs.length; i++) {
      inputs[i].addEventListener('change', function () { highlight(chosen()); });
    }
    button.addEventListener('click', send);
    fieldset.hidden = false;
    refresh();
  }

  function init() {
    var roots = document.querySelectorAll('[data-civic-rating]');
    for (var i = 0; i < roots.length; i++) {
      widget(roots[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
