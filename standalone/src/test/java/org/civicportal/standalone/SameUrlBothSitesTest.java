package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicportal.magnolia.MagnoliaSampleSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same answer for the same URL in both worlds: the standalone's PageServlet and Magnolia's page
 * templates (MagnoliaSiteContext, the module's URL mappings and sample site: {@link
 * MagnoliaSampleSite}) over the same sample content give each URL the same status, language and
 * links: the head's, the header's, the breadcrumb's, the main column's and the footer's. Left out
 * are the sidebars (Magnolia's hold what editors put there) and the one legitimate difference: the
 * home page, which is the standalone's root ("/", "/en/") and Magnolia's page at the module's
 * homePath ("/civic-portal.html", "/en/civic-portal.html").
 */
class SameUrlBothSitesTest {
  static final String SEED = "ket-qua-hoat-dong-quy-iii-nam-2019";
  static final String ARTICLE = "chuyen-doi-ipv6-co-quan-nha-nuoc";

  @TempDir static Path standaloneDir;
  @TempDir static Path magnoliaDir;
  static TestSite standalone;
  static MagnoliaSampleSite magnolia;

  @BeforeAll
  static void start() throws Exception {
    standalone = TestSite.start(standaloneDir, "--site-url", MagnoliaSampleSite.SITE_URL);
    magnolia = MagnoliaSampleSite.open(magnoliaDir);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      magnolia.close();
    } finally {
      standalone.close();
    }
  }

  /**
   * What one site answered: status, the page's language and its links outside the sidebars, in
   * order.
   */
  record Answer(int status, String lang, List<String> links) {}

  @Test
  void pagesItemsAndListingsAnswerAlikeInBothLanguages() throws Exception {
    for (String prefix : List.of("", "/en")) {
      compare(prefix + "/");
      for (String listing : List.of("/articles", "/reports")) {
        compare(prefix + listing);
        compare(prefix + listing + "?page=1");
      }
      compare(prefix + "/articles/" + ARTICLE);
      compare(prefix + "/reports/" + SEED);
    }
  }

  /** Names and pages that do not exist: a 404 with the same not-found page in both. */
  @Test
  void missingItemsAndPagesAre404sInBoth() throws Exception {
    for (String url :
        List.of(
            "/articles/no-such-article",
            "/en/reports/no-such-report",
            "/articles/" + "a".repeat(300),
            "/reports/" + ARTICLE)) {
      assertThat(compare(url).status()).as(url).isEqualTo(404);
    }
  }

  /**
   * A listing's ?page= that names no page of it (not a page number as the pager writes them, or
   * past the last page: 9 sample articles at 10 a page) is a 404 in both, as the standalone always
   * answered.
   */
  @Test
  void aPageParameterThatNamesNoPageIsA404InBoth() throws Exception {
    for (String page : List.of("abc", "0", "-1", "01", "1.0", "2", "9999999", "")) {
      for (String listing : List.of("/articles", "/en/reports")) {
        String url = listing + "?page=" + page;
        assertThat(compare(url).status()).as(url).isEqualTo(404);
      }
    }
  }

  private static Answer compare(String url) throws Exception {
    Answer standaloneAnswer = standalone(url);
    Answer magnoliaAnswer = magnolia(url);
    assertThat(magnoliaAnswer).as(url).isEqualTo(standaloneAnswer);
    assertThat(standaloneAnswer.links()).as(url).isNotEmpty();
    return standaloneAnswer;
  }

  private static Answer standalone(String url) throws Exception {
    HttpResponse<String> response = standalone.get(url);
    return answer(response.statusCode(), Jsoup.parse(response.body()), Map.of());
  }

  private static Answer magnolia(String url) {
    String home =
        url.equals("/") || url.equals("/en/")
            ? MagnoliaSampleSite.homeUrl(url.equals("/") ? "vi" : "en")
            : url;
    MagnoliaSampleSite.Answer answer = magnolia.get(home);
    assertThat(answer.document()).as("Magnolia has a page for " + home).isNotNull();
    String site = MagnoliaSampleSite.SITE_URL;
    return answer(
        answer.status(),
        answer.document(),
        Map.of(
            MagnoliaSampleSite.homeUrl("vi"),
            "/",
            MagnoliaSampleSite.homeUrl("en"),
            "/en/",
            site + MagnoliaSampleSite.homeUrl("vi"),
            site + "/",
            site + MagnoliaSampleSite.homeUrl("en"),
            site + "/en/"));
  }

  /**
   * The links of a page outside its sidebars, with Magnolia's home page URLs (site paths and
   * absolute, as the head's alternates have them) taken for the standalone's.
   */
  private static Answer answer(int status, Document doc, Map<String, String> homes) {
    Document page = doc.clone();
    page.select("aside").remove();
    List<String> links = new ArrayList<>();
    for (Element e : page.select("[href], [src], [action], [data-civic-api]")) {
      for (String attribute : List.of("href", "src", "action", "data-civic-api")) {
        if (e.hasAttr(attribute)) {
          String value = e.attr(attribute);
          links.add(e.tagName() + " " + attribute + "=" + homes.getOrDefault(value, value));
        }
      }
    }
    return new Answer(status, doc.selectFirst("html").attr("lang"), links);
  }
}
