/*
 * civic-portal rating widget: live numbers and voting for every [data-civic-rating] block (templates/rating.ftl).
 * The page is cached for everyone, so this script fetches the current numbers and this visitor's own score,
 * shows the radio group, sends the chosen score, and updates the block in place. Deferred, after civic-widgets.js
 * (API calls, messages, announcements; the convention is described there).
 */
(function () {
  'use strict';
  var shared = window.civicWidgets;
  if (!shared) {
    return; // the rendered numbers stay
  }

  function text(el, value) {
    if (el) {
      el.textContent = value;
    }
  }

  function widget(root) {
    var id = root.getAttribute('data-civic-rating');
    var url = root.getAttribute('data-civic-api') + '/ratings/' + encodeURIComponent(id);
    var lang = shared.lang(root);
    var fieldset = root.querySelector('.civic-rating-choice');
    var inputs = root.querySelectorAll('.civic-rating-input');
    var labels = root.querySelectorAll('.civic-rating-option');
    var button = root.querySelector('.civic-rating-submit');
    var status = root.querySelector('[data-civic-rating-status]');
    var mine = root.querySelector('[data-civic-rating-mine]');
    var busy = false;

    function whole(n) {
      return shared.number(n, lang);
    }

    function oneDecimal(n) {
      return shared.number(n, lang, 1);
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
        labels[i].classList.toggle('civic-rating-option-on', i < score);
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
      text(root.querySelector('[data-civic-rating-total]'), whole(summary.total));
      text(root.querySelector('[data-civic-rating-count]'), whole(summary.count));
      text(root.querySelector('[data-civic-rating-average]'), oneDecimal(summary.average));
      stars(summary.average);
      for (var s = 1; s <= 5; s++) {
        var votes = summary.histogram[s - 1];
        var percent = summary.count ? Math.round(votes * 100 / summary.count) : 0;
        var meter = root.querySelector('[data-civic-rating-bar="' + s + '"]');
        if (meter) {
          meter.value = percent;
          meter.textContent = percent + '%';
        }
        text(root.querySelector('[data-civic-rating-votes="' + s + '"]'), whole(votes));
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
      fieldset.classList.add('civic-rating-choice-done');
      text(mine, shared.msg(root, 'mine', [score]));
      mine.hidden = false;
    }

    function refresh() {
      // When the numbers cannot be fetched, the rendered ones stay.
      return shared.request(url).then(function (answer) {
        if (answer.ok) {
          show(answer.body);
        }
      });
    }

    function send() {
      var score = chosen();
      if (!score) {
        shared.announce(status, shared.msg(root, 'choose'));
        return;
      }
      if (busy) {
        return;
      }
      busy = true;
      button.disabled = true;
      shared.request(url, 'POST', { score: score }).then(function (answer) {
        if (answer.ok) {
          var summary = answer.body;
          show(summary);
          shared.announce(status, shared.msg(root, 'thanks', [whole(summary.count), oneDecimal(summary.average)]));
          // The button is gone with the disabled group: keep focus on the result instead of losing it.
          mine.focus();
          return null;
        }
        shared.announce(status, shared.errorMessage(root, answer));
        // Already voted (on another page, or in another tab): show that vote.
        return answer.status === 409 ? refresh() : null;
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

  shared.start('[data-civic-rating]', widget);
}());
