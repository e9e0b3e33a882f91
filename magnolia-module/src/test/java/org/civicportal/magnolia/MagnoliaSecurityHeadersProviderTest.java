package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicportal.web.SecurityHeaders;
import org.junit.jupiter.api.Test;

/**
 * The configured author origin frames the dashboard; an empty or malformed one leaves it to the
 * site itself.
 */
class MagnoliaSecurityHeadersProviderTest {
  @Test
  void authorOriginIsAddedToTheDashboardsFrameAncestors() {
    assertThat(csp(MagnoliaSecurityHeadersProvider.headers("https://Author.Example.gov.vn:443/")))
        .endsWith("frame-ancestors 'self' https://author.example.gov.vn");
  }

  @Test
  void emptyOrMalformedAuthorOriginMeansSelfOnly() {
    String selfOnly = csp(new SecurityHeaders(List.of()));
    assertThat(selfOnly).endsWith("frame-ancestors 'self'");
    assertThat(csp(MagnoliaSecurityHeadersProvider.headers(""))).isEqualTo(selfOnly);
    assertThat(csp(MagnoliaSecurityHeadersProvider.headers("javascript:alert(1)")))
        .isEqualTo(selfOnly);
    assertThat(csp(MagnoliaSecurityHeadersProvider.headers("'unsafe-inline' *")))
        .isEqualTo(selfOnly);
  }

  private static String csp(SecurityHeaders headers) {
    return headers.dashboard().get("Content-Security-Policy");
  }
}
