package org.civicportal.templating;

import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;

/**
 * A {@link SiteContext} with the standalone's URL scheme ("/", "/en/", "/articles/{name}", "?page=n"), for
 * rendering macros outside any server. Public: the standalone's tests reuse it from the test-jar.
 */
public final class TestSiteContext implements SiteContext {
    private final String lang;
    private final String siteUrl;

    public TestSiteContext(String lang, String siteUrl) {
        this.lang = lang;
        this.siteUrl = siteUrl;
    }

    public static TestSiteContext vi() {
        return new TestSiteContext("vi", "https://portal.example.gov.vn");
    }

    public static TestSiteContext en() {
        return new TestSiteContext("en", "https://portal.example.gov.vn");
    }

    private String prefix() {
        return "vi".equals(lang) ? "" : "/" + lang;
    }

    @Override
    public String getLang() {
        return lang;
    }

    @Override
    public String getSiteName() {
        return "vi".equals(lang) ? "Sở Thông tin và Truyền thông" : "Department of Information and Communications";
    }

    @Override
    public String getResourcesBase() {
        return "/.resources/civic-portal/webresources";
    }

    @Override
    public String getApiBase() {
        return "/.civic/api";
    }

    @Override
    public String getHomeHref() {
        return prefix() + "/";
    }

    @Override
    public String getAlternateLangHref() {
        return "vi".equals(lang) ? "/en/" : "/";
    }

    @Override
    public String href(ItemSummary item) {
        return prefix() + "/" + item.getKind().getPathSegment() + "/" + item.getName();
    }

    @Override
    public String absoluteUrl(ItemSummary item) {
        return siteUrl + href(item);
    }

    @Override
    public String listingHref(ContentKind kind, int page) {
        String base = prefix() + "/" + kind.getPathSegment();
        return page <= 1 ? base : base + "?page=" + page;
    }
}
