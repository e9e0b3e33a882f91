package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;
import org.civicportal.rating.RatingService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Visits on the standalone site: the counter on the home page, beacons, and the statistics behind
 * HTTP Basic.
 */
@Tag("slow")
class VisitStatsSiteTest {
  static final String SEED = "ket-qua-hoat-dong-quy-iii-nam-2019";
  static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";
  static final String ADMIN =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

  static HttpResponse<String> stats(String path, String authorization) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(site.base() + "/.civic/stats" + path));
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static int beacon(String path) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(site.base() + "/.civic/api/visits"))
            .header("Content-Type", "text/plain;charset=UTF-8")
            .header("User-Agent", CHROME)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"path\":\"" + path + "\",\"referrer\":\"https://www.google.com/\"}"))
            .build();
    return CLIENT.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void statisticsNeedTheAdminPassword() throws Exception {
    assertThat(stats("/", null).statusCode()).isEqualTo(401);
    assertThat(stats("/", null).headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    String wrong =
        "Basic "
            + Base64.getEncoder().encodeToString("admin:nope".getBytes(StandardCharsets.UTF_8));
    assertThat(stats("/api/series", wrong).statusCode()).isEqualTo(401);
    String otherUser =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("editor:test-admin-password".getBytes(StandardCharsets.UTF_8));
    assertThat(stats("/api/series", otherUser).statusCode()).isEqualTo(401);
    assertThat(stats("/export.csv", null).statusCode()).isEqualTo(401);
    assertThat(stats("/api/series", ADMIN).statusCode()).isEqualTo(200);
  }

  @Test
  void theStatisticsApiRefusesBadParameters() throws Exception {
    for (String query :
        new String[] {
          "from=2026-13-01",
          "from=yesterday",
          "to=2026-02-30",
          "from=2000-01-01&to=2026-01-01",
          "from=2026-02-01&to=2026-01-01",
          "granularity=week",
          "granularity=DAY"
        }) {
      HttpResponse<String> r = stats("/api/series?" + query, ADMIN);
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(r.body()).as(query).contains("\"error\":\"invalid_request\"");
    }
    for (String query : new String[] {"limit=0", "limit=x", "limit=501", "from=2026-1-1"}) {
      assertThat(stats("/api/top-pages?" + query, ADMIN).statusCode()).as(query).isEqualTo(400);
    }
    assertThat(stats("/export.csv?granularity=decade", ADMIN).statusCode()).isEqualTo(400);
    assertThat(stats("/export.csv?view=nothing", ADMIN).statusCode()).isEqualTo(400);
    assertThat(stats("/api/top?dimension=nothing", ADMIN).statusCode()).isEqualTo(400);
    assertThat(stats("/nothing", ADMIN).statusCode()).isEqualTo(404);
    HttpResponse<String> tenYears =
        stats("/api/series?from=2016-01-01&to=2026-01-01&granularity=year", ADMIN);
    assertThat(tenYears.statusCode()).isEqualTo(200);
    assertThat(tenYears.body()).contains("\"period\":\"2016\"").contains("\"period\":\"2026\"");
  }

  @Test
  void pageViewsReachTheSeriesTopPagesWithTitlesAndTheCsv() throws Exception {
    assertThat(beacon("/reports/" + SEED)).isEqualTo(204);
    assertThat(beacon("/reports/" + SEED + "?utm=x")).isEqualTo(204);
    String body = "";
    // Counts reach JCR within a flush interval (2 s), the two views maybe in different flushes; the
    // statistics
    // read what is saved.
    for (int i = 0; i < 100 && !body.contains("\"count\":2"); i++) {
      Thread.sleep(100);
      body = stats("/api/top-pages", ADMIN).body();
    }
    assertThat(body)
        .contains("\"key\":\"/reports/" + SEED + "\"")
        .contains("\"title\":\"Kết quả hoạt động")
        .contains("\"count\":2");
    assertThat(stats("/api/top?dimension=referrers", ADMIN).body())
        .contains("\"key\":\"google.com\"");
    HttpResponse<String> series = stats("/api/series", ADMIN);
    assertThat(series.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(series.body()).contains("\"granularity\":\"day\"").contains("\"visits\":1");
    HttpResponse<String> csv = stats("/export.csv?view=pages", ADMIN);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("key,title,count\r\n").contains("/reports/" + SEED + ",");

    Document dashboard = Jsoup.parse(stats("/", ADMIN).body());
    assertThat(dashboard.select("table[data-civic-table=series] tbody tr")).hasSize(30);
    assertThat(dashboard.select("table[data-civic-table=pages]").text()).contains(SEED);
    assertThat(dashboard.select("[data-civic-chart]")).hasSize(1);
    // The chart library is a public static file, cacheable, not behind the sign-in.
    HttpResponse<String> uplot =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(
                        site.base()
                            + "/.resources/civic-portal/webresources/lib/uplot/uPlot.min.css"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(uplot.statusCode()).isEqualTo(200);
    assertThat(uplot.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("public"));
    assertThat(uplot.body()).contains(".uplot");
    assertThat(stats("/lib/uPlot.iife.min.js", ADMIN).statusCode()).isEqualTo(404);
  }

  @Test
  void theDashboardListsTopRatedAndMostRatedItemsAndExportsThem() throws Exception {
    Injector injector = site.server().getInjector();
    String id =
        injector
            .getInstance(ContentService.class)
            .findByName(ContentKind.REPORT, SEED)
            .orElseThrow()
            .getId();
    RatingService ratings = injector.getInstance(RatingService.class);
    int[] scores = {5, 4, 4};
    for (int i = 0; i < scores.length; i++) {
      ratings.vote(id, "stats-visitor-" + i, scores[i]);
    }
    Document dashboard = Jsoup.parse(stats("/?lang=en", ADMIN).body());
    for (String table : new String[] {"top-rated", "most-rated"}) {
      Element rated = dashboard.selectFirst("table[data-civic-table=" + table + "]");
      assertThat(rated).as(table).isNotNull();
      assertThat(rated.select("caption").text()).isNotEmpty();
      assertThat(rated.select("thead th[scope=col]")).hasSize(4);
      Element row = rated.selectFirst("tbody tr");
      assertThat(row.select("th[scope=row] a").attr("href")).isEqualTo("/reports/" + SEED);
      assertThat(row.select("th[scope=row] a").text()).startsWith("Kết quả hoạt động");
      assertThat(row.select("td").eachText()).containsExactly("1", "4.3", "3");
    }
    assertThat(dashboard.select("#civic-stats-top-rated-title").text())
        .isEqualTo("Top-rated items");
    HttpResponse<String> csv = stats("/export.csv?view=most-rated", ADMIN);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("kind,title,path,average,count\r\n")
        .contains("report,Kết quả hoạt động")
        .contains(",/reports/" + SEED + ",4.3,3\r\n");
  }

  @Test
  void theHomePageShowsTheCounterBlock() throws Exception {
    Document home = Jsoup.parse(site.get("/").body());
    assertThat(home.select("[data-civic-visits] dt").eachText()).contains("Hôm nay", "Hôm qua");
    assertThat(home.select("[data-civic-visits] [data-civic-visits-field=today]").text())
        .matches("[0-9.]+");
    assertThat(home.select("script[src*=civic-visits~]")).hasSize(1);
  }
}
