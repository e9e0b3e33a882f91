package org.civicportal.standalone;

import org.civicportal.identity.SiteIdentity;
import org.civicportal.templating.SiteLinks;

/**
 * The standalone site as page macros see it, with the link rules of {@link SiteLinks}: Vietnamese
 * at {@code /}, English under {@code /en/}, the home page at the root of the one webapp; absolute
 * URLs from the configured site URL, never from the request's Host header (which a client
 * controls).
 */
public final class StandaloneSiteContext extends SiteLinks {
  /**
   * @param lang "vi" or "en"
   * @param identity who publishes the site (its emblem a URL path or http(s) URL, or blank)
   * @param siteUrl absolute base URL without trailing slash
   * @param pathInLang the current page's path without the language prefix ("/", "/articles/x"), for
   *     the switch
   */
  public StandaloneSiteContext(
      String lang, SiteIdentity identity, String siteUrl, String pathInLang) {
    super(lang, identity, "", siteUrl, "/", pathInLang);
  }
}
