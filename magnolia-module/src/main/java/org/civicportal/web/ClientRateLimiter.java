package org.civicportal.web;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per client address, held in a bounded cache so that many addresses cannot exhaust
 * memory. IPv6 clients are limited per /64, the block one subscriber usually gets, so rotating
 * addresses does not help.
 */
public final class ClientRateLimiter {
  private final ApiSettings.RateLimit limit;
  private final Ticker ticker;
  private final Cache<String, Bucket> buckets;

  public ClientRateLimiter(ApiSettings.RateLimit limit, int maxClients, Ticker ticker) {
    this.limit = limit;
    this.ticker = ticker;
    long refillNanos = (long) (limit.getBurst() * 60e9 / limit.getPerMinute());
    // A bucket idle long enough to be full again carries no information: forgetting it is exact.
    this.buckets =
        CacheBuilder.newBuilder()
            .maximumSize(maxClients)
            .expireAfterAccess(Math.max(refillNanos, 1_000_000_000L), TimeUnit.NANOSECONDS)
            .ticker(ticker)
            .build();
  }

  /**
   * Takes one permit for {@code client}: 0 when granted, otherwise the seconds to wait (at least
   * 1).
   */
  public long acquire(InetAddress client) {
    Bucket bucket;
    try {
      bucket = buckets.get(key(client), () -> new Bucket(limit.getBurst(), ticker.read()));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
    return seconds(bucket.take(ticker.read(), limit.getPerMinute() / 60e9, limit.getBurst()));
  }

  /** The seconds {@code client} must wait for a permit (0 when one is there), without taking it. */
  public long waitSeconds(InetAddress client) {
    Bucket bucket = buckets.getIfPresent(key(client));
    return bucket == null
        ? 0
        : seconds(bucket.waitNanos(ticker.read(), limit.getPerMinute() / 60e9, limit.getBurst()));
  }

  private static long seconds(long waitNanos) {
    return waitNanos <= 0 ? 0 : Math.max(1, (long) Math.ceil(waitNanos / 1e9));
  }

  static String key(InetAddress client) {
    byte[] b = client.getAddress();
    return client instanceof Inet6Address
        ? Arrays.toString(IpRange.mask(b, 64))
        : client.getHostAddress();
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    /** 0 when a token was taken, else nanoseconds until one is available. */
    synchronized long take(long now, double perNano, int burst) {
      long wait = waitNanos(now, perNano, burst);
      if (wait == 0) {
        tokens -= 1;
      }
      return wait;
    }

    /** 0 when a token is available, else nanoseconds until one is; refills, takes nothing. */
    synchronized long waitNanos(long now, double perNano, int burst) {
      tokens = Math.min(burst, tokens + (now - last) * perNano);
      last = now;
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}
