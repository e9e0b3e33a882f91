package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.jcr.SystemViewTree;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site as Magnolia renders it from the module's bootstrap files ({@link
 * SampleSiteRenderer}) over the sample content: the seed report's page with everything the seed
 * page has, widgets in every page's sidebar, and headings in the page's language.
 */
class SampleSitePagesTest {
  static final String SEED = "ket-qua-hoat-dong-quy-iii-nam-2019";

  /** The sample poll, polls.danh-gia-noi-dung-website.xml. */
  static final String POLL = "250ba0a1-2e58-4b81-ba96-236f9ce38a54";

  @TempDir static Path dir;
  static MagnoliaSampleSite site;
  static SampleSiteRenderer renderer;
  static SystemViewTree home;

  @BeforeAll
  static void start() throws Exception {
    site = MagnoliaSampleSite.open(dir);
    renderer = site.renderer();
    home = site.home();
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  private static SystemViewTree page(String name) {
    return home.child(name).orElseThrow();
  }

  private static void assertSidebarHasThePollAndTheCounter(Document doc, String lang) {
    Element sidebar = doc.selectFirst("aside.civic-sidebar");
    assertThat(sidebar).isNotNull();
    Element poll = sidebar.selectFirst("[data-civic-poll]");
    assertThat(poll).as("poll").isNotNull();
    assertThat(poll.attr("data-civic-poll")).isEqualTo(POLL);
    assertThat(poll.text()).contains("Theo bạn thông tin nội dung của website thế nào?");
    Element counter = sidebar.selectFirst("[data-civic-visits]");
    assertThat(counter).as("counter").isNotNull();
    assertThat(counter.selectFirst("h2").text())
        .isEqualTo(lang.equals("vi") ? "Thống kê truy cập" : "Visit statistics");
    assertThat(counter.select("dt").eachText()).startsWith(lang.equals("vi") ? "Hôm nay" : "Today");
  }

  /**
   * What the seed page shows: toolbar, share, the report, its rating, related items, the poll and
   * the counter.
   */
  @Test
  void theSampleReportPageIsTheSeedPage() {
    Document doc = renderer.render(page("report"), "vi", Map.of("name", SEED));
    Element report = doc.selectFirst("article.civic-item-report");
    assertThat(report.selectFirst("h1").text())
        .isEqualTo("Kết quả hoạt động Thông tin và Truyền thông quý III năm 2019");
    assertThat(report.select(".civic-toolbar button[data-civic-font]")).hasSize(3);
    assertThat(report.select(".civic-share a.civic-share-facebook")).hasSize(1);
    assertThat(report.select("[data-civic-rating]").attr("data-civic-rating")).isNotEmpty();
    Element related = doc.selectFirst("section.civic-related");
    assertThat(related.selectFirst("h2").text()).isEqualTo("Tin liên quan");
    assertThat(related.select("li a")).isNotEmpty();
    assertSidebarHasThePollAndTheCounter(doc, "vi");
    // Each widget once: the sidebar does not repeat what the report page itself shows.
    assertThat(doc.select(".civic-toolbar")).hasSize(1);
    assertThat(doc.select(".civic-share")).hasSize(1);
    assertThat(doc.select("section.civic-related")).hasSize(1);
  }

  @Test
  void everySamplePageHasThePollAndTheCounterBesideIt() {
    assertSidebarHasThePollAndTheCounter(renderer.render(home, "vi", Map.of()), "vi");
    assertSidebarHasThePollAndTheCounter(renderer.render(home, "en", Map.of()), "en");
    assertSidebarHasThePollAndTheCounter(
        renderer.render(page("article"), "en", Map.of("name", "chuyen-doi-ipv6-co-quan-nha-nuoc")),
        "en");
    assertSidebarHasThePollAndTheCounter(renderer.render(page("articles"), "vi", Map.of()), "vi");
    assertSidebarHasThePollAndTheCounter(renderer.render(page("reports"), "en", Map.of()), "en");
    // The home page has no item header: its toolbar is the sidebar's component.
    assertThat(renderer.render(home, "vi", Map.of()).select("aside.civic-sidebar .civic-toolbar"))
        .hasSize(1);
  }

  @Test
  void listingHeadingsAreInThePagesLanguage() {
    Map<String, String> expected =
        Map.of(
            "vi/articles",
            "Tin tức",
            "en/articles",
            "News",
            "vi/reports",
            "Báo cáo kết quả hoạt động",
            "en/reports",
            "Activity reports");
    expected.forEach(
        (key, heading) -> {
          String[] langAndPage = key.split("/");
          Document doc = renderer.render(page(langAndPage[1]), langAndPage[0], Map.of());
          assertThat(doc.selectFirst("h1").text()).as(key).isEqualTo(heading);
          assertThat(doc.title()).as(key).startsWith(heading + " – ");
        });
  }

  /**
   * An editor who has not translated the title: English pages name the listed content, not in
   * Vietnamese.
   */
  @Test
  void anUntranslatedListingTitleGivesTheListedContentsNameInEnglish() {
    for (String name : new String[] {"articles", "reports"}) {
      SystemViewTree stored = page(name);
      Map<String, Object> untranslated = new HashMap<>(stored.properties());
      untranslated.remove("title_en");
      SystemViewTree listing = new SystemViewTree(name, untranslated, stored.children());
      assertThat(renderer.render(listing, "en", Map.of()).selectFirst("h1").text())
          .as(name)
          .isEqualTo(name.equals("articles") ? "News" : "Reports");
      assertThat(renderer.render(listing, "vi", Map.of()).selectFirst("h1").text())
          .as(name)
          .isEqualTo(stored.text("title").orElseThrow());
    }
  }

  @Test
  void theHomePagesDescriptionIsInThePagesLanguage() {
    assertThat(
            renderer
                .render(home, "en", Map.of())
                .selectFirst("meta[name=description]")
                .attr("content"))
        .isEqualTo(home.text("description_en").orElseThrow())
        .startsWith("News, activity reports");
    assertThat(
            renderer
                .render(home, "vi", Map.of())
                .selectFirst("meta[name=description]")
                .attr("content"))
        .isEqualTo(home.text("description").orElseThrow());
  }

  /**
   * Magnolia gives templates content already HTML-escaped: what the editor typed shows as typed,
   * escaped once.
   */
  @Test
  void anEditorsTitleShowsAsTypedNotEscapedTwice() {
    SystemViewTree stored = page("articles");
    Map<String, Object> titled = new HashMap<>(stored.properties());
    titled.put("title", "Tin tức & sự kiện <mới>");
    titled.put("title_en", "News & \"events\"");
    SystemViewTree listing = new SystemViewTree("articles", titled, stored.children());
    assertThat(renderer.render(listing, "vi", Map.of()).selectFirst("h1").text())
        .isEqualTo("Tin tức & sự kiện <mới>");
    assertThat(renderer.render(listing, "en", Map.of()).selectFirst("h1").text())
        .isEqualTo("News & \"events\"");
  }

  /**
   * Magnolia answers a listing's ?page= as the standalone does: the first page without one, a 404
   * with the not-found page for a value that names no page (9 sample articles at 10 a page: no page
   * 2).
   */
  @Test
  void aListingPageThatDoesNotExistIsA404() {
    assertThat(site.get("/articles").status()).isEqualTo(200);
    assertThat(site.get("/articles?page=1").status()).isEqualTo(200);
    for (String page : new String[] {"abc", "0", "01", "2", ""}) {
      MagnoliaSampleSite.Answer answer = site.get("/en/articles?page=" + page);
      assertThat(answer.status()).as(page).isEqualTo(404);
      assertThat(answer.document().select(".civic-notfound")).as(page).hasSize(1);
      assertThat(answer.document().selectFirst("html").attr("lang")).isEqualTo("en");
    }
  }

  /** The listing pages have the standalone's breadcrumb: home, then the page. */
  @Test
  void listingPagesHaveABreadcrumbFromHome() {
    Element crumbs = site.get("/reports").document().selectFirst("nav.civic-breadcrumb");
    assertThat(crumbs.select("a").eachAttr("href")).containsExactly("/civic-portal.html");
    assertThat(crumbs.selectFirst("[aria-current=page]").text())
        .isEqualTo("Báo cáo kết quả hoạt động");
  }
}
