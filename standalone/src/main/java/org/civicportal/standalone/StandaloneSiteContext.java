package org.civicportal.standalone;

import org.civicportal.templating.SiteLinks;

/**
 * The standalone site as page macros see it, with the link rules of {@link SiteLinks}: Vietnamese at {@code /},
 * English under {@code /en/}, the home page at the root of the one webapp; absolute URLs from the configured site
 * URL, never from the request's Host header (which a client controls).
 */
public final class StandaloneSiteContext extends SiteLinks {
    /**
     * @param lang       "vi" or "en"
     * @param siteUrl    absolute base URL without trailing slash
     * @param pathInLang the current page's path without the language prefix ("/", "/articles/x"), for the switch
     */
    public StandaloneSiteContext(String lang, String siteName, String siteUrl, String pathInLang) {
        super(lang, siteName, "", siteUrl, "/", pathInLang);
    }
}
