package org.civicportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import javax.jcr.Node;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentReader;
import org.civicportal.jcr.TestRepository;
import org.civicportal.visits.VisitSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site search on a real Jackrabbit configured as the standalone's (the folding analyzer in the
 * workspaces' SearchIndex): Vietnamese without diacritics or in capitals, ranking, paging, filters,
 * and hostile query text.
 */
class SiteSearchTest {
  @TempDir static Path dir;
  static TestRepository repository;
  static SiteSearch search;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepository.open(dir);
    item(
        ContentKind.REPORT,
        "quy-3",
        "Báo cáo kết quả hoạt động quý III năm 2019",
        "Tổng hợp công tác quý III.",
        "<p>Đã triển khai <b>chuyển đổi số</b> tại Đà Nẵng.</p>",
        2019);
    item(
        ContentKind.REPORT,
        "quy-2",
        "Kết quả hoạt động quý II năm 2024",
        "Công tác quý II.",
        "<p>Báo cáo tóm tắt.</p>",
        2024);
    item(
        ContentKind.ARTICLE,
        "dao-tao",
        "Đào tạo kỹ năng số cho cán bộ",
        "Lớp đào tạo tại Đà Nẵng.",
        "<p>Nội dung <script>alert(1)</script> đào tạo về an toàn thông tin.</p>",
        2024);
    item(
        ContentKind.ARTICLE,
        "once",
        "Tin ngắn",
        "Một tin.",
        "<p>Có nhắc đến chuyển đổi một lần.</p>",
        2023);
    item(
        ContentKind.ARTICLE,
        "many",
        "Chuyển đổi số: chuyển đổi toàn diện",
        "Chuyển đổi số là ưu tiên.",
        "<p>Chuyển đổi số, chuyển đổi số và chuyển đổi số.</p>",
        2022);
    for (int i = 0; i < 25; i++) {
      item(
          ContentKind.ARTICLE,
          "paging-" + i,
          "Thông báo lịch tiếp công dân số " + i,
          "Lịch tiếp công dân.",
          "<p>Tiếp công dân định kỳ.</p>",
          2020 + i % 3);
    }
    VisitSettings settings = VisitSettings.builder().build();
    search = new SiteSearch(repository, AssetLinks.URLS_ONLY, () -> settings);
  }

  @AfterAll
  static void stop() {
    repository.close();
  }

  private static void item(
      ContentKind kind, String name, String title, String lead, String body, int year)
      throws Exception {
    repository.withSession(
        kind.getWorkspace(),
        session -> {
          Node node = session.getRootNode().addNode(name, kind.getNodeType());
          node.setProperty(ContentReader.TITLE, title);
          node.setProperty(ContentReader.LEAD, lead);
          node.setProperty(ContentReader.BODY, body);
          GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
          date.clear();
          date.set(year, 5, 15, 9, 0);
          node.setProperty(ContentReader.PUBLISH_DATE, date);
          session.save();
          return null;
        });
  }

  private static SearchResults find(String q, String type, String year, String page)
      throws InvalidSearch {
    return search.search(SearchQuery.parse(q, type, year, page), 10);
  }

  private static List<String> names(SearchResults results) {
    return results.getHits().getItems().stream().map(h -> h.getItem().getName()).toList();
  }

  private static String marked(List<Fragment> fragments) {
    return fragments.stream()
        .map(f -> f.isMatch() ? "[" + f.getText() + "]" : f.getText())
        .collect(Collectors.joining());
  }

  @Test
  void wordsWithoutDiacriticsOrInCapitalsFindTheVietnameseText() throws Exception {
    assertThat(names(find("bao cao quy III", null, null, null))).containsExactly("quy-3");
    assertThat(names(find("BÁO CÁO QUÝ iii", null, null, null))).containsExactly("quy-3");
    assertThat(names(find("da nang", null, null, null)))
        .containsExactlyInAnyOrder("quy-3", "dao-tao");
    // Decomposed input (a base letter followed by a combining accent) folds like the precomposed
    // letter.
    assertThat(names(find("da\u0300 na\u0306\u0303ng", null, null, null))).hasSize(2);
  }

  @Test
  void theFoundWordsAreMarkedInTheTitleAndExcerptWhateverTheirDiacritics() throws Exception {
    SearchHit hit = find("bao cao quy iii", null, null, null).getHits().getItems().get(0);
    assertThat(marked(hit.getTitle()))
        .isEqualTo("[Báo] [cáo] kết quả hoạt động [quý] [III] năm 2019");
    assertThat(
            marked(find("da nang", "report", null, null).getHits().getItems().get(0).getExcerpt()))
        .contains("[Đà] [Nẵng]");
    SearchHit article = find("an toan", null, null, null).getHits().getItems().get(0);
    // The excerpt is the body's text: no markup, not even a script's, reaches it (templates escape
    // the rest).
    assertThat(marked(article.getExcerpt()))
        .contains("[an] [toàn] thông tin")
        .doesNotContain("<", "alert");
  }

  @Test
  void moreOccurrencesRankHigher() throws Exception {
    assertThat(names(find("chuyen doi", "article", null, null))).containsExactly("many", "once");
    SearchResults both = find("chuyen doi so", null, null, null);
    assertThat(names(both).get(0)).isEqualTo("many");
    assertThat(both.getHits().getItems())
        .isSortedAccordingTo((a, b) -> Double.compare(b.getScore(), a.getScore()));
  }

  @Test
  void pagesCountEveryHitAndFiltersNarrowThem() throws Exception {
    SearchResults first = find("tiep cong dan", null, null, null);
    assertThat(first.getHits().getTotal()).isEqualTo(25);
    assertThat(first.getHits().getTotalPages()).isEqualTo(3);
    SearchResults third = find("tiep cong dan", null, null, "3");
    assertThat(third.getHits().getItems()).hasSize(5);
    assertThat(names(third)).doesNotContainAnyElementsOf(names(first));
    assertThat(find("tiep cong dan", "report", null, null).getHits().getTotal()).isZero();
    SearchResults in2021 = find("tiep cong dan", "article", "2021", null);
    assertThat(in2021.getHits().getTotal()).isEqualTo(8);
    assertThat(in2021.getHits().getItems())
        .allMatch(
            h ->
                h.getItem()
                        .getPublishDate()
                        .toInstant()
                        .atZone(VisitSettings.DEFAULT_ZONE)
                        .getYear()
                    == 2021);
    assertThat(first.getYears()).containsExactly(2024, 2023, 2022, 2021, 2020, 2019);
  }

  @Test
  void searchSyntaxIsJustTextAndNothingMakesTheIndexFail() throws Exception {
    for (String hostile :
        List.of(
            "\"bao cao",
            "bao OR cao",
            "title:bao*",
            "(((",
            "bao~ cao^4 [a TO z]",
            "-bao +cao",
            "\\",
            "'; DROP",
            "*",
            "?",
            "jcr:contains(., 'x')",
            "\u0000bao",
            "%27")) {
      SearchResults results = find(hostile, null, null, null);
      assertThat(results.getHits().getTotal()).as(hostile).isGreaterThanOrEqualTo(0);
    }
    assertThat(names(find("\"bao cao\" AND quy OR iii", null, null, null))).isEmpty();
    assertThat(names(find("\"bao cao\" quy (iii)", null, null, null))).containsExactly("quy-3");
    assertThat(SearchQuery.parse("!!! ???", null, null, null).isEmpty()).isTrue();
    assertThat(find("", null, null, null).getHits().getTotal()).isZero();
  }

  @Test
  void parametersThatTheFormDoesNotOfferAreRefused() {
    assertThatThrownBy(() -> SearchQuery.parse("x".repeat(201), null, null, null))
        .isInstanceOfSatisfying(
            InvalidSearch.class, e -> assertThat(e.getReason()).isEqualTo("tooLong"));
    assertThatThrownBy(() -> SearchQuery.parse("a b c d e f g h i j k l m", null, null, null))
        .isInstanceOfSatisfying(
            InvalidSearch.class, e -> assertThat(e.getReason()).isEqualTo("tooLong"));
    assertThatThrownBy(() -> SearchQuery.parse("x", "poll", null, null))
        .isInstanceOfSatisfying(
            InvalidSearch.class, e -> assertThat(e.getReason()).isEqualTo("type"));
    assertThatThrownBy(() -> SearchQuery.parse("x", null, "20x4", null))
        .isInstanceOfSatisfying(
            InvalidSearch.class, e -> assertThat(e.getReason()).isEqualTo("year"));
    assertThatThrownBy(() -> SearchQuery.parse("x", null, null, "51"))
        .isInstanceOfSatisfying(
            InvalidSearch.class, e -> assertThat(e.getReason()).isEqualTo("page"));
    SearchAnswer refused = search.answer("x".repeat(500), null, null, null, 10);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getText()).hasSize(SearchQuery.MAX_LENGTH);
    assertThat(search.answer("bao cao", "", "", "", 10).getStatus()).isEqualTo(200);
  }
}
