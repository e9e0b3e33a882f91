package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicportal.web.SecurityHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of answer of a real standalone site carries its security headers, errors included:
 * pages, static files, every API route, the statistics and their sign-in challenge.
 */
@Tag("slow")
class SecurityHeadersSiteTest {
  private static final String ITEM = "191e5f84-ca53-4c3b-977e-9655d7895d20";
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

  private static HttpResponse<String> send(
      String method, String path, String contentType, String body, String authorization)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(site.base() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void assertHeaders(HttpResponse<String> r, Map<String, String> expected) {
    expected.forEach(
        (name, value) ->
            assertThat(r.headers().firstValue(name))
                .as(r.uri() + " " + r.statusCode() + " " + name)
                .contains(value));
  }

  @Test
  void pagesAndTheirErrorsCarryThePagePolicy() throws Exception {
    for (String path :
        List.of(
            "/",
            "/en/",
            "/en",
            "/articles",
            "/reports?page=1",
            "/reports/" + VisitStatsSiteTest.SEED,
            "/polls",
            "/no/such/page",
            "/articles?page=x")) {
      HttpResponse<String> r = site.get(path);
      assertThat(r.statusCode()).as(path).isIn(200, 302, 404);
      assertHeaders(r, SecurityHeaders.PAGE);
    }
    String csp = SecurityHeaders.PAGE.get("Content-Security-Policy");
    assertThat(csp)
        .contains("script-src 'self';", "frame-ancestors 'self'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "*");
  }

  @Test
  void staticFilesAreNotSniffed() throws Exception {
    for (String path :
        List.of(
            "/.resources/civic-portal/webresources/js/civic-prefs.js",
            "/.resources/civic-portal/webresources/css/civic-portal.css",
            "/.resources/civic-portal/templates/pages/home.ftl",
            "/.resources/civic-portal/nothing.js")) {
      assertHeaders(site.get(path), SecurityHeaders.STATIC_FILE);
    }
  }

  /** Every route of the API, answered or refused, is no-store and never framed. */
  @Test
  void everyApiAnswerIsNoStore() throws Exception {
    List<HttpResponse<String>> answers =
        List.of(
            send("GET", "/.civic/api/ratings/" + ITEM, null, null, null),
            send("GET", "/.civic/api/ratings/not-a-uuid", null, null, null),
            send("POST", "/.civic/api/ratings/" + ITEM, "text/html", "<x>", null),
            send("DELETE", "/.civic/api/ratings/" + ITEM, null, null, null),
            send("GET", "/.civic/api/polls/" + StandalonePollsTest.SAMPLE_POLL, null, null, null),
            send(
                "POST",
                "/.civic/api/polls/" + StandalonePollsTest.SAMPLE_POLL + "/votes",
                "application/json",
                "{\"options\":",
                null),
            send("GET", "/.civic/api/polls/00000000-0000-4000-8000-000000000000", null, null, null),
            send(
                "POST",
                "/.civic/api/visits",
                "text/plain",
                "{\"path\":\"/\",\"referrer\":\"\"}",
                null),
            send("GET", "/.civic/api/visits/pixel.gif?path=/", null, null, null),
            send("GET", "/.civic/api/visits/summary", null, null, null),
            send("GET", "/.civic/api/nothing", null, null, null),
            send("GET", "/.civic/api", null, null, null));
    assertThat(answers).extracting(HttpResponse::statusCode).contains(200, 204, 400, 404, 405, 415);
    answers.forEach(r -> assertHeaders(r, SecurityHeaders.API));
  }

  @Test
  void statisticsAndTheirChallengeCarryTheDashboardPolicy() throws Exception {
    Map<String, String> dashboard = new SecurityHeaders(List.of()).dashboard();
    assertThat(dashboard.get("Content-Security-Policy"))
        .endsWith("frame-ancestors 'self'")
        .doesNotContain("unsafe-inline");
    for (String path :
        List.of(
            "/.civic/stats/",
            "/.civic/stats/api/series",
            "/.civic/stats/export.csv",
            "/.civic/stats/api/series?granularity=week",
            "/.civic/stats/nothing")) {
      assertHeaders(send("GET", path, null, null, VisitStatsSiteTest.ADMIN), dashboard);
    }
    HttpResponse<String> challenge = send("GET", "/.civic/stats/", null, null, null);
    assertThat(challenge.statusCode()).isEqualTo(401);
    assertHeaders(challenge, dashboard);
  }
}
