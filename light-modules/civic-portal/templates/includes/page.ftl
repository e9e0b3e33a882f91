[#ftl output_format="HTML"]
[#--
  What civic-portal's Magnolia page templates share. Import:
    [#import "/civic-portal/templates/includes/page.ftl" as frame]
  [@frame.page site title description="" crumbs=[] canonical="" pageClass=""]...main content...[/@frame.page]
      The document, built from the macro library's layout parts, plus Magnolia's page editor marker
      ([@cms.page/]) in the head, which the framework-neutral layout.page cannot emit.
  frame.item(kind, page)
      The article or report ("article" | "report") a detail page shows: the one picked in the page dialog
      (property "item", a JCR identifier), else the one named by the "name" request parameter (the module forwards
      /articles/{name} and /reports/{name} to the detail page with ?name={name}). false when there is none.
  frame.localized(site, page, name)
      A translatable page property (a dialog field with i18n: true) in the page's language, "" when the editor has
      not given it in that language; as the editor typed it (this template's HTML output escapes it once).
--]
[#import "/civic-portal/templates/macros/layout.ftl" as layout]

[#macro page site title description="" crumbs=[] canonical="" pageClass=""]
<!DOCTYPE html>
<html lang="${site.lang}" class="civic-no-js">
<head>
[@layout.head site=site title=title description=description canonical=canonical/]
[@cms.page/]
</head>
<body class="civic-page[#if pageClass?has_content] ${pageClass}[/#if]">
[@layout.header site=site/]
[@layout.breadcrumb crumbs=crumbs/]
<main id="civic-main" class="civic-main civic-wrap" tabindex="-1">
[#nested]
</main>
[@layout.footer site=site/]
</body>
</html>
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
  [#if site.lang == "vi"]
    [#return raw[name]!""]
  [/#if]
  [#return raw[name + "_" + site.lang]!""]
[/#function]
