package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.visits.VisitSettings;
import org.junit.jupiter.api.Test;

/**
 * Visit settings from the module configuration: values taken, bad ones replaced by the defaults.
 */
class MagnoliaVisitSettingsProviderTest {
  @Test
  void theBootstrapDefaultsGiveVisitSettingsDefaults() {
    VisitSettings s = new MagnoliaVisitSettingsProvider(CivicPortalModule::new).get();
    assertThat(s.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(s.getFlushInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.getRetention()).isEqualTo(Period.ofDays(730));
    assertThat(s.getMaxViewsPerVisitorPerDay()).isEqualTo(300);
  }

  /**
   * Magnolia without configuration counts as the standalone does, which builds VisitSettings from
   * its defaults.
   */
  @Test
  void theModulesDefaultsAreTheStandalonesDefaults() {
    VisitSettings magnolia = MagnoliaVisitSettingsProvider.settings(new CivicPortalModule(), null);
    VisitSettings standalone = VisitSettings.builder().build();
    assertThat(magnolia.getZone())
        .isEqualTo(standalone.getZone())
        .isEqualTo(VisitSettings.DEFAULT_ZONE);
    assertThat(magnolia.getFlushInterval())
        .isEqualTo(standalone.getFlushInterval())
        .isEqualTo(VisitSettings.DEFAULT_FLUSH_INTERVAL);
    assertThat(magnolia.getRetention())
        .isEqualTo(standalone.getRetention())
        .isEqualTo(VisitSettings.DEFAULT_RETENTION);
    assertThat(magnolia.getMaxViewsPerVisitorPerDay())
        .isEqualTo(standalone.getMaxViewsPerVisitorPerDay())
        .isEqualTo(VisitSettings.DEFAULT_MAX_VIEWS_PER_VISITOR_PER_DAY);
    assertThat(magnolia.getTopKeysPerDay())
        .isEqualTo(standalone.getTopKeysPerDay())
        .isEqualTo(VisitSettings.DEFAULT_TOP_KEYS_PER_DAY);
  }

  /**
   * A Magnolia cluster node and a standalone one name their shard after the same configuration
   * variable.
   */
  @Test
  void theClusterNodeIdIsTheClusteredConfigurationsVariable() throws IOException {
    assertThat(MagnoliaVisitSettingsProvider.CLUSTER_NODE_ID_PROPERTY)
        .isEqualTo(ClusterSettings.NODE_ID_VARIABLE);
    try (InputStream in = getClass().getResourceAsStream(ClusterSettings.CONFIG)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("${" + MagnoliaVisitSettingsProvider.CLUSTER_NODE_ID_PROPERTY + "}");
    }
  }

  @Test
  void configuredValuesAreUsed() {
    CivicPortalModule config = new CivicPortalModule();
    config.setTimeZone("Europe/Paris");
    config.setFlushIntervalSeconds(5);
    config.setRetentionDays(90);
    config.setMaxViewsPerVisitorPerDay(50);
    config.setTopKeysPerDay(40);
    VisitSettings s = MagnoliaVisitSettingsProvider.settings(config, null);
    assertThat(s.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(s.getFlushInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.getRetention()).isEqualTo(Period.ofDays(90));
    assertThat(s.getMaxViewsPerVisitorPerDay()).isEqualTo(50);
    assertThat(s.getTopKeysPerDay()).isEqualTo(40);
  }

  @Test
  void aClusterNodeWritesTheShardNamedAfterIt() {
    CivicPortalModule config = new CivicPortalModule();
    String hostShard = MagnoliaVisitSettingsProvider.settings(config, null).getShard();
    assertThat(MagnoliaVisitSettingsProvider.settings(config, "public1").getShard())
        .isEqualTo("public1");
    assertThat(MagnoliaVisitSettingsProvider.settings(config, "public 1/x").getShard())
        .isEqualTo(hostShard);
  }

  @Test
  void badValuesFallBackToTheDefaults() {
    CivicPortalModule config = new CivicPortalModule();
    config.setTimeZone("Mars/Olympus");
    config.setFlushIntervalSeconds(0);
    config.setRetentionDays(-1);
    config.setMaxViewsPerVisitorPerDay(0);
    config.setTopKeysPerDay(1);
    VisitSettings s = MagnoliaVisitSettingsProvider.settings(config, null);
    VisitSettings defaults = VisitSettings.builder().build();
    assertThat(s.getZone()).isEqualTo(defaults.getZone());
    assertThat(s.getFlushInterval()).isEqualTo(defaults.getFlushInterval());
    assertThat(s.getRetention()).isEqualTo(defaults.getRetention());
    assertThat(s.getMaxViewsPerVisitorPerDay()).isEqualTo(defaults.getMaxViewsPerVisitorPerDay());
    assertThat(s.getTopKeysPerDay()).isEqualTo(defaults.getTopKeysPerDay());
  }
}
