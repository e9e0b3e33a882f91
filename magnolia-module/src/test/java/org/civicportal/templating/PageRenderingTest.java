package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.TemplateDirectiveModel;
import java.util.List;
import java.util.Map;
import org.civicportal.content.Item;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.ResultPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * What a visitor's browser receives: the pages as the macro library renders them, checked
 * structurally.
 */
class PageRenderingTest {

  private static Document reportPage(TestSiteContext site) {
    return Render.page(
        "item-page.ftl",
        site,
        Map.of(
            "item",
            Fixtures.seedReport(),
            "related",
            List.of(Fixtures.article("tin-a", "Tin A", Fixtures.at(2019, 9, 1, 8, 0)))));
  }

  @Test
  void documentFrameFollowsTheLanguage() {
    Document vi = reportPage(TestSiteContext.vi());
    assertThat(vi.selectFirst("html").attr("lang")).isEqualTo("vi");
    assertThat(vi.title())
        .isEqualTo(
            "Kết quả hoạt động Thông tin và Truyền thông quý III năm 2019 – Sở Thông tin và Truyền thông");
    assertThat(vi.selectFirst("a.civic-skip").attr("href")).isEqualTo("#civic-main");
    assertThat(vi.getElementById("civic-main").tagName()).isEqualTo("main");
    assertThat(vi.selectFirst("header .civic-brand-name").text())
        .isEqualTo("Sở Thông tin và Truyền thông");
    Element lang = vi.selectFirst("a.civic-lang");
    assertThat(lang.attr("href")).isEqualTo("/en/");
    assertThat(lang.attr("lang")).isEqualTo("en");
    assertThat(lang.text()).isEqualTo("English");
    assertThat(vi.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://portal.example.gov.vn/reports/ket-qua-hoat-dong-quy-iii-2019");

    Document en = reportPage(TestSiteContext.en());
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.selectFirst("a.civic-lang").text()).isEqualTo("Tiếng Việt");
    assertThat(en.selectFirst("a.civic-skip").text()).isEqualTo("Skip to main content");
  }

  /**
   * Both document frames, the standalone's (layout.page) and the one of Magnolia's page templates
   * (the light module's includes/page.ftl): the skip link is the first thing the keyboard reaches
   * and leads to a focusable main.
   */
  @Test
  void everyPageFrameStartsWithTheSkipLinkToTheContent() {
    TemplateDirectiveModel editorMarker = (env, params, loopVars, body) -> {};
    Document standalone = Render.page("notfound-page.ftl", TestSiteContext.vi(), Map.of());
    Document magnolia =
        Render.page(
            "magnolia-frame-page.ftl",
            TestSiteContext.vi(),
            Map.of("cms", Map.of("page", editorMarker)));
    for (Document doc : List.of(standalone, magnolia)) {
      Element first =
          doc.body()
              .selectFirst(
                  "a[href], button, input, select, textarea, [tabindex]:not([tabindex=-1])");
      assertThat(first.className()).isEqualTo("civic-skip");
      assertThat(first.attr("href")).isEqualTo("#civic-main");
      assertThat(first.text()).isEqualTo("Chuyển đến nội dung chính");
      Element main = doc.getElementById("civic-main");
      assertThat(main.tagName()).isEqualTo("main");
      assertThat(main.attr("tabindex")).isEqualTo("-1");
      assertThat(main.selectFirst("h1").text()).isEqualTo("Không tìm thấy trang");
    }
  }

  @Test
  void headLoadsThePrefsScriptSynchronouslyAndNothingInline() {
    Document doc = reportPage(TestSiteContext.vi());
    Elements scripts = doc.select("script");
    // The prefs script, the widgets' shared script, the site script and the page-view tracker
    // (visits.ftl),
    // nothing else.
    assertThat(scripts).hasSize(4);
    assertThat(doc.selectFirst("script[src*=/js/civic-visits~]").hasAttr("defer")).isTrue();
    Element prefs = doc.selectFirst("head script[src*=/js/civic-prefs~]");
    assertThat(prefs).isNotNull();
    assertThat(prefs.hasAttr("defer") || prefs.hasAttr("async")).isFalse();
    assertThat(doc.selectFirst("head script[src*=/js/civic-portal~]").hasAttr("defer")).isTrue();
    // Deferred in <head>: it runs before every widget script of <body>, which rely on it.
    assertThat(doc.selectFirst("head script[src*=/js/civic-widgets~]").hasAttr("defer")).isTrue();
    assertThat(scripts).allSatisfy(s -> assertThat(s.data()).isBlank());
    assertThat(doc.select("style, [style]")).isEmpty();
    assertThat(
            doc.select("*").stream()
                .flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on")))
        .isEmpty();
    // Versioned: the file's content hash, so that it may be cached for long.
    assertThat(doc.selectFirst("head link[rel=stylesheet]").attr("href"))
        .matches("/\\.resources/civic-portal/webresources/css/civic-portal~[-0-9]{23}~cache\\.css");
    assertThat(doc.select("script[src], link[rel=stylesheet]").eachAttr("abs:src"))
        .allSatisfy(src -> assertThat(src).contains("~cache."));
  }

  @Test
  void breadcrumbLeadsHomeThenToTheListing() {
    Elements crumbs = reportPage(TestSiteContext.vi()).select("nav.civic-breadcrumb ol > li");
    assertThat(crumbs.eachText())
        .containsExactly(
            "Trang chủ", "Báo cáo", "Kết quả hoạt động Thông tin và Truyền thông quý III năm 2019");
    assertThat(crumbs.get(0).selectFirst("a").attr("href")).isEqualTo("/");
    assertThat(crumbs.get(1).selectFirst("a").attr("href")).isEqualTo("/reports");
    assertThat(crumbs.get(2).select("a")).isEmpty();
    assertThat(crumbs.get(2).selectFirst("[aria-current=page]")).isNotNull();
    // The main navigation marks the section the page belongs to.
    assertThat(reportPage(TestSiteContext.vi()).select("nav.civic-nav a[aria-current]").eachText())
        .containsExactly("Báo cáo");
    assertThat(
            Render.page("notfound-page.ftl", TestSiteContext.vi(), Map.of())
                .select("nav.civic-nav a[aria-current]"))
        .isEmpty();

    Elements en = reportPage(TestSiteContext.en()).select("nav.civic-breadcrumb li");
    assertThat(en.eachText()).startsWith("Home", "Reports");
    assertThat(en.get(1).selectFirst("a").attr("href")).isEqualTo("/en/reports");
  }

  @Test
  void reportShowsTitleMetaPeriodFiguresSectionsAndPlan() {
    Document doc = reportPage(TestSiteContext.vi());
    Element report = doc.selectFirst("article.civic-item-report");
    assertThat(report.select("h1")).hasSize(1);
    assertThat(report.selectFirst("h1").text())
        .isEqualTo("Kết quả hoạt động Thông tin và Truyền thông quý III năm 2019");
    assertThat(report.selectFirst(".civic-lead").text()).startsWith("Sở đã triển khai");

    Element meta = report.selectFirst(".civic-meta");
    // 00:30 Hanoi time on 15 October, which is still the 14th in UTC.
    assertThat(meta.selectFirst("time").text()).isEqualTo("15/10/2019");
    assertThat(meta.selectFirst("time").attr("datetime")).isEqualTo("2019-10-15");
    assertThat(meta.selectFirst(".civic-meta-author").text()).isEqualTo("Tác giả: Thanh Bình");
    Element source = meta.selectFirst(".civic-meta-source a");
    assertThat(source.text()).isEqualTo("sotttt.thaibinh.gov.vn");
    assertThat(source.attr("href")).isEqualTo("https://sotttt.thaibinh.gov.vn/");

    assertThat(report.selectFirst("dd.civic-period").text()).isEqualTo("Quý III năm 2019");
    assertThat(report.selectFirst("dd.civic-unit").text())
        .isEqualTo("Sở Thông tin và Truyền thông");

    Element table = report.selectFirst("section.civic-figures table");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Chỉ tiêu", "Số lượng", "Đơn vị tính");
    assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
    Elements rows = table.select("tbody tr");
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).selectFirst("th[scope=row]").text())
        .isEqualTo("Tin, bài trên Cổng thông tin điện tử");
    assertThat(rows.stream().map(r -> r.select("td").first().text()))
        .containsExactly("987", "2.165", "1.500", "9", "12,5", "93 (3 doanh nghiệp)");
    // Numbers are aligned as numbers; words stay as written.
    assertThat(rows.select("td.civic-num")).hasSize(5);
    assertThat(rows.get(1).select("td").last().text()).isEqualTo("tin, bài");

    assertThat(report.select("section.civic-section > h2").eachText())
        .containsExactly("Công nghệ thông tin", "Bưu chính - Viễn thông");
    assertThat(report.selectFirst("section.civic-section .civic-body p").text())
        .isEqualTo("Vận hành an toàn Cổng thông tin điện tử.");
    assertThat(report.selectFirst("section.civic-plan h2").text())
        .isEqualTo("Phương hướng, nhiệm vụ kỳ tới");
    assertThat(report.selectFirst("section.civic-plan .civic-body p").text())
        .isEqualTo("Triển khai phòng họp không giấy tờ.");
    // Sanitised rich text arrives as markup, not as escaped text.
    assertThat(report.selectFirst(".civic-body strong").text()).isEqualTo("quý III");
    assertThat(report.selectFirst(".civic-attachments a").attr("href"))
        .isEqualTo("/dam/bao-cao-quy-iii-2019.pdf");
    // The caller's slot (the rating widget) comes after the body, inside the article.
    assertThat(report.selectFirst(".slot-after-body")).isNotNull();
  }

  @Test
  void englishPageUsesEnglishDateNumbersAndPeriod() {
    Element report = reportPage(TestSiteContext.en()).selectFirst("article");
    assertThat(report.selectFirst(".civic-meta time").text()).isEqualTo("15 October 2019");
    assertThat(report.selectFirst(".civic-meta-author").text()).isEqualTo("Author: Thanh Bình");
    assertThat(report.selectFirst("dd.civic-period").text()).isEqualTo("Q3 2019");
    assertThat(report.select("tbody tr").stream().map(r -> r.select("td").first().text()))
        .containsExactly("987", "2,165", "1,500", "9", "12.5", "93 (3 doanh nghiệp)");
  }

  @Test
  void relatedListsLinksWithDatesAndIsAbsentWhenEmpty() {
    Element related = reportPage(TestSiteContext.vi()).selectFirst("section.civic-related");
    assertThat(related.selectFirst("h2").text()).isEqualTo("Tin liên quan");
    assertThat(related.selectFirst("li a").attr("href")).isEqualTo("/articles/tin-a");
    assertThat(related.selectFirst("li time").text()).isEqualTo("(01/09/2019)");

    Document none =
        Render.page(
            "item-page.ftl",
            TestSiteContext.vi(),
            Map.of("item", Fixtures.seedReport(), "related", List.of()));
    assertThat(none.select(".civic-related")).isEmpty();
  }

  @Test
  void articleHasToolbarAndShareBarButNoReportParts() {
    Item article =
        Fixtures.article("tin-moi", "Tin mới & đáng chú ý", Fixtures.at(2020, 3, 4, 12, 0));
    Document doc =
        Render.page(
            "item-page.ftl", TestSiteContext.vi(), Map.of("item", article, "related", List.of()));
    Element body = doc.selectFirst("article.civic-item-article");
    assertThat(body.selectFirst("h1").text()).isEqualTo("Tin mới & đáng chú ý");
    assertThat(body.select(".civic-figures, .civic-facts, .civic-plan")).isEmpty();
    assertThat(body.selectFirst(".civic-toolbar")).isNotNull();
    assertThat(body.selectFirst(".civic-share")).isNotNull();
    assertThat(doc.select("nav.civic-breadcrumb li").get(1).text()).isEqualTo("Tin tức");
  }

  @Test
  void toolbarButtonsAreTogglesWithTheSeedsLabels() {
    Element toolbar = reportPage(TestSiteContext.vi()).selectFirst(".civic-toolbar");
    Elements buttons = toolbar.select("button");
    assertThat(buttons).allSatisfy(b -> assertThat(b.attr("type")).isEqualTo("button"));
    Elements fonts = toolbar.select("button[data-civic-font]");
    assertThat(fonts.eachAttr("data-civic-font")).containsExactly("small", "normal", "large");
    assertThat(fonts.eachAttr("aria-pressed")).containsExactly("false", "true", "false");
    assertThat(fonts.stream().map(b -> b.selectFirst("[aria-hidden]").text()))
        .containsExactly("A-", "A", "A+");
    assertThat(fonts.get(2).text()).contains("Cỡ chữ lớn");
    Element contrast = toolbar.selectFirst("button[data-civic-contrast]");
    assertThat(contrast.attr("aria-pressed")).isEqualTo("false");
    assertThat(contrast.text()).isEqualTo("Tương phản cao");
    assertThat(toolbar.selectFirst("button[data-civic-print]").text()).isEqualTo("In trang");
  }

  @Test
  void shareLinksCarryTheEncodedAbsoluteUrl() {
    Item article =
        Fixtures.article("tin-moi", "Tin mới & đáng chú ý?", Fixtures.at(2020, 3, 4, 12, 0));
    Element share =
        Render.page(
                "item-page.ftl",
                TestSiteContext.vi(),
                Map.of("item", article, "related", List.of()))
            .selectFirst(".civic-share");
    String encoded = "https%3A%2F%2Fportal.example.gov.vn%2Farticles%2Ftin-moi";
    assertThat(share.selectFirst("a.civic-share-facebook").attr("href"))
        .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + encoded);
    assertThat(share.selectFirst("a.civic-share-x").attr("href"))
        .isEqualTo(
            "https://x.com/intent/post?url="
                + encoded
                + "&text=Tin%20m%E1%BB%9Bi%20%26%20%C4%91%C3%A1ng%20ch%C3%BA%20%C3%BD%3F");
    assertThat(share.selectFirst("a.civic-share-zalo").attr("href"))
        .isEqualTo("https://sp.zalo.me/share_inline?url=" + encoded);
    assertThat(share.select("a"))
        .allSatisfy(
            a -> {
              assertThat(a.attr("rel")).contains("noopener");
              assertThat(a.attr("target")).isEqualTo("_blank");
            });
    assertThat(share.selectFirst("button.civic-share-copy").attr("data-civic-copy"))
        .isEqualTo("https://portal.example.gov.vn/articles/tin-moi");
    assertThat(share.selectFirst("[role=status]").attr("aria-live")).isEqualTo("polite");
  }

  private static ResultPage<ItemSummary> pageOf(int page, int pageSize, long total) {
    List<ItemSummary> items = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(pageSize, total - (long) (page - 1) * pageSize); i++) {
      int n = (page - 1) * pageSize + i + 1;
      items.add(
          Fixtures.article("tin-" + n, "Tin số " + n, Fixtures.at(2020, 1, 28 - (n % 27), 9, 0)));
    }
    return new ResultPage<>(items, page, pageSize, total);
  }

  private static Document listing(String lang, int page, int pageSize, long total) {
    TestSiteContext site = "vi".equals(lang) ? TestSiteContext.vi() : TestSiteContext.en();
    return Render.page(
        "listing-page.ftl", site, Map.of("page", pageOf(page, pageSize, total), "kind", "article"));
  }

  @Test
  void listingShowsItemsWithLinksDatesAndLeads() {
    Document doc = listing("vi", 1, 5, 12);
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Tin tức");
    Elements items = doc.select("ul.civic-list > li");
    assertThat(items).hasSize(5);
    assertThat(items.get(0).selectFirst("h2 a").attr("href")).isEqualTo("/articles/tin-1");
    assertThat(items.get(0).selectFirst("h2 a").text()).isEqualTo("Tin số 1");
    assertThat(items.get(0).selectFirst("time").text()).isEqualTo("27/01/2020");
    assertThat(items.get(0).selectFirst(".civic-list-lead").text()).isEqualTo("Tóm tắt Tin số 1");
  }

  @Test
  void pagerOnTheFirstPage() {
    Element pager = listing("vi", 1, 5, 12).selectFirst("nav.civic-pager");
    assertThat(pager.selectFirst(".civic-pager-status").text()).isEqualTo("Trang 1 / 3");
    assertThat(pager.select(".civic-pager-prev a")).isEmpty();
    assertThat(pager.selectFirst(".civic-pager-prev [aria-disabled=true]")).isNotNull();
    assertThat(pager.selectFirst(".civic-pager-next a").attr("href")).isEqualTo("/articles?page=2");
    assertThat(pager.selectFirst("a[aria-current=page]").text()).isEqualTo("1");
    assertThat(pager.selectFirst("a[aria-current=page]").attr("href")).isEqualTo("/articles");
  }

  @Test
  void pagerInTheMiddleAndAtTheEnd() {
    Element middle = listing("en", 2, 5, 12).selectFirst("nav.civic-pager");
    assertThat(middle.selectFirst(".civic-pager-status").text()).isEqualTo("Page 2 of 3");
    assertThat(middle.selectFirst(".civic-pager-prev a").attr("href")).isEqualTo("/en/articles");
    assertThat(middle.selectFirst(".civic-pager-next a").attr("href"))
        .isEqualTo("/en/articles?page=3");
    assertThat(middle.select("a[aria-current]").eachText()).containsExactly("2");

    Element last = listing("vi", 3, 5, 12).selectFirst("nav.civic-pager");
    assertThat(last.select(".civic-pager-next a")).isEmpty();
    assertThat(last.selectFirst(".civic-pager-next [aria-disabled=true]")).isNotNull();
    assertThat(last.select("ul.civic-list > li")).isEmpty();
    assertThat(listing("vi", 3, 5, 12).select("ul.civic-list > li")).hasSize(2);
  }

  @Test
  void longPagerElidesDistantPages() {
    Element pager = listing("vi", 10, 2, 40).selectFirst("nav.civic-pager");
    assertThat(pager.select("li:not(.civic-pager-prev):not(.civic-pager-next)").eachText())
        .containsExactly("1", "…", "8", "9", "10", "11", "12", "…", "20");
    assertThat(pager.selectFirst(".civic-pager-gap").attr("aria-hidden")).isEqualTo("true");
  }

  @Test
  void singlePageHasNoPagerAndEmptyListingSaysSo() {
    assertThat(listing("vi", 1, 5, 3).select("nav.civic-pager")).isEmpty();
    Document empty = listing("vi", 1, 5, 0);
    assertThat(empty.select("nav.civic-pager")).isEmpty();
    assertThat(empty.selectFirst(".civic-empty").text()).isEqualTo("Chưa có nội dung nào.");
  }

  @Test
  void notFoundPageExplainsAndLinksOn() {
    Document doc = Render.page("notfound-page.ftl", TestSiteContext.vi(), Map.of());
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Không tìm thấy trang");
    assertThat(doc.title()).startsWith("Không tìm thấy trang");
    assertThat(doc.select(".civic-notfound a").eachAttr("href"))
        .containsExactly("/", "/reports", "/articles");
    assertThat(
            Render.page("notfound-page.ftl", TestSiteContext.en(), Map.of())
                .selectFirst("h1")
                .text())
        .isEqualTo("Page not found");
  }

  @Test
  void homeShowsLatestReportsAndArticlesAndASidebar() {
    ResultPage<ItemSummary> reports = new ResultPage<>(List.of(Fixtures.seedReport()), 1, 5, 1);
    Document doc =
        Render.page(
            "home-page.ftl",
            TestSiteContext.vi(),
            Map.of("reports", reports, "articles", pageOf(1, 5, 7).getItems()));
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.select(".civic-home-section > h2").eachText())
        .containsExactly("Báo cáo kết quả hoạt động", "Tin tức mới");
    assertThat(doc.selectFirst(".civic-home-report h3 a").attr("href"))
        .isEqualTo("/reports/ket-qua-hoat-dong-quy-iii-2019");
    assertThat(doc.select(".civic-home-article li")).hasSize(5);
    assertThat(doc.select(".civic-more a").eachAttr("href"))
        .containsExactly("/reports", "/articles");
    assertThat(doc.selectFirst("aside.civic-sidebar .slot-sidebar")).isNotNull();
  }
}
