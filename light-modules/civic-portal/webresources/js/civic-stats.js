/*
 * Charts of the visit statistics dashboard: the series JSON the tables below were rendered from, drawn with
 * uPlot and fetched through civic-widgets.js (both loaded before this script). Without JavaScript, or if loading
 * fails, the tables stay the whole story.
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

  function label(table, index) {
    var th = table ? table.querySelectorAll('thead th')[index] : null;
    return th ? th.textContent : '';
  }

  // Colours from the style sheet, so the high-contrast theme (and the text colour of the axes) applies.
  function color(name) {
    return window.getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function draw(el, rows, fields, table) {
    var data = [rows.map(function (r) { return seconds(r.period); })];
    var series = [{ label: label(table, 0) }];
    fields.forEach(function (f) {
      data.push(rows.map(function (r) { return r[f.name]; }));
      series.push({ label: label(table, f.column), stroke: color('--civic-chart-' + f.name), width: 2, points: { show: rows.length < 60 } });
    });
    var axis = { stroke: color('--civic-text'), grid: { stroke: color('--civic-border') }, ticks: { stroke: color('--civic-border') } };
    var width = Math.max(280, el.clientWidth || 600);
    el.textContent = '';
    /* global uPlot */
    var chart = new uPlot({ width: width, height: 260, series: series, axes: [axis, axis], scales: { x: { time: true } } }, data, el);
    el.setAttribute('data-civic-rendered', 'true');
    return chart;
  }

  if (!base || typeof window.uPlot !== 'function' || !shared || !window.fetch) {
    return;
  }
  var params = 'from=' + encodeURIComponent(body.getAttribute('data-civic-from'))
    + '&to=' + encodeURIComponent(body.getAttribute('data-civic-to'))
    + '&granularity=' + encodeURIComponent(body.getAttribute('data-civic-granularity'));
  shared.request(base + '/api/series?' + params).then(function (answer) {
    if (!answer.ok || !answer.body) {
      return;
    }
    var rows = answer.body.rows;
    var table = document.querySelector('[data-civic-table="series"]');
    var traffic = document.querySelector('[data-civic-chart="traffic"]');
    var excluded = document.querySelector('[data-civic-chart="excluded"]');
    if (traffic) {
      draw(traffic, rows, [{ name: 'pageViews', column: 1 }, { name: 'visits', column: 2 }, { name: 'visitors', column: 3 }], table);
    }
    if (excluded) {
      draw(excluded, rows, [{ name: 'excluded', column: 4 }], table);
    }
  }).catch(function () { /* The tables already show the figures. */ });
}());
