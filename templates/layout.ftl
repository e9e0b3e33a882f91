[#ftl output_format="HTML"]
[#--
  Page frame of the civic-portal site. Import:
    [#import "/civic-portal/templates/macros/layout.ftl" as layout]
  Macros:
    [@layout.page site title description="" crumbs=[] canonical="" pageClass="" section="" headExtra="" item="" robots=""]...main content...[/@layout.page]
        The whole document: <title> is "title – site name" (pass the page's own title only), <html lang=site.lang>, head (CSS, the before-paint prefs script, the deferred
        widgets' shared script and site script, all by versioned URLs: site.resource(path)), skip link, header, breadcrumb, <main>, footer.
        headExtra: a directive called at the end of <head>, e.g. Magnolia's page editor marker (headExtra=cms.page:
        the light module's includes/page.ftl passes it); the macros themselves stay framework-neutral.
        crumbs: a sequence of {'label': text, 'href': url} (the last one, the current page, needs no href);
        u.itemTrail(site, item) builds it for an article or report. canonical: absolute URL of the page.
        section: "home", "report" or "article": marks that main navigation link as the current section.
        description, item (the article or report a page shows) and robots go to the page metadata (meta.ftl):
        meta description (the site's when empty), Open Graph, Twitter card, hreflang, feeds, NewsArticle JSON-LD.
    [@layout.head site title description="" canonical="" item="" robots=""/]   the <head> contents alone
    [@layout.header site section=""/]                       skip link and site header (emblem, province, agency's
                                                            name, search box, language switch, main navigation) alone
    [@layout.footer site/]                                  site footer alone (the publisher block of site.identity,
                                                            id civic-contact), with the page-view tracker
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
<link rel="stylesheet" href="${site.resource('css/civic-portal.css')}">
<link rel="stylesheet" href="${site.resource('css/civic-search.css')}">
[#-- Synchronous on purpose: applies the visitor's font size and contrast before the first paint. --]
<script src="${site.resource('js/civic-prefs.js')}"></script>
[#-- Deferred scripts run in document order: the widgets' shared script before any widget's own (in <body>). --]
<script src="${site.resource('js/civic-widgets.js')}" defer></script>
<script src="${site.resource('js/civic-portal.js')}" defer></script>
[/#macro]

[#macro header site section=""]
<a class="civic-skip" href="#civic-main">${i18n['civic.site.skip']}</a>
[#local text = site.identityText]
[#local emblem = u.safeUrl(site.emblemUrl)]
<header class="civic-header">
  <div class="civic-wrap civic-header-inner">
    [#-- The emblem is decorative: the link's text names the agency. --]
    <a class="civic-brand" href="${site.homeHref}">
      [#if emblem?has_content]<img class="civic-emblem" src="${emblem}" alt="" width="64" height="64">[/#if]
      <span class="civic-brand-text">
        [#if text.province?has_content]<span class="civic-brand-province">${text.province}</span>[/#if]
        <span class="civic-brand-name">${site.siteName}</span>
      </span>
    </a>
    [@search.box site/]
    <a class="civic-lang" href="${site.alternateLangHref}" hreflang="${i18n['civic.site.lang.other']}" lang="${i18n['civic.site.lang.other']}">${i18n['civic.site.lang.switch']}</a>
  </div>
  <nav class="civic-nav" aria-label="${i18n['civic.site.nav.label']}">
    <ul class="civic-wrap">
      <li><a href="${site.homeHref}"[@current section "home"/]>${i18n['civic.site.home']}</a></li>
      <li><a href="${site.listingHrefFor('report', 1)}"[@current section "report"/]>${i18n['civic.site.kind.report']}</a></li>
      <li><a href="${site.listingHrefFor('article', 1)}"[@current section "article"/]>${i18n['civic.site.kind.article']}</a></li>
      <li><a href="#civic-contact">${i18n['civic.site.contact']}</a></li>
    </ul>
  </nav>
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
[#local identity = site.identity]
[#local text = site.identityText]
[#local emblem = u.safeUrl(site.emblemUrl)]
[#local phoneHref = u.tel(identity.phone)]
[#local emailHref = u.mailto(identity.email)]
<footer class="civic-footer" id="civic-contact" aria-labelledby="civic-footer-name">
  <div class="civic-wrap civic-footer-inner">
    <p class="civic-footer-name" id="civic-footer-name">
      [#if emblem?has_content]<img class="civic-emblem" src="${emblem}" alt="" width="48" height="48" loading="lazy">[/#if]
      <span>[#if text.province?has_content]<span class="civic-brand-province">${text.province}</span> [/#if]${site.siteName}</span>
    </p>
    <dl class="civic-publisher">
      [@publisherLine i18n['civic.site.publisher.governingBody'] text.governingBody/]
      [@publisherLine i18n['civic.site.publisher.address'] text.address/]
      [@publisherLine i18n['civic.site.publisher.phone'] identity.phone phoneHref/]
      [@publisherLine i18n['civic.site.publisher.email'] identity.email emailHref/]
      [@publisherLine i18n['civic.site.publisher.responsiblePerson'] text.responsiblePerson/]
      [@publisherLine i18n['civic.site.publisher.licence'] text.licence/]
    </dl>
    <p class="civic-footer-note">${i18n['civic.site.footer.note']}</p>
  </div>
</footer>
[@visits.tracker site/]
[/#macro]

[#macro publisherLine label value href=""]
[#if value?has_content]
<div><dt>${label}</dt><dd>[#if href?has_content]<a href="${href}">${value}</a>[#else]${value}[/#if]</dd></div>
[/#if]
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
