package org.civicportal.magnolia;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;
import org.civicportal.templating.SiteContext;

/**
 * The site as a Magnolia page sees it. Vietnamese is the default locale (no URL prefix), English lives under
 * {@code /en}, as Magnolia's i18n content support does it. Items and listings have the same short URLs as in the
 * standalone ({@code /articles/{name}}, {@code /reports?page=2}); the module's virtual URI mappings forward them to the
 * site's detail and listing pages.
 */
final class MagnoliaSiteContext implements SiteContext {
    static final String DEFAULT_LANG = "vi";
    static final String OTHER_LANG = "en";

    private final String lang;
    private final String contextPath;
    private final String siteUrl;
    private final String homePath;
    private final String pagePath;
    private final String siteName;

    /**
     * @param lang        the page's language, "vi" or "en"
     * @param contextPath the webapp's context path, "" at the root
     * @param siteUrl     absolute base URL of the public site, from configuration
     * @param homePath    the home page's path in the website workspace
     * @param requestUri  the URI the visitor asked for, with or without the context path
     * @param siteName    the site's name in {@code lang}
     */
    MagnoliaSiteContext(String lang, String contextPath, String siteUrl, String homePath, String requestUri,
                        String siteName) {
        this.lang = OTHER_LANG.equals(lang) ? OTHER_LANG : DEFAULT_LANG;
        this.contextPath = stripTrailingSlash(contextPath == null ? "" : contextPath);
        this.siteUrl = stripTrailingSlash(siteUrl == null ? "" : siteUrl);
        this.homePath = homePath;
        this.pagePath = pagePath(this.contextPath, requestUri == null ? "" : requestUri);
        this.siteName = siteName;
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
        return contextPath + "/.resources/civic-portal/webresources";
    }

    @Override
    public String getApiBase() {
        return contextPath + "/.civic/api";
    }

    @Override
    public String getHomeHref() {
        String page = homePath.equals("/") ? "/" : homePath + ".html";
        return contextPath + langPrefix(lang) + page;
    }

    @Override
    public String getAlternateLangHref() {
        return contextPath + langPrefix(DEFAULT_LANG.equals(lang) ? OTHER_LANG : DEFAULT_LANG) + pagePath;
    }

    @Override
    public String href(ItemSummary item) {
        return contextPath + itemPath(item);
    }

    @Override
    public String absoluteUrl(ItemSummary item) {
        return siteUrl + itemPath(item);
    }

    @Override
    public String listingHref(ContentKind kind, int page) {
        String query = page > 1 ? "?page=" + page : "";
        return contextPath + langPrefix(lang) + "/" + kind.getPathSegment() + query;
    }

    private String itemPath(ItemSummary item) {
        return langPrefix(lang) + "/" + item.getKind().getPathSegment() + "/"
                + URLEncoder.encode(item.getName(), StandardCharsets.UTF_8);
    }

    private static String langPrefix(String lang) {
        return DEFAULT_LANG.equals(lang) ? "" : "/" + lang;
    }

    /** The visitor's path without context path, language prefix, query or fragment: "/" at least. */
    private static String pagePath(String contextPath, String requestUri) {
        String path = requestUri;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (!contextPath.isEmpty() && (path.equals(contextPath) || path.startsWith(contextPath + "/"))) {
            path = path.substring(contextPath.length());
        }
        String prefix = "/" + OTHER_LANG;
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
            path = path.substring(prefix.length());
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
