[#ftl output_format="HTML"]
[#--
  The visit counter block and the page-view tracker. Import:
    [#import "/civic-portal/templates/macros/visits.ftl" as visits]
  Macros:
    [@visits.counter site summary headingLevel=2/]
        "Thống kê truy cập": visits today, yesterday, this month ("Tháng 11"), this year ("Năm 2026"), in total,
        and visitors online, as known when the page was rendered (readable without JavaScript); civic-visits.js
        refreshes them from /visits/summary. summary: org.civicportal.visits.VisitSummary (civicfn.visits()).
        Nothing in it depends on the visitor, so the page stays cacheable.
    [@visits.tracker site/]
        On every page (the layout's footer calls it): the beacon script, and a <noscript> pixel that the API
        attributes to the page through the Referer header.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]

[#function number n]
  [#return u.groupDigits(n?c, i18n['civic.site.number.group'])]
[/#function]

[#macro counter site summary headingLevel=2]
[#local h = "h" + headingLevel?c]
[#local rows = [
  {'field': 'today', 'label': i18n['civic.visits.today'], 'template': ''},
  {'field': 'yesterday', 'label': i18n['civic.visits.yesterday'], 'template': ''},
  {'field': 'thisMonth', 'label': i18n.get('civic.visits.month', [summary.month?c]), 'template': i18n['civic.visits.month']},
  {'field': 'thisYear', 'label': i18n.get('civic.visits.year', [summary.year?c]), 'template': i18n['civic.visits.year']},
  {'field': 'total', 'label': i18n['civic.visits.total'], 'template': ''},
  {'field': 'online', 'label': i18n['civic.visits.online'], 'template': ''}
]]
<link rel="stylesheet" href="${site.resource('css/civic-visits.css')}">
<section class="civic-visits" data-civic-visits data-civic-api="${site.apiBase}" data-civic-group="${i18n['civic.site.number.group']}" data-civic-date="${summary.date}" aria-labelledby="civic-visits-title">
  <${h} id="civic-visits-title" class="civic-visits-title">${i18n['civic.visits.title']}</${h}>
  <dl class="civic-visits-list">
  [#list rows as row]
    <div class="civic-visits-row civic-visits-${row.field}">
      <dt[#if row.template?has_content] data-civic-template="${row.template}"[/#if]>${row.label}</dt>
      <dd data-civic-visits-field="${row.field}">${number(summary[row.field])}</dd>
    </div>
  [/#list]
  </dl>
</section>
[/#macro]

[#macro tracker site]
<script src="${site.resource('js/civic-visits.js')}" data-civic-api="${site.apiBase}" defer></script>
<noscript><img class="civic-visits-pixel" src="${site.apiBase}/visits/pixel.gif" alt="" width="1" height="1"></noscript>
[/#macro]
