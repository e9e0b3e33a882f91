/*
 * civic-portal opinion polls: makes every [data-civic-poll] widget rendered by templates/poll.ftl live.
 * The page is cacheable and carries no visitor state, so the script asks the API whether this visitor has voted,
 * enables voting, sends the vote without a reload and shows the results as text and bars. Deferred, after
 * civic-widgets.js (API calls, messages, announcements; the convention is described there); old browsers without
 * fetch keep the server-rendered widget.
 */
(function () {
  'use strict';
  var shared = window.civicWidgets;
  if (!shared) {
    return;
  }
  var STATES = ['scheduled', 'open', 'closed'];
  /** Refusals that mean the page was older than the poll's state. */
  var STALE = ['already_voted', 'poll_closed', 'poll_not_open'];

  function widget(root) {
    var url = root.getAttribute('data-civic-api') + '/polls/' + encodeURIComponent(root.getAttribute('data-civic-poll'));
    var min = parseInt(root.getAttribute('data-civic-min'), 10) || 1;
    var max = parseInt(root.getAttribute('data-civic-max'), 10) || 1;
    var multiple = root.getAttribute('data-civic-multiple') === 'true';
    var lang = shared.lang(root);
    var form = root.querySelector('.civic-poll-form');
    var fieldset = root.querySelector('.civic-poll-fieldset');
    var button = root.querySelector('.civic-poll-vote');
    var results = root.querySelector('.civic-poll-results');
    var status = root.querySelector('.civic-poll-status');
    var busy = false;

    function text(name, args) {
      return shared.msg(root, name, args);
    }

    function number(n) {
      return shared.number(n, lang);
    }

    function day(iso) {
      try {
        return new Date(iso).toLocaleDateString(lang);
      } catch (e) {
        return iso;
      }
    }

    /** An error is announced even when it repeats the last one; the poll's state only when it changed. */
    function say(message, isError) {
      if (!status) {
        return;
      }
      if (isError) {
        shared.announce(status, message);
      } else {
        shared.update(status, message);
      }
      status.classList.toggle('civic-poll-status-error', !!isError);
    }

    function inputs() {
      return Array.prototype.slice.call(root.querySelectorAll('.civic-poll-option input'));
    }

    function vote() {
      if (busy) {
        return;
      }
      var chosen = inputs().filter(function (i) {
        return i.checked;
      }).map(function (i) {
        return i.value;
      });
      if (chosen.length === 0) {
        say(text('choose'), true);
        return;
      }
      if (multiple && (chosen.length < min || chosen.length > max)) {
        say(text('count', [min, max]), true);
        return;
      }
      busy = true;
      button.disabled = true;
      shared.request(url + '/votes', 'POST', { options: chosen }).then(function (answer) {
        busy = false;
        button.disabled = false;
        if (answer.ok) {
          render(answer.body, true);
          return;
        }
        var message = shared.errorMessage(root, answer);
        say(message, true);
        if (STALE.indexOf(answer.error) >= 0) {
          // Show the poll as it is now, keeping the explanation.
          shared.request(url).then(function (current) {
            if (current.ok) {
              render(current.body, false);
              say(message, true);
            }
          });
        }
      });
    }

    function render(state, justVoted) {
      var open = state.status === 'open';
      var canVote = open && !state.hasVoted;
      STATES.forEach(function (s) {
        root.classList.toggle('civic-poll-' + s, s === state.status);
      });
      if (fieldset) {
        fieldset.disabled = !canVote;
      }
      if (button) {
        button.hidden = !canVote;
      }
      root.classList.toggle('civic-poll-voted', !!state.hasVoted);
      root.classList.toggle('civic-poll-done', !canVote && !!state.resultsVisible);
      showResults(state);

      var parts = [];
      if (state.status === 'scheduled') {
        parts.push(text('status-scheduled', [day(state.opensAt)]));
      } else if (state.status === 'closed') {
        parts.push(text('status-closed'));
      } else if (state.hasVoted) {
        parts.push(text('status-voted'));
      }
      if (justVoted && state.resultsVisible) {
        parts.push(text('total', [number(state.totalVotes)]) + '.');
      }
      if (!state.resultsVisible && (state.hasVoted || state.status === 'closed')) {
        parts.push(text(state.closesAt && state.status !== 'closed' ? 'status-results-later' : 'status-results-private'));
      }
      if (open && !state.hasVoted && state.closesAt) {
        parts.push(text('status-closes-at', [day(state.closesAt)]));
      }
      say(parts.join(' '), false);
      if (justVoted && state.resultsVisible) {
        results.focus();
      }
    }

    function showResults(state) {
      if (!results) {
        return;
      }
      if (!state.resultsVisible) {
        results.hidden = true;
        return;
      }
      var list = results.querySelector('.civic-poll-bars');
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      state.options.forEach(function (o) {
        var item = document.createElement('li');
        item.className = 'civic-poll-result';
        var label = document.createElement('span');
        label.className = 'civic-poll-result-label';
        label.textContent = o.label;
        var bar = document.createElement('progress');
        bar.className = 'civic-poll-bar';
        bar.max = 100;
        bar.value = o.percent;
        bar.setAttribute('aria-hidden', 'true');
        var count = document.createElement('span');
        count.className = 'civic-poll-result-count';
        count.textContent = text('option-votes', [number(o.votes), o.percent]);
        item.appendChild(label);
        item.appendChild(bar);
        item.appendChild(count);
        list.appendChild(item);
      });
      results.querySelector('.civic-poll-total').textContent = text('total', [number(state.totalVotes)]);
      results.hidden = false;
    }

    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        vote();
      });
    }
    shared.request(url).then(function (answer) {
      if (answer.ok) {
        render(answer.body, false);
      }
    });
  }

  shared.start('[data-civic-poll]', widget);
}());
