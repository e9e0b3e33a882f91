package org.civicportal.standalone;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.web.ApiSettings;
import org.civicportal.web.ClientRateLimiter;
import org.civicportal.web.RequestGuards;
import org.civicportal.web.SecurityHeaders;

/**
 * HTTP Basic in front of the statistics: user {@code admin} with the admin password; anything else
 * gets 401. Failed sign-ins are limited per client address (the proxy-aware one of the API's
 * request guards): after {@link #FAILURE_BURST} of them the client gets 429 with Retry-After for
 * whatever it sends, until the bucket has refilled by one. A successful sign-in costs nothing.
 * Every checked header costs one full password hash, whether the user name is right or not, so
 * timing tells nothing. The password hash is deliberately slow, so a header that passed is
 * remembered (as its SHA-256) for a few minutes instead of being checked again for each chart and
 * script of the dashboard. Nothing here logs a header or a password.
 */
final class StatsAuthFilter implements Filter {
  static final String USER = "admin";

  /** Wrong passwords a client may send at once, and how many more per hour after that. */
  static final int FAILURE_BURST = 5;

  static final int FAILURES_PER_HOUR = 20;
  private static final int MAX_TRACKED_CLIENTS = 10_000;

  /** Servlet 4 names no constant for it. */
  private static final int TOO_MANY_REQUESTS = 429;

  private static final String CHALLENGE =
      "Basic realm=\"civic-portal statistics\", charset=\"UTF-8\"";

  private final AdminPassword password;
  private final SecurityHeaders headers;
  private final RequestGuards guards;
  private final ClientRateLimiter failures;
  private final Cache<String, Boolean> accepted =
      CacheBuilder.newBuilder().maximumSize(100).expireAfterWrite(5, TimeUnit.MINUTES).build();

  StatsAuthFilter(
      AdminPassword password, SecurityHeaders headers, RequestGuards guards, Ticker ticker) {
    this.password = password;
    this.headers = headers;
    this.guards = guards;
    this.failures =
        new ClientRateLimiter(
            new ApiSettings.RateLimit(FAILURES_PER_HOUR / 60.0, FAILURE_BURST),
            MAX_TRACKED_CLIENTS,
            ticker);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    InetAddress client = guards.clientAddress(request);
    long wait = failures.waitSeconds(client);
    if (wait > 0) {
      response.setHeader("Retry-After", Long.toString(wait));
      refuse(response, TOO_MANY_REQUESTS, "Too many failed sign-ins; try again later.\n");
      return;
    }
    String header = request.getHeader("Authorization");
    if (header == null) {
      challenge(response);
      return;
    }
    String digest = sha256(header);
    if (accepted.getIfPresent(digest) != null) {
      chain.doFilter(req, res);
      return;
    }
    if (checks(header)) {
      accepted.put(digest, Boolean.TRUE);
      chain.doFilter(req, res);
      return;
    }
    failures.acquire(client);
    challenge(response);
  }

  private void challenge(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    refuse(
        response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in as admin to see the statistics.\n");
  }

  private void refuse(HttpServletResponse response, int status, String text) throws IOException {
    headers.dashboard(response);
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * Whether a Basic header names the admin with the right password; one full hash for every
   * well-formed header.
   */
  private boolean checks(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    String user = colon < 0 ? "" : decoded.substring(0, colon);
    boolean rightPassword = password.matches(decoded.substring(colon + 1).toCharArray());
    boolean rightUser =
        MessageDigest.isEqual(
            user.getBytes(StandardCharsets.UTF_8), USER.getBytes(StandardCharsets.UTF_8));
    return rightUser & rightPassword;
  }

  private static String sha256(String s) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
