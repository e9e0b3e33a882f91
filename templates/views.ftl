[#ftl output_format="HTML"]
[#--
  An article's or report's page views ("Lượt xem") and the "most read" list ("Tin đọc nhiều"). Import:
    [#import "/civic-portal/templates/macros/views.ftl" as vw]
  Macros:
    [@vw.count site itemId views/]
        "Lượt xem: 1.234" under the item's title. views: the count when the page was rendered (civicfn.views(item));
        pages are cached for everyone, so civic-visits.js names the item in its beacon and then refreshes the count
        from /views/{itemId}. Nothing when views is missing (the count could not be read).
    [@vw.mostRead site entries days headingLevel=2 heading=""/]
        The most viewed articles and reports of the last days, most viewed first, with their views: entries is
        civicfn.mostRead(days, count) (org.civicportal.content.ViewedItem), days 7 or 30 (named under the heading);
        heading replaces "Tin đọc nhiều". As known when the page was rendered (a cached page shows it until the page
        cache is flushed, as the latest items do).
--]
[#import "/civic-portal/templates/macros/visits.ftl" as visits]

[#macro count site itemId views=""]
[#if views?has_content]
<p class="civic-meta civic-views" data-civic-views="${itemId}" data-civic-group="${i18n['civic.site.number.group']}">
  ${i18n['civic.views.label']} <span data-civic-views-count>${visits.number(views)}</span>
</p>
[/#if]
[/#macro]

[#macro mostRead site entries days headingLevel=2 heading=""]
[#local h = "h" + headingLevel?c]
[#local uid = "civic-most-read-" + days?c]
<section class="civic-most-read" aria-labelledby="${uid}-title">
  <${h} id="${uid}-title" class="civic-most-read-title">${heading?has_content?then(heading, i18n['civic.views.mostRead.title'])}</${h}>
  <p class="civic-most-read-period">${i18n.get('civic.views.mostRead.period', [days?c])}</p>
  [#if entries?has_content]
  <ol class="civic-most-read-list">
  [#list entries as entry]
    <li><a href="${site.href(entry.item)}">${entry.item.title}</a> <span class="civic-most-read-views">${i18n.get('civic.views.mostRead.views', [visits.number(entry.views)])}</span></li>
  [/#list]
  </ol>
  [#else]
  <p class="civic-most-read-none">${i18n['civic.views.mostRead.none']}</p>
  [/#if]
</section>
[/#macro]
