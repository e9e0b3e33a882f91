[#ftl output_format="HTML"]
[#--
  What search engines, feed readers and share previews read in a page's head. Import:
    [#import "/civic-portal/templates/macros/meta.ftl" as meta]
  Macro:
    [@meta.tags site title description="" canonical="" item="" robots=""/]
        meta description (the site's own when the page has none), canonical link (when given), absolute hreflang
        alternates for vi and en plus x-default (vi, the site's first language), the RSS feeds (autodiscovery),
        the favicon, Open Graph and Twitter card tags (the item's image, else the site's), and for an article or
        report (item) its schema.org NewsArticle JSON-LD. robots: e.g. "noindex" for search results.
  Absolute URLs start with the configured site URL (site.siteUrl); see docs/search-feeds-seo.md.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]

[#macro tags site title description="" canonical="" item="" robots=""]
[#local text = description?has_content?then(description, i18n['civic.seo.description'])]
[#local url = u.safeUrl(canonical)?has_content?then(u.safeUrl(canonical), site.pageUrl)]
[#-- Beans are hashes (and strings too, by their toString); the default "" is a string only. --]
[#local isItem = item?is_hash]
<meta name="description" content="${text}">
[#if robots?has_content]
<meta name="robots" content="${robots}">
[/#if]
[#if u.safeUrl(canonical)?has_content]
<link rel="canonical" href="${u.safeUrl(canonical)}">
[/#if]
<link rel="alternate" hreflang="vi" href="${site.pageUrlIn('vi')}">
<link rel="alternate" hreflang="en" href="${site.pageUrlIn('en')}">
<link rel="alternate" hreflang="x-default" href="${site.pageUrlIn('vi')}">
<link rel="alternate" type="application/rss+xml" title="${i18n['civic.seo.feed.articles']}" href="${site.feedHref('articles')}">
<link rel="alternate" type="application/rss+xml" title="${i18n['civic.seo.feed.reports']}" href="${site.feedHref('reports')}">
[#if isItem && site.categoryFeedHref(item.category)?has_content]
<link rel="alternate" type="application/rss+xml" title="${i18n.get('civic.seo.feed.category', [item.category])}" href="${site.categoryFeedHref(item.category)}">
[/#if]
<link rel="icon" href="${site.resource('img/favicon.svg')}" type="image/svg+xml">
<link rel="icon" href="${site.resource('img/favicon.ico')}" sizes="32x32">
[#local image = isItem?then(site.shareImage(item), site.defaultShareImage)]
[#local imageAlt = (isItem && item.image?? && item.image.alt?has_content)?then(item.image.alt, site.siteName)]
<meta property="og:site_name" content="${site.siteName}">
<meta property="og:type" content="${isItem?then('article', 'website')}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${text}">
<meta property="og:url" content="${url}">
<meta property="og:locale" content="${i18n['civic.seo.locale']}">
<meta property="og:locale:alternate" content="${i18n['civic.seo.locale.other']}">
<meta property="og:image" content="${image}">
<meta property="og:image:alt" content="${imageAlt}">
[#if isItem && item.publishDate??]
<meta property="article:published_time" content="${item.publishDate?datetime?iso_utc}">
[/#if]
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${text}">
<meta name="twitter:image" content="${image}">
<meta name="twitter:image:alt" content="${imageAlt}">
[#if isItem]
<script type="application/ld+json">${site.newsArticleJson(item)?no_esc}</script>
[/#if]
[/#macro]
