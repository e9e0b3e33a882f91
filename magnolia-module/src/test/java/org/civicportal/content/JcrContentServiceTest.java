package org.civicportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import javax.jcr.Node;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.civicportal.templating.CivicTemplatingFunctions;
import org.civicportal.templating.SiteContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads, listings and related items over the fixture content in a real Jackrabbit. */
class JcrContentServiceTest {
  @TempDir static Path dir;
  static TestRepository repository;
  static ContentService content;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir);
    content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
  }

  @AfterAll
  static void stop() {
    repository.close();
  }

  private static List<String> names(List<? extends ItemSummary> items) {
    return items.stream().map(ItemSummary::getName).toList();
  }

  private static Item article(String name) {
    return content.findByName(ContentKind.ARTICLE, name).orElseThrow();
  }

  @Test
  void readsAnArticleInsideAFolder() {
    Item a = article("chuyen-doi-so-2024");
    assertThat(a).isNotInstanceOf(Report.class);
    assertThat(a.getId()).isEqualTo("00000000-0000-4000-8000-000000000001");
    assertThat(a.getKind()).isEqualTo(ContentKind.ARTICLE);
    assertThat(a.getTitle()).isEqualTo("Chuyển đổi số 2024");
    assertThat(a.getAuthor()).isEqualTo("Thanh Bình");
    assertThat(a.getSourceUrl()).isEqualTo("https://sotttt.thaibinh.gov.vn/");
    assertThat(a.getTags()).containsExactly("cds", "5g");
    assertThat(a.getImage().getUrl())
        .isEqualTo("/.resources/civic-portal/webresources/img/cds.png");
    assertThat(a.getImage().getAlt()).isEqualTo("Hội nghị");
    assertThat(a.isRateable()).isTrue();
    assertThat(a.getPublishDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(a.getBodyHtml()).isEqualTo("<p>Nội dung <strong>Chuyển đổi số 2024</strong></p>");
  }

  @Test
  void dropsUnsafeMarkupAndLinks() {
    Item a = article("thong-bao");
    assertThat(a.getTitle()).isEqualTo("Thông báo <lịch> & \"nghỉ\"");
    assertThat(a.getImage()).isNull();
    assertThat(a.getSourceUrl()).isEmpty();
    assertThat(a.isRateable()).isFalse();
    assertThat(a.getBodyHtml())
        .doesNotContain("script", "onclick", "javascript")
        .contains("<a href=\"/en/\" rel=\"noopener noreferrer\">c</a>");
    assertThat(a.getAttachments())
        .extracting(Attachment::getTitle, Attachment::getUrl)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Kế hoạch", "/docs/ke-hoach.pdf"));
  }

  @Test
  void readsAReport() {
    Report r = (Report) content.findByName(ContentKind.REPORT, "bao-cao-quy-1-2024").orElseThrow();
    assertThat(r.getPeriod().getType()).isEqualTo("QUARTER");
    assertThat(r.getPeriod().getNumber()).isEqualTo(1);
    assertThat(r.getPeriod().getYear()).isEqualTo(2024);
    assertThat(r.getOrganisationUnit()).isEqualTo("Sở Thông tin và Truyền thông");
    assertThat(r.getKeyFigures())
        .extracting(KeyFigure::getLabel, KeyFigure::getValue, KeyFigure::getUnit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tin, bài", "987", "tin, bài"),
            org.assertj.core.groups.Tuple.tuple("Trạm BTS", "93", "trạm"));
    assertThat(r.getSections())
        .extracting(ReportSection::getField)
        .containsExactly("Báo chí", "Viễn thông");
    assertThat(r.getSections().get(0).getBodyHtml())
        .isEqualTo("<p>Quản lý báo chí</p><img src=\"x\">");
    assertThat(r.getNextPeriodPlanHtml()).isEqualTo("<p>Kế hoạch quý II</p>");
    // Quarter 7 does not exist: the report is shown without a period rather than failing.
    Report bad = (Report) content.findByName(ContentKind.REPORT, "bao-cao-nam-2023").orElseThrow();
    assertThat(bad.getPeriod()).isNull();
  }

  @Test
  void findsByNameAndIdOnlyInTheirKind() {
    assertThat(content.findByName(ContentKind.REPORT, "chuyen-doi-so-2024")).isEmpty();
    assertThat(content.findByName(ContentKind.ARTICLE, "no-such-item")).isEmpty();
    assertThat(content.findByName(ContentKind.ARTICLE, "x' OR 'a'='a")).isEmpty();
    assertThat(content.findByName(ContentKind.ARTICLE, "tin-tuc"))
        .as("a folder is no item")
        .isEmpty();
    assertThat(content.findById(ContentKind.ARTICLE, "00000000-0000-4000-8000-000000000004"))
        .map(ItemSummary::getName)
        .contains("phu-song-5g");
    assertThat(content.findById(ContentKind.REPORT, "00000000-0000-4000-8000-000000000004"))
        .isEmpty();
    assertThat(content.findById(ContentKind.ARTICLE, "00000000-0000-4000-8000-000000000100"))
        .isEmpty();
    assertThat(content.findById(ContentKind.ARTICLE, "not-a-uuid")).isEmpty();
  }

  @Test
  void latestIsNewestFirstWithPagingAndTotal() {
    ResultPage<ItemSummary> first = content.latest(ContentKind.ARTICLE, 1, 2);
    assertThat(names(first.getItems())).containsExactly("phu-song-5g", "chuyen-doi-so-2024");
    assertThat(first.getTotal()).isEqualTo(5);
    assertThat(first.getTotalPages()).isEqualTo(3);
    assertThat(first.isHasNext()).isTrue();
    ResultPage<ItemSummary> last = content.latest(ContentKind.ARTICLE, 3, 2);
    assertThat(names(last.getItems())).containsExactly("thong-bao");
    assertThat(last.isHasNext()).isFalse();
    assertThat(content.latest(ContentKind.ARTICLE, 9, 2).getItems()).isEmpty();
    assertThat(names(content.latest(ContentKind.REPORT, 1, 10).getItems()))
        .containsExactly("bao-cao-quy-1-2024", "bao-cao-nam-2023");
  }

  @Test
  void latestOfBothKindsMergesByDate() {
    ResultPage<ItemSummary> page = content.latest(null, 2, 3);
    assertThat(page.getTotal()).isEqualTo(7);
    // All, newest first: 5G (Apr), CĐS (Mar 1)... page 2 of 3 starts at the 4th.
    assertThat(names(content.latest(null, 1, 3).getItems()))
        .containsExactly("phu-song-5g", "bao-cao-quy-1-2024", "chuyen-doi-so-2024");
    assertThat(names(page.getItems()))
        .containsExactly("hoi-thao-cds", "bao-chi-tet", "bao-cao-nam-2023");
  }

  @Test
  void relatedPutsPicksFirstThenSimilarNewestFirstWithoutSelfOrDuplicates() {
    // Picks: bao-chi-tet, a missing id, itself, bao-chi-tet again, the report. Similar (category
    // chuyen-doi-so or tag cds/5g): phu-song-5g (Apr), the report (Mar 15), hoi-thao-cds (Feb).
    List<ItemSummary> related = content.related(article("chuyen-doi-so-2024"), 10);
    assertThat(names(related))
        .containsExactly("bao-chi-tet", "bao-cao-quy-1-2024", "phu-song-5g", "hoi-thao-cds");
    assertThat(related.get(1).getKind()).isEqualTo(ContentKind.REPORT);
    assertThat(names(content.related(article("chuyen-doi-so-2024"), 3)))
        .containsExactly("bao-chi-tet", "bao-cao-quy-1-2024", "phu-song-5g");
    assertThat(content.related(article("chuyen-doi-so-2024"), 0)).isEmpty();
    // No picks: only similar ones, never itself.
    assertThat(names(content.related(article("hoi-thao-cds"), 10)))
        .containsExactly("bao-cao-quy-1-2024", "chuyen-doi-so-2024");
    // Nothing in common with anything.
    assertThat(content.related(article("thong-bao"), 5)).isEmpty();
  }

  /**
   * Published changes show on the very next read: an edited body (rich text is sanitised once per
   * distinct markup), and a deleted item leaves reads, listings and related items. The probe is
   * removed again, so the other tests see the fixtures only.
   */
  @Test
  void changesAndDeletionsShowOnTheNextRead() throws Exception {
    String probe = "probe-cache";
    setProbe(probe, "<p>một<script>alert(1)</script></p>");
    try {
      assertThat(article(probe).getBodyHtml()).isEqualTo("<p>một</p>");
      setProbe(probe, "<p>hai <em>mới</em></p>");
      assertThat(article(probe).getBodyHtml()).isEqualTo("<p>hai <em>mới</em></p>");
      setProbe(probe, "<p>một<script>alert(1)</script></p>");
      assertThat(article(probe).getBodyHtml()).isEqualTo("<p>một</p>");
      assertThat(names(content.related(article("thong-bao"), 5))).containsExactly(probe);
      assertThat(names(content.latest(ContentKind.ARTICLE, 1, 10).getItems())).contains(probe);
    } finally {
      repository.withSession(
          Workspaces.ARTICLES,
          session -> {
            session.getNode("/" + probe).remove();
            session.save();
            return null;
          });
    }
    assertThat(content.findByName(ContentKind.ARTICLE, probe)).isEmpty();
    assertThat(content.related(article("thong-bao"), 5)).isEmpty();
    assertThat(names(content.latest(ContentKind.ARTICLE, 1, 10).getItems())).doesNotContain(probe);
    assertThat(content.latest(ContentKind.ARTICLE, 1, 10).getTotal()).isEqualTo(5);
  }

  /**
   * Creates or updates a root-level article sharing thong-bao's category, published after every
   * fixture.
   */
  private static void setProbe(String name, String body) throws Exception {
    repository.withSession(
        Workspaces.ARTICLES,
        session -> {
          Node node =
              session.nodeExists("/" + name)
                  ? session.getNode("/" + name)
                  : session.getRootNode().addNode(name, ContentKind.ARTICLE.getNodeType());
          node.setProperty(ContentReader.TITLE, "Probe");
          node.setProperty(ContentReader.CATEGORY, "hanh-chinh");
          node.setProperty(ContentReader.PUBLISH_DATE, GregorianCalendar.from(ZonedDateTime.now()));
          node.setProperty(ContentReader.BODY, body);
          session.save();
          return null;
        });
  }

  /** civicfn over the same repository (one Jackrabbit per class keeps the suite fast). */
  @Test
  void templatingFunctionsReadNodesAndDelegateToTheService() throws Exception {
    SiteContext site =
        (SiteContext)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {SiteContext.class},
                (proxy, method, args) -> "vi");
    // No poll, rating, visit or search function is called here, so none of those services is
    // needed.
    CivicTemplatingFunctions civicfn =
        new CivicTemplatingFunctions(
            content, AssetLinks.URLS_ONLY, () -> site, null, null, null, null, null);
    Item fromNode =
        repository.withSession(
            org.civicportal.jcr.Workspaces.REPORTS,
            session -> civicfn.article(session.getNode("/bao-cao/bao-cao-quy-1-2024")));
    assertThat(fromNode).isInstanceOf(Report.class);
    assertThat(((Report) fromNode).getKeyFigures()).hasSize(2);
    assertThat(civicfn.byId("article", "00000000-0000-4000-8000-000000000002").getName())
        .isEqualTo("hoi-thao-cds");
    assertThat(civicfn.byId("report", "00000000-0000-4000-8000-000000000002")).isNull();
    assertThat(civicfn.byName("report", "bao-cao-nam-2023").getTitle())
        .isEqualTo("Báo cáo năm 2023");
    assertThat(civicfn.latest("", 1, 100).getTotal()).isEqualTo(7);
    assertThat(civicfn.latest("report", 1, 100).getTotal()).isEqualTo(2);
    assertThat(names(civicfn.related(fromNode, 2)))
        .containsExactly("chuyen-doi-so-2024", "hoi-thao-cds");
    assertThat(civicfn.related(null, 2)).isEmpty();
    assertThat(civicfn.site().getLang()).isEqualTo("vi");
    assertThatThrownBy(() -> civicfn.latest("poll", 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
