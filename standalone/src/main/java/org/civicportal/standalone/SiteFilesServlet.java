package org.civicportal.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.templating.SiteLinks;
import org.civicportal.web.ReadOnlyServlet;
import org.civicportal.web.SecurityHeaders;

/**
 * The files crawlers and browsers ask for at the site's root: {@code /robots.txt} (everything may
 * be crawled but the editors' statistics and the API; names the sitemap) and {@code /favicon.ico}
 * (the light module's icon). In Magnolia these belong to the site's own setup
 * (docs/search-feeds-seo.md).
 */
final class SiteFilesServlet extends ReadOnlyServlet {
  private static final long serialVersionUID = 1L;
  static final String FAVICON = "/civic-portal/webresources/img/favicon.ico";

  private final String siteUrl;

  SiteFilesServlet(String siteUrl) {
    this.siteUrl = siteUrl;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SecurityHeaders.staticFile(response);
    String path = request.getServletPath();
    byte[] body;
    if (path.equals("/robots.txt")) {
      body =
          ("User-agent: *\n"
                  + "Disallow: /.civic/\n"
                  + "Disallow: "
                  + SiteLinks.SEARCH_PATH
                  + "\n"
                  + "Disallow: "
                  + SiteLinks.langPrefix(SiteLinks.OTHER_LANG)
                  + SiteLinks.SEARCH_PATH
                  + "\n"
                  + "\n"
                  + "Sitemap: "
                  + siteUrl
                  + "/sitemap.xml\n")
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/plain;charset=UTF-8");
    } else {
      try (InputStream in = SiteFilesServlet.class.getResourceAsStream(FAVICON)) {
        if (in == null) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        body = in.readAllBytes();
      }
      response.setContentType("image/x-icon");
    }
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
