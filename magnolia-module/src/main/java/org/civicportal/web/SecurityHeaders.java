package org.civicportal.web;

import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer, built in this one place: public pages, the statistics
 * dashboard, the JSON API and static files. Pages and the dashboard allow scripts and styles from
 * the site only (no inline script: the pre-paint display script is an external file), so markup
 * that slipped past escaping could not run. Only the dashboard may be framed by another origin, the
 * author UI's, when it is configured.
 */
public final class SecurityHeaders {
  private static final String PAGE_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; "
          + "img-src 'self' https: data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'self'";
  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
  private static final String DASHBOARD_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; "
          + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
  private static final String PAGE_REFERRER_POLICY = "strict-origin-when-cross-origin";

  /** A public page: framed by the site only, referrer trimmed to the origin for other sites. */
  public static final Map<String, String> PAGE =
      Map.of(
          "Content-Security-Policy", PAGE_CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", PAGE_REFERRER_POLICY);

  /** A JSON API answer: never stored, never rendered as a document, never framed. */
  public static final Map<String, String> API =
      Map.of(
          "Cache-Control", "no-store",
          "Content-Security-Policy", API_CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer");

  /** A static file (style sheet, script, image): its declared type only. */
  public static final Map<String, String> STATIC_FILE =
      Map.of("X-Content-Type-Options", "nosniff", "Referrer-Policy", PAGE_REFERRER_POLICY);

  private final Map<String, String> dashboard;

  /**
   * @param dashboardFramers origins besides the site's own that may frame the statistics dashboard
   *     (Magnolia's author instance when it is not the same origin)
   * @throws IllegalArgumentException when one is not an http(s) origin
   */
  public SecurityHeaders(List<String> dashboardFramers) {
    StringBuilder csp = new StringBuilder(DASHBOARD_CSP);
    for (String framer : dashboardFramers) {
      String origin = ApiSettings.origin(framer);
      if (origin == null) {
        throw new IllegalArgumentException("Not an http(s) origin: " + framer);
      }
      csp.append(' ').append(origin);
    }
    this.dashboard =
        Map.of(
            "Cache-Control", "no-store",
            "Content-Security-Policy", csp.toString(),
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");
  }

  /**
   * The editors' statistics (dashboard, its JSON and CSV): never stored, framed by the site and the
   * author UI.
   */
  public Map<String, String> dashboard() {
    return dashboard;
  }

  public void dashboard(HttpServletResponse response) {
    apply(response, dashboard);
  }

  public static void page(HttpServletResponse response) {
    apply(response, PAGE);
  }

  public static void api(HttpServletResponse response) {
    apply(response, API);
  }

  public static void staticFile(HttpServletResponse response) {
    apply(response, STATIC_FILE);
  }

  private static void apply(HttpServletResponse response, Map<String, String> headers) {
    headers.forEach(response::setHeader);
  }

  /**
   * Whether a Magnolia public instance's request gets the page headers: everything except
   * Magnolia's own UI under {@code /.magnolia/}, whose scripts are inline. The API and statistics
   * servlets replace them with their own.
   */
  public static boolean coversMagnoliaPath(String path) {
    return !(path.equals("/.magnolia") || path.startsWith("/.magnolia/"));
  }
}
