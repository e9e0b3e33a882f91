package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.catalina.startup.Tomcat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page routes, the 404 page and the static resources of a real standalone site with the demo
 * content; the site is bench/load.sh's, so the empty servlet it measures beside the site is checked
 * here too.
 */
@Tag("slow")
class StandaloneSiteTest {
  static final String SEED = "ket-qua-hoat-dong-quy-iii-nam-2019";
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.start(dir, "--site-url", "https://portal.example.vn");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static Document page(String path, int status) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
    return Jsoup.parse(response.body(), site.base() + path);
  }

  private static List<String> links(Document doc) {
    return doc.select("a[href]").eachAttr("href");
  }

  @Test
  void homeListsTheLatestReportsAndArticlesInVietnamese() throws Exception {
    Document home = page("/", 200);
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("vi");
    assertThat(links(home)).contains("/reports/" + SEED).anyMatch(h -> h.startsWith("/articles/"));
    Document en = page("/en/", 200);
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(links(en)).contains("/en/reports/" + SEED);
    assertThat(site.get("/en").statusCode()).isEqualTo(302);
  }

  @Test
  void reportPageShowsTheSeedReportWithRelatedItemsAndAbsoluteShareLinks() throws Exception {
    HttpResponse<String> response = site.get("/reports/" + SEED);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    Document doc = Jsoup.parse(response.body());
    assertThat(doc.select("h1").text()).contains("quý III năm 2019");
    assertThat(doc.text()).contains("Thanh Bình", "987");
    Element article = doc.selectFirst("[data-civic-item]");
    assertThat(article.attr("data-civic-item")).matches("[0-9a-f-]{36}");
    assertThat(doc.select(".civic-related a[href]").eachAttr("href"))
        .isNotEmpty()
        .doesNotContain("/reports/" + SEED);
    assertThat(doc.html()).contains("https%3A%2F%2Fportal.example.vn%2Freports%2F" + SEED);
  }

  @Test
  void articlePageAndListingsWithPaging() throws Exception {
    Document listing = page("/articles", 200);
    List<String> items = listing.select(".civic-listing a[href^=/articles/]").eachAttr("href");
    assertThat(items).isNotEmpty();
    Document article = page(items.get(0), 200);
    assertThat(article.select("h1").text()).isNotBlank();
    assertThat(article.selectFirst("html").attr("lang")).isEqualTo("vi");
    page("/reports", 200);
    page("/en/articles", 200);
    // 9 sample articles at 10 a page: one page, so page 2 does not exist.
    page("/articles?page=2", 404);
    page("/articles?page=1", 200);
    page("/articles?page=x", 404);
  }

  @Test
  void unknownPathsGetThe404PageWithStatus404() throws Exception {
    for (String path :
        List.of(
            "/nope",
            "/articles/no-such-article",
            "/reports/" + SEED + "/x",
            "/en/nope",
            "/articles/%3Cscript%3E",
            "/.civic/nothing")) {
      Document doc = page(path, 404);
      assertThat(doc.select(".civic-notfound")).as(path).hasSize(1);
      assertThat(links(doc)).contains(path.startsWith("/en/") ? "/en/" : "/");
    }
  }

  @Test
  void servesWebResourcesWithTypeCachingAndRevalidation() throws Exception {
    HttpResponse<String> css = site.get("/.resources/civic-portal/webresources/test/probe.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).contains("text/css;charset=UTF-8");
    assertThat(css.headers().firstValue("Cache-Control")).contains("public, max-age=3600");
    assertThat(css.body()).contains(".civic-probe");
    String etag = css.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        site.get("/.resources/civic-portal/webresources/test/probe.css", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    for (String path :
        List.of(
            "/.resources/civic-portal/webresources/test/missing.css",
            "/.resources/civic-portal/i18n/civic-portal-site-messages_vi.properties",
            "/.resources/civic-portal/templates/macros/layout.ftl",
            "/.resources/civic-portal/webresources/../i18n/x.css",
            "/.resources/org/civicportal/embedded/repository.xml",
            "/.resources/mgnl-bootstrap-samples/civic-portal/articles.2024.xml")) {
      assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void loadBenchEmptyServletAnswersNoContentBesideTheSite() throws Exception {
    Tomcat baseline =
        LoadBenchSite.startBaseline(Files.createDirectories(dir.resolve("bench-baseline")));
    try {
      String base = "http://127.0.0.1:" + baseline.getConnector().getLocalPort();
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> empty =
          client.send(
              HttpRequest.newBuilder(URI.create(base + LoadBenchSite.EMPTY_SERVLET_PATH)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(empty.statusCode()).isEqualTo(204);
      assertThat(empty.body()).isEmpty();
      assertThat(
              client
                  .send(
                      HttpRequest.newBuilder(URI.create(base + "/.bench/other")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(404);
      assertThat(site.get(LoadBenchSite.EMPTY_SERVLET_PATH).statusCode()).isEqualTo(404);
    } finally {
      baseline.stop();
      baseline.destroy();
    }
  }
}
