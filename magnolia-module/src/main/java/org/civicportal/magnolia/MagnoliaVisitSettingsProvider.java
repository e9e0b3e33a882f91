package org.civicportal.magnolia;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import org.civicportal.visits.VisitSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visit counting's settings from the module configuration, read like the API's (see {@link
 * MagnoliaApiSettingsProvider}): once, when first needed; a change applies after a restart. A bad
 * value falls back to its default with a warning, so a typo in the configuration never stops
 * Magnolia from starting.
 */
@Singleton
public class MagnoliaVisitSettingsProvider implements Provider<VisitSettings> {
  private static final Logger LOG = LoggerFactory.getLogger(MagnoliaVisitSettingsProvider.class);

  /**
   * The node id variable of the clustered repository configuration ({@code
   * clustered-repository.xml}), which a Magnolia cluster node gets as a JVM system property; the
   * standalone's cluster flags fill the same variable.
   */
  static final String CLUSTER_NODE_ID_PROPERTY = "civic.cluster.nodeId";

  private final Provider<CivicPortalModule> module;
  private VisitSettings settings;

  @Inject
  public MagnoliaVisitSettingsProvider(Provider<CivicPortalModule> module) {
    this.module = module;
  }

  @Override
  public synchronized VisitSettings get() {
    if (settings == null) {
      settings = settings(module.get(), System.getProperty(CLUSTER_NODE_ID_PROPERTY));
    }
    return settings;
  }

  /**
   * @param clusterNodeId the instance's id in the clustered runtime repository (JVM system property
   *     {@value #CLUSTER_NODE_ID_PROPERTY}), its visit shard; null: the host name is
   */
  static VisitSettings settings(CivicPortalModule config, String clusterNodeId) {
    VisitSettings.Builder b = VisitSettings.builder();
    if (clusterNodeId != null) {
      try {
        b.shard(clusterNodeId);
      } catch (IllegalArgumentException e) {
        LOG.warn(
            "Ignoring the system property {} = \"{}\" as the visit shard: not a valid name, the host name"
                + " is used",
            CLUSTER_NODE_ID_PROPERTY,
            clusterNodeId);
      }
    }
    try {
      b.zone(ZoneId.of(config.getTimeZone()));
    } catch (DateTimeException e) {
      warn("timeZone", config.getTimeZone());
    }
    if (config.getFlushIntervalSeconds() > 0) {
      b.flushInterval(Duration.ofSeconds(config.getFlushIntervalSeconds()));
    } else {
      warn("flushIntervalSeconds", config.getFlushIntervalSeconds());
    }
    if (config.getRetentionDays() > 0 && config.getRetentionDays() <= Integer.MAX_VALUE) {
      b.retention(Period.ofDays((int) config.getRetentionDays()));
    } else {
      warn("retentionDays", config.getRetentionDays());
    }
    if (config.getMaxViewsPerVisitorPerDay() > 0
        && config.getMaxViewsPerVisitorPerDay() <= Integer.MAX_VALUE) {
      b.maxViewsPerVisitorPerDay((int) config.getMaxViewsPerVisitorPerDay());
    } else {
      warn("maxViewsPerVisitorPerDay", config.getMaxViewsPerVisitorPerDay());
    }
    if (config.getTopKeysPerDay() >= VisitSettings.MIN_TOP_KEYS_PER_DAY
        && config.getTopKeysPerDay() <= VisitSettings.MAX_TOP_KEYS_PER_DAY) {
      b.topKeysPerDay((int) config.getTopKeysPerDay());
    } else {
      warn("topKeysPerDay", config.getTopKeysPerDay());
    }
    return b.build();
  }

  private static void warn(String name, Object value) {
    LOG.warn(
        "Ignoring /modules/civic-portal/config/{} = \"{}\": not valid, the default is used",
        name,
        value);
  }
}
