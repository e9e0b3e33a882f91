/*
 * civic-portal opinion polls: makes every [data-civic-poll] widget rendered by templates/poll.ftl live.
 * The page is cacheable and carries no visitor state, so the script asks the API whether this visitor has voted,
 * enables voting, sends the vote without a reload and shows the results as text and bars.
 * No dependencies; old browsers without fetch keep the server-rendered widget.
 */
(function () {
  'use strict';

  if (!window.fetch || !document.querySelector) {
    return;
  }

  function format(message, args) {
    return String(message).replace(/\{(\d+)\}/g, function (m, i) {
      return i < args.length ? String(args[i]) : m;
    });
  }

  function number(n) {
    var lang = document.documentElement.lang || 'vi';
    try {
      return Number(n).toLocaleString(lang);
    } catch (e) {
      return String(n);
    }
  }

  function day(iso) {
    var lang = document.documentElement.lang || 'vi';
    try {
      return new Date(iso).toLocaleDateString(lang);
    } catch (e) {
      return iso;
    }
  }

  function Poll(root) {
    this.root = root;
    this.id = root.getAttribute('data-civic-poll');
    this.url = root.getAttribute('data-api') + '/polls/' + encodeURIComponent(this.id);
    this.min = parseInt(root.getAttribute('data-min'), 10) || 1;
    this.max = parseInt(root.getAttribute('data-max'), 10) || 1;
    this.multiple = root.getAttribute('data-multiple') === 'true';
    try {
      this.msg = JSON.parse(root.getAttribute('data-messages') || '{}');
    } catch (e) {
      this.msg = {};
    }
    this.form = root.querySelector('.civic-poll__form');
    this.fieldset = root.querySelector('.civic-poll__fieldset');
    this.button = root.querySelector('.civic-poll__vote');
    this.results = root.querySelector('.civic-poll__results');
    this.status = root.querySelector('.civic-poll__status');
    this.busy = false;
  }

  Poll.prototype.text = function (key, args) {
    return format(this.msg[key] || key, args || []);
  };

  Poll.prototype.inputs = function () {
    return Array.prototype.slice.call(this.root.querySelectorAll('.civic-poll__option input'));
  };

  Poll.prototype.start = function () {
    var self = this;
    if (this.form) {
      this.form.addEventListener('submit', function (event) {
        event.preventDefault();
        self.vote();
      });
    }
    this.request('GET').then(function (r) {
      if (r.ok) {
        self.render(r.body, false);
      }
    });
  };

  Poll.prototype.request = function (method, body) {
    var init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    var url = method === 'POST' ? this.url + '/votes' : this.url;
    return fetch(url, init).then(function (response) {
      return response.json().then(function (json) {
        return {ok: response.ok, status: response.status, body: json};
      }, function () {
        return {ok: false, status: response.status, body: {}};
      });
    }, function () {
      return {ok: false, status: 0, body: {}};
    });
  };

  Poll.prototype.vote = function () {
    if (this.busy) {
      return;
    }
    var chosen = this.inputs().filter(function (i) {
      return i.checked;
    }).map(function (i) {
      return i.value;
    });
    if (chosen.length === 0) {
      this.say(this.text('error.choose'), true);
      return;
    }
    if (this.multiple && (chosen.length < this.min || chosen.length > this.max)) {
      this.say(this.text('error.count', [this.min, this.max]), true);
      return;
    }
    var self = this;
    this.busy = true;
    this.button.disabled = true;
    this.request('POST', {options: chosen}).then(function (r) {
      self.busy = false;
      self.button.disabled = false;
      if (r.ok) {
        self.render(r.body, true);
        return;
      }
      var code = r.body && r.body.error;
      var known = ['already_voted', 'poll_closed', 'poll_not_open', 'rate_limited'];
      self.say(self.text(known.indexOf(code) >= 0 ? 'error.' + code : 'error.generic'), true);
      if (code === 'already_voted' || code === 'poll_closed' || code === 'poll_not_open') {
        // The page was older than the poll's state: show the current one, keeping the explanation.
        var message = self.status.textContent;
        self.request('GET').then(function (g) {
          if (g.ok) {
            self.render(g.body, false);
            self.say(message, true);
          }
        });
      }
    });
  };

  Poll.prototype.render = function (state, justVoted) {
    var open = state.status === 'open';
    var canVote = open && !state.hasVoted;
    this.root.className = this.root.className.replace(/civic-poll--\w+/, 'civic-poll--' + state.status);
    if (this.fieldset) {
      this.fieldset.disabled = !canVote;
    }
    if (this.button) {
      this.button.hidden = !canVote;
    }
    this.root.classList.toggle('civic-poll--voted', !!state.hasVoted);
    this.root.classList.toggle('civic-poll--done', !canVote && !!state.resultsVisible);
    this.showResults(state);

    var parts = [];
    if (state.status === 'scheduled') {
      parts.push(this.text('status.scheduled', [day(state.opensAt)]));
    } else if (state.status === 'closed') {
      parts.push(this.text('status.closed'));
    } else if (state.hasVoted) {
      parts.push(this.text('status.voted'));
    }
    if (justVoted && state.resultsVisible) {
      parts.push(this.text('total', [number(state.totalVotes)]) + '.');
    }
    if (!state.resultsVisible && (state.hasVoted || state.status === 'closed')) {
      parts.push(this.text(state.closesAt && state.status !== 'closed' ? 'status.resultsLater' : 'status.resultsPrivate'));
    }
    if (open && !state.hasVoted && state.closesAt) {
      parts.push(this.text('status.closesAt', [day(state.closesAt)]));
    }
    this.say(parts.join(' '), false);
    if (justVoted && state.resultsVisible) {
      this.results.focus();
    }
  };

  Poll.prototype.showResults = function (state) {
    if (!this.results) {
      return;
    }
    if (!state.resultsVisible) {
      this.results.hidden = true;
      return;
    }
    var list = this.results.querySelector('.civic-poll__bars');
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    var self = this;
    state.options.forEach(function (o) {
      var item = document.createElement('li');
      item.className = 'civic-poll__result';
      var label = document.createElement('span');
      label.className = 'civic-poll__result-label';
      label.textContent = o.label;
      var bar = document.createElement('progress');
      bar.className = 'civic-poll__bar';
      bar.max = 100;
      bar.value = o.percent;
      bar.setAttribute('aria-hidden', 'true');
      var count = document.createElement('span');
      count.className = 'civic-poll__result-count';
      count.textContent = self.text('option.votes', [number(o.votes), o.percent]);
      item.appendChild(label);
      item.appendChild(bar);
      item.appendChild(count);
      list.appendChild(item);
    });
    this.results.querySelector('.civic-poll__total').textContent = this.text('total', [number(state.totalVotes)]);
    this.results.hidden = false;
  };

  Poll.prototype.say = function (message, isError) {
    if (this.status) {
      this.status.textContent = message;
      this.status.classList.toggle('civic-poll__status--error', !!isError);
    }
  };

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-civic-poll]'), function (root) {
      new Poll(root).start();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
