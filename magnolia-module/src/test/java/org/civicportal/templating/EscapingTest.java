package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicportal.templating.Fixtures.HOSTILE;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicportal.content.ContentKind;
import org.civicportal.content.Item;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.ResultPage;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.poll.HostilePolls;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatingSummary;
import org.civicportal.stats.DashboardModels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every string an editor can type reaches the page as text: no markup, no event handler, no script
 * URL, in element content and in attributes alike.
 */
class EscapingTest {
  /**
   * Where a link or resource may point: the site itself, http(s), the page's own fragments, and the
   * publisher's phone number and e-mail address.
   */
  private static final Pattern SAFE_URL =
      Pattern.compile(
          "^(https?://[^\\s]+|/(?![/\\\\])[^\\s]*|#[\\w-]+"
              + "|tel:\\+?[0-9]+|mailto:[^\\s\"<>@/?#&]+@[A-Za-z0-9.-]+)$");

  private static String itemPage(ContentKind kind) {
    Item item = Fixtures.hostile(kind);
    return Render.html(
        "item-page.ftl",
        TestSiteContext.vi(),
        Map.of("item", item, "related", List.of(Fixtures.hostileSummary())));
  }

  /** What any page must satisfy whatever its content. */
  static void assertNoInjectedMarkup(String html) {
    // The prefs, widgets' shared, site and page-view tracker scripts: nothing an editor typed adds
    // one.
    assertNoInjectedMarkup(html, "/.resources/civic-portal/", 4);
  }

  private static void assertNoInjectedMarkup(String html, String scriptPrefix, int scripts) {
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("<x>");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script"))
        .allSatisfy(
            s -> assertThat(s.attr("src")).startsWith(scriptPrefix).doesNotContain("\"", "<"));
    assertThat(doc.select("script")).hasSizeLessThanOrEqualTo(scripts);
    assertThat(doc.select("img[src=x], x, iframe, object, embed, style")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")) {
          assertThat(a.getValue()).as("%s of <%s>", a.getKey(), e.tagName()).matches(SAFE_URL);
        }
      }
    }
    assertThat(html.toLowerCase()).doesNotContain("javascript:alert");
  }

  /**
   * The site's identity comes from an admin's configuration: shown as text, its links only when
   * they are safe.
   */
  @Test
  void hostileIdentityValuesAreTextAndUnsafeLinksAreLeftOut() {
    SiteIdentity identity = SiteIdentity.demo().withEmblem("javascript:alert(3)");
    identity.setPhone(HOSTILE);
    identity.setEmail("a\"><x>@example.gov.vn");
    identity.getVi().setAgencyName(HOSTILE + " agency");
    identity.getVi().setProvince(HOSTILE + " province");
    identity.getVi().setAddress(HOSTILE + " address");
    identity.getVi().setLicence(HOSTILE + " licence");
    String html =
        Render.html("notfound-page.ftl", TestSiteContext.vi().withIdentity(identity), Map.of());
    assertNoInjectedMarkup(html);
    Document doc = Jsoup.parse(html);
    assertThat(doc.selectFirst(".civic-brand-name").text()).isEqualTo(HOSTILE + " agency");
    assertThat(doc.selectFirst(".civic-brand-province").text()).isEqualTo(HOSTILE + " province");
    assertThat(doc.select(".civic-publisher dd").eachText())
        .contains(HOSTILE + " address", HOSTILE + " licence", "a\"><x>@example.gov.vn");
    assertThat(doc.select("img.civic-emblem")).isEmpty();
    assertThat(doc.select("a[href^=mailto:]")).isEmpty();
    assertThat(doc.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:12");
  }

  @ParameterizedTest
  @EnumSource(ContentKind.class)
  void itemPagesShowHostileFieldsAsText(ContentKind kind) {
    String html = itemPage(kind);
    assertNoInjectedMarkup(html);
    Document doc = Jsoup.parse(html);
    Element item = doc.selectFirst("article.civic-item");
    assertThat(item.selectFirst("h1").text()).isEqualTo(HOSTILE + " title");
    assertThat(doc.title()).startsWith(HOSTILE + " title");
    assertThat(doc.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo(HOSTILE + " lead");
    assertThat(item.selectFirst(".civic-lead").text()).isEqualTo(HOSTILE + " lead");
    assertThat(item.selectFirst(".civic-category").text()).isEqualTo(HOSTILE + " category");
    assertThat(item.selectFirst(".civic-author").text()).isEqualTo(HOSTILE + " author");
    // A javascript: source URL is dropped: the source shows as text, not as a link.
    assertThat(item.selectFirst(".civic-meta-source").text())
        .isEqualTo("Nguồn: " + HOSTILE + " source");
    assertThat(item.select(".civic-meta-source a")).isEmpty();
    // Neither a script URL nor a protocol-relative URL becomes a link or an image.
    assertThat(item.select("figure img")).isEmpty();
    assertThat(item.select(".civic-attachments li").eachText())
        .containsExactly(HOSTILE + " file", HOSTILE + " file2");
    assertThat(item.select(".civic-attachments a")).isEmpty();
    assertThat(item.select(".civic-tags li").eachText()).containsExactly(HOSTILE + " tag");
    assertThat(item.attr("data-civic-item")).isEqualTo("id\"><script>x</script>");
    assertThat(doc.select("nav.civic-breadcrumb li").last().text()).isEqualTo(HOSTILE + " title");
    assertThat(doc.selectFirst(".civic-related li a").text()).isEqualTo(HOSTILE + " related");
    assertThat(item.selectFirst(".civic-body").html()).isEqualTo("<p>clean body</p>");
  }

  @Test
  void reportFieldsAreText() {
    Element item =
        Jsoup.parse(itemPage(ContentKind.REPORT)).selectFirst("article.civic-item-report");
    assertThat(item.selectFirst("dd.civic-unit").text()).isEqualTo(HOSTILE + " unit");
    assertThat(item.selectFirst("dd.civic-period").text()).isEqualTo("6 tháng đầu năm 2020");
    Element row = item.selectFirst(".civic-figures tbody tr");
    assertThat(row.selectFirst("th").text()).isEqualTo(HOSTILE + " label");
    assertThat(row.select("td").eachText()).containsExactly(HOSTILE + " value", HOSTILE + " unit");
    assertThat(item.selectFirst(".civic-section h2").text()).isEqualTo(HOSTILE + " field");
  }

  @Test
  void shareLinksEncodeHostileTitleAndUrl() {
    Document doc = Jsoup.parse(itemPage(ContentKind.ARTICLE));
    String x = doc.selectFirst("a.civic-share-x").attr("href");
    // The item's name is percent-encoded in its URL (SiteLinks), and that URL once more in the
    // share link.
    assertThat(x)
        .startsWith(
            "https://x.com/intent/post?url=https%3A%2F%2Fportal.example.gov.vn%2Farticles%2Fevil%2522%253E%253Cscript%253Ey%253C%252Fscript%253E&text=");
    String text = x.substring(x.indexOf("&text=") + 6);
    assertThat(text).matches("[A-Za-z0-9%._~*'()!-]+");
    assertThat(java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(HOSTILE + " title");
    assertThat(doc.selectFirst("button.civic-share-copy").attr("data-civic-copy"))
        .isEqualTo("https://portal.example.gov.vn/articles/evil%22%3E%3Cscript%3Ey%3C%2Fscript%3E");
  }

  @Test
  void listingsAndHomeShowHostileSummariesAsText() {
    ItemSummary evil = Fixtures.hostileSummary();
    String listing =
        Render.html(
            "listing-page.ftl",
            TestSiteContext.en(),
            Map.of("page", new ResultPage<>(List.of(evil), 2, 1, 3), "kind", "article"));
    assertNoInjectedMarkup(listing);
    Element li = Jsoup.parse(listing).selectFirst("ul.civic-list > li");
    assertThat(li.selectFirst("h2 a").text()).isEqualTo(HOSTILE + " related");
    assertThat(li.selectFirst(".civic-list-lead").text()).isEqualTo(HOSTILE + " lead");
    assertThat(li.select("img")).isEmpty();

    String home =
        Render.html(
            "home-page.ftl",
            TestSiteContext.vi(),
            Map.of("reports", List.of(evil), "articles", List.of(evil)));
    assertNoInjectedMarkup(home);
    assertThat(Jsoup.parse(home).select(".civic-list-title a").eachText())
        .containsOnly(HOSTILE + " related");
  }

  /**
   * Every file of the macro library (the HTML of every page and widget, which the standalone pages
   * and the light module's templates only wrap), found on disk, is rendered here with hostile
   * editor and visitor strings: a new macro file fails this test until a hostile rendering covers
   * it.
   */
  @Test
  void everyMacroFileIsRenderedWithHostileStrings() throws Exception {
    TemplateEngine engine = new TemplateEngine();
    Set<String> loaded = new TreeSet<>();
    TemplateLoader classpath = engine.getConfiguration().getTemplateLoader();
    engine
        .getConfiguration()
        .setTemplateLoader(
            new TemplateLoader() {
              @Override
              public Object findTemplateSource(String name) throws IOException {
                Object source = classpath.findTemplateSource(name);
                if (source != null) {
                  loaded.add(name);
                }
                return source;
              }

              @Override
              public long getLastModified(Object source) {
                return classpath.getLastModified(source);
              }

              @Override
              public Reader getReader(Object source, String encoding) throws IOException {
                return classpath.getReader(source, encoding);
              }

              @Override
              public void closeTemplateSource(Object source) throws IOException {
                classpath.closeTemplateSource(source);
              }
            });
    String base = "/org/civicportal/templating/";
    for (ContentKind kind : ContentKind.values()) {
      assertNoInjectedMarkup(
          engine.render(
              base + "item-page.ftl",
              TestSiteContext.vi(),
              Map.of(
                  "item", Fixtures.hostile(kind), "related", List.of(Fixtures.hostileSummary()))));
    }
    ItemSummary evil = Fixtures.hostileSummary();
    assertNoInjectedMarkup(
        engine.render(
            base + "listing-page.ftl",
            TestSiteContext.en(),
            Map.of("page", new ResultPage<>(List.of(evil), 2, 1, 3), "kind", "report")));
    assertNoInjectedMarkup(
        engine.render(
            base + "home-page.ftl",
            TestSiteContext.vi(),
            Map.of("reports", List.of(evil), "articles", List.of(evil))));
    assertNoInjectedMarkup(
        engine.render(base + "notfound-page.ftl", TestSiteContext.vi(), Map.of()));
    PollView poll = HostilePolls.openWithResults(HOSTILE);
    assertNoInjectedMarkup(
        engine.render(
            "/org/civicportal/poll/poll-widget.ftl", TestSiteContext.vi(), Map.of("view", poll)),
        "/.resources/civic-portal/",
        1);
    assertNoInjectedMarkup(
        engine.render(
            "/org/civicportal/poll/poll-archive.ftl",
            TestSiteContext.en(),
            Map.of("views", List.of(poll))),
        "/.resources/civic-portal/",
        1);
    assertNoInjectedMarkup(
        engine.render(
            "/org/civicportal/rating/rating-widget.ftl",
            TestSiteContext.vi(),
            Map.of(
                "itemId",
                "id\"<x>",
                "summary",
                RatingSummary.empty("id\"<x>"),
                "schemaOrg",
                true,
                "itemName",
                HOSTILE)),
        "/.resources/civic-portal/",
        1);
    assertNoInjectedMarkup(
        engine.render(
            base + "visits-block.ftl",
            TestSiteContext.vi(),
            Map.of("summary", VisitsBlockTest.SUMMARY)),
        "/.resources/civic-portal/",
        1);
    String dashboard =
        engine.render(
            "/civic-portal/templates/macros/stats.ftl",
            TestSiteContext.vi(),
            DashboardModels.hostile(engine, poll, HOSTILE));
    // Its prefs, widgets' shared, site, uPlot and chart scripts.
    assertNoInjectedMarkup(dashboard, "/.resources/civic-portal/", 5);
    Document page = Jsoup.parse(dashboard);
    assertThat(page.select("table[data-civic-table=content] th[scope=row] a").eachText())
        .containsExactly(HOSTILE + " title");
    assertThat(page.select("table[data-civic-table=pages] th[scope=row]").eachText())
        .containsExactly(HOSTILE + " pages");
    assertThat(page.select("table[data-civic-table=figures] tbody th").eachText())
        .contains(HOSTILE + " category");

    Path library = Path.of(getClass().getResource("/civic-portal/templates/macros/").toURI());
    try (Stream<Path> files = Files.list(library)) {
      List<String> macroFiles =
          files.map(f -> "civic-portal/templates/macros/" + f.getFileName()).toList();
      assertThat(macroFiles).hasSizeGreaterThan(10);
      assertThat(loaded).containsAll(macroFiles);
    }
  }

  /**
   * Templates print everything escaped; the only raw output is rich text, which the content reader
   * has already passed through the allow-list sanitizer (properties named {@code ...Html}), and an
   * item's JSON-LD, whose writer escapes every character that could end its script element
   * (NewsArticleJsonTest). Covers every template of the repository: the macro library, the light
   * module and the standalone pages.
   */
  @Test
  void onlySanitizedRichTextIsPrintedUnescaped() throws Exception {
    Pattern raw = Pattern.compile("\\$\\{([^}]*)\\?no_esc\\}");
    List<Path> templates;
    try (Stream<Path> files =
        Stream.of("../templates", "../light-modules", "../standalone/src/main/resources")
            .map(Path::of)
            .flatMap(EscapingTest::walk)) {
      templates = files.filter(f -> f.toString().endsWith(".ftl")).toList();
    }
    assertThat(templates).hasSizeGreaterThan(25);
    int rawOutputs = 0;
    for (Path template : templates) {
      String text = Files.readString(template);
      assertThat(text)
          .as(template.toString())
          .startsWith("[#ftl output_format=\"HTML\"]")
          .doesNotContain("noautoesc", "output_format=\"plainText\"");
      var m = raw.matcher(text);
      while (m.find()) {
        assertThat(m.group(1))
            .as(template.toString())
            .matches("[A-Za-z.]+Html|site\\.newsArticleJson\\(item\\)");
        rawOutputs++;
      }
      assertThat(text.split("no_esc", -1).length - 1)
          .as(template.toString())
          .isEqualTo(countRaw(text, raw));
    }
    assertThat(rawOutputs).isGreaterThanOrEqualTo(3);
  }

  private static int countRaw(String text, Pattern raw) {
    return (int) raw.matcher(text).results().count();
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The dashboard's model (see stats.ftl) with what visitors and editors could have typed in every
   * row.
   */
  @Test
  void safeImagesAndAttachmentsDoBecomeElements() {
    Item item =
        Item.builder("id-1", ContentKind.ARTICLE, "ok")
            .title("t")
            .image(new org.civicportal.content.ImageRef("/dam/anh.jpg", "Ảnh \"minh họa\""))
            .attachments(
                List.of(new org.civicportal.content.Attachment("", "https://example.gov.vn/a.pdf")))
            .build();
    Element doc =
        Render.page(
                "item-page.ftl", TestSiteContext.vi(), Map.of("item", item, "related", List.of()))
            .selectFirst("article");
    assertThat(doc.selectFirst("figure img").attr("src")).isEqualTo("/dam/anh.jpg");
    assertThat(doc.selectFirst("figure img").attr("alt")).isEqualTo("Ảnh \"minh họa\"");
    assertThat(doc.selectFirst(".civic-attachments a").text())
        .isEqualTo("https://example.gov.vn/a.pdf");
  }
}
