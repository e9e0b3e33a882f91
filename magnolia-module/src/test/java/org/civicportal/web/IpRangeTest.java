package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.net.InetAddresses;
import org.junit.jupiter.api.Test;

class IpRangeTest {
  private static boolean in(String range, String address) {
    return IpRange.parse(range).contains(InetAddresses.forString(address));
  }

  @Test
  void matchesByPrefix() {
    assertThat(in("10.0.0.0/8", "10.200.3.4")).isTrue();
    assertThat(in("10.0.0.0/8", "11.0.0.1")).isFalse();
    assertThat(in("192.168.1.7", "192.168.1.7")).isTrue();
    assertThat(in("192.168.1.7", "192.168.1.8")).isFalse();
    assertThat(in("172.16.0.0/12", "172.31.255.255")).isTrue();
    assertThat(in("172.16.0.0/12", "172.32.0.0")).isFalse();
    assertThat(in("0.0.0.0/0", "8.8.8.8")).isTrue();
    assertThat(in("2001:db8::/32", "2001:db8:1::5")).isTrue();
    assertThat(in("2001:db8::/32", "2001:db9::5")).isFalse();
    assertThat(in("10.0.0.0/8", "::1")).isFalse();
  }

  @Test
  void refusesHostNamesAndBadPrefixes() {
    for (String bad :
        new String[] {"localhost", "10.0.0.0/33", "10.0.0.0/x", "", "::/129", "1.2.3.4/-1"}) {
      assertThatThrownBy(() -> IpRange.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
