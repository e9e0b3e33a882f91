package org.civicportal.standalone;

import com.google.inject.AbstractModule;
import java.util.List;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ContentService;
import org.civicportal.content.JcrContentService;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.templating.SiteContext;
import org.civicportal.templating.TemplateEngine;
import org.civicportal.visits.VisitSettings;
import org.civicportal.web.ApiSettings;
import org.civicportal.web.SecurityHeaders;
import org.civicportal.web.SiteAddress;

/**
 * Wires the module's components for the standalone site, as Magnolia's module descriptor does
 * inside Magnolia. Each capability adds its few bindings here; concrete classes with
 * {@code @Inject} constructors need none.
 */
public final class StandaloneModule extends AbstractModule {
  private final Options options;
  private final EmbeddedRepository repository;
  private final JcrSessions sessions;
  private final ApiSettings apiSettings;
  private final AdminPassword adminPassword;

  public StandaloneModule(
      Options options,
      EmbeddedRepository repository,
      JcrSessions sessions,
      ApiSettings apiSettings,
      AdminPassword adminPassword) {
    this.options = options;
    this.repository = repository;
    this.sessions = sessions;
    this.apiSettings = apiSettings;
    this.adminPassword = adminPassword;
  }

  @Override
  protected void configure() {
    bind(Options.class).toInstance(options);
    bind(EmbeddedRepository.class).toInstance(repository);
    bind(JcrSessions.class).toInstance(sessions);
    bind(ApiSettings.class).toInstance(apiSettings);
    bind(AdminPassword.class).toInstance(adminPassword);
    // The dashboard is not framed by anything but the site itself: there is no author UI.
    bind(SecurityHeaders.class).toInstance(new SecurityHeaders(List.of()));
    bind(TemplateEngine.class).toInstance(new TemplateEngine());
    bind(SiteContext.class).toProvider(CurrentSite.class);
    // Content: the standalone has no asset manager, so images and attachments are plain URLs.
    bind(AssetLinks.class).toInstance(AssetLinks.URLS_ONLY);
    bind(ContentService.class).to(JcrContentService.class);
    bind(SiteAddress.class).toInstance(new StandaloneSiteAddress(options.getSiteUrl()));
    // Visits: a cluster node writes the shard named after it, a single site its only one; default
    // flush interval.
    String shard = options.getCluster().map(ClusterSettings::getNodeId).orElse("standalone");
    bind(VisitSettings.class)
        .toInstance(VisitSettings.builder().shard(shard).zone(options.getTimeZone()).build());
  }
}
