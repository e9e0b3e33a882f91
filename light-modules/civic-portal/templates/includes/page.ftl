[#ftl output_format="HTML"]
[#--
  What civic-portal's Magnolia page templates share. Import:
    [#import "/civic-portal/templates/includes/page.ftl" as frame]
  [@frame.page site title description="" crumbs=[] canonical="" pageClass="" item="" robots=""]...[/@frame.page]
      The macro library's document frame (layout.page), with Magnolia's page editor marker ([@cms.page/]) at the
      end of the head: the framework-neutral layout.page calls it as its headExtra. item (the article or report
      shown) and robots go to the page metadata.
  [@frame.notFound site/]
      The not-found document: status 404 for visitors (editors on the author instance keep the page, so they can
      fix it in the page dialog).
  frame.item(kind, page)
      The article or report ("article" | "report") a detail page shows: the one picked in the page dialog
      (property "item", a JCR identifier), else the one named by the "name" request parameter (the module forwards
      /articles/{name} and /reports/{name} to the detail page with ?name={name}). false when there is none.
  frame.localized(site, page, name)
      A translatable page property (a dialog field with i18n: true) in the page's language, "" when the editor has
      not given it in that language; as the editor typed it (this template's HTML output escapes it once).
--]
[#import "/civic-portal/templates/macros/layout.ftl" as layout]
[#import "/civic-portal/templates/macros/notfound.ftl" as nf]

[#macro page site title description="" crumbs=[] canonical="" pageClass="" item="" robots=""]
[@layout.page site=site title=title description=description crumbs=crumbs canonical=canonical pageClass=pageClass headExtra=cms.page item=item robots=robots]
[#nested]
[/@layout.page]
[/#macro]

[#macro notFound site]
[#if !cmsfn.authorInstance]${ctx.response.setStatus(404)!}[/#if][#t]
[@page site=site title=i18n['civic.site.notFound.title'] description=i18n['civic.seo.description.notFound'] robots="noindex" pageClass="civic-page-notfound"]
[@nf.notFound site=site/]
[/@page]
[/#macro]

[#function item kind page]
  [#if page.item?has_content]
    [#return civicfn.byId(kind, page.item)!false]
  [/#if]
  [#return civicfn.byName(kind, ctx.getParameter("name")!"")!false]
[/#function]

[#function localized site page name]
  [#-- Magnolia's i18n content support keeps the site's default language's value (Vietnamese: the site's
       defaultLocale, and the language without URL prefix) in "name" and another language's in "name_<lang>".
       page[name] would answer an English page with the Vietnamese value when there is no English one.
       Magnolia hands templates content whose strings are HTML-escaped already; decode, or "&" would show as "&amp;". --]
  [#local raw = cmsfn.decode(page)]
  [#if site.defaultLang]
    [#return raw[name]!""]
  [/#if]
  [#return raw[name + "_" + site.lang]!""]
[/#function]
