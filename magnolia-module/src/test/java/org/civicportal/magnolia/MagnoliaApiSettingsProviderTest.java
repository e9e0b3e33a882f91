package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.civicportal.jcr.TestRepository;
import org.civicportal.web.ApiSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's settings from the module configuration, over a real Jackrabbit (the visitor secret
 * lives there). Without a site URL no origin is configured, so the API takes each request's own
 * origin (RatingApiTest shows that): Magnolia's defaultBaseUrl, often
 * http://localhost:8080/magnolia/ on public instances, refused every real vote.
 */
class MagnoliaApiSettingsProviderTest {
  @TempDir static Path dir;
  private static TestRepository repository;

  @BeforeAll
  static void open() throws Exception {
    repository = TestRepository.open(dir);
  }

  @AfterAll
  static void close() {
    repository.close();
  }

  @Test
  void withoutASiteUrlNoOriginIsConfigured() {
    ApiSettings settings =
        new MagnoliaApiSettingsProvider(repository, CivicPortalModule::new).get();
    assertThat(settings.getSiteOrigins()).isEmpty();
  }

  @Test
  void aSiteUrlIsTheSitesOrigin() {
    CivicPortalModule config = new CivicPortalModule();
    config.setSiteUrl("https://STTTT.example.gov.vn/trang-chu");
    config.getTrustedProxies().add("10.0.0.0/8");
    ApiSettings settings = new MagnoliaApiSettingsProvider(repository, () -> config).get();
    assertThat(settings.getSiteOrigins()).containsExactly("https://stttt.example.gov.vn");
    assertThat(settings.getTrustedProxies()).hasSize(1);
  }
}
