/*
 * The statistics dashboard's script: the chart of visitors and page views (uPlot, loaded before this script) drawn
 * into the box the style sheet reserves for it, from the same series JSON the table below it was rendered from; the
 * key figures' copy button; and the period form switching to "custom" when a date is picked. Without JavaScript, or
 * if loading fails, the tables and the form still tell the whole story.
 */
(function () {
  'use strict';

  var shared = window.civicWidgets;
  var body = document.body;
  var base = body.getAttribute('data-civic-stats');

  function seconds(period) {
    var p = period.split('-');
    return Date.UTC(parseInt(p[0], 10), p.length > 1 ? parseInt(p[1], 10) - 1 : 0, p.length > 2 ? parseInt(p[2], 10) : 1) / 1000;
  }

  // Colours from the style sheet, so the high-contrast theme (and the text colour of the axes) applies.
  function color(name) {
    return window.getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function headerText(table, index) {
    var th = table ? table.querySelectorAll('thead th')[index] : null;
    return th ? th.textContent : '';
  }

  // The legend is the page's own (totals, no hover needed); uPlot's is off. The box keeps its reserved height.
  function draw(el, rows, table) {
    var data = [rows.map(function (r) { return seconds(r.period); }),
      rows.map(function (r) { return r.visitors; }),
      rows.map(function (r) { return r.pageViews; })];
    var points = { show: rows.length < 60 };
    var series = [{ label: headerText(table, 0) },
      { label: headerText(table, 1), stroke: color('--civic-chart-visitors'), width: 2, points: points },
      { label: headerText(table, 2), stroke: color('--civic-chart-pageViews'), width: 2, points: points }];
    var axis = { stroke: color('--civic-text'), grid: { stroke: color('--civic-border') }, ticks: { stroke: color('--civic-border') } };
    el.textContent = '';
    /* global uPlot */
    new uPlot({ width: Math.max(240, el.clientWidth), height: el.clientHeight, series: series, axes: [axis, axis],
      legend: { show: false }, scales: { x: { time: true } } }, data, el);
    el.setAttribute('data-civic-rendered', 'true');
  }

  function chart() {
    var el = document.querySelector('[data-civic-chart="traffic"]');
    if (!el || !base || typeof window.uPlot !== 'function' || !shared || !window.fetch) {
      return;
    }
    var params = 'period=' + encodeURIComponent(body.getAttribute('data-civic-period'))
      + '&from=' + encodeURIComponent(body.getAttribute('data-civic-from'))
      + '&to=' + encodeURIComponent(body.getAttribute('data-civic-to'))
      + '&granularity=' + encodeURIComponent(body.getAttribute('data-civic-granularity'));
    shared.request(base + '/api/series?' + params).then(function (answer) {
      if (answer.ok && answer.body) {
        draw(el, answer.body.rows, document.querySelector('[data-civic-table="series"]'));
      }
    }).catch(function () { /* The table already shows the figures. */ });
  }

  // Tab-separated rows paste as a table into word processors and spreadsheets.
  function tableText(table) {
    var lines = [];
    var caption = table.querySelector('caption');
    if (caption) {
      lines.push(caption.textContent.trim());
    }
    Array.prototype.forEach.call(table.querySelectorAll('tr'), function (tr) {
      lines.push(Array.prototype.map.call(tr.children, function (cell) {
        return cell.textContent.trim();
      }).join('\t'));
    });
    return lines.join('\n');
  }

  function copyButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-civic-table-copy]'), function (button) {
      var table = document.getElementById(button.getAttribute('data-civic-table-copy'));
      var status = button.parentNode.querySelector('[data-civic-table-copy-status]');
      if (!table || !navigator.clipboard || !shared) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        // A browser may leave the write pending (a permission it never asks for): after a while that is a failure.
        var answered = false;
        function answer(key) {
          if (!answered) {
            answered = true;
            shared.announce(status, button.getAttribute(key));
          }
        }
        window.setTimeout(function () { answer('data-civic-msg-failed'); }, 3000);
        navigator.clipboard.writeText(tableText(table)).then(function () {
          answer('data-civic-msg-copied');
        }, function () {
          answer('data-civic-msg-failed');
        });
      });
    });
  }

  function customOnDate() {
    var select = document.querySelector('[data-civic-period-select]');
    if (!select) {
      return;
    }
    Array.prototype.forEach.call(select.form.querySelectorAll('input[type="date"]'), function (input) {
      input.addEventListener('change', function () {
        select.value = 'custom';
      });
    });
  }

  customOnDate();
  copyButtons();
  chart();
}());
