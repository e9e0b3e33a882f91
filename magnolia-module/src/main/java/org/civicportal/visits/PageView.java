package org.civicportal.visits;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * One page view as reported by a beacon, reduced to what counting needs. The identity (the visitor
 * cookie, or the client address with the user agent when there is no cookie) is only ever hashed
 * with the day's secret.
 */
public final class PageView {
  /** Longest page path accepted; DESIGN's beacon rule. */
  public static final int MAX_PATH = 2000;

  private final String path;
  private final String referrerHost;
  private final String userAgent;
  private final String identity;
  private final String itemId;

  private PageView(
      String path, String referrerHost, String userAgent, String identity, String itemId) {
    this.path = path;
    this.referrerHost = referrerHost;
    this.userAgent = userAgent;
    this.identity = identity;
    this.itemId = itemId;
  }

  /**
   * @param path the page's path as the browser has it; query and fragment are dropped (they may
   *     hold personal data)
   * @param referrer the page's referrer URL, or null; only another site's host name is kept
   * @param siteHost this site's host name: referrers from it are internal and not counted
   * @throws IllegalArgumentException when the path is not an absolute path of at most {@link
   *     #MAX_PATH} characters
   */
  public static PageView of(
      String path, String referrer, String siteHost, String userAgent, String identity) {
    if (!isValidPath(path)) {
      throw new IllegalArgumentException("Not a page path");
    }
    String clean = path;
    int cut = indexOfAny(clean, '?', '#');
    if (cut >= 0) {
      clean = clean.substring(0, cut);
    }
    String host = referrerHost(referrer);
    if (host != null && siteHost != null && host.equals(siteHost.toLowerCase(Locale.ROOT))) {
      host = null;
    }
    return new PageView(clean, host, userAgent, identity, null);
  }

  /**
   * This view as a view of the article or report {@code itemId} (a JCR identifier the caller
   * resolved).
   */
  public PageView ofItem(String itemId) {
    return new PageView(path, referrerHost, userAgent, identity, itemId);
  }

  /** The article or report the page shows, or null for any other page. */
  public String itemId() {
    return itemId;
  }

  /**
   * An absolute path ("/..."), not a scheme-relative URL, of at most {@link #MAX_PATH} printable
   * ASCII characters: browsers percent-encode everything else in {@code location.pathname}.
   */
  public static boolean isValidPath(String path) {
    return path != null && path.startsWith("/") && !path.startsWith("//") && isUrlText(path);
  }

  /**
   * No referrer, or one of at most {@link #MAX_PATH} printable ASCII characters, as browsers
   * serialise URLs.
   */
  public static boolean isValidReferrer(String referrer) {
    return referrer == null || isUrlText(referrer);
  }

  private static boolean isUrlText(String s) {
    return s.length() <= MAX_PATH && s.chars().allMatch(c -> c > ' ' && c < 0x7f);
  }

  public String path() {
    return path;
  }

  /** Another site's host name, or null for direct and internal visits. */
  public String referrerHost() {
    return referrerHost;
  }

  public String userAgent() {
    return userAgent;
  }

  String identity() {
    return identity;
  }

  private static String referrerHost(String referrer) {
    if (referrer == null || referrer.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(referrer.trim());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost();
      if (!("http".equals(scheme) || "https".equals(scheme)) || host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
