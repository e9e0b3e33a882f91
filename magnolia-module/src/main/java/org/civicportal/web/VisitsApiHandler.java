package org.civicportal.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.jcr.RepositoryException;
import org.civicportal.content.ItemLookup;
import org.civicportal.visits.PageView;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSummary;

/**
 * {@code POST /visits} (the beacon: one page view, 204; {@code item} names the article or report
 * the page shows, for its view count), {@code GET /visits/pixel.gif} (the same without JavaScript;
 * always a GIF, so a browser never shows a broken image) and {@code GET /visits/summary} (the
 * counter block's live numbers).
 */
public class VisitsApiHandler implements ApiHandler {
  private static final Set<String> BEACON_FIELDS = Set.of("path", "referrer", "item");

  /** The smallest transparent GIF. */
  private static final byte[] PIXEL =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  private final VisitCounter counter;
  private final ItemLookup items;

  @Inject
  public VisitsApiHandler(VisitCounter counter, ItemLookup items) {
    this.counter = counter;
    this.items = items;
  }

  @Override
  public String root() {
    return "visits";
  }

  @Override
  public void handle(ApiCall call) throws ApiException, IOException {
    List<String> path = call.path();
    String method = call.method();
    try {
      if (path.isEmpty() || (path.size() == 1 && path.get(0).isEmpty())) {
        if (!"POST".equals(method)) {
          throw ApiException.methodNotAllowed("POST");
        }
        beacon(call);
      } else if (path.size() == 1 && "pixel.gif".equals(path.get(0))) {
        if (!"GET".equals(method)) {
          throw ApiException.methodNotAllowed("GET");
        }
        pixel(call);
      } else if (path.size() == 1 && "summary".equals(path.get(0))) {
        if (!"GET".equals(method)) {
          throw ApiException.methodNotAllowed("GET");
        }
        call.limitReads();
        call.respond(200, json(counter.summary()));
      } else {
        throw ApiException.notFound("No such API resource.");
      }
    } catch (RepositoryException e) {
      throw new IllegalStateException("Visit storage failed", e);
    }
  }

  private void beacon(ApiCall call) throws ApiException, RepositoryException {
    call.requireSameSite();
    // Beacons come with every page view: they share the generous read limit, not the vote limit.
    call.limitReads();
    JsonBody body = call.readJson(true);
    for (String name : body.names()) {
      if (!BEACON_FIELDS.contains(name)) {
        throw ApiException.invalid("Field '" + name + "' is not accepted.");
      }
    }
    String pagePath = body.text("path", PageView.MAX_PATH);
    if (!PageView.isValidPath(pagePath)) {
      throw ApiException.invalid("Field 'path' must be the page's path, starting with '/'.");
    }
    String referrer = body.optionalText("referrer", PageView.MAX_PATH);
    if (!PageView.isValidReferrer(referrer)) {
      throw ApiException.invalid("Field 'referrer' must be a URL.");
    }
    String item = body.optionalText("item", 36);
    PageView view = view(call, pagePath, referrer);
    // The article or report the page shows, for its view count; an id of no published item counts
    // the page only.
    if (item != null && items.exists(ApiCall.requireId(item))) {
      view = view.ofItem(item);
    }
    counter.record(view);
    call.respondNoContent();
  }

  /**
   * Counts what a valid, same-site request asks for; answers the GIF whatever happened (browsers
   * show an image whatever its status, so no page shows a broken one), with 400 when the request is
   * malformed. Without a {@code path} parameter the page is the one the browser names in Referer
   * (the layout's static noscript image).
   */
  private void pixel(ApiCall call) throws IOException, RepositoryException {
    String pagePath = call.request().getParameter("path");
    if (pagePath == null) {
      pagePath = ownPagePath(call.request().getHeader("Referer"), call.request().getServerName());
    }
    String referrer = call.request().getParameter("referrer");
    boolean valid = PageView.isValidPath(pagePath) && PageView.isValidReferrer(referrer);
    if (valid) {
      try {
        call.requireSameSite();
        call.limitReads();
        counter.record(view(call, pagePath, referrer));
      } catch (ApiException e) {
        // Not counted (another site's image, or too fast); the browser still gets its image.
      }
    }
    call.response().setStatus(valid ? 200 : 400);
    call.response().setContentType("image/gif");
    call.response().setContentLength(PIXEL.length);
    call.response().getOutputStream().write(PIXEL);
  }

  private static String ownPagePath(String referer, String serverName) {
    try {
      URI u = referer == null ? null : new URI(referer);
      return u != null && u.getHost() != null && u.getHost().equalsIgnoreCase(serverName)
          ? u.getRawPath()
          : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * The visitor's identity: the visitor cookie's key, else the address with the user agent (hashed
   * later).
   */
  private static PageView view(ApiCall call, String pagePath, String referrer) {
    String userAgent = call.request().getHeader("User-Agent");
    String key = call.visitorKey();
    String identity =
        key != null ? "c:" + key : "a:" + call.clientAddress().getHostAddress() + "\n" + userAgent;
    return PageView.of(pagePath, referrer, call.request().getServerName(), userAgent, identity);
  }

  static Map<String, Object> json(VisitSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("today", s.getToday());
    m.put("yesterday", s.getYesterday());
    m.put("thisMonth", s.getThisMonth());
    m.put("thisYear", s.getThisYear());
    m.put("total", s.getTotal());
    m.put("online", s.getOnline());
    m.put("date", s.getDate());
    m.put("timezone", s.getTimezone());
    return m;
  }
}
