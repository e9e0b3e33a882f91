package org.civicportal.templating;

import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;
import org.civicportal.identity.SiteIdentity;

/**
 * A {@link SiteContext} with the standalone's URL scheme ("/", "/en/", "/articles/{name}", "?page=n"), for
 * rendering macros outside any server. Public: the standalone's tests reuse it from the test-jar.
 */
public final class TestSiteContext implements SiteContext {
    private final String lang;
    private final String siteUrl;
    private final SiteIdentity identity;

    public TestSiteContext(String lang, String siteUrl) {
        this(lang, siteUrl, SiteIdentity.demo());
    }

    private TestSiteContext(String lang, String siteUrl, SiteIdentity identity) {
        this.lang = lang;
        this.siteUrl = siteUrl;
        this.identity = identity;
    }

    /** The same site published by another identity. */
    public TestSiteContext withIdentity(SiteIdentity other) {
        return new TestSiteContext(lang, siteUrl, other);
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
        return identity.text(lang).getAgencyName();
    }

    @Override
    public SiteIdentity getIdentity() {
        return identity;
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
