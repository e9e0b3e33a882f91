package org.civicportal.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks of editor-supplied link targets, so templates never print a javascript: or data: URL. */
public final class Links {
  private Links() {}

  /** {@code url} if it is an absolute http(s) URL with a host, else null. */
  public static String httpUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.trim();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      return ok ? trimmed : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * {@code url} if it is a path on this site ("/...", not "//host") or an absolute http(s) URL,
   * else null.
   */
  public static String pathOrHttpUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.trim();
    if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.contains("\\")) {
      try {
        new URI(trimmed);
        return trimmed;
      } catch (URISyntaxException e) {
        return null;
      }
    }
    return httpUrl(trimmed);
  }
}
