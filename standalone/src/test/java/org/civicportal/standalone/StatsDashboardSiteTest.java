package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.civicportal.stats.CsvCells;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics of the standalone site over HTTP, as an editor and visitors use them: the key
 * figures of the demo content (counted by hand from mgnl-bootstrap-samples), votes and answers
 * given through the public API counted in the period, and hostile paths and referrers sent as
 * beacons coming out of no CSV view as a formula.
 */
@Tag("slow")
class StatsDashboardSiteTest {
  static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";
  static final String HOSTILE_PATH = "/=HYPERLINK(\"http://evil.example\",\"x\")";
  static final List<String> HOSTILE_REFERRERS =
      List.of(
          "=HYPERLINK(\"http://evil.example\",\"x\")",
          "https://@evil.example/",
          "https://-evil.example/",
          "+cmd|' /C calc'!A0",
          "@SUM(1+1)");
  static final List<String> VIEWS =
      List.of(
          "series",
          "pages",
          "referrers",
          "browsers",
          "os",
          "devices",
          "robots",
          "content",
          "sources",
          "figures",
          "polls",
          "top-rated",
          "most-rated");
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.start(dir);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static HttpResponse<String> stats(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(site.base() + "/.civic/stats" + path))
            .header("Authorization", VisitStatsSiteTest.ADMIN)
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = stats(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static int send(String path, String body) throws Exception {
    return send(path, body, CHROME);
  }

  /**
   * Without a visitor cookie, each user agent is another visitor, so each referrer starts a visit
   * of its own.
   */
  static int send(String path, String body, String userAgent) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(site.base() + path))
            .header("Content-Type", "application/json")
            .header("User-Agent", userAgent)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return CLIENT.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /**
   * Demo content by publish date: 2024 has the articles tap-huan-an-toan-thong-tin-cho-can-bo (May,
   * An toàn thông tin), dich-vu-cong-truc-tuyen-toan-trinh (September) and
   * huong-ung-ngay-chuyen-doi-so-quoc-gia (October, both Chuyển đổi số), and the report
   * ket-qua-hoat-dong-quy-ii-nam-2024 (8 July); 2020 the articles van-hanh-phong-hop-khong-giay
   * (March) and chuyen-doi-ipv6-co-quan-nha-nuoc (October), and the reports
   * bao-cao-6-thang-dau-nam-2020 (July) and bao-cao-tong-ket-nam-2020 (December).
   */
  @Test
  void keyFiguresCountTheDemoContentOfThePeriod() throws Exception {
    JsonNode year2024 = json("/api/figures?from=2024-01-01&to=2024-12-31");
    assertThat(year2024.get("items").asLong()).isEqualTo(4);
    assertThat(year2024.get("articles").asLong()).isEqualTo(3);
    assertThat(year2024.get("articlesPerCategory").toString())
        .isEqualTo("{\"An toàn thông tin\":1,\"Chuyển đổi số\":2}");
    assertThat(year2024.get("reports").asLong()).isEqualTo(1);
    assertThat(year2024.get("reportsPerCategory").toString())
        .isEqualTo("{\"Báo cáo hoạt động\":1}");

    JsonNode q3 = json("/api/figures?from=2024-07-01&to=2024-09-30");
    assertThat(List.of(q3.get("articles").asLong(), q3.get("reports").asLong()))
        .containsExactly(1L, 1L);
    JsonNode q4of2020 = json("/api/figures?from=2020-10-01&to=2020-12-31");
    assertThat(q4of2020.get("articlesPerCategory").toString())
        .isEqualTo("{\"Công nghệ thông tin\":1}");
    assertThat(q4of2020.get("reportsPerCategory").toString())
        .isEqualTo("{\"Báo cáo hoạt động\":1}");
    // The day in the site's time zone: 2024-07-08 09:00 +07 is the first day of this range, not the
    // day before.
    assertThat(json("/api/figures?from=2024-07-08&to=2024-07-08").get("reports").asLong())
        .isEqualTo(1);
    assertThat(json("/api/figures?from=2024-07-07&to=2024-07-07").get("reports").asLong()).isZero();

    Document page = Jsoup.parse(stats("/?from=2024-01-01&to=2024-12-31&lang=en").body());
    assertThat(page.select("table[data-civic-table=figures] tbody tr").eachText())
        .containsExactly(
            "Articles and reports published 4",
            "Articles 3",
            "An toàn thông tin 1",
            "Chuyển đổi số 2",
            "Reports 1",
            "Báo cáo hoạt động 1",
            "Page views 0",
            "Visitors 0",
            "Ratings given 0",
            "Poll answers 0");
    assertThat(stats("/export.csv?view=figures&from=2024-01-01&to=2024-12-31&lang=en").body())
        .startsWith(
            "Figure,Value\r\nReporting period,2024-01-01 – 2024-12-31\r\n"
                + "Articles and reports published,4\r\nArticles,3\r\n");
  }

  @Test
  void ratingsAndPollAnswersGivenTodayAreCounted() throws Exception {
    String report =
        Jsoup.parse(site.get("/reports/ket-qua-hoat-dong-quy-ii-nam-2024").body())
            .selectFirst("[data-civic-rating]")
            .attr("data-civic-rating");
    JsonNode poll = json("/api/polls").get("polls").get(0);
    // The demo poll shows its results to voters only: visitors who have not voted see none, editors
    // the tally.
    String publicPoll = site.get("/.civic/api/polls/" + poll.get("pollId").asText()).body();
    assertThat(JSON.readTree(publicPoll).get("resultsVisible").asBoolean()).isFalse();
    assertThat(poll.get("totalVotes").isNumber()).isTrue();
    assertThat(poll.at("/options/0/votes").isNumber()).isTrue();
    JsonNode before = json("/api/figures?period=today");
    assertThat(send("/.civic/api/ratings/" + report, "{\"score\":5}")).isEqualTo(200);
    assertThat(
            send(
                "/.civic/api/polls/" + poll.get("pollId").asText() + "/votes",
                "{\"options\":[\"" + poll.at("/options/0/id").asText() + "\"]}"))
        .isEqualTo(200);
    JsonNode after = json("/api/figures?period=today");
    assertThat(after.get("ratings").asLong()).isEqualTo(before.get("ratings").asLong() + 1);
    assertThat(after.get("pollAnswers").asLong()).isEqualTo(before.get("pollAnswers").asLong() + 1);
    assertThat(json("/api/figures?period=yesterday").get("pollAnswers").asLong()).isZero();
    JsonNode tally = json("/api/polls").get("polls").get(0);
    assertThat(tally.get("totalVotes").asLong()).isEqualTo(poll.get("totalVotes").asLong() + 1);
    int sum = 0;
    for (JsonNode o : tally.get("options")) {
      sum += o.get("percent").asInt();
    }
    assertThat(sum).isEqualTo(100);
  }

  @Test
  void hostilePathsAndReferrersComeOutOfNoCsvViewAsAFormula() throws Exception {
    int visitor = 0;
    for (String referrer : HOSTILE_REFERRERS) {
      String body = JSON.writeValueAsString(Map.of("path", HOSTILE_PATH, "referrer", referrer));
      int status = send("/.civic/api/visits", body, CHROME + " visitor/" + visitor++);
      assertThat(status).as(referrer).isIn(204, 400);
    }
    assertThat(
            send(
                "/.civic/api/visits",
                JSON.writeValueAsString(
                    Map.of("path", HOSTILE_PATH, "referrer", "https://m.facebook.com/")),
                CHROME + " visitor/" + visitor))
        .isEqualTo(204);
    String referrers = "";
    for (int i = 0; i < 100 && !referrers.contains("m.facebook.com"); i++) {
      Thread.sleep(100);
      referrers = stats("/export.csv?view=referrers").body();
    }
    StringBuilder all = new StringBuilder();
    for (String view : VIEWS) {
      HttpResponse<String> csv = stats("/export.csv?limit=500&view=" + view);
      assertThat(csv.statusCode()).as(view).isEqualTo(200);
      for (List<String> row : CsvCells.parse(csv.body())) {
        for (String cell : row) {
          assertThat(cell)
              .as(view + ": " + row)
              .doesNotStartWith("=")
              .doesNotStartWith("+")
              .doesNotStartWith("-")
              .doesNotStartWith("@")
              .doesNotStartWith("\t")
              .doesNotStartWith("\r");
        }
      }
      all.append(csv.body());
    }
    assertThat(all).contains("HYPERLINK").contains("m.facebook.com");
  }
}
