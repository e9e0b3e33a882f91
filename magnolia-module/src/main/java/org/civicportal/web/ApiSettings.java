package org.civicportal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Configuration of the public API's request guards. Magnolia builds it from the module's
 * configuration, the standalone from its flags; nothing here is read from request headers.
 */
public final class ApiSettings {
  /** Largest request body accepted; DESIGN fixes it. */
  public static final int MAX_BODY_BYTES = 16 * 1024;

  private final Set<String> siteOrigins;
  private final List<IpRange> trustedProxies;
  private final RateLimit writeLimit;
  private final RateLimit readLimit;
  private final byte[] visitorSecret;
  private final int maxTrackedClients;

  private ApiSettings(Builder b) {
    this.siteOrigins = Set.copyOf(b.siteOrigins);
    this.trustedProxies = List.copyOf(b.trustedProxies);
    this.writeLimit = b.writeLimit;
    this.readLimit = b.readLimit;
    this.visitorSecret = b.visitorSecret.clone();
    this.maxTrackedClients = b.maxTrackedClients;
  }

  public static Builder builder(byte[] visitorSecret) {
    return new Builder(visitorSecret);
  }

  /**
   * Origins ("https://example.gov.vn") whose pages may send writes; normalised, see {@link
   * #origin(String)}. None means the site is wherever the request was sent ({@link
   * RequestGuards#checkSameSite}).
   */
  public Set<String> getSiteOrigins() {
    return siteOrigins;
  }

  public List<IpRange> getTrustedProxies() {
    return trustedProxies;
  }

  /** Per client IP: votes and other writes. */
  public RateLimit getWriteLimit() {
    return writeLimit;
  }

  /** Per client IP: reads of live numbers. */
  public RateLimit getReadLimit() {
    return readLimit;
  }

  byte[] getVisitorSecret() {
    return visitorSecret.clone();
  }

  /** Bound on the rate limiter's memory: least recently seen clients are forgotten first. */
  public int getMaxTrackedClients() {
    return maxTrackedClients;
  }

  /**
   * The origin of a URL as browsers send it in {@code Origin}: lower-case scheme and host, port
   * only when not the scheme's default. Null when {@code url} is not an absolute http(s) URL.
   */
  public static String origin(String url) {
    try {
      URI u = new URI(url.trim());
      String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
      if (!("http".equals(scheme) || "https".equals(scheme)) || u.getHost() == null) {
        return null;
      }
      int port = u.getPort();
      boolean defaultPort =
          port == -1
              || ("http".equals(scheme) && port == 80)
              || ("https".equals(scheme) && port == 443);
      return scheme
          + "://"
          + u.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** A token bucket: {@code perMinute} sustained, up to {@code burst} at once. */
  public static final class RateLimit {
    private final double perMinute;
    private final int burst;

    public RateLimit(double perMinute, int burst) {
      if (perMinute <= 0 || burst < 1) {
        throw new IllegalArgumentException("Rate limit needs perMinute > 0 and burst >= 1");
      }
      this.perMinute = perMinute;
      this.burst = burst;
    }

    public double getPerMinute() {
      return perMinute;
    }

    public int getBurst() {
      return burst;
    }
  }

  /**
   * Defaults suit a provincial portal: offices behind one NAT can all vote, a script cannot flood.
   */
  public static final class Builder {
    private final byte[] visitorSecret;
    private final List<String> siteOrigins = new ArrayList<>();
    private final List<IpRange> trustedProxies = new ArrayList<>();
    private RateLimit writeLimit = new RateLimit(60, 30);
    private RateLimit readLimit = new RateLimit(1200, 300);
    private int maxTrackedClients = 100_000;

    private Builder(byte[] visitorSecret) {
      if (visitorSecret == null || visitorSecret.length < 16) {
        throw new IllegalArgumentException("The visitor secret needs at least 16 bytes");
      }
      this.visitorSecret = visitorSecret.clone();
    }

    /**
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public Builder siteOrigin(String url) {
      String o = origin(url);
      if (o == null) {
        throw new IllegalArgumentException("Not an http(s) origin: " + url);
      }
      siteOrigins.add(o);
      return this;
    }

    public Builder trustedProxy(IpRange range) {
      trustedProxies.add(range);
      return this;
    }

    public Builder writeLimit(RateLimit v) {
      writeLimit = v;
      return this;
    }

    public Builder readLimit(RateLimit v) {
      readLimit = v;
      return this;
    }

    public Builder maxTrackedClients(int v) {
      maxTrackedClients = v;
      return this;
    }

    public ApiSettings build() {
      return new ApiSettings(this);
    }
  }

  @Override
  public String toString() {
    return "ApiSettings{origins="
        + siteOrigins
        + ", trustedProxies="
        + trustedProxies
        + ", write="
        + writeLimit.perMinute
        + "/min burst "
        + writeLimit.burst
        + ", read="
        + readLimit.perMinute
        + "/min burst "
        + readLimit.burst
        + "}";
  }
}
