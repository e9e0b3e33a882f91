package org.civicportal.stats;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Set;
import org.civicportal.visits.Dimension;

/**
 * The kinds of source a visit comes from, told from its referrer's host name: none (direct), a
 * search engine, a social network, or another site. Hosts are matched by their registrable domain,
 * so {@code m.facebook.com} and {@code google.com.vn} are recognised.
 */
public enum Source {
  DIRECT,
  SEARCH,
  SOCIAL,
  OTHER;

  /** The referrer key the counter stores for a visit without another site's referrer. */
  static final String DIRECT_KEY = "(direct)";

  /**
   * Search engines by the first label of their registrable domain (google.com, google.com.vn...).
   */
  private static final Set<String> SEARCH_ENGINES =
      Set.of(
          "google",
          "bing",
          "coccoc",
          "yahoo",
          "duckduckgo",
          "yandex",
          "baidu",
          "ecosia",
          "naver",
          "qwant",
          "startpage");

  /** Social networks and messengers by registrable domain. */
  private static final Set<String> SOCIAL_NETWORKS =
      Set.of(
          "facebook.com",
          "fb.com",
          "messenger.com",
          "zalo.me",
          "x.com",
          "t.co",
          "twitter.com",
          "linkedin.com",
          "lnkd.in",
          "youtube.com",
          "youtu.be",
          "instagram.com",
          "tiktok.com",
          "threads.net",
          "reddit.com",
          "pinterest.com",
          "t.me",
          "telegram.org",
          "viber.com");

  /** The name used in URLs, JSON and message keys ({@code civic.stats.source.{key}}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The source of a referrer key as the counter stores it: a host name, "(direct)" or "(other)".
   */
  public static Source of(String referrerKey) {
    if (DIRECT_KEY.equals(referrerKey)) {
      return DIRECT;
    }
    if (referrerKey == null
        || Dimension.OTHER.equals(referrerKey)
        || !InternetDomainName.isValid(referrerKey)) {
      return OTHER;
    }
    InternetDomainName host = InternetDomainName.from(referrerKey);
    if (!host.isUnderPublicSuffix()) {
      return OTHER;
    }
    String domain = host.topPrivateDomain().toString();
    if (SOCIAL_NETWORKS.contains(domain)) {
      return SOCIAL;
    }
    return SEARCH_ENGINES.contains(domain.substring(0, domain.indexOf('.'))) ? SEARCH : OTHER;
  }
}
