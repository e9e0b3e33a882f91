[#ftl output_format="HTML"]
[#--
  The home page body. Import:
    [#import "/civic-portal/templates/macros/home.ftl" as h]
  Macro:
    [@h.home site reports articles]...sidebar widgets...[/@h.home]
        reports, articles: ResultPage<ItemSummary> (civicfn.latest) or plain lists of ItemSummary.
        Two columns: the latest reports and the latest articles, each with a link to its listing; the nested
        content goes into the sidebar (poll, visit counter).
--]
[#import "/civic-portal/templates/macros/layout.ftl" as layout]
[#import "/civic-portal/templates/macros/listing.ftl" as l]

[#macro home site reports articles]
<h1 class="civic-sr">${site.siteName}</h1>
[@layout.columns]
[@layout.primary]
  [@latest site reports "report" 1/]
  [@latest site articles "article"/]
[/@layout.primary]
[@layout.sidebar][#nested][/@layout.sidebar]
[/@layout.columns]
[/#macro]

[#-- eagerImages: thumbnails in the first screen (the first section's first), loaded at once. --]
[#macro latest site items kind eagerImages=0]
<section class="civic-home-section civic-home-${kind}" aria-labelledby="civic-home-${kind}-title">
  <h2 id="civic-home-${kind}-title">${i18n['civic.site.home.latest.' + kind]}</h2>
  [@l.items site items?is_sequence?then(items, items.items) 3 eagerImages/]
  <p class="civic-more"><a href="${site.listingHrefFor(kind, 1)}">${i18n['civic.site.home.all.' + kind]}</a></p>
</section>
[/#macro]
