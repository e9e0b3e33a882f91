package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import com.google.common.net.InetAddresses;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {
  private final AtomicLong now = new AtomicLong();
  private final Ticker clock =
      new Ticker() {
        @Override
        public long read() {
          return now.get();
        }
      };

  @Test
  void burstThenSustainedRatePerClient() {
    ClientRateLimiter limiter = new ClientRateLimiter(new ApiSettings.RateLimit(6, 3), 100, clock);
    var a = InetAddresses.forString("203.0.113.1");
    var b = InetAddresses.forString("203.0.113.2");
    assertThat(limiter.acquire(a)).isZero();
    assertThat(limiter.acquire(a)).isZero();
    assertThat(limiter.acquire(a)).isZero();
    // 6 per minute: the next token comes after 10 s.
    assertThat(limiter.acquire(a)).isEqualTo(10);
    assertThat(limiter.acquire(b)).isZero();
    now.addAndGet(TimeUnit.SECONDS.toNanos(10));
    assertThat(limiter.acquire(a)).isZero();
    assertThat(limiter.acquire(a)).isEqualTo(10);
  }

  @Test
  void waitSecondsLooksWithoutTaking() {
    ClientRateLimiter limiter = new ClientRateLimiter(new ApiSettings.RateLimit(6, 2), 100, clock);
    var a = InetAddresses.forString("203.0.113.1");
    assertThat(limiter.waitSeconds(a)).isZero();
    assertThat(limiter.waitSeconds(a)).isZero();
    assertThat(limiter.acquire(a)).isZero();
    assertThat(limiter.waitSeconds(a)).isZero();
    assertThat(limiter.acquire(a)).isZero();
    assertThat(limiter.waitSeconds(a)).isEqualTo(10);
    assertThat(limiter.waitSeconds(a)).isEqualTo(10);
    now.addAndGet(TimeUnit.SECONDS.toNanos(4));
    assertThat(limiter.waitSeconds(a)).isEqualTo(6);
    now.addAndGet(TimeUnit.SECONDS.toNanos(6));
    assertThat(limiter.waitSeconds(a)).isZero();
    assertThat(limiter.acquire(a)).isZero();
  }

  @Test
  void ipv6ClientsShareTheirSlash64() {
    ClientRateLimiter limiter = new ClientRateLimiter(new ApiSettings.RateLimit(1, 1), 100, clock);
    assertThat(limiter.acquire(InetAddresses.forString("2001:db8:1:2::1"))).isZero();
    assertThat(limiter.acquire(InetAddresses.forString("2001:db8:1:2:ffff::9"))).isPositive();
    assertThat(limiter.acquire(InetAddresses.forString("2001:db8:1:3::1"))).isZero();
  }
}
