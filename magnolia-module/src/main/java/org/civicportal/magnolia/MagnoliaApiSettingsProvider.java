package org.civicportal.magnolia;

import java.security.SecureRandom;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.UncheckedRepositoryException;
import org.civicportal.web.ApiSettings;
import org.civicportal.web.IpRange;
import org.civicportal.web.VisitorSecret;

/**
 * The public API's settings from the module configuration: the site's origin, when set (for the
 * cross-site write check), and the trusted proxies. Built once, at the API servlet's start; a
 * configuration change applies after a restart.
 */
@Singleton
public class MagnoliaApiSettingsProvider implements Provider<ApiSettings> {
  private final JcrSessions sessions;
  private final Provider<CivicPortalModule> module;
  private ApiSettings settings;

  @Inject
  public MagnoliaApiSettingsProvider(JcrSessions sessions, Provider<CivicPortalModule> module) {
    this.sessions = sessions;
    this.module = module;
  }

  @Override
  public synchronized ApiSettings get() {
    if (settings == null) {
      CivicPortalModule config = module.get();
      byte[] secret;
      try {
        secret = VisitorSecret.get(sessions, new SecureRandom());
      } catch (RepositoryException e) {
        throw new UncheckedRepositoryException("cannot read or create the visitor secret", e);
      }
      ApiSettings.Builder builder = ApiSettings.builder(secret);
      // Without a site URL each request's own origin is the site's: Magnolia's defaultBaseUrl is
      // often
      // http://localhost:8080/magnolia/ on public instances, which would refuse every real vote.
      if (!config.getSiteUrl().isEmpty()) {
        builder.siteOrigin(config.getSiteUrl());
      }
      config.getTrustedProxies().forEach(cidr -> builder.trustedProxy(IpRange.parse(cidr)));
      settings = builder.build();
    }
    return settings;
  }
}
