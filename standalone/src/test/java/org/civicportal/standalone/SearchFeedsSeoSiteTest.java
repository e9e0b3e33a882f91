package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Search, feeds, sitemap, robots.txt, favicon and page metadata of a real standalone site with the
 * demo content, read as a visitor, a feed reader (a real XML parser) and a crawler would read them.
 */
@Tag("slow")
class SearchFeedsSeoSiteTest {
  private static final String BASE = "https://portal.example.vn";
  private static final String SEED = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";
  private static final String ARTICLE = "/articles/chuyen-doi-ipv6-co-quan-nha-nuoc";
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.start(dir, "--site-url", BASE);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static Document page(String path, int status) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    return Jsoup.parse(response.body(), site.base() + path);
  }

  private static org.w3c.dom.Document xml(String path, String contentType) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
    assertThat(response.headers().firstValue("Cache-Control").orElse("")).startsWith("public");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void searchWithoutDiacriticsFindsTheSeedReportAndMarksTheWords() throws Exception {
    Document results = page("/search?q=bao+cao+quy+III", 200);
    assertThat(results.select(".civic-search-hit a[href]").eachAttr("href"))
        .first()
        .isEqualTo(SEED);
    assertThat(results.select(".civic-search-hit").first().select("mark").eachText())
        .contains("quý", "III");
    assertThat(results.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(results.selectFirst("#civic-search-q").val()).isEqualTo("bao cao quy III");
    Document en = page("/en/search?q=BAO+CAO", 200);
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.select(".civic-search-hit a[href]").eachAttr("href"))
        .allMatch(h -> h.startsWith("/en/"));
    assertThat(en.selectFirst(".civic-search-status").text()).contains("results for “BAO CAO”");
    Document reports = page("/search?q=bao+cao&type=report&year=2019", 200);
    assertThat(reports.select(".civic-search-hit a[href]").eachAttr("href"))
        .isNotEmpty()
        .allMatch(h -> h.startsWith("/reports/"));
    assertThat(reports.select("#civic-search-year option[selected]").text()).isEqualTo("2019");
  }

  @Test
  void everyPageHasTheSearchBoxWithALabel() throws Exception {
    for (String path : List.of("/", "/en/", SEED, "/articles", "/polls", "/khong-co", "/search")) {
      Document doc = site.get(path).statusCode() == 404 ? page(path, 404) : page(path, 200);
      Element input = doc.selectFirst("header form[role=search] input[name=q]");
      assertThat(input).as(path).isNotNull();
      assertThat(doc.selectFirst("label[for=" + input.id() + "]").text()).as(path).isNotBlank();
    }
  }

  @Test
  void badSearchesGetA400WithTheReasonOrAClearMessageAndNeverA5xx() throws Exception {
    assertThat(
            page("/search?q=" + "a".repeat(201), 400).selectFirst(".civic-search-invalid").text())
        .contains("quá dài");
    assertThat(page("/en/search?q=x&type=poll", 400).selectFirst(".civic-search-invalid").text())
        .contains("Unknown type");
    page("/search?q=x&year=abc", 400);
    page("/search?q=x&page=0", 400);
    assertThat(page("/search", 200).selectFirst(".civic-search-message").text())
        .contains("Nhập từ khóa");
    assertThat(page("/search?q=%22%28%28+-", 200).selectFirst(".civic-search-message").text())
        .contains("không có chữ");
    Document script = page("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200);
    assertThat(script.select("main script")).isEmpty();
    assertThat(site.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body())
        .doesNotContain("<script>alert");
    for (String q :
        List.of(
            "%22bao",
            "bao+OR+cao",
            "title%3Abao*",
            "%28%28%28",
            "bao~+cao%5E4+%5Ba+TO+z%5D",
            "%5C",
            "*",
            "%3F",
            "jcr%3Acontains(.%2C'x')",
            "%27%3B",
            "%E2%80%AE",
            "%F0%9F%98%80")) {
      int status = site.get("/search?q=" + q).statusCode();
      assertThat(status).as(q).isEqualTo(200);
    }
  }

  @Test
  void feedsAreRss2WithAbsoluteLinksRfc822DatesAndPermalinkGuids() throws Exception {
    for (String path :
        List.of(
            "/rss/articles.xml",
            "/rss/reports.xml",
            "/en/rss/reports.xml",
            "/rss/category/bao-cao-hoat-dong.xml")) {
      org.w3c.dom.Document rss = xml(path, "application/rss+xml");
      assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
      assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
      org.w3c.dom.Element channel =
          (org.w3c.dom.Element) rss.getElementsByTagName("channel").item(0);
      for (String required : List.of("title", "link", "description")) {
        assertThat(text(channel, required)).as(path + " " + required).isNotBlank();
      }
      assertThat(text(channel, "link")).startsWith(BASE);
      NodeList items = channel.getElementsByTagName("item");
      assertThat(items.getLength()).as(path).isPositive();
      for (int i = 0; i < items.getLength(); i++) {
        org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
        String link = text(item, "link");
        assertThat(link).startsWith(BASE + (path.startsWith("/en/") ? "/en/" : "/"));
        assertThat(text(item, "guid")).isEqualTo(link);
        assertThat(ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME))
            .isNotNull();
        assertThat(text(item, "title")).isNotBlank();
      }
    }
    assertThat(text(xml("/rss/reports.xml", "application/rss+xml").getDocumentElement(), "link"))
        .isEqualTo(BASE + "/");
    assertThat(site.get("/rss/category/khong-co.xml").statusCode()).isEqualTo(404);
    assertThat(site.get("/rss/articles.json").statusCode()).isEqualTo(404);
    for (String path : List.of("/rss", "/feed", "/en/feed")) {
      HttpResponse<String> redirect = site.get(path);
      assertThat(redirect.statusCode()).as(path).isEqualTo(302);
      assertThat(redirect.headers().firstValue("Location").orElse(""))
          .endsWith("/rss/articles.xml");
    }
  }

  @Test
  void theSitemapListsEveryItemAndListingInBothLanguagesAndRobotsTxtNamesIt() throws Exception {
    org.w3c.dom.Document sitemap = xml("/sitemap.xml", "application/xml");
    String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(ns);
    NodeList urls = sitemap.getElementsByTagNameNS(ns, "url");
    List<String> locs = new ArrayList<>();
    for (int i = 0; i < urls.getLength(); i++) {
      org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
      locs.add(url.getElementsByTagNameNS(ns, "loc").item(0).getTextContent());
      assertThat(url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength())
          .isEqualTo(3);
      NodeList lastmod = url.getElementsByTagNameNS(ns, "lastmod");
      if (lastmod.getLength() > 0) {
        assertThat(ZonedDateTime.parse(lastmod.item(0).getTextContent())).isNotNull();
      }
    }
    assertThat(locs)
        .allMatch(l -> l.startsWith(BASE + "/"))
        .doesNotHaveDuplicates()
        .contains(
            BASE + "/",
            BASE + "/en/",
            BASE + "/articles",
            BASE + "/en/reports",
            BASE + SEED,
            BASE + "/en" + SEED,
            BASE + ARTICLE);
    Document listing = page("/articles", 200);
    for (String href : listing.select(".civic-listing a[href^=/articles/]").eachAttr("href")) {
      assertThat(locs).contains(BASE + href, BASE + "/en" + href);
    }
    HttpResponse<String> robots = site.get("/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.body()).contains("Sitemap: " + BASE + "/sitemap.xml", "Disallow: /.civic/");
  }

  @Test
  void theFaviconIsAnIconAndEveryPageLinksIt() throws Exception {
    HttpResponse<byte[]> icon =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(site.base() + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).contains("image/x-icon");
    assertThat(icon.body()).startsWith(0, 0, 1, 0);
    Document home = page("/", 200);
    for (String href : home.select("link[rel=icon]").eachAttr("href")) {
      assertThat(site.get(href).statusCode()).as(href).isEqualTo(200);
    }
  }

  @Test
  void everyKindOfPageHasAbsoluteShareAndLanguageMetadata() throws Exception {
    for (String path :
        List.of(
            "/",
            "/en/",
            "/articles",
            "/en/reports",
            "/polls",
            ARTICLE,
            SEED,
            "/en" + SEED,
            "/search?q=bao",
            "/khong-co-trang-nay")) {
      int status = path.startsWith("/khong") ? 404 : 200;
      Document doc = page(path, status);
      assertThat(doc.selectFirst("meta[name=description]").attr("content")).as(path).isNotBlank();
      for (String property : List.of("og:title", "og:description", "og:type", "og:locale")) {
        assertThat(doc.selectFirst("meta[property=" + property + "]").attr("content"))
            .as(path + property)
            .isNotBlank();
      }
      for (String property : List.of("og:url", "og:image")) {
        assertThat(doc.selectFirst("meta[property=" + property + "]").attr("content"))
            .as(path + property)
            .startsWith(BASE + "/");
      }
      assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content"))
          .isEqualTo("summary_large_image");
      assertThat(doc.selectFirst("meta[name=twitter:image]").attr("content"))
          .startsWith(BASE + "/");
      assertThat(doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
          .containsExactlyInAnyOrder("vi", "en", "x-default");
      assertThat(doc.select("link[rel=alternate][hreflang]").eachAttr("href"))
          .as(path)
          .allMatch(h -> h.startsWith(BASE + "/"));
      assertThat(doc.select("link[rel=alternate][type=\"application/rss+xml\"]").eachAttr("href"))
          .contains(path.startsWith("/en") ? "/en/rss/articles.xml" : "/rss/articles.xml");
    }
    assertThat(page(SEED, 200).selectFirst("meta[property=og:type]").attr("content"))
        .isEqualTo("article");
    assertThat(page("/en/", 200).selectFirst("meta[property=og:locale]").attr("content"))
        .isEqualTo("en_US");
    assertThat(page(SEED, 200).selectFirst("link[hreflang=x-default]").attr("href"))
        .isEqualTo(BASE + SEED);
    String imageUrl = page("/", 200).selectFirst("meta[property=og:image]").attr("content");
    assertThat(site.get(imageUrl.substring(BASE.length())).statusCode()).isEqualTo(200);
  }

  @Test
  void articlesAndReportsCarryNewsArticleStructuredData() throws Exception {
    for (String path : List.of(ARTICLE, SEED)) {
      Document doc = page(path, 200);
      Element script = doc.selectFirst("script[type=\"application/ld+json\"]");
      assertThat(script).as(path).isNotNull();
      JsonNode json = new ObjectMapper().readTree(script.data());
      assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
      assertThat(json.path("headline").asText()).isEqualTo(doc.selectFirst("h1").text());
      assertThat(json.path("url").asText()).isEqualTo(BASE + path);
      assertThat(json.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
      assertThat(json.path("image").get(0).asText()).startsWith(BASE + "/");
      assertThat(json.path("publisher").path("name").asText()).isNotBlank();
    }
    assertThat(page("/", 200).select("script[type=\"application/ld+json\"]")).isEmpty();
    assertThat(page(SEED, 200).select("link[type=\"application/rss+xml\"]").eachAttr("href"))
        .contains("/rss/category/bao-cao-hoat-dong.xml");
  }

  private static String text(org.w3c.dom.Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }
}
