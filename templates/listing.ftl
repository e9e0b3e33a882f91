[#ftl output_format="HTML"]
[#--
  Lists of items and the pager. Import:
    [#import "/civic-portal/templates/macros/listing.ftl" as l]
  Macros:
    [@l.listing site page kind title=""/]
        A listing page body: h1 (title, or the kind's name), the items of page (ResultPage<ItemSummary>),
        then the pager. kind: "article" or "report" (pager links use site.listingHrefFor(kind, n)).
    [@l.items site items headingLevel=2 eagerImages=0/]
        <ul> of items (ItemSummary): thumbnail, title link, kind and date, lead. Nothing when empty but a "no items"
        note. Thumbnails load lazily but for the first eagerImages items (those in the first screen).
    [@l.pager site page kind/]
        Previous / numbered / next links, "Trang x / y", aria-current="page" on the current page; nothing when
        there is one page.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]
[#import "/civic-portal/templates/macros/image.ftl" as img]

[#macro listing site page kind title=""]
<section class="civic-listing" aria-labelledby="civic-listing-title">
  <h1 id="civic-listing-title">${title?has_content?then(title, u.kindLabel(kind))}</h1>
  [@items site page.items 2 1/]
  [@pager site page kind/]
</section>
[/#macro]

[#macro items site items headingLevel=2 eagerImages=0]
[#if items?has_content]
<ul class="civic-list">
[#list items as item]
  <li class="civic-list-item civic-item-${item.kind.key}">
    [#if item.image??]
    [@img.image image=item.image class="civic-list-image" sizes="(max-width: 40em) 6rem, 9rem" lazy=(item?index >= eagerImages)/]
    [/#if]
    <h${headingLevel?c} class="civic-list-title"><a href="${site.href(item)}">${item.title}</a></h${headingLevel?c}>
    <p class="civic-list-meta"><span class="civic-kind">${u.kindLabel(item.kind.key)}</span>[#if item.publishDate??] <time datetime="${u.isoDate(item.publishDate)}">${u.date(item.publishDate)}</time>[/#if]</p>
    [#if item.lead?has_content]
    <p class="civic-list-lead">${item.lead}</p>
    [/#if]
  </li>
[/#list]
</ul>
[#else]
<p class="civic-empty">${i18n['civic.site.listing.empty']}</p>
[/#if]
[/#macro]

[#macro pager site page kind]
[#if page.totalPages > 1]
<nav class="civic-pager" aria-label="${i18n['civic.site.pager.label']}">
  <p class="civic-pager-status">${i18n.get('civic.site.pager.status', [page.page?c, page.totalPages?c])}</p>
  <ul>
    <li class="civic-pager-prev">
    [#if page.hasPrevious]
      <a rel="prev" href="${site.listingHrefFor(kind, page.page - 1)}">${i18n['civic.site.pager.previous']}</a>
    [#else]
      <span aria-disabled="true">${i18n['civic.site.pager.previous']}</span>
    [/#if]
    </li>
    [#list u.pageWindow(page.page, page.totalPages) as n]
    [#if n == 0]
    <li class="civic-pager-gap" aria-hidden="true">…</li>
    [#else]
    <li><a href="${site.listingHrefFor(kind, n)}" aria-label="${i18n.get('civic.site.pager.page', [n?c])}"[#if n == page.page] aria-current="page"[/#if]>${n?c}</a></li>
    [/#if]
    [/#list]
    <li class="civic-pager-next">
    [#if page.hasNext]
      <a rel="next" href="${site.listingHrefFor(kind, page.page + 1)}">${i18n['civic.site.pager.next']}</a>
    [#else]
      <span aria-disabled="true">${i18n['civic.site.pager.next']}</span>
    [/#if]
    </li>
  </ul>
</nav>
[/#if]
[/#macro]
