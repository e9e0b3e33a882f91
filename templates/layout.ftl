[#ftl output_format="HTML"]
[#--
  Page frame of the civic-portal site. Import:
    [#import "/civic-portal/templates/macros/layout.ftl" as layout]
  Macros:
    [@layout.page site title description="" crumbs=[] canonical="" pageClass="" section="" headExtra="" item="" robots=""]...main content...[/@layout.page]
        The whole document: <title> is "title – site name" (pass the page's own title only), <html lang=site.lang>, head (CSS, the before-paint prefs script, the deferred
        widgets' shared script and site script), skip link, header (site name, main navigation, language switch), breadcrumb, <main>, footer.
        headExtra: a directive called at the end of <head>, e.g. Magnolia's page editor marker (headExtra=cms.page:
        the light module's includes/page.ftl passes it); the macros themselves stay framework-neutral.
        crumbs: a sequence of {'label': text, 'href': url} (the last one, the current page, needs no href);
        u.itemTrail(site, item) builds it for an article or report. canonical: absolute URL of the page.
        section: "home", "report" or "article": marks that main navigation link as the current section.
        description, item (the article or report a page shows) and robots go to the page metadata (meta.ftl):
        meta description (the site's when empty), Open Graph, Twitter card, hreflang, feeds, NewsArticle JSON-LD.
    [@layout.head site title description="" canonical="" item="" robots=""/]   the <head> contents alone
    [@layout.header site section=""/]                       skip link and site header alone
    [@layout.footer site/]                                  site footer alone, with the page-view tracker
    [@layout.breadcrumb crumbs/]                            <nav> with an ordered list, aria-current on the last
    [@layout.columns]...[/@layout.columns]                  two-column body: put a primary and a sidebar inside
    [@layout.primary]...[/@layout.primary]                  the main column
    [@layout.sidebar label=""]...[/@layout.sidebar]         <aside> for widgets (poll, visit counter)
  No inline script or style anywhere: the pages run under a CSP without 'unsafe-inline'.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]
[#import "/civic-portal/templates/macros/visits.ftl" as visits]
[#import "/civic-portal/templates/macros/meta.ftl" as meta]
[#import "/civic-portal/templates/macros/search.ftl" as search]

[#macro page site title description="" crumbs=[] canonical="" pageClass="" section="" headExtra="" item="" robots=""]
<!DOCTYPE html>
<html lang="${site.lang}" class="civic-no-js">
<head>
[@head site title description canonical item robots/]
[#if headExtra?is_directive][@headExtra/][/#if]
</head>
<body class="civic-page[#if pageClass?has_content] ${pageClass}[/#if]">
[@header site section/]
[@breadcrumb crumbs/]
<main id="civic-main" class="civic-main civic-wrap" tabindex="-1">
[#nested]
</main>
[@footer site/]
</body>
</html>
[/#macro]

[#macro head site title description="" canonical="" item="" robots=""]
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}[#if title != site.siteName] – ${site.siteName}[/#if]</title>
[@meta.tags site=site title=title description=description canonical=canonical item=item robots=robots/]
<link rel="stylesheet" href="${site.resourcesBase}/css/civic-portal.css">
<link rel="stylesheet" href="${site.resourcesBase}/css/civic-search.css">
[#-- Synchronous on purpose: applies the visitor's font size and contrast before the first paint. --]
<script src="${site.resourcesBase}/js/civic-prefs.js"></script>
[#-- Deferred scripts run in document order: the widgets' shared script before any widget's own (in <body>). --]
<script src="${site.resourcesBase}/js/civic-widgets.js" defer></script>
<script src="${site.resourcesBase}/js/civic-portal.js" defer></script>
[/#macro]

[#macro header site section=""]
<a class="civic-skip" href="#civic-main">${i18n['civic.site.skip']}</a>
<header class="civic-header">
  <div class="civic-wrap civic-header-inner">
    <a class="civic-brand" href="${site.homeHref}">${site.siteName}</a>
    <nav class="civic-nav" aria-label="${i18n['civic.site.nav.label']}">
      <ul>
        <li><a href="${site.homeHref}"[@current section "home"/]>${i18n['civic.site.home']}</a></li>
        <li><a href="${site.listingHrefFor('report', 1)}"[@current section "report"/]>${i18n['civic.site.kind.report']}</a></li>
        <li><a href="${site.listingHrefFor('article', 1)}"[@current section "article"/]>${i18n['civic.site.kind.article']}</a></li>
      </ul>
    </nav>
    [@search.box site/]
    <a class="civic-lang" href="${site.alternateLangHref}" hreflang="${i18n['civic.site.lang.other']}" lang="${i18n['civic.site.lang.other']}">${i18n['civic.site.lang.switch']}</a>
  </div>
</header>
[/#macro]

[#macro current section link][#if section == link] aria-current="true"[/#if][/#macro]

[#macro breadcrumb crumbs]
[#if crumbs?has_content]
<nav class="civic-breadcrumb civic-wrap" aria-label="${i18n['civic.site.breadcrumb.label']}">
  <ol>
  [#list crumbs as crumb]
    [#if crumb?has_next && crumb.href?? && crumb.href?has_content]
    <li><a href="${crumb.href}">${crumb.label}</a></li>
    [#else]
    <li><span aria-current="page">${crumb.label}</span></li>
    [/#if]
  [/#list]
  </ol>
</nav>
[/#if]
[/#macro]

[#macro footer site]
<footer class="civic-footer">
  <div class="civic-wrap">
    <p class="civic-footer-name">${site.siteName}</p>
    <p>${i18n['civic.site.footer.note']}</p>
  </div>
</footer>
[@visits.tracker site/]
[/#macro]

[#macro columns]
<div class="civic-columns">
[#nested]
</div>
[/#macro]

[#macro primary]
<div class="civic-primary">
[#nested]
</div>
[/#macro]

[#macro sidebar label=""]
<aside class="civic-sidebar" aria-label="${label?has_content?then(label, i18n['civic.site.sidebar.label'])}">
[#nested]
</aside>
[/#macro]
