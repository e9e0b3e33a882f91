package org.civicportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's real sample content imports into Jackrabbit with our node types and reads back as
 * items.
 */
class SampleContentImportTest {
  @TempDir static Path dir;
  static TestRepository repository;
  static ContentService content;
  static int files;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepository.open(dir);
    files =
        new SystemViewImporter(repository.embedded())
            .importClasspathFolder(
                SampleContentImportTest.class.getClassLoader(), SystemViewImporter.SAMPLES_FOLDER);
    content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
  }

  @AfterAll
  static void stop() {
    repository.close();
  }

  @Test
  void importsEveryFileIntoItsWorkspace() throws Exception {
    assertThat(files).isGreaterThanOrEqualTo(10);
    long polls =
        repository.withSession(
            Workspaces.POLLS,
            session ->
                session
                    .getWorkspace()
                    .getQueryManager()
                    .createQuery("SELECT * FROM [civic:poll]", javax.jcr.query.Query.JCR_SQL2)
                    .execute()
                    .getNodes()
                    .getSize());
    assertThat(polls).isGreaterThanOrEqualTo(1);
    ResultPage<ItemSummary> all = content.latest(null, 1, 100);
    assertThat(all.getTotal()).isGreaterThanOrEqualTo(9);
    assertThat(all.getItems())
        .extracting(ItemSummary::getPublishDate)
        .doesNotContainNull()
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void seedReportReadsWithItsFacts() {
    Report seed =
        (Report)
            content
                .findByName(ContentKind.REPORT, "ket-qua-hoat-dong-quy-iii-nam-2019")
                .orElseThrow();
    assertThat(seed.getAuthor()).isEqualTo("Thanh Bình");
    assertThat(seed.getPeriod().getType()).isEqualTo("QUARTER");
    assertThat(seed.getPeriod().getNumber()).isEqualTo(3);
    assertThat(seed.getPeriod().getYear()).isEqualTo(2019);
    assertThat(seed.getKeyFigures())
        .extracting(KeyFigure::getValue)
        .contains("987", "47", "13", "9", "5", "2165", "1500", "93");
    assertThat(seed.getSections()).isNotEmpty();
    assertThat(seed.getBodyHtml()).doesNotContain("<script");
  }

  @Test
  void everyItemHasRelatedItemsThatExistAndAreNotItself() {
    for (ItemSummary summary : content.latest(null, 1, 100).getItems()) {
      Item item = content.findById(summary.getKind(), summary.getId()).orElseThrow();
      List<ItemSummary> related = content.related(item, 5);
      assertThat(related)
          .extracting(ItemSummary::getId)
          .doesNotContain(item.getId())
          .doesNotHaveDuplicates();
      for (ItemSummary r : related) {
        assertThat(content.findById(r.getKind(), r.getId())).isPresent();
      }
    }
  }
}
