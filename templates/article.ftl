[#ftl output_format="HTML"]
[#--
  An article's page body. Import:
    [#import "/civic-portal/templates/macros/article.ftl" as a]
  Macros:
    [@a.article site item]...[/@a.article]
        item: org.civicportal.content.Article. <article> with header (category, h1 title, meta line, accessibility
        toolbar, share bar), lead, image, body (sanitised rich text), the rating widget (when the item is
        rateable), then the nested content, attachments and tags.
    Parts, reused by report.ftl:
    [@a.header site item]...[/@a.header]   category, h1, nested (report facts), meta line, toolbar and share bar
    [@a.meta item/]                        date, author, source (a link when its URL is http(s))
    [@a.lead item/]  [@a.image item/] (the lead image, not lazy)  [@a.body item/]  [@a.attachments item/]  [@a.tags item/]
    [@a.rating site item/]                 the rating widget (rating.ftl) when the item is rateable and civicfn is there
    [@a.views site item/]                  "Lượt xem" (views.ftl) when civicfn is there, in the header under the meta line
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]
[#import "/civic-portal/templates/macros/toolbar.ftl" as tb]
[#import "/civic-portal/templates/macros/share.ftl" as sh]
[#import "/civic-portal/templates/macros/rating.ftl" as rt]
[#import "/civic-portal/templates/macros/views.ftl" as vw]
[#import "/civic-portal/templates/macros/image.ftl" as img]

[#macro article site item]
<article class="civic-item civic-item-${item.kind.key}" data-civic-item="${item.id}" aria-labelledby="civic-item-title">
[@header site item/]
[@lead item/]
[@image item/]
[@body item/]
[@rating site item/]
[#nested]
[@attachments item/]
[@tags item/]
</article>
[/#macro]

[#macro header site item]
<header class="civic-item-header">
  [#if item.category?has_content]
  <p class="civic-category">${item.category}</p>
  [/#if]
  <h1 id="civic-item-title" class="civic-item-title">${item.title}</h1>
  [#nested]
  [@meta item/]
  [@views site item/]
  <div class="civic-item-tools">
    [@tb.toolbar/]
    [@sh.share site item/]
  </div>
</header>
[/#macro]

[#macro meta item]
[#local sourceHref = u.safeUrl(item.sourceUrl)]
[#if item.publishDate?? || item.author?has_content || item.sourceName?has_content || sourceHref?has_content]
<p class="civic-meta">
  [#if item.publishDate??]
  <span class="civic-meta-date">${i18n['civic.site.meta.date']} <time datetime="${u.isoDate(item.publishDate)}">${u.date(item.publishDate)}</time></span>
  [/#if]
  [#if item.author?has_content]
  <span class="civic-meta-author">${i18n['civic.site.meta.author']} <span class="civic-author">${item.author}</span></span>
  [/#if]
  [#if item.sourceName?has_content || sourceHref?has_content]
  <span class="civic-meta-source">${i18n['civic.site.meta.source']} [#if sourceHref?has_content]<a href="${sourceHref}" rel="noopener noreferrer external">${item.sourceName?has_content?then(item.sourceName, sourceHref)}</a>[#else]${item.sourceName}[/#if]</span>
  [/#if]
</p>
[/#if]
[/#macro]

[#macro lead item]
[#if item.lead?has_content]
<p class="civic-lead">${item.lead}</p>
[/#if]
[/#macro]

[#-- The lead image: in the first screen, so loaded at once; as wide as the text column (46rem) at most. --]
[#macro image item]
[#if item.image?? && u.safeUrl(item.image.url)?has_content]
<figure class="civic-figure">
  [@img.image image=item.image sizes="(min-width: 46rem) 46rem, 100vw" lazy=false/]
</figure>
[/#if]
[/#macro]

[#macro body item]
[#if item.bodyHtml?has_content]
[#-- Sanitised by the content layer (RichText.sanitize) when read from the repository. --]
<div class="civic-body">${item.bodyHtml?no_esc}</div>
[/#if]
[/#macro]

[#macro attachments item]
[#if item.attachments?has_content]
<section class="civic-attachments" aria-labelledby="civic-attachments-title">
  <h2 id="civic-attachments-title">${i18n['civic.site.attachments']}</h2>
  <ul>
  [#list item.attachments as file]
    [#local href = u.safeUrl(file.url)]
    [#local label = (file.title?? && file.title?has_content)?then(file.title, href)]
    [#if href?has_content]
    <li><a href="${href}">${label}</a></li>
    [#elseif label?has_content]
    <li>${label}</li>
    [/#if]
  [/#list]
  </ul>
</section>
[/#if]
[/#macro]

[#macro tags item]
[#if item.tags?has_content]
<div class="civic-tags">
  <h2 class="civic-sr">${i18n['civic.site.tags']}</h2>
  <ul aria-label="${i18n['civic.site.tags']}">
  [#list item.tags as tag]
    <li>${tag}</li>
  [/#list]
  </ul>
</div>
[/#if]
[/#macro]

[#-- civicfn (Magnolia's function set; the standalone's page model) supplies the numbers known at render time. --]
[#macro views site item]
[#if civicfn??]
[@vw.count site=site itemId=item.id views=civicfn.views(item)!/]
[/#if]
[/#macro]

[#macro rating site item]
[#if item.rateable && civicfn??]
[#local summary = civicfn.rating(item)!]
[#if summary?has_content]
[@rt.rating site=site itemId=item.id summary=summary/]
[/#if]
[/#if]
[/#macro]
