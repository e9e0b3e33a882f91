package org.civicportal.magnolia;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import org.civicportal.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security headers with the module configuration's {@code authorOrigin}, read once like the
 * other settings; a value that is not an http(s) origin is ignored with a warning, so the dashboard
 * stays framable by its own origin only and a typo never stops Magnolia from starting.
 */
@Singleton
public class MagnoliaSecurityHeadersProvider implements Provider<SecurityHeaders> {
  private static final Logger LOG = LoggerFactory.getLogger(MagnoliaSecurityHeadersProvider.class);

  private final Provider<CivicPortalModule> module;
  private SecurityHeaders headers;

  @Inject
  public MagnoliaSecurityHeadersProvider(Provider<CivicPortalModule> module) {
    this.module = module;
  }

  @Override
  public synchronized SecurityHeaders get() {
    if (headers == null) {
      headers = headers(module.get().getAuthorOrigin());
    }
    return headers;
  }

  static SecurityHeaders headers(String authorOrigin) {
    if (authorOrigin.isEmpty()) {
      return new SecurityHeaders(List.of());
    }
    try {
      return new SecurityHeaders(List.of(authorOrigin));
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring /modules/civic-portal/config/authorOrigin: {}", e.getMessage());
      return new SecurityHeaders(List.of());
    }
  }
}
