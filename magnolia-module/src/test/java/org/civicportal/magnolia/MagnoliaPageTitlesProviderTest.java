package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.embedded.WorkspaceLayout;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.Workspaces;
import org.civicportal.stats.PageTitles;
import org.civicportal.templating.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In Magnolia the statistics name the site's other pages by their title in the website workspace (a
 * real one here), below the module's homePath only, and never through a dot segment.
 */
class MagnoliaPageTitlesProviderTest {
  static final Messages VI = Messages.load("vi");

  @TempDir static Path dir;
  static EmbeddedRepository repository;
  static PageTitles titles;

  @BeforeAll
  static void start() throws Exception {
    List<String> local = new ArrayList<>(Workspaces.EDITORIAL);
    local.add(MagnoliaPageTitlesProvider.WEBSITE);
    repository = EmbeddedRepository.open(dir, new WorkspaceLayout(local, Workspaces.RUNTIME));
    JcrSessions sessions =
        new JcrSessions() {
          @Override
          public <T> T withSession(String workspace, SessionWork<T> work)
              throws RepositoryException {
            return repository.withSession(workspace, work::run);
          }
        };
    sessions.withSession(
        MagnoliaPageTitlesProvider.WEBSITE,
        s -> {
          Node home = s.getRootNode().addNode("civic-portal", "nt:unstructured");
          home.setProperty("title", "Sở Thông tin và Truyền thông");
          home.addNode("gioi-thieu", "nt:unstructured").setProperty("title", "Giới thiệu");
          s.getRootNode()
              .addNode("other", "nt:unstructured")
              .setProperty("title", "Trang của site khác");
          s.save();
          return null;
        });
    titles =
        new MagnoliaPageTitlesProvider(
                new JcrContentService(sessions, AssetLinks.URLS_ONLY),
                sessions,
                CivicPortalModule::new)
            .get();
  }

  @AfterAll
  static void stop() {
    repository.close();
  }

  @Test
  void otherPagesOfTheSiteAreNamedByTheirTitle() {
    assertThat(titles.title("/civic-portal/gioi-thieu.html", "", VI)).isEqualTo("Giới thiệu");
    assertThat(titles.title("/en/civic-portal/gioi-thieu.html", "", VI)).isEqualTo("Giới thiệu");
    assertThat(titles.title("/magnoliaPublic/civic-portal/gioi-thieu.html", "/magnoliaPublic", VI))
        .isEqualTo("Giới thiệu");
    // The home page keeps its name as the statistics call it.
    assertThat(titles.title("/civic-portal.html", "", VI)).isEqualTo("Trang chủ");
  }

  @Test
  void pagesOutsideTheSiteOrMissingAreTheirPath() {
    for (String path :
        List.of(
            "/other.html",
            "/civic-portal/../other.html",
            "/civic-portal/./gioi-thieu.html",
            "/civic-portal/khong-co.html",
            "/civic-portal/gioi thieu.html")) {
      assertThat(titles.title(path, "", VI)).as(path).isEqualTo(path);
    }
  }
}
