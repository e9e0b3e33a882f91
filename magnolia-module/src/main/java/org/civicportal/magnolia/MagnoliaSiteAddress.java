package org.civicportal.magnolia;

import info.magnolia.cms.beans.config.ServerConfiguration;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.servlet.http.HttpServletRequest;
import org.civicportal.web.SiteAddress;

/**
 * The public site's address in Magnolia, read on every call from the module configuration: {@code
 * siteUrl}; else the request's own host when it is one of {@code siteHosts}; else Magnolia's {@code
 * /server/defaultBaseUrl}.
 */
public class MagnoliaSiteAddress implements SiteAddress {
  private final Provider<CivicPortalModule> module;
  private final ServerConfiguration serverConfiguration;

  @Inject
  public MagnoliaSiteAddress(
      Provider<CivicPortalModule> module, ServerConfiguration serverConfiguration) {
    this.module = module;
    this.serverConfiguration = serverConfiguration;
  }

  @Override
  public String baseUrl(HttpServletRequest request) {
    CivicPortalModule config = module.get();
    return SiteAddress.choose(
        config.getSiteUrl(),
        request,
        config.getSiteHosts(),
        serverConfiguration.getDefaultBaseUrl());
  }

  @Override
  public String homePath() {
    return module.get().getHomePath();
  }
}
