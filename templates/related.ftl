[#ftl output_format="HTML"]
[#--
  "Tin liên quan". Import:
    [#import "/civic-portal/templates/macros/related.ftl" as rel]
  Macro:
    [@rel.related site items/]
        items: List<ItemSummary> (e.g. civicfn.related(item, 5)). <section> with h2 and a list of title links
        with dates; nothing at all when the list is empty.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]

[#macro related site items]
[#if items?has_content]
<section class="civic-related" aria-labelledby="civic-related-title">
  <h2 id="civic-related-title">${i18n['civic.site.related']}</h2>
  <ul>
  [#list items as item]
    <li><a href="${site.href(item)}">${item.title}</a>[#if item.publishDate??] <time datetime="${u.isoDate(item.publishDate)}">(${u.date(item.publishDate)})</time>[/#if]</li>
  [/#list]
  </ul>
</section>
[/#if]
[/#macro]
