package org.civicportal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Referrer hosts (as the counter stores them: lower case, without "www.") by kind of source. */
class SourceTest {
  @Test
  void referrersAreGroupedByTheirRegistrableDomain() {
    assertThat(Source.of("(direct)")).isEqualTo(Source.DIRECT);
    for (String host :
        new String[] {
          "google.com",
          "google.com.vn",
          "bing.com",
          "coccoc.com",
          "search.yahoo.com",
          "duckduckgo.com"
        }) {
      assertThat(Source.of(host)).as(host).isEqualTo(Source.SEARCH);
    }
    for (String host :
        new String[] {
          "facebook.com",
          "m.facebook.com",
          "l.facebook.com",
          "zalo.me",
          "chat.zalo.me",
          "x.com",
          "t.co",
          "youtube.com",
          "linkedin.com"
        }) {
      assertThat(Source.of(host)).as(host).isEqualTo(Source.SOCIAL);
    }
    for (String host :
        new String[] {
          "vnexpress.net",
          "googleusercontent.example",
          "mic.gov.vn",
          "192.168.1.1",
          "(other)",
          "localhost"
        }) {
      assertThat(Source.of(host)).as(host).isEqualTo(Source.OTHER);
    }
  }
}
