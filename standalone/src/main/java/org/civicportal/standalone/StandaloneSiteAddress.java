package org.civicportal.standalone;

import javax.servlet.http.HttpServletRequest;
import org.civicportal.web.SiteAddress;

/**
 * The standalone site's address: always the configured {@code --site-url} (by default the address
 * it listens on), never the request's Host header; the home page at the root.
 */
final class StandaloneSiteAddress implements SiteAddress {
  private final String siteUrl;

  StandaloneSiteAddress(String siteUrl) {
    this.siteUrl = siteUrl;
  }

  @Override
  public String baseUrl(HttpServletRequest request) {
    return siteUrl;
  }

  @Override
  public String homePath() {
    return "/";
  }
}
