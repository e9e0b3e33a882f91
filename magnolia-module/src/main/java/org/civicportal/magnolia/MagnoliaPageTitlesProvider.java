package org.civicportal.magnolia;

import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.content.ContentService;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.stats.PageTitles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistics' page titles for the site under the module's {@code homePath}, whose pages
 * Magnolia serves as {@code {homePath}.html} and below: items and listings by their URLs, any other
 * page of the site by the {@code title} of its node in the website workspace. Read when the
 * statistics servlet is made, so a change of homePath applies after a restart.
 */
public class MagnoliaPageTitlesProvider implements Provider<PageTitles> {
  static final String WEBSITE = "website";
  private static final Logger LOG = LoggerFactory.getLogger(MagnoliaPageTitlesProvider.class);

  private final ContentService content;
  private final JcrSessions sessions;
  private final Provider<CivicPortalModule> module;

  @Inject
  public MagnoliaPageTitlesProvider(
      ContentService content, JcrSessions sessions, Provider<CivicPortalModule> module) {
    this.content = content;
    this.sessions = sessions;
    this.module = module;
  }

  @Override
  public PageTitles get() {
    String home = module.get().getHomePath();
    String base = home == null || home.trim().equals("/") ? "" : home.trim().replaceAll("/+$", "");
    return new PageTitles(content, home, page -> websiteTitle(base + page));
  }

  /**
   * The title of the website page at {@code path}, if there is one (a path that names no node has
   * none).
   */
  private Optional<String> websiteTitle(String path) {
    try {
      return sessions.withSession(
          WEBSITE,
          s -> {
            // Plain names only: no "." or ".." segment may lead out of the site.
            if (!path.matches("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+") || !s.nodeExists(path)) {
              return Optional.<String>empty();
            }
            Node page = s.getNode(path);
            return page.hasProperty("title")
                ? Optional.of(page.getProperty("title").getString())
                : Optional.<String>empty();
          });
    } catch (RepositoryException e) {
      LOG.warn("Could not read the title of the page {}", path, e);
      return Optional.empty();
    }
  }
}
