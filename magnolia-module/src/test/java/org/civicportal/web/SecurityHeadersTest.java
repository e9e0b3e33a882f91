package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The header sets: no inline script anywhere, framing only by the site (and the dashboard's
 * configured author UI).
 */
class SecurityHeadersTest {
  @Test
  void pagesAllowScriptsFromTheSiteOnlyAndAreFramedByItOnly() {
    String csp = SecurityHeaders.PAGE.get("Content-Security-Policy");
    assertThat(csp)
        .startsWith("default-src 'self';")
        .contains(
            "; script-src 'self';",
            "; object-src 'none';",
            "; base-uri 'self';",
            "; frame-ancestors 'self'")
        .doesNotContain("unsafe", "*", "nonce");
    assertThat(SecurityHeaders.PAGE)
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  @Test
  void apiAnswersAreNeverStoredNorFramed() {
    assertThat(SecurityHeaders.API)
        .containsEntry("Cache-Control", "no-store")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  }

  @Test
  void dashboardIsFramedByTheSiteAndTheGivenOriginsNormalised() {
    Map<String, String> own = new SecurityHeaders(List.of()).dashboard();
    assertThat(own.get("Content-Security-Policy"))
        .endsWith("; frame-ancestors 'self'")
        .doesNotContain("unsafe");
    assertThat(own)
        .containsEntry("Cache-Control", "no-store")
        .containsEntry("X-Content-Type-Options", "nosniff");
    assertThat(
            new SecurityHeaders(
                    List.of(
                        "HTTPS://Author.example.gov.vn:443/.magnolia/admincentral",
                        "http://10.0.0.5:8080"))
                .dashboard()
                .get("Content-Security-Policy"))
        .endsWith("; frame-ancestors 'self' https://author.example.gov.vn http://10.0.0.5:8080");
  }

  /** A framer is an origin, never a source expression that would widen the policy. */
  @Test
  void framersThatAreNotOriginsAreRefused() {
    for (String bad :
        List.of(
            "*",
            "'unsafe-inline'",
            "javascript:alert(1)",
            "https://",
            "author.example.gov.vn",
            "data:text/html,x")) {
      assertThatThrownBy(() -> new SecurityHeaders(List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void magnoliasOwnUiIsLeftAlone() {
    assertThat(SecurityHeaders.coversMagnoliaPath("/")).isTrue();
    assertThat(SecurityHeaders.coversMagnoliaPath("/civic-portal/articles.html")).isTrue();
    assertThat(SecurityHeaders.coversMagnoliaPath("/.magnoliax")).isTrue();
    assertThat(SecurityHeaders.coversMagnoliaPath("/.magnolia")).isFalse();
    assertThat(SecurityHeaders.coversMagnoliaPath("/.magnolia/admincentral")).isFalse();
  }
}
