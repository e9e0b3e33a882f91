[#ftl output_format="HTML"]
[#--
  The 404 page body (the server sets the status). Import:
    [#import "/civic-portal/templates/macros/notfound.ftl" as nf]
  Macro:
    [@nf.notFound site/]   h1, an explanation, and links to the home page and both listings.
  Title for layout.page: i18n['civic.site.notFound.title'].
--]

[#macro notFound site]
<section class="civic-notfound" aria-labelledby="civic-notfound-title">
  <h1 id="civic-notfound-title">${i18n['civic.site.notFound.title']}</h1>
  <p>${i18n['civic.site.notFound.text']}</p>
  <ul>
    <li><a href="${site.homeHref}">${i18n['civic.site.notFound.home']}</a></li>
    <li><a href="${site.listingHrefFor('report', 1)}">${i18n['civic.site.kind.report']}</a></li>
    <li><a href="${site.listingHrefFor('article', 1)}">${i18n['civic.site.kind.article']}</a></li>
  </ul>
</section>
[/#macro]
