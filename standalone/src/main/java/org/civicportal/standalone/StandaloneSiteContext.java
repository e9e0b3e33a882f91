package org.civicportal.standalone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;
import org.civicportal.templating.SiteContext;

/**
 * The standalone site as page macros see it: Vietnamese at {@code /}, English under {@code /en/}; absolute URLs
 * from the configured site URL, never from the request's Host header (which a client controls).
 */
public final class StandaloneSiteContext implements SiteContext {
    public static final String DEFAULT_LANG = "vi";
    public static final String ENGLISH = "en";
    public static final String RESOURCES_BASE = "/.resources/civic-portal/webresources";
    public static final String API_BASE = "/.civic/api";

    private final String lang;
    private final String siteName;
    private final String siteUrl;
    private final String pathInLang;

    /**
     * @param lang       "vi" or "en"
     * @param siteUrl    absolute base URL without trailing slash
     * @param pathInLang the current page's path without the language prefix ("/", "/articles/x"), for the switch
     */
    public StandaloneSiteContext(String lang, String siteName, String siteUrl, String pathInLang) {
        if (!lang.equals(DEFAULT_LANG) && !lang.equals(ENGLISH)) {
            throw new IllegalArgumentException("unsupported language " + lang);
        }
        this.lang = lang;
        this.siteName = siteName;
        this.siteUrl = siteUrl;
        this.pathInLang = pathInLang.startsWith("/") ? pathInLang : "/" + pathInLang;
    }

    private static String prefix(String lang) {
        return lang.equals(ENGLISH) ? "/en" : "";
    }

    @Override
    public String getLang() {
        return lang;
    }

    @Override
    public String getSiteName() {
        return siteName;
    }

    @Override
    public String getResourcesBase() {
        return RESOURCES_BASE;
    }

    @Override
    public String getApiBase() {
        return API_BASE;
    }

    @Override
    public String getHomeHref() {
        return prefix(lang) + "/";
    }

    @Override
    public String getAlternateLangHref() {
        return prefix(lang.equals(ENGLISH) ? DEFAULT_LANG : ENGLISH) + pathInLang;
    }

    @Override
    public String href(ItemSummary item) {
        return prefix(lang) + "/" + item.getKind().getPathSegment() + "/"
                + URLEncoder.encode(item.getName(), StandardCharsets.UTF_8);
    }

    @Override
    public String absoluteUrl(ItemSummary item) {
        return siteUrl + href(item);
    }

    @Override
    public String listingHref(ContentKind kind, int page) {
        return prefix(lang) + "/" + kind.getPathSegment() + (page > 1 ? "?page=" + page : "");
    }
}
