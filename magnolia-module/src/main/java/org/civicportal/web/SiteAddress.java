package org.civicportal.web;

import java.util.List;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;

/**
 * Where the public site is, for the absolute URLs of feeds, the sitemap and page metadata. Never
 * taken from the Host header as such: the configured site URL when there is one; else the request's
 * own server name and port, but only when that name is on the configured list of the site's host
 * names; else the platform's configured default (Magnolia's defaultBaseUrl), else "" and the URLs
 * stay site paths.
 */
public interface SiteAddress {
  /** Absolute base URL without trailing slash ("https://portal.example.gov.vn"), or "". */
  String baseUrl(HttpServletRequest request);

  /** The home page's path: "/" for the site's root, else Magnolia's page path ("/civic-portal"). */
  String homePath();

  /**
   * The base URL by the rule above: {@code configured} if set; else the request's scheme, server
   * name, port and context path if the server name is in {@code allowedHosts} (compared without
   * case); else {@code fallback}.
   */
  static String choose(
      String configured, HttpServletRequest request, List<String> allowedHosts, String fallback) {
    String base = configured == null ? "" : configured.trim();
    if (base.isEmpty() && request != null && request.getServerName() != null) {
      String host = request.getServerName().toLowerCase(Locale.ROOT);
      boolean allowed =
          allowedHosts.stream().anyMatch(h -> h.trim().toLowerCase(Locale.ROOT).equals(host));
      if (allowed && host.matches("[a-z0-9.-]+|\\[[0-9a-f:.]+\\]")) {
        String scheme = "https".equals(request.getScheme()) ? "https" : "http";
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("https") ? port == 443 : port == 80);
        base = scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
      }
    }
    if (base.isEmpty()) {
      base = fallback == null ? "" : fallback.trim();
    }
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
