package org.civicportal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.magnolia.CivicPortalModule;
import org.civicportal.templating.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics' names of counted pages, from the paths browsers report: the standalone's short
 * URLs and the URLs of Magnolia's sample site (module default homePath, .html pages, /en, a context
 * path).
 */
class PageTitlesTest {
  static final String REPORT = "Báo cáo quý I/2024";
  static final String ARTICLE = "Chuyển đổi số 2024";
  static final String ABOUT = "Giới thiệu";
  static final Messages VI = Messages.load("vi");
  static final Messages EN = Messages.load("en");

  @TempDir static Path dir;
  static TestRepository repository;
  static PageTitles standalone;
  static PageTitles magnolia;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir);
    JcrContentService content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
    standalone = new PageTitles(content);
    magnolia =
        new PageTitles(
            content,
            new CivicPortalModule().getHomePath(),
            page -> page.equals("/gioi-thieu") ? Optional.of(ABOUT) : Optional.empty());
  }

  @AfterAll
  static void stop() throws Exception {
    repository.close();
  }

  @Test
  void standaloneShortUrlsNameTheirItemsAndPages() {
    assertThat(standalone.title("/reports/bao-cao-quy-1-2024", "", VI)).isEqualTo(REPORT);
    assertThat(standalone.title("/en/articles/chuyen-doi-so-2024", "", EN)).isEqualTo(ARTICLE);
    assertThat(standalone.title("/", "", VI)).isEqualTo("Trang chủ");
    assertThat(standalone.title("/en/", "", EN)).isEqualTo("Home");
    assertThat(standalone.title("/articles", "", VI)).isEqualTo("Tin tức");
    assertThat(standalone.title("/en/reports", "", EN)).isEqualTo("Reports");
    assertThat(standalone.title("/polls", "", EN)).isEqualTo("Opinion polls");
  }

  @Test
  void magnoliaSitePagesNameTheirItemsAndPages() {
    assertThat(magnolia.title("/civic-portal.html", "", VI)).isEqualTo("Trang chủ");
    assertThat(magnolia.title("/en/civic-portal.html", "", EN)).isEqualTo("Home");
    assertThat(magnolia.title("/civic-portal/articles.html", "", VI)).isEqualTo("Tin tức");
    assertThat(magnolia.title("/en/civic-portal/reports.html", "", EN)).isEqualTo("Reports");
    assertThat(magnolia.title("/civic-portal/reports/bao-cao-quy-1-2024.html", "", VI))
        .isEqualTo(REPORT);
    // The short URLs the site's own links use (virtual URI mappings forward them), with or without
    // .html.
    assertThat(magnolia.title("/reports/bao-cao-quy-1-2024", "", VI)).isEqualTo(REPORT);
    assertThat(magnolia.title("/en/articles/chuyen-doi-so-2024.html", "", EN)).isEqualTo(ARTICLE);
    assertThat(magnolia.title("/articles", "", VI)).isEqualTo("Tin tức");
    // A webapp not at the root: counted paths carry its context path.
    assertThat(
            magnolia.title(
                "/magnoliaPublic/civic-portal/articles/chuyen-doi-so-2024.html",
                "/magnoliaPublic",
                VI))
        .isEqualTo(ARTICLE);
    assertThat(magnolia.title("/magnoliaPublic/en/civic-portal.html", "/magnoliaPublic", EN))
        .isEqualTo("Home");
  }

  @Test
  void otherPagesOfTheMagnoliaSiteAreNamedByTheirPageTitle() {
    assertThat(magnolia.title("/civic-portal/gioi-thieu.html", "", VI)).isEqualTo(ABOUT);
    assertThat(magnolia.page("/en/civic-portal/gioi-thieu.html", "", EN).getType())
        .isEqualTo(CountedPage.Type.PAGE);
    // The same name below another site's home is not this site's page.
    assertThat(magnolia.title("/other-site/gioi-thieu.html", "", VI))
        .isEqualTo("/other-site/gioi-thieu.html");
    assertThat(
            magnolia
                .page("/civic-portal/articles/chuyen-doi-so-2024.html", "", VI)
                .getItem()
                .getTitle())
        .isEqualTo(ARTICLE);
    assertThat(magnolia.page("/civic-portal.html", "", VI).getType())
        .isEqualTo(CountedPage.Type.HOME);
    assertThat(magnolia.page("/civic-portal/articles.html", "", VI).getType())
        .isEqualTo(CountedPage.Type.LISTING);
  }

  @Test
  void aPathWithoutAKnownNameIsItsOwnTitle() {
    for (PageTitles titles : new PageTitles[] {standalone, magnolia}) {
      for (String path :
          new String[] {
            "/reports/no-such-report",
            "/civic-portal/article.html",
            "/civic-portalx.html",
            "/entry",
            "/articles/a/b",
            "/reports/%3Cscript%3E",
            "/civic-portal/x.html"
          }) {
        assertThat(titles.title(path, "", VI)).as(path).isEqualTo(path);
      }
    }
    // Another site's page under the same Magnolia is not this site's home.
    assertThat(magnolia.title("/other-site.html", "", VI)).isEqualTo("/other-site.html");
  }
}
