package org.civicportal.magnolia;

import org.civicportal.identity.SiteIdentity;
import org.civicportal.templating.SiteLinks;

/**
 * The site as a Magnolia page sees it, with the link rules of {@link SiteLinks}: Vietnamese is the
 * default locale (no URL prefix), English lives under {@code /en}, as Magnolia's i18n content
 * support does it. Items and listings have the same short URLs as in the standalone ({@code
 * /articles/{name}}, {@code /reports?page=2}); the module's virtual URI mappings forward them to
 * the site's detail and listing pages. Links start with the webapp's context path; the home link is
 * the page at the configured home path ({@code /civic-portal.html}).
 */
final class MagnoliaSiteContext extends SiteLinks {
  /**
   * @param lang the page's language, "vi" or "en"; any other is taken for Vietnamese
   * @param contextPath the webapp's context path, "" at the root
   * @param siteUrl absolute base URL of the public site, from configuration
   * @param homePath the home page's path in the website workspace
   * @param requestUri the URI the visitor asked for, with or without the context path
   * @param identity who publishes the site, its emblem a link (or blank for the module's own)
   */
  MagnoliaSiteContext(
      String lang,
      String contextPath,
      String siteUrl,
      String homePath,
      String requestUri,
      SiteIdentity identity) {
    super(
        OTHER_LANG.equals(lang) ? OTHER_LANG : DEFAULT_LANG,
        identity,
        contextPath,
        siteUrl,
        homePath,
        pathInLang(contextPath, requestUri));
  }
}
