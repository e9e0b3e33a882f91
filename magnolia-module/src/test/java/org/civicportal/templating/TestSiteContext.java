package org.civicportal.templating;

import org.civicportal.identity.SiteIdentity;

/**
 * A {@link SiteContext} with the standalone's URL scheme ("/", "/en/", "/articles/{name}",
 * "?page=n"), for rendering macros outside any server: the home page, at the root of a webapp at
 * the root, published by the demo identity unless another is given. Public: the standalone's tests
 * reuse it from the test-jar.
 */
public final class TestSiteContext extends SiteLinks {
  public TestSiteContext(String lang, String siteUrl) {
    this(lang, siteUrl, SiteIdentity.demo());
  }

  private TestSiteContext(String lang, String siteUrl, SiteIdentity identity) {
    super(lang, identity, "", siteUrl, "/", "/");
  }

  /** The same site published by another identity. */
  public TestSiteContext withIdentity(SiteIdentity other) {
    return new TestSiteContext(getLang(), getSiteUrl(), other);
  }

  public static TestSiteContext vi() {
    return new TestSiteContext("vi", "https://portal.example.gov.vn");
  }

  public static TestSiteContext en() {
    return new TestSiteContext("en", "https://portal.example.gov.vn");
  }
}
