package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The visits API on a real Tomcat and Jackrabbit: what is counted, and that refused beacons count
 * nothing.
 */
class VisitsApiTest {
  static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static VisitCounter counter;
  static Tomcat tomcat;
  static String base;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepository.open(dir.resolve("jcr"));
    VisitSettings settings = VisitSettings.builder().flushInterval(Duration.ofMillis(200)).build();
    writer = new BatchedWriter(repository);
    counter =
        new VisitCounter(new VisitStore(repository, writer, settings), settings, new UserAgents());
    counter.start();
    ApiSettings api =
        ApiSettings.builder(new byte[32]).siteOrigin("https://portal.example").build();
    CivicApiServlet servlet =
        new CivicApiServlet(
            new RequestGuards(api),
            List.of(
                new VisitsApiHandler(
                    counter,
                    new ItemLookup(new JcrContentService(repository, AssetLinks.URLS_ONLY)))));
    tomcat = new Tomcat();
    tomcat.setBaseDir(dir.resolve("tomcat").toString());
    tomcat.setPort(0);
    Context context = tomcat.addContext("", dir.toString());
    Tomcat.addServlet(context, "api", servlet);
    context.addServletMappingDecoded("/.civic/api/*", "api");
    tomcat.getConnector();
    tomcat.start();
    base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/.civic/api/visits";
  }

  @AfterAll
  static void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
    counter.close();
    writer.close();
    repository.close();
  }

  static HttpResponse<String> post(String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base))
            .header("Content-Type", contentType)
            .header("User-Agent", CHROME)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      r.headers(headers);
    }
    return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<byte[]> get(String path, String userAgent) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", userAgent).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static long today() throws Exception {
    return counter.summary().getToday();
  }

  @Test
  void beaconsInJsonAndPlainTextCountAndTheSummaryShowsThem() throws Exception {
    long before = today();
    // A visitor of its own (cookie), so that other tests' page views do not extend this visit.
    String cookie = "civic_vid=beaconTestVisitor00001";
    HttpResponse<String> json =
        post(
            "application/json",
            "{\"path\":\"/articles/a\",\"referrer\":\"https://google.com/\"}",
            "X-Forwarded-For",
            "ignored",
            "Origin",
            "https://portal.example",
            "Cookie",
            cookie);
    assertThat(json.statusCode()).isEqualTo(204);
    assertThat(json.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(
            post("text/plain;charset=UTF-8", "{\"path\":\"/\",\"referrer\":null}", "Cookie", cookie)
                .statusCode())
        .isEqualTo(204);
    assertThat(today()).isEqualTo(before + 1);

    HttpResponse<byte[]> summary = get("/summary", CHROME);
    assertThat(summary.statusCode()).isEqualTo(200);
    String body = new String(summary.body(), StandardCharsets.UTF_8);
    assertThat(body)
        .matches(
            "\\{\"today\":\\d+,\"yesterday\":\\d+,\"thisMonth\":\\d+,\"thisYear\":\\d+,"
                + "\"total\":\\d+,\"online\":\\d+,\"date\":\"\\d{4}-\\d{2}-\\d{2}\",\"timezone\":\"Asia/Ho_Chi_Minh\"}");
  }

  @Test
  void badBeaconsAreRefusedAndCountNothing() throws Exception {
    long before = counter.summary().getToday();
    String longPath = "/" + "a".repeat(2000);
    assertThat(post("application/json", "{\"path\":\"" + longPath + "\"}").statusCode())
        .isEqualTo(400);
    assertThat(post("application/json", "not json").statusCode()).isEqualTo(400);
    assertThat(post("application/json", "{\"path\":42}").statusCode()).isEqualTo(400);
    assertThat(post("application/json", "{\"path\":[\"/\"]}").statusCode()).isEqualTo(400);
    assertThat(post("application/json", "{\"path\":\"/\",\"referrer\":5}").statusCode())
        .isEqualTo(400);
    assertThat(post("application/json", "{\"path\":\"/\",\"extra\":1}").statusCode())
        .isEqualTo(400);
    assertThat(post("application/json", "{\"referrer\":\"x\"}").statusCode()).isEqualTo(400);
    assertThat(post("application/json", "{\"path\":\"https://evil.example/\"}").statusCode())
        .isEqualTo(400);
    assertThat(post("application/json", "[\"/\"]").statusCode()).isEqualTo(400);
    assertThat(post("application/json", "{\"path\":\"/" + "x".repeat(17_000) + "\"}").statusCode())
        .isEqualTo(413);
    assertThat(post("application/xml", "{\"path\":\"/\"}").statusCode()).isEqualTo(415);
    HttpResponse<String> crossSite =
        post("application/json", "{\"path\":\"/\"}", "Origin", "https://evil.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains("\"error\":\"forbidden_origin\"");
    assertThat(counter.summary().getToday()).isEqualTo(before);
    assertThat(get("/summary/x", CHROME).statusCode()).isEqualTo(404);
    assertThat(get("", CHROME).statusCode()).isEqualTo(405);
  }

  @Test
  void thePixelAlwaysAnswersAGifAndCountsOnlyValidPageViews() throws Exception {
    long before = today();
    for (String query :
        new String[] {
          "", "?path=", "?path=relative", "?path=/" + "a".repeat(2001), "?path=//evil.example/"
        }) {
      HttpResponse<byte[]> r = get("/pixel.gif" + query, CHROME);
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).contains("image/gif");
      assertThat(new String(r.body(), 0, 6, StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
    }
    assertThat(today()).isEqualTo(before);
    assertThat(
            get("/pixel.gif?path=/reports/x", "Mozilla/5.0 (Macintosh) Safari/605 pixel-test")
                .statusCode())
        .isEqualTo(200);
    assertThat(today()).isEqualTo(before + 1);
    HttpRequest noscript =
        HttpRequest.newBuilder(URI.create(base + "/pixel.gif"))
            .header("User-Agent", "Mozilla/5.0 (Macintosh) Safari/605 noscript-test")
            .header("Referer", "http://127.0.0.1/articles/b")
            .build();
    assertThat(CLIENT.send(noscript, HttpResponse.BodyHandlers.ofByteArray()).statusCode())
        .isEqualTo(200);
    assertThat(today()).isEqualTo(before + 2);
  }

  @Test
  void robotsGetTheirAnswerButAreNotCounted() throws Exception {
    long before = today();
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base))
            .header("Content-Type", "application/json")
            .header(
                "User-Agent",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")
            .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"/\"}"))
            .build();
    assertThat(CLIENT.send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
    assertThat(get("/pixel.gif?path=/", "python-requests/2.31").statusCode()).isEqualTo(200);
    assertThat(today()).isEqualTo(before);
  }
}
