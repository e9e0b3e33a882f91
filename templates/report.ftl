[#ftl output_format="HTML"]
[#--
  An activity report's page body. Import:
    [#import "/civic-portal/templates/macros/report.ftl" as r]
  Macros:
    [@r.report site item]...[/@r.report]
        item: org.civicportal.content.Report. Like an article (header with toolbar and share bar, lead, body)
        plus the reporting period and organisation unit, the key figures as a table, one section per field of
        activity, the next-period plan; then the nested content (e.g. the rating widget), attachments and tags.
    Parts:
    [@r.facts item/]        <dl>: period ("Quý III năm 2019" / "Q3 2019") and organisation unit
    [@r.keyFigures item/]   <table> label | value (in the reader's number format) | unit
    [@r.sections item/]     <section><h2>field</h2>rich text</section> per section
    [@r.plan item/]         the next-period plan
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]
[#import "/civic-portal/templates/macros/article.ftl" as a]

[#macro report site item]
<article class="civic-item civic-item-report" data-civic-item="${item.id}" aria-labelledby="civic-item-title">
[@a.header site item][@facts item/][/@a.header]
[@a.lead item/]
[@a.image item/]
[@a.body item/]
[@keyFigures item/]
[@sections item/]
[@plan item/]
[@a.rating site item/]
[#nested]
[@a.attachments item/]
[@a.tags item/]
</article>
[/#macro]

[#macro facts item]
[#if item.period?? || item.organisationUnit?has_content]
<dl class="civic-facts">
  [#if item.period??]
  <div><dt>${i18n['civic.site.report.period']}</dt><dd class="civic-period">${u.period(item.period)}</dd></div>
  [/#if]
  [#if item.organisationUnit?has_content]
  <div><dt>${i18n['civic.site.report.unit']}</dt><dd class="civic-unit">${item.organisationUnit}</dd></div>
  [/#if]
</dl>
[/#if]
[/#macro]

[#macro keyFigures item]
[#if item.keyFigures?has_content]
<section class="civic-figures" aria-labelledby="civic-figures-title">
  <h2 id="civic-figures-title">${i18n['civic.site.report.figures']}</h2>
  <div class="civic-table-scroll">
  <table class="civic-table">
    <thead>
      <tr>
        <th scope="col">${i18n['civic.site.report.figures.label']}</th>
        <th scope="col" class="civic-num">${i18n['civic.site.report.figures.value']}</th>
        <th scope="col">${i18n['civic.site.report.figures.unit']}</th>
      </tr>
    </thead>
    <tbody>
    [#list item.keyFigures as figure]
      <tr>
        <th scope="row">${figure.label!}</th>
        <td[#if u.isNumeric(figure.value!)] class="civic-num"[/#if]>${u.figure(figure.value!)}</td>
        <td>${figure.unit}</td>
      </tr>
    [/#list]
    </tbody>
  </table>
  </div>
</section>
[/#if]
[/#macro]

[#macro sections item]
[#list item.sections as section]
<section class="civic-section">
  [#if section.field?? && section.field?has_content]
  <h2>${section.field}</h2>
  [/#if]
  [#if section.bodyHtml?? && section.bodyHtml?has_content]
  [#-- Sanitised by the content layer. --]
  <div class="civic-body">${section.bodyHtml?no_esc}</div>
  [/#if]
</section>
[/#list]
[/#macro]

[#macro plan item]
[#if item.nextPeriodPlanHtml?has_content]
<section class="civic-plan" aria-labelledby="civic-plan-title">
  <h2 id="civic-plan-title">${i18n['civic.site.report.plan']}</h2>
  [#-- Sanitised by the content layer. --]
  <div class="civic-body">${item.nextPeriodPlanHtml?no_esc}</div>
</section>
[/#if]
[/#macro]
