package org.civicportal.magnolia;

import java.security.SecureRandom;
import java.util.Base64;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

import info.magnolia.cms.beans.config.ServerConfiguration;

import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.UncheckedRepositoryException;
import org.civicportal.jcr.Workspaces;
import org.civicportal.web.ApiSettings;
import org.civicportal.web.IpRange;

/**
 * The public API's settings from the module configuration: the site's origin (for the cross-site write check) and
 * the trusted proxies. Built once, at the API servlet's start; a configuration change applies after a restart.
 */
@Singleton
public class MagnoliaApiSettingsProvider implements Provider<ApiSettings> {
    /** In civic-feedback, which every public instance of a cluster shares, so all of them key visitors alike. */
    static final String SECRET_NODE = "secrets";
    static final String SECRET_PROPERTY = "visitorSecret";
    private static final int SECRET_BYTES = 32;

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
                secret = visitorSecret(sessions, new SecureRandom());
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

    /**
     * The secret that keys visitor cookies, made on first use. When two instances make one at once, both read back
     * the one at the path after saving (a same-name sibling made by the race is never read), so all agree.
     */
    static byte[] visitorSecret(JcrSessions sessions, SecureRandom random) throws RepositoryException {
        return sessions.withSession(Workspaces.FEEDBACK, session -> {
            String path = "/" + SECRET_NODE + "/" + SECRET_PROPERTY;
            if (session.propertyExists(path)) {
                return Base64.getDecoder().decode(session.getProperty(path).getString());
            }
            byte[] secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            try {
                Node root = session.getRootNode();
                Node node = root.hasNode(SECRET_NODE) ? root.getNode(SECRET_NODE)
                        : root.addNode(SECRET_NODE, "nt:unstructured");
                node.setProperty(SECRET_PROPERTY, Base64.getEncoder().encodeToString(secret));
                session.save();
            } catch (ItemExistsException | InvalidItemStateException e) {
                session.refresh(false);
            }
            return Base64.getDecoder().decode(session.getProperty(path).getString());
        });
    }
}
