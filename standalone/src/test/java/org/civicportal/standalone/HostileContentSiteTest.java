package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.Workspaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every standalone page template, served by a real site whose every editor-typed string (titles,
 * leads, authors, sources, categories, tags, sections, key figures, attachments, image alt texts,
 * poll questions and options) was replaced in the repository by markup, script URLs and attribute
 * break-outs: the pages show them as text only.
 */
@Tag("slow")
class HostileContentSiteTest {
  private static final String HOSTILE =
      "<script>alert(1)</script>\"><img src=x onerror=alert(2)><x>'";
  private static final String SCRIPT_URL = "javascript:alert(3)";

  /** Each page template and a URL served by it. */
  private static final Map<String, String> PAGES = new LinkedHashMap<>();

  @TempDir static Path dir;
  static TestSite site;

  static {
    PAGES.put("home.ftl", "/");
    PAGES.put("listing.ftl", "/reports");
    PAGES.put("report.ftl", "/reports/" + VisitStatsSiteTest.SEED);
    PAGES.put("article.ftl", "/en/articles/canh-giac-lua-dao-truc-tuyen");
    PAGES.put("polls.ftl", "/polls");
    PAGES.put("search.ftl", "/search?q=title");
    PAGES.put("notfound.ftl", "/no-such-page");
  }

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.start(dir);
    for (String workspace : List.of(Workspaces.ARTICLES, Workspaces.REPORTS, Workspaces.POLLS)) {
      site.server()
          .getRepository()
          .withSession(
              workspace,
              session -> {
                poison(session.getRootNode());
                session.save();
                return null;
              });
    }
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /**
   * Every string an editor types becomes hostile; URLs become script URLs; names, ids and dates
   * stay valid.
   */
  private static void poison(Node node) throws RepositoryException {
    for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
      Property p = it.nextProperty();
      String name = p.getName();
      if (p.getDefinition().isProtected()
          || name.contains(":")
          || p.isMultiple() && !name.equals("tags")
          || p.getType() != PropertyType.STRING
          || name.equals("id")
          || name.endsWith("Type")
          || name.equals("resultsVisibility")
          || name.equals("related")) {
        continue;
      }
      if (p.isMultiple()) {
        node.setProperty(name, new String[] {HOSTILE + " tag"});
      } else if (name.equals("sourceUrl") || name.equals("file") || name.equals("image")) {
        node.setProperty(name, SCRIPT_URL);
      } else if (!name.equals("body") && !name.equals("nextPeriodPlan")) {
        node.setProperty(name, HOSTILE + " " + name);
      }
    }
    if (node.isNodeType("civic:article") || node.isNodeType("civic:report")) {
      node.setProperty("imageAlt", HOSTILE + " alt");
      node.setProperty("image", "/dam/ok.jpg");
    }
    for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
      Node child = it.nextNode();
      if (!child.getName().startsWith("jcr:") && !child.getName().startsWith("rep:")) {
        poison(child);
      }
    }
  }

  @Test
  void everyPageTemplateShowsHostileContentAsText() throws Exception {
    Path pages = Path.of(getClass().getResource(PageServlet.PAGES).toURI());
    try (Stream<Path> files = Files.list(pages)) {
      assertThat(PAGES.keySet())
          .as("a URL for every page template")
          .containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString()).toList());
    }
    for (String path : PAGES.values()) {
      String html = site.get(path).body();
      Document doc = Jsoup.parse(html, site.base());
      assertThat(doc.select("script[src]"))
          .as(path)
          .allSatisfy(s -> assertThat(s.attr("src")).startsWith("/.resources/civic-portal/"));
      // The only inline script is structured data: JSON that cannot close its element or open
      // markup.
      assertThat(doc.select("script:not([src])"))
          .as(path)
          .allSatisfy(
              s -> {
                assertThat(s.attr("type")).isEqualTo("application/ld+json");
                assertThat(s.data()).doesNotContain("<", ">");
              });
      assertThat(doc.select("img[src=x], x, iframe, object, embed, style, svg")).as(path).isEmpty();
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey()).as(path + " <" + e.tagName() + ">").doesNotStartWith("on");
          if (List.of("href", "src", "action").contains(a.getKey())) {
            assertThat(a.getValue().toLowerCase(Locale.ROOT).trim())
                .as(path + " " + a)
                .doesNotStartWith("javascript:")
                .doesNotStartWith("data:");
          }
        }
      }
      if (!path.equals(PAGES.get("notfound.ftl"))) {
        assertThat(doc.text()).as(path).contains(HOSTILE);
      }
    }
    Document report = Jsoup.parse(site.get(PAGES.get("report.ftl")).body());
    assertThat(report.selectFirst("h1").text()).isEqualTo(HOSTILE + " title");
    assertThat(report.select(".civic-figures tbody th").eachText())
        .isNotEmpty()
        .allMatch(t -> t.equals(HOSTILE + " label"));
    assertThat(report.select(".civic-section h2").eachText())
        .isNotEmpty()
        .allMatch(t -> t.equals(HOSTILE + " field"));
    assertThat(report.select("figure img").eachAttr("alt")).containsOnly(HOSTILE + " alt");
    assertThat(Jsoup.parse(site.get("/polls").body()).select("legend").eachText())
        .allMatch(t -> t.equals(HOSTILE + " question"));
  }
}
