package org.civicportal.magnolia;

import java.security.SecureRandom;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;

import info.magnolia.cms.beans.config.ServerConfiguration;

import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.UncheckedRepositoryException;
import org.civicportal.web.ApiSettings;
import org.civicportal.web.IpRange;
import org.civicportal.web.VisitorSecret;

/**
 * The public API's settings from the module configuration: the site's origin (for the cross-site write check) and
 * the trusted proxies. Built once, at the API servlet's start; a configuration change applies after a restart.
 */
@Singleton
public class MagnoliaApiSettingsProvider implements Provider<ApiSettings> {
    private final JcrSessions sessions;
    private final Provider<CivicPortalModule> module;
    private final ServerConfiguration serverConfiguration;
    private ApiSettings settings;

    @Inject
    public MagnoliaApiSettingsProvider(JcrSessions sessions, Provider<CivicPortalModule> module,
                                       ServerConfiguration serverConfiguration) {
        this.sessions = sessions;
        this.module = module;
        this.serverConfiguration = serverConfiguration;
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
            String siteUrl = config.getSiteUrl().isEmpty() ? serverConfiguration.getDefaultBaseUrl()
                    : config.getSiteUrl();
            ApiSettings.Builder builder = ApiSettings.builder(secret).siteOrigin(siteUrl);
            config.getTrustedProxies().forEach(cidr -> builder.trustedProxy(IpRange.parse(cidr)));
            settings = builder.build();
        }
        return settings;
    }
}
