[#ftl output_format="HTML"]
[#--
  The editors' visit statistics dashboard, a whole page rendered by org.civicportal.stats.DashboardPage (in
  Magnolia also shown inside the author UI by the visit-statistics app). Model: lang, i18n, resources
  (ResourceVersions.Base: resources.url(path) is a static file's versioned URL), statsBase (the servlet's URL), contextPath, error (a refused parameter, or null), period (a preset key or
  "custom"), presets (their keys), from, to, previousFrom, previousTo, granularity ("day" | "month" | "year"),
  overview (org.civicportal.stats.Overview), series (StatsRow list at that granularity), daily (StatsRow list, one a
  day), content (TopContent.Row list), sources (Sources), devices (TopEntry list), details (dimension key -> TopEntry
  list), figures (ActivityFigures), polls (PollView list with results, newest first), rated ("top-rated" |
  "most-rated" -> RatedItem list, all time).
  Order: what answers "how many, and is it more than before" first (one 1280x800 screen), then what, from where, on
  what, the key figures for activity reports, polls and ratings, and the detailed tables (the daily one folded).
  Works without JavaScript: the form reloads the page and the chart's data is also a table; civic-stats.js draws
  the chart (uPlot, a static file like the others) into space reserved by the style sheet.
--]
[#import "/civic-portal/templates/macros/visits.ftl" as visits]
[#import "/civic-portal/templates/macros/toolbar.ftl" as tb]
[#assign query = "period=" + period?url + "&from=" + from?url + "&to=" + to?url + (lang == "vi")?then("", "&lang=" + lang)]
[#macro change figure]
  [#if figure.change??]
    [#assign c = figure.change]
    <span class="civic-stats-change [#if c > 0]civic-stats-up[#elseif c < 0]civic-stats-down[/#if]">${(c > 0)?then("+", "")}${c} %<span class="civic-sr"> ${i18n['civic.stats.overview.vsPrevious']}</span></span>
  [#else]
    <span class="civic-stats-change">${i18n['civic.stats.overview.noPrevious']}</span>
  [/#if]
[/#macro]
[#macro csv view extra=""]
  <a class="civic-stats-csv" href="${statsBase}/export.csv?${query}&amp;view=${view}${extra}">${i18n['civic.stats.csv']}<span class="civic-sr"> (${i18n['civic.stats.csv.' + view]})</span></a>
[/#macro]
<!DOCTYPE html>
<html lang="${lang}" class="civic-no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${i18n['civic.stats.title']}</title>
<link rel="stylesheet" href="${resources.url('lib/uplot/uPlot.min.css')}">
<link rel="stylesheet" href="${resources.url('css/civic-portal.css')}">
<link rel="stylesheet" href="${resources.url('css/civic-stats.css')}">
[#-- Synchronous on purpose, as on the public pages: font size and contrast before the first paint. --]
<script src="${resources.url('js/civic-prefs.js')}"></script>
<script src="${resources.url('js/civic-widgets.js')}" defer></script>
<script src="${resources.url('js/civic-portal.js')}" defer></script>
<script src="${resources.url('lib/uplot/uPlot.iife.min.js')}" defer></script>
<script src="${resources.url('js/civic-stats.js')}" defer></script>
</head>
<body class="civic-stats" data-civic-stats="${statsBase}" data-civic-period="${period}" data-civic-from="${from}" data-civic-to="${to}" data-civic-granularity="${granularity}">
<a class="civic-skip" href="#civic-main">${i18n['civic.site.skip']}</a>
<header class="civic-stats-header">
  <h1>${i18n['civic.stats.title']}</h1>
  [@tb.toolbar/]
  [#if lang == "vi"]<a href="${statsBase}/?${query}&amp;granularity=${granularity}&amp;lang=en" lang="en" hreflang="en">English</a>[#else]<a href="${statsBase}/?period=${period?url}&amp;from=${from?url}&amp;to=${to?url}&amp;granularity=${granularity}" lang="vi" hreflang="vi">Tiếng Việt</a>[/#if]
</header>
<main id="civic-main" class="civic-main" tabindex="-1">
<form class="civic-stats-range" method="get" action="${statsBase}/">
  <label class="civic-stats-field">${i18n['civic.stats.period']}
    <select name="period" class="civic-stats-control" data-civic-period-select>
    [#list presets as p]
      <option value="${p}"[#if p == period] selected[/#if]>${i18n['civic.stats.preset.' + p]}</option>
    [/#list]
    </select>
  </label>
  <label class="civic-stats-field">${i18n['civic.stats.from']} <input class="civic-stats-control" type="date" name="from" value="${from}" aria-describedby="civic-stats-dates-hint"></label>
  <label class="civic-stats-field">${i18n['civic.stats.to']} <input class="civic-stats-control" type="date" name="to" value="${to}" aria-describedby="civic-stats-dates-hint"></label>
  <label class="civic-stats-field">${i18n['civic.stats.granularity']}
    <select name="granularity" class="civic-stats-control">
    [#list ["day", "month", "year"] as g]
      <option value="${g}"[#if g == granularity] selected[/#if]>${i18n['civic.stats.granularity.' + g]}</option>
    [/#list]
    </select>
  </label>
  [#if lang != "vi"]<input type="hidden" name="lang" value="${lang}">[/#if]
  <button type="submit" class="civic-stats-button">${i18n['civic.stats.show']}</button>
  <p id="civic-stats-dates-hint" class="civic-stats-hint">${i18n['civic.stats.dates.hint']}</p>
</form>
[#if error??]
<p class="civic-stats-error" role="alert">${error}</p>
[/#if]

<section class="civic-stats-overview" aria-labelledby="civic-stats-overview-title">
  <h2 id="civic-stats-overview-title">${i18n['civic.stats.overview']} <span class="civic-stats-range-text">${from} – ${to}</span></h2>
  <p class="civic-stats-hint">${i18n.get('civic.stats.overview.compared', [previousFrom, previousTo])}</p>
  <dl class="civic-stats-figures" data-civic-overview>
    [#list [["visitors", overview.visitors], ["visits", overview.visits], ["pageViews", overview.pageViews], ["viewsPerVisit", overview.viewsPerVisit]] as f]
    <div class="civic-stats-figure" data-civic-figure="${f[0]}">
      <dt>${i18n['civic.stats.' + f[0]]}</dt>
      <dd><span class="civic-stats-value">[#if f[0] == "viewsPerVisit"]${f[1].value?string["0.0"]}[#else]${visits.number(f[1].value)}[/#if]</span> [@change f[1]/]</dd>
    </div>
    [/#list]
    <div class="civic-stats-figure" data-civic-figure="online">
      <dt>${i18n['civic.stats.online']}</dt>
      <dd><span class="civic-stats-value">${visits.number(overview.online)}</span> <span class="civic-stats-change">${i18n['civic.stats.online.hint']}</span></dd>
    </div>
  </dl>
</section>

<section class="civic-stats-section" aria-labelledby="civic-stats-series-title">
  <h2 id="civic-stats-series-title">${i18n['civic.stats.series']}</h2>
  <ul class="civic-stats-legend">
    <li><span class="civic-stats-swatch civic-stats-swatch-visitors"></span>${i18n['civic.stats.visitors']}: <strong>${visits.number(overview.visitors.value)}</strong></li>
    <li><span class="civic-stats-swatch civic-stats-swatch-pageViews"></span>${i18n['civic.stats.pageViews']}: <strong>${visits.number(overview.pageViews.value)}</strong></li>
  </ul>
  <div class="civic-stats-chart" data-civic-chart="traffic" role="img" aria-label="${i18n['civic.stats.chart.traffic']}"></div>
  <details class="civic-stats-details">
    <summary>${i18n.get('civic.stats.series.table', [series?size])}</summary>
    <table class="civic-stats-table" data-civic-table="series">
      <caption>${i18n['civic.stats.series']} (${from} – ${to})</caption>
      <thead><tr>
        <th scope="col">${i18n['civic.stats.period.row']}</th>
        <th scope="col">${i18n['civic.stats.visitors']}</th>
        <th scope="col">${i18n['civic.stats.pageViews']}</th>
        <th scope="col">${i18n['civic.stats.visits']}</th>
        <th scope="col">${i18n['civic.stats.excluded']}</th>
      </tr></thead>
      <tbody>
      [#list series as row]
        <tr><th scope="row">${row.period}</th><td>${visits.number(row.visitors)}</td><td>${visits.number(row.pageViews)}</td><td>${visits.number(row.visits)}</td><td>${visits.number(row.excluded)}</td></tr>
      [/#list]
      </tbody>
    </table>
  </details>
  <p>[@csv "series" "&granularity=" + granularity/]</p>
</section>

<div class="civic-stats-grid">
<section class="civic-stats-section civic-stats-content" aria-labelledby="civic-stats-content-title">
  <h2 id="civic-stats-content-title">${i18n['civic.stats.content']}</h2>
  [#if content?has_content]
  <table class="civic-stats-table" data-civic-table="content">
    <thead><tr>
      <th scope="col">${i18n['civic.stats.content.page']}</th>
      <th scope="col">${i18n['civic.stats.pageViews']}</th>
      <th scope="col">${i18n['civic.stats.rated.average']}</th>
      <th scope="col">${i18n['civic.stats.rated.count']}</th>
    </tr></thead>
    <tbody>
    [#list content as row]
      <tr><th scope="row"><a href="${row.path}">${row.title}</a> <span class="civic-stats-path">[#if row.kind??]${i18n['civic.stats.page.' + row.kind]}[#else]${i18n['civic.stats.page.' + row.type]}[/#if]</span></th><td>${visits.number(row.views)}</td><td>${(row.average?string["0.0"])!"–"}</td><td>[#if row.kind??]${visits.number(row.ratings)}[#else]–[/#if]</td></tr>
    [/#list]
    </tbody>
  </table>
  <p>[@csv "content" "&limit=500"/]</p>
  [#else]
  <p>${i18n['civic.stats.none']}</p>
  [/#if]
</section>

<section class="civic-stats-section civic-stats-sources" aria-labelledby="civic-stats-sources-title">
  <h2 id="civic-stats-sources-title">${i18n['civic.stats.sources']}</h2>
  <table class="civic-stats-table" data-civic-table="sources">
    <thead><tr>
      <th scope="col">${i18n['civic.stats.sources.source']}</th>
      <th scope="col">${i18n['civic.stats.visits']}</th>
    </tr></thead>
    <tbody>
    [#list sources.groups as g]
      <tr class="civic-stats-group"><th scope="row">${i18n['civic.stats.source.' + g.key]}</th><td>${visits.number(g.visits)}</td></tr>
      [#list g.domains as d]
      [#if d?index < 5]
      <tr class="civic-stats-domain"><th scope="row">[#if d.key == "(other)"]${i18n['civic.stats.source.otherDomains']}[#else]${d.key}[/#if]</th><td>${visits.number(d.count)}</td></tr>
      [/#if]
      [/#list]
    [/#list]
    </tbody>
  </table>
  <p>[@csv "sources"/]</p>
</section>

<section class="civic-stats-section civic-stats-devices" aria-labelledby="civic-stats-devices-title">
  <h2 id="civic-stats-devices-title">${i18n['civic.stats.top.devices']}</h2>
  [#if devices?has_content]
  <table class="civic-stats-table" data-civic-table="devices">
    <thead><tr>
      <th scope="col">${i18n['civic.stats.top.devices.key']}</th>
      <th scope="col">${i18n['civic.stats.visits']}</th>
    </tr></thead>
    <tbody>
    [#list devices as d]
      <tr><th scope="row">${i18n['civic.stats.device.' + d.key]}</th><td>${visits.number(d.count)}</td></tr>
    [/#list]
    </tbody>
  </table>
  <p>[@csv "devices" "&limit=500"/]</p>
  [#else]
  <p>${i18n['civic.stats.none']}</p>
  [/#if]
</section>
</div>

<section class="civic-stats-section" aria-labelledby="civic-stats-figures-title">
  <h2 id="civic-stats-figures-title">${i18n['civic.stats.figures']}</h2>
  <p class="civic-stats-hint">${i18n['civic.stats.figures.hint']} <a href="${statsBase}/?period=last-quarter${(lang == "vi")?then("", "&amp;lang=" + lang)}">${i18n['civic.stats.preset.last-quarter']}</a> · <a href="${statsBase}/?period=quarter${(lang == "vi")?then("", "&amp;lang=" + lang)}">${i18n['civic.stats.preset.quarter']}</a></p>
  <table class="civic-stats-table civic-stats-keyfigures" id="civic-stats-keyfigures" data-civic-table="figures">
    <caption>${i18n['civic.stats.figures']} (${figures.from} – ${figures.to})</caption>
    <thead><tr><th scope="col">${i18n['civic.stats.figures.figure']}</th><th scope="col">${i18n['civic.stats.figures.value']}</th></tr></thead>
    <tbody>
      <tr data-civic-key="items"><th scope="row">${i18n['civic.stats.figures.items']}</th><td>${visits.number(figures.items)}</td></tr>
      <tr data-civic-key="articles"><th scope="row">${i18n['civic.stats.figures.articles']}</th><td>${visits.number(figures.articles)}</td></tr>
      [#list figures.articlesPerCategory as category, n]
      <tr class="civic-stats-domain" data-civic-key="articles-category"><th scope="row">${(category == "")?then(i18n['civic.stats.figures.noCategory'], category)}</th><td>${visits.number(n)}</td></tr>
      [/#list]
      <tr data-civic-key="reports"><th scope="row">${i18n['civic.stats.figures.reports']}</th><td>${visits.number(figures.reports)}</td></tr>
      [#list figures.reportsPerCategory as category, n]
      <tr class="civic-stats-domain" data-civic-key="reports-category"><th scope="row">${(category == "")?then(i18n['civic.stats.figures.noCategory'], category)}</th><td>${visits.number(n)}</td></tr>
      [/#list]
      <tr data-civic-key="pageViews"><th scope="row">${i18n['civic.stats.pageViews']}</th><td>${visits.number(figures.pageViews)}</td></tr>
      <tr data-civic-key="visitors"><th scope="row">${i18n['civic.stats.visitors']}</th><td>${visits.number(figures.visitors)}</td></tr>
      <tr data-civic-key="ratings"><th scope="row">${i18n['civic.stats.figures.ratings']}</th><td>${visits.number(figures.ratings)}</td></tr>
      <tr data-civic-key="pollAnswers"><th scope="row">${i18n['civic.stats.figures.pollAnswers']}</th><td>${visits.number(figures.pollAnswers)}</td></tr>
    </tbody>
  </table>
  <p class="civic-stats-actions">
    <button type="button" class="civic-stats-button" data-civic-table-copy="civic-stats-keyfigures" data-civic-msg-copied="${i18n['civic.stats.figures.copied']}" data-civic-msg-failed="${i18n['civic.stats.figures.copyFailed']}" hidden>${i18n['civic.stats.figures.copy']}</button>
    [@csv "figures"/]
    <span class="civic-stats-status" role="status" data-civic-table-copy-status></span>
  </p>
</section>

<section class="civic-stats-section" aria-labelledby="civic-stats-polls-title">
  <h2 id="civic-stats-polls-title">${i18n['civic.stats.polls']}</h2>
  <p class="civic-stats-hint">${i18n['civic.stats.polls.hint']}</p>
  [#if polls?has_content]
  [#list polls as poll]
  <table class="civic-stats-table" data-civic-table="poll" data-civic-poll-id="${poll.pollId}">
    <caption>${poll.question} <span class="civic-stats-path">${i18n['civic.stats.polls.status.' + poll.statusKey]} · ${i18n.get('civic.stats.polls.ballots', [visits.number(poll.totalVotes!0)])}</span></caption>
    <thead><tr>
      <th scope="col">${i18n['civic.stats.polls.option']}</th>
      <th scope="col">${i18n['civic.stats.polls.votes']}</th>
      <th scope="col">%</th>
    </tr></thead>
    <tbody>
    [#list poll.options as option]
      <tr><th scope="row">${option.label}</th><td>${visits.number(option.votes!0)}</td><td>${option.percent!0}</td></tr>
    [/#list]
    </tbody>
  </table>
  [/#list]
  <p>[@csv "polls"/]</p>
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
      <tr><td>${row?counter}</td><th scope="row"><a href="${contextPath}/${row.item.kind.pathSegment}/${row.item.name}">${row.item.title}</a></th><td>${row.rating.average?string["0.0"]}</td><td>${visits.number(row.rating.count)}</td></tr>
    [/#list]
    </tbody>
  </table>
  <p>[@csv key "&limit=500"/]</p>
  [#else]
  <p>${i18n['civic.stats.rated.none']}</p>
  [/#if]
</section>
[/#list]

<section class="civic-stats-section" aria-labelledby="civic-stats-details-title">
  <h2 id="civic-stats-details-title">${i18n['civic.stats.details']}</h2>
  <div class="civic-stats-grid">
  [#list details as key, rows]
  <section class="civic-stats-top" aria-labelledby="civic-stats-${key}-title">
    <h3 id="civic-stats-${key}-title">${i18n['civic.stats.top.' + key]}</h3>
    [#if rows?has_content]
    <table class="civic-stats-table" data-civic-table="${key}">
      <thead><tr>
        <th scope="col">${i18n['civic.stats.top.' + key + '.key']}</th>
        <th scope="col">${i18n[(key == 'pages')?then('civic.stats.pageViews', (key == 'robots')?then('civic.stats.excluded', 'civic.stats.visits'))]}</th>
      </tr></thead>
      <tbody>
      [#list rows as row]
        <tr><th scope="row">${row.key}</th><td>${visits.number(row.count)}</td></tr>
      [/#list]
      </tbody>
    </table>
    <p>[@csv key "&limit=500"/]</p>
    [#else]
    <p>${i18n['civic.stats.none']}</p>
    [/#if]
  </section>
  [/#list]
  </div>
</section>
<p class="civic-stats-note">${i18n['civic.stats.note']}</p>
</main>
</body>
</html>
