package org.civicportal.templating;

/**
 * A {@link SiteContext} with the standalone's URL scheme ("/", "/en/", "/articles/{name}", "?page=n"), for
 * rendering macros outside any server: the home page, at the root of a webapp at the root. Public: the standalone's
 * tests reuse it from the test-jar.
 */
public final class TestSiteContext extends SiteLinks {
    public TestSiteContext(String lang, String siteUrl) {
        super(lang, "vi".equals(lang) ? "Sở Thông tin và Truyền thông" : "Department of Information and Communications",
                "", siteUrl, "/", "/");
    }

    public static TestSiteContext vi() {
        return new TestSiteContext("vi", "https://portal.example.gov.vn");
    }

    public static TestSiteContext en() {
        return new TestSiteContext("en", "https://portal.example.gov.vn");
    }
}
