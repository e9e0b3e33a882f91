package org.civicportal.web;

import com.google.common.base.Ticker;
import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.servlet.http.HttpServletRequest;

/**
 * The checks every public API request goes through, configured by {@link ApiSettings}: who the
 * client is (socket address, or the hop a trusted proxy added), whether a write comes from the
 * site's own pages, and how fast a client may go. Shared by all capability handlers through {@link
 * ApiCall}.
 */
@Singleton
public class RequestGuards {
  private final ApiSettings settings;
  private final ClientRateLimiter writes;
  private final ClientRateLimiter reads;
  private final VisitorIds visitors;

  @Inject
  public RequestGuards(ApiSettings settings) {
    this(settings, Ticker.systemTicker(), new SecureRandom());
  }

  public RequestGuards(ApiSettings settings, Ticker ticker, SecureRandom random) {
    this.settings = settings;
    this.writes =
        new ClientRateLimiter(settings.getWriteLimit(), settings.getMaxTrackedClients(), ticker);
    this.reads =
        new ClientRateLimiter(settings.getReadLimit(), settings.getMaxTrackedClients(), ticker);
    this.visitors = new VisitorIds(settings.getVisitorSecret(), random);
  }

  public VisitorIds visitors() {
    return visitors;
  }

  /**
   * The client's address: the socket peer, unless that peer is a trusted proxy; then the right-most
   * X-Forwarded-For hop that is not itself a trusted proxy. Hops a client wrote itself sit further
   * left and are never reached. A malformed hop stops the walk at the last address known good.
   */
  public InetAddress clientAddress(HttpServletRequest request) {
    InetAddress peer = literal(request.getRemoteAddr());
    if (peer == null) {
      // A Unix socket or an unusual connector: there is no client address to trust more than this.
      peer = InetAddresses.forString("0.0.0.0");
    }
    InetAddress client = peer;
    List<String> hops = forwardedFor(request);
    for (int i = hops.size() - 1; i >= 0 && isTrustedProxy(client); i--) {
      InetAddress hop = literal(hops.get(i));
      if (hop == null) {
        break;
      }
      client = hop;
    }
    return client;
  }

  /**
   * HTTPS as seen by the browser: the connector's own TLS, or X-Forwarded-Proto from a trusted
   * proxy.
   */
  public boolean isSecure(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    InetAddress peer = literal(request.getRemoteAddr());
    if (peer == null || !isTrustedProxy(peer)) {
      return false;
    }
    String proto = request.getHeader("X-Forwarded-Proto");
    if (proto == null) {
      return false;
    }
    String[] parts = proto.split(",");
    return "https".equalsIgnoreCase(parts[parts.length - 1].trim());
  }

  /**
   * Refuses writes a browser sent on behalf of another site. A browser's Origin must be the site's:
   * one of the configured site origins or, when none is configured, the origin the request was sent
   * to ({@link #ownOrigin}). Otherwise the browser must itself state {@code Sec-Fetch-Site:
   * same-origin} (which pages cannot forge); requests without either header come from non-browser
   * clients, which CSRF does not concern. Browsers send one Origin; when a request carries several,
   * every one must be the site's, so their order cannot matter.
   */
  public void checkSameSite(HttpServletRequest request) throws ApiException {
    String fetchSite = lower(request.getHeader("Sec-Fetch-Site"));
    List<String> origins = Collections.list(request.getHeaders("Origin"));
    Set<String> site =
        settings.getSiteOrigins().isEmpty() ? ownOrigin(request) : settings.getSiteOrigins();
    boolean ownOrigins =
        !origins.isEmpty()
            && origins.stream()
                .map(ApiSettings::origin)
                .allMatch(o -> o != null && site.contains(o));
    if (ownOrigins) {
      return;
    }
    if ("same-origin".equals(fetchSite)) {
      return;
    }
    if (!origins.isEmpty() || (fetchSite != null && !"none".equals(fetchSite))) {
      throw new ApiException(
          403, "forbidden_origin", "Writes are accepted from this site's own pages only.");
    }
  }

  /**
   * The origin the browser sent this request to: its scheme (https also when a trusted proxy says
   * the browser used it), and the host and port of its Host header. A cross-site page cannot make a
   * browser send another site's Host with its own Origin, so comparing the two is the browser's own
   * same-origin rule.
   */
  private Set<String> ownOrigin(HttpServletRequest request) {
    boolean tlsAtProxy = !request.isSecure() && isSecure(request);
    int port = request.getServerPort();
    if (tlsAtProxy && port == 80) {
      // The proxy forwarded the browser's Host without a port, which the plain-HTTP connector reads
      // as 80.
      port = 443;
    }
    String host = request.getServerName();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    String origin =
        ApiSettings.origin(
            (tlsAtProxy ? "https" : request.getScheme()) + "://" + host + ":" + port);
    return origin == null ? Set.of() : Set.of(origin);
  }

  public void limitWrites(InetAddress client) throws ApiException {
    limit(writes, client);
  }

  public void limitReads(InetAddress client) throws ApiException {
    limit(reads, client);
  }

  private static void limit(ClientRateLimiter limiter, InetAddress client) throws ApiException {
    long wait = limiter.acquire(client);
    if (wait > 0) {
      throw new ApiException(
          429,
          "rate_limited",
          "Too many requests from this address; try again later.",
          Map.of("Retry-After", Long.toString(wait)));
    }
  }

  private boolean isTrustedProxy(InetAddress address) {
    for (IpRange r : settings.getTrustedProxies()) {
      if (r.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> forwardedFor(HttpServletRequest request) {
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        hops.add(hop.trim());
      }
    }
    return hops;
  }

  /** An IP literal (never resolved through DNS), or null. */
  private static InetAddress literal(String s) {
    return s != null && InetAddresses.isInetAddress(s) ? InetAddresses.forString(s) : null;
  }

  private static String lower(String s) {
    return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
  }
}
