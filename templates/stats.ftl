[#ftl output_format="HTML"]
[#--
  The editors' visit statistics dashboard, a whole page rendered by org.civicportal.web.StatsServlet (in
  Magnolia also shown inside the author UI by the visit-statistics app). Model: lang, i18n, resources
  (ResourceVersions.Base: resources.url(path) is a static file's versioned URL),
  statsBase (the servlet's URL), error (a refused parameter, or null), from, to, granularity ("day" | "month" |
  "year"), series (StatsRow list), tops (dimension key -> rows of key, count and, for pages, title: the path
  itself when no better name is known),
  polls (org.civicportal.poll.PollView list, newest first), rated ("top-rated" | "most-rated" -> rows of kind,
  title, href, average (one decimal), count; all-time, not narrowed by the range).
  Works without JavaScript: the range form reloads the page and every chart's data is also a table;
  civic-stats.js draws the charts (uPlot, from its WebJar) from the same JSON the tables come from.
  Styled and operated like the public site (civic-portal.css, the visitor's stored font size and contrast applied
  before paint, the same toolbar and skip link), with civic-stats.css for what is the dashboard's own.
--]
[#import "/civic-portal/templates/macros/visits.ftl" as visits]
[#import "/civic-portal/templates/macros/toolbar.ftl" as tb]
[#assign query = "from=" + from?url + "&to=" + to?url]
<!DOCTYPE html>
<html lang="${lang}" class="civic-no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${i18n['civic.stats.title']}</title>
<link rel="stylesheet" href="${statsBase}/lib/uPlot.min.css">
<link rel="stylesheet" href="${resources.url('css/civic-portal.css')}">
<link rel="stylesheet" href="${resources.url('css/civic-stats.css')}">
[#-- Synchronous on purpose, as on the public pages: font size and contrast before the first paint. --]
<script src="${resources.url('js/civic-prefs.js')}"></script>
<script src="${resources.url('js/civic-widgets.js')}" defer></script>
<script src="${resources.url('js/civic-portal.js')}" defer></script>
<script src="${statsBase}/lib/uPlot.iife.min.js" defer></script>
<script src="${resources.url('js/civic-stats.js')}" defer></script>
</head>
<body class="civic-stats" data-civic-stats="${statsBase}" data-civic-from="${from}" data-civic-to="${to}" data-civic-granularity="${granularity}">
<a class="civic-skip" href="#civic-main">${i18n['civic.site.skip']}</a>
<header class="civic-stats-header">
  <h1>${i18n['civic.stats.title']}</h1>
  [@tb.toolbar/]
  [#if lang == "vi"]<a href="${statsBase}/?${query}&amp;granularity=${granularity}&amp;lang=en" lang="en" hreflang="en">English</a>[#else]<a href="${statsBase}/?${query}&amp;granularity=${granularity}" lang="vi" hreflang="vi">Tiếng Việt</a>[/#if]
</header>
<main id="civic-main" class="civic-main" tabindex="-1">
<form class="civic-stats-range" method="get" action="${statsBase}/">
  <label>${i18n['civic.stats.from']} <input type="date" name="from" value="${from}"></label>
  <label>${i18n['civic.stats.to']} <input type="date" name="to" value="${to}"></label>
  <label>${i18n['civic.stats.granularity']}
    <select name="granularity">
    [#list ["day", "month", "year"] as g]
      <option value="${g}"[#if g == granularity] selected[/#if]>${i18n['civic.stats.granularity.' + g]}</option>
    [/#list]
    </select>
  </label>
  [#if lang != "vi"]<input type="hidden" name="lang" value="${lang}">[/#if]
  <button type="submit">${i18n['civic.stats.show']}</button>
</form>
[#if error??]
<p class="civic-stats-error" role="alert">${error}</p>
[/#if]

<section class="civic-stats-section" aria-labelledby="civic-stats-series-title">
  <h2 id="civic-stats-series-title">${i18n['civic.stats.series']}</h2>
  <div class="civic-stats-chart" data-civic-chart="traffic" role="img" aria-label="${i18n['civic.stats.chart.traffic']}"></div>
  <div class="civic-stats-chart" data-civic-chart="excluded" role="img" aria-label="${i18n['civic.stats.chart.excluded']}"></div>
  <table class="civic-stats-table" data-civic-table="series">
    <caption>${i18n['civic.stats.series']} (${from} – ${to})</caption>
    <thead><tr>
      <th scope="col">${i18n['civic.stats.period']}</th>
      <th scope="col">${i18n['civic.stats.pageViews']}</th>
      <th scope="col">${i18n['civic.stats.visits']}</th>
      <th scope="col">${i18n['civic.stats.visitors']}</th>
      <th scope="col">${i18n['civic.stats.excluded']}</th>
    </tr></thead>
    <tbody>
    [#list series as row]
      <tr><th scope="row">${row.period}</th><td>${visits.number(row.pageViews)}</td><td>${visits.number(row.visits)}</td><td>${visits.number(row.visitors)}</td><td>${visits.number(row.excluded)}</td></tr>
    [/#list]
    </tbody>
  </table>
  <p><a class="civic-stats-csv" href="${statsBase}/export.csv?${query}&amp;granularity=${granularity}">${i18n['civic.stats.csv']}</a></p>
</section>

[#list tops as key, rows]
<section class="civic-stats-section civic-stats-top" aria-labelledby="civic-stats-${key}-title">
  <h2 id="civic-stats-${key}-title">${i18n['civic.stats.top.' + key]}</h2>
  [#if rows?has_content]
  <table class="civic-stats-table" data-civic-table="${key}">
    <thead><tr>
      <th scope="col">${i18n['civic.stats.rank']}</th>
      <th scope="col">${i18n['civic.stats.top.' + key + '.key']}</th>
      <th scope="col">${i18n[(key == 'pages')?then('civic.stats.pageViews', (key == 'robots')?then('civic.stats.excluded', 'civic.stats.visits'))]}</th>
    </tr></thead>
    <tbody>
    [#list rows as row]
      <tr><td>${row?counter}</td><td>[#if row.title?? && row.title != row.key]${row.title} <span class="civic-stats-path">${row.key}</span>[#else]${row.key}[/#if]</td><td>${visits.number(row.count)}</td></tr>
    [/#list]
    </tbody>
  </table>
  <p><a class="civic-stats-csv" href="${statsBase}/export.csv?${query}&amp;view=${key}&amp;limit=500">${i18n['civic.stats.csv']}</a></p>
  [#else]
  <p>${i18n['civic.stats.none']}</p>
  [/#if]
</section>
[/#list]
<section class="civic-stats-section" aria-labelledby="civic-stats-polls-title">
  <h2 id="civic-stats-polls-title">${i18n['civic.stats.polls']}</h2>
  [#if polls?has_content]
  [#list polls as poll]
  <table class="civic-stats-table" data-civic-table="poll">
    <caption>${poll.question}</caption>
    <thead><tr>
      <th scope="col">${i18n['civic.stats.polls.option']}</th>
      <th scope="col">${i18n['civic.stats.polls.votes']}</th>
      <th scope="col">%</th>
    </tr></thead>
    <tbody>
    [#list poll.options as option]
      <tr><td>${option.label}</td>[#if poll.resultsVisible]<td>${visits.number(option.votes!0)}</td><td>${option.percent!0}</td>[#else]<td colspan="2">${i18n['civic.stats.polls.hidden']}</td>[/#if]</tr>
    [/#list]
    </tbody>
  </table>
  [/#list]
  [#else]
  <p>${i18n['civic.stats.none']}</p>
  [/#if]
</section>
[#list rated as key, rows]
<section class="civic-stats-section civic-stats-rated" aria-labelledby="civic-stats-${key}-title">
  <h2 id="civic-stats-${key}-title">${i18n['civic.stats.rated.' + key]}</h2>
  [#if rows?has_content]
  <table class="civic-stats-table" data-civic-table="${key}">
    <caption>${i18n['civic.stats.rated.' + key + '.caption']}</caption>
    <thead><tr>
      <th scope="col">${i18n['civic.stats.rank']}</th>
      <th scope="col">${i18n['civic.stats.rated.item']}</th>
      <th scope="col">${i18n['civic.stats.rated.average']}</th>
      <th scope="col">${i18n['civic.stats.rated.count']}</th>
    </tr></thead>
    <tbody>
    [#list rows as row]
      <tr><td>${row?counter}</td><th scope="row"><a href="${row.href}">${row.title}</a></th><td>${row.average}</td><td>${visits.number(row.count)}</td></tr>
    [/#list]
    </tbody>
  </table>
  <p><a class="civic-stats-csv" href="${statsBase}/export.csv?${query}&amp;view=${key}&amp;limit=500">${i18n['civic.stats.csv']}</a></p>
  [#else]
  <p>${i18n['civic.stats.rated.none']}</p>
  [/#if]
</section>
[/#list]
<p class="civic-stats-note">${i18n['civic.stats.note']}</p>
</main>
</body>
</html>
