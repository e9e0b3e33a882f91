package org.civicportal.web;

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
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ItemLookup;
import org.civicportal.content.JcrContentService;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.visits.UserAgents;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-item views on a real Tomcat and Jackrabbit with fixture articles: beacons naming an item
 * count for it, the view count and "most read" answers are exact and cacheable for a minute, and
 * bad input is refused with a 4xx.
 */
class ViewsApiTest {
  static final String CHROME = VisitsApiTest.CHROME;
  static final String HEADLESS =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "HeadlessChrome/120.0.0.0 Safari/537.36";

  /** Fixture articles (org/civicportal/jcr/fixtures). */
  static final String FIRST = "00000000-0000-4000-8000-000000000001";

  static final String SECOND = "00000000-0000-4000-8000-000000000002";
  static final String REPORT = "00000000-0000-4000-8000-000000000010";
  static final String NO_ITEM = "00000000-0000-4000-8000-00000000ffff";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static VisitCounter counter;
  static Tomcat tomcat;
  static String base;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir.resolve("jcr"));
    VisitSettings settings = VisitSettings.builder().flushInterval(Duration.ofMillis(200)).build();
    writer = new BatchedWriter(repository);
    counter =
        new VisitCounter(new VisitStore(repository, writer, settings), settings, new UserAgents());
    counter.start();
    ItemLookup items = new ItemLookup(new JcrContentService(repository, AssetLinks.URLS_ONLY));
    ApiSettings api =
        ApiSettings.builder(new byte[32]).siteOrigin("https://portal.example").build();
    CivicApiServlet servlet =
        new CivicApiServlet(
            new RequestGuards(api),
            List.of(new VisitsApiHandler(counter, items), new ViewsApiHandler(counter, items)));
    tomcat = new Tomcat();
    tomcat.setBaseDir(dir.resolve("tomcat").toString());
    tomcat.setPort(0);
    Context context = tomcat.addContext("", dir.toString());
    Tomcat.addServlet(context, "api", servlet);
    context.addServletMappingDecoded("/.civic/api/*", "api");
    tomcat.getConnector();
    tomcat.start();
    base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/.civic/api";
  }

  @AfterAll
  static void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
    counter.close();
    writer.close();
    repository.close();
  }

  static HttpResponse<String> beacon(String body, String userAgent, String visitor)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + "/visits"))
            .header("Content-Type", "text/plain;charset=UTF-8")
            .header("User-Agent", userAgent)
            .header("Cookie", "civic_vid=" + visitor)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", CHROME).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long views(String itemId) throws Exception {
    HttpResponse<String> r = get("/views/" + itemId);
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body()).get("views").asLong();
  }

  private static String itemBeacon(String path, String item) {
    return "{\"path\":\"" + path + "\",\"item\":\"" + item + "\"}";
  }

  @Test
  void beaconsNamingAnItemCountForItAndTheAnswerIsCacheableForAMinute() throws Exception {
    long before = views(REPORT);
    for (int i = 0; i < 3; i++) {
      assertThat(
              beacon(itemBeacon("/reports/bao-cao", REPORT), CHROME, "viewsVisitor000000000" + i)
                  .statusCode())
          .isEqualTo(204);
    }
    HttpResponse<String> r = get("/views/" + REPORT);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    assertThat(r.body())
        .isEqualTo("{\"itemId\":\"" + REPORT + "\",\"views\":" + (before + 3) + "}");
    // Robots and automation browsers are not visitors: their page views count for no item.
    assertThat(
            beacon(itemBeacon("/reports/bao-cao", REPORT), HEADLESS, "viewsHeadless0000000001")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            beacon(itemBeacon("/reports/bao-cao", REPORT), "curl/8.0", "viewsScript00000000001")
                .statusCode())
        .isEqualTo(204);
    assertThat(views(REPORT)).isEqualTo(before + 3);
  }

  @Test
  void mostReadListsTheMostViewedPublishedItemsOfTheLastDays() throws Exception {
    for (int i = 0; i < 5; i++) {
      beacon(itemBeacon("/articles/a", SECOND), CHROME, "mostReadVisitor00000" + i);
    }
    beacon(itemBeacon("/articles/b", FIRST), CHROME, "mostReadVisitor000009");
    // An id of no published item counts the page view, for no item.
    assertThat(
            beacon(itemBeacon("/articles/gone", NO_ITEM), CHROME, "mostReadVisitor000010")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> r = get("/views/most-read?days=30&limit=2");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("days").asInt()).isEqualTo(30);
    assertThat(body.get("items")).hasSizeLessThanOrEqualTo(2);
    JsonNode first = body.get("items").get(0);
    assertThat(first.get("itemId").asText()).isEqualTo(SECOND);
    assertThat(first.get("kind").asText()).isEqualTo("article");
    assertThat(first.get("title").asText()).isNotBlank();
    assertThat(first.get("views").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(r.body()).doesNotContain(NO_ITEM);
    assertThat(get("/views/most-read").statusCode()).isEqualTo(200);
  }

  @Test
  void badInputIsRefusedWithA4xxAndCountsNothing() throws Exception {
    long before = counter.summary().getToday();
    long firstViews = views(FIRST);
    assertThat(
            beacon(itemBeacon("/articles/a", "not-an-id"), CHROME, "badViewsVisitor000001")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            beacon(
                    itemBeacon("/articles/a", "00000000-0000-4000-8000-00000000000A"),
                    CHROME,
                    "badViewsVisitor000001")
                .statusCode())
        .isEqualTo(400);
    assertThat(beacon("{\"path\":\"/a\",\"item\":5}", CHROME, "badViewsVisitor000001").statusCode())
        .isEqualTo(400);
    assertThat(counter.summary().getToday()).isEqualTo(before);
    assertThat(views(FIRST)).isEqualTo(firstViews);
    assertThat(get("/views/not-an-id").statusCode()).isEqualTo(400);
    assertThat(get("/views/" + NO_ITEM).statusCode()).isEqualTo(404);
    assertThat(get("/views/" + NO_ITEM).body()).contains("\"error\":\"not_found\"");
    assertThat(get("/views").statusCode()).isEqualTo(404);
    assertThat(get("/views/" + FIRST + "/x").statusCode()).isEqualTo(404);
    for (String query :
        List.of(
            "days=14",
            "days=0",
            "days=abc",
            "days=07",
            "limit=0",
            "limit=11",
            "limit=-1",
            "limit=9999")) {
      HttpResponse<String> r = get("/views/most-read?" + query);
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(r.headers().firstValue("Cache-Control")).as(query).contains("no-store");
    }
    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/views/" + FIRST))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }
}
