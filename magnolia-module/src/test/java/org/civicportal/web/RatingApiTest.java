package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rating API on a real Tomcat over a real Jackrabbit: every rule of the public API, each
 * refusal checked to leave the stored ratings exactly as they were.
 */
class RatingApiTest {
  static final String SITE = "https://portal.example.gov.vn";
  static final String ARTICLE = "00000000-0000-4000-8000-000000000001";
  static final String ARTICLE_2 = "00000000-0000-4000-8000-000000000002";
  static final String ARTICLE_3 = "00000000-0000-4000-8000-000000000003";
  static final String ARTICLE_4 = "00000000-0000-4000-8000-000000000004";
  static final String REPORT = "00000000-0000-4000-8000-000000000010";
  static final String NOT_RATEABLE = "00000000-0000-4000-8000-000000000005";
  static final String FOLDER = "00000000-0000-4000-8000-000000000100";
  static final String UNKNOWN = "0f0f0f0f-0000-4000-8000-000000000000";
  static final byte[] SECRET = "test secret, not for production".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static TestApiServer server;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir.resolve("repo"));
    writer = new BatchedWriter(repository);
    RatingApiHandler handler =
        new RatingApiHandler(
            new RatingService(
                new JcrContentService(repository, AssetLinks.URLS_ONLY),
                new RatingStore(repository, writer)));
    // Every test here comes from 127.0.0.1: only the servlets meant for it have a tight limit.
    ApiSettings.RateLimit generous = new ApiSettings.RateLimit(1_000_000, 10_000);
    ApiSettings open =
        ApiSettings.builder(SECRET)
            .siteOrigin(SITE)
            .writeLimit(generous)
            .readLimit(generous)
            .build();
    ApiSettings.RateLimit tight = new ApiSettings.RateLimit(1, 2);
    ApiSettings limited =
        ApiSettings.builder(SECRET).siteOrigin(SITE).writeLimit(tight).readLimit(tight).build();
    ApiSettings proxied =
        ApiSettings.builder(SECRET)
            .siteOrigin(SITE)
            .trustedProxy(IpRange.parse("127.0.0.1/32"))
            .writeLimit(new ApiSettings.RateLimit(1, 1))
            .build();
    // A Magnolia site whose siteUrl is not set: its own origin is wherever a request was sent.
    ApiSettings noSiteUrl =
        ApiSettings.builder(SECRET).writeLimit(generous).readLimit(generous).build();
    ApiSettings noSiteUrlProxied =
        ApiSettings.builder(SECRET)
            .trustedProxy(IpRange.parse("127.0.0.1/32"))
            .writeLimit(generous)
            .readLimit(generous)
            .build();
    server =
        new TestApiServer(
            dir.resolve("tomcat"),
            Map.of(
                "/.civic/api/*", new CivicApiServlet(new RequestGuards(open), List.of(handler)),
                "/nosite/*", new CivicApiServlet(new RequestGuards(noSiteUrl), List.of(handler)),
                "/nosite-proxied/*",
                    new CivicApiServlet(new RequestGuards(noSiteUrlProxied), List.of(handler)),
                "/limited/*", new CivicApiServlet(new RequestGuards(limited), List.of(handler)),
                "/proxied/*", new CivicApiServlet(new RequestGuards(proxied), List.of(handler))));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    writer.close();
    repository.close();
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.uri(path));
  }

  private static TestApiServer.Reply get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = request(path).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return server.send(b.build());
  }

  /** A vote as the site's own page sends it, plus {@code headers} (pairs). */
  private static TestApiServer.Reply vote(String path, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        request(path)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Origin", SITE);
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return server.send(b.build());
  }

  private static String cookie(TestApiServer.Reply r) {
    String setCookie = r.header("Set-Cookie");
    assertThat(setCookie).as("Set-Cookie").isNotNull();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  /**
   * Everything stored under /ratings: paths and properties, to show a refused request changed
   * nothing.
   */
  private static String stored() throws RepositoryException {
    return repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          Map<String, String> all = new TreeMap<>();
          if (s.nodeExists("/ratings")) {
            collect(s.getNode("/ratings"), all);
          }
          return all.toString();
        });
  }

  private static void collect(Node node, Map<String, String> out) throws RepositoryException {
    StringBuilder props = new StringBuilder();
    for (var it = node.getProperties(); it.hasNext(); ) {
      var p = it.nextProperty();
      props
          .append(p.getName())
          .append('=')
          .append(p.isMultiple() ? java.util.Arrays.toString(p.getValues()) : p.getString())
          .append(' ');
    }
    out.put(node.getPath(), props.toString());
    for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
      collect(it.nextNode(), out);
    }
  }

  private static void assertError(TestApiServer.Reply r, int status, String code) throws Exception {
    assertThat(r.status).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    JsonNode json = r.json();
    assertThat(json.get("error").asText()).isEqualTo(code);
    assertThat(json.get("message").asText()).isNotBlank();
    assertThat(json.size()).isEqualTo(2);
    assertThat(r.header("Set-Cookie")).isNull();
  }

  @Test
  void getShowsTheNumbersUncachedAndSetsNoCookie() throws Exception {
    TestApiServer.Reply r = get("/.civic/api/ratings/" + REPORT);
    assertThat(r.status).isEqualTo(200);
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    assertThat(r.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
    assertThat(r.header("Set-Cookie")).isNull();
    assertThat(r.raw.body())
        .isEqualTo(
            "{\"itemId\":\""
                + REPORT
                + "\",\"count\":0,\"total\":0,\"average\":0.0,\"histogram\":[0,0,0,0,0],\"myScore\":null}");
  }

  @Test
  void aVisitorVotesOnceAndSeesTheirScore() throws Exception {
    TestApiServer.Reply first = vote("/.civic/api/ratings/" + ARTICLE, "{\"score\":4}");
    assertThat(first.status).as(first.toString()).isEqualTo(200);
    assertThat(first.header("Cache-Control")).isEqualTo("no-store");
    assertThat(first.header("Set-Cookie"))
        .matches(
            "civic_vid=[A-Za-z0-9_-]{22}; Path=/; Max-Age=31536000; " + "HttpOnly; SameSite=Lax");
    JsonNode json = first.json();
    assertThat(json.get("count").asLong()).isEqualTo(1);
    assertThat(json.get("total").asLong()).isEqualTo(4);
    assertThat(json.get("average").decimalValue()).isEqualByComparingTo("4.0");
    assertThat(json.get("histogram").toString()).isEqualTo("[0,0,0,1,0]");
    assertThat(json.get("myScore").asInt()).isEqualTo(4);
    String cookie = cookie(first);

    TestApiServer.Reply mine = get("/.civic/api/ratings/" + ARTICLE, "Cookie", cookie);
    assertThat(mine.json().get("myScore").asInt()).isEqualTo(4);
    assertThat(get("/.civic/api/ratings/" + ARTICLE).json().get("myScore").isNull()).isTrue();

    TestApiServer.Reply other = vote("/.civic/api/ratings/" + ARTICLE, "{\"score\":1}");
    assertThat(other.json().get("average").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(other.json().get("myScore").asInt()).isEqualTo(1);

    String before = stored();
    assertError(
        vote("/.civic/api/ratings/" + ARTICLE, "{\"score\":5}", "Cookie", cookie),
        409,
        "already_voted");
    assertThat(stored()).isEqualTo(before);
    assertThat(get("/.civic/api/ratings/" + ARTICLE, "Cookie", cookie).json().get("count").asLong())
        .isEqualTo(2);
  }

  @Test
  void theServicesRefusalsAnswerExactlyAsDocumented() throws Exception {
    // Byte for byte: status, error code and message of each refusal the rating service makes.
    TestApiServer.Reply first = vote("/.civic/api/ratings/" + ARTICLE_3, "{\"score\":3}");
    TestApiServer.Reply again =
        vote("/.civic/api/ratings/" + ARTICLE_3, "{\"score\":3}", "Cookie", cookie(first));
    assertThat(again.status).isEqualTo(409);
    assertThat(again.raw.body())
        .isEqualTo(
            "{\"error\":\"already_voted\",\"message\":\"This visitor has already rated this item.\"}");
    for (TestApiServer.Reply r :
        List.of(
            get("/.civic/api/ratings/" + NOT_RATEABLE),
            vote("/.civic/api/ratings/" + UNKNOWN, "{\"score\":3}"))) {
      assertThat(r.status).isEqualTo(404);
      assertThat(r.raw.body())
          .isEqualTo("{\"error\":\"not_found\",\"message\":\"No rateable item with this id.\"}");
    }
  }

  @Test
  void aMalformedCookieCountsAsANewVisitor() throws Exception {
    TestApiServer.Reply r =
        vote("/.civic/api/ratings/" + ARTICLE_4, "{\"score\":2}", "Cookie", "civic_vid=x;y");
    assertThat(r.status).isEqualTo(200);
    assertThat(cookie(r)).doesNotContain("x;y");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "00000000-0000-4000-8000-00000000000",
        "00000000-0000-4000-8000-0000000000011",
        "00000000-0000-4000-8000-00000000000A",
        "00000000_0000_4000_8000_000000000001",
        "not-a-uuid",
        ""
      })
  void idsThatAreNotUuidsAre400(String id) throws Exception {
    String before = stored();
    assertError(get("/.civic/api/ratings/" + id), 400, "invalid_request");
    assertError(vote("/.civic/api/ratings/" + id, "{\"score\":3}"), 400, "invalid_request");
    assertThat(stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {UNKNOWN, NOT_RATEABLE, FOLDER})
  void unknownOrNotRateableItemsAre404(String id) throws Exception {
    String before = stored();
    assertError(get("/.civic/api/ratings/" + id), 404, "not_found");
    assertError(vote("/.civic/api/ratings/" + id, "{\"score\":3}"), 404, "not_found");
    assertThat(stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"score\":0}",
        "{\"score\":6}",
        "{\"score\":\"5\"}",
        "{\"score\":4.5}",
        "{\"score\":4.0}",
        "{\"score\":null}",
        "{}",
        "{\"score\":3,\"itemId\":\"x\"}",
        "{\"score\":3,\"score\":3}",
        "{\"score\":3",
        "score=3",
        "[3]",
        "",
        "{\"score\":3}{\"score\":3}",
        "{\"score\":-3}",
        "{\"score\":1e400}",
        "{\"score\":99999999999999999999}"
      })
  void badBodiesAre400(String body) throws Exception {
    String before = stored();
    assertError(vote("/.civic/api/ratings/" + ARTICLE_2, body), 400, "invalid_request");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void bodiesOver16KiBAre413WhateverTheHeadersSay() throws Exception {
    byte[] big = ("{\"score\":3}" + " ".repeat(16 * 1024)).getBytes(StandardCharsets.UTF_8);
    String before = stored();
    assertError(
        vote("/.civic/api/ratings/" + ARTICLE_2, new String(big, StandardCharsets.UTF_8)),
        413,
        "too_large");
    // Without a Content-Length (chunked): refused while reading.
    HttpRequest chunked =
        request("/.civic/api/ratings/" + ARTICLE_2)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .header("Content-Type", "application/json")
            .header("Origin", SITE)
            .build();
    assertError(server.send(chunked), 413, "too_large");
    assertThat(stored()).isEqualTo(before);
    // Exactly at the limit is fine.
    String padded = "{\"score\":3}" + " ".repeat(16 * 1024 - 11);
    assertThat(vote("/.civic/api/ratings/" + ARTICLE_2, padded).status).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=ISO-8859-1",
        "application/jsonx",
        "application/xml"
      })
  void otherContentTypesAre415(String type) throws Exception {
    String before = stored();
    assertError(
        vote("/.civic/api/ratings/" + ARTICLE_3, "{\"score\":3}", "Content-Type", type),
        415,
        "unsupported_media_type");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void missingContentTypeIs415AndCharsetUtf8IsFine() throws Exception {
    String before = stored();
    HttpRequest none =
        request("/.civic/api/ratings/" + ARTICLE_3)
            .POST(HttpRequest.BodyPublishers.ofString("{\"score\":3}"))
            .header("Origin", SITE)
            .build();
    assertError(server.send(none), 415, "unsupported_media_type");
    assertThat(stored()).isEqualTo(before);
    HttpRequest utf8 =
        request("/.civic/api/ratings/" + ARTICLE_3)
            .POST(HttpRequest.BodyPublishers.ofString("{\"score\":3}"))
            .header("Content-Type", "application/json; charset=\"UTF-8\"")
            .build();
    assertThat(server.send(utf8).status).isEqualTo(200);
  }

  @Test
  void crossSiteWritesAre403() throws Exception {
    String before = stored();
    String path = "/.civic/api/ratings/" + ARTICLE_3;
    assertError(
        vote(path, "{\"score\":3}", "Origin", "https://evil.example"), 403, "forbidden_origin");
    assertError(vote(path, "{\"score\":3}", "Origin", "null"), 403, "forbidden_origin");
    assertError(
        vote(path, "{\"score\":3}", "Origin", "http://portal.example.gov.vn"),
        403,
        "forbidden_origin");
    assertError(
        vote(
            path,
            "{\"score\":3}",
            "Origin",
            "https://evil.example",
            "Sec-Fetch-Site",
            "cross-site"),
        403,
        "forbidden_origin");
    HttpRequest noOrigin =
        request(path)
            .POST(HttpRequest.BodyPublishers.ofString("{\"score\":3}"))
            .header("Content-Type", "application/json")
            .header("Sec-Fetch-Site", "cross-site")
            .build();
    assertError(server.send(noOrigin), 403, "forbidden_origin");
    // The Host header decides nothing: a page claiming this server's own host is still another
    // origin.
    assertError(
        vote(path, "{\"score\":3}", "Origin", server.uri("").toString()), 403, "forbidden_origin");
    assertThat(stored()).isEqualTo(before);
    // A browser's own statement that the page is same-origin is trusted (it cannot be forged by a
    // page).
    assertThat(
            vote(
                    path,
                    "{\"score\":3}",
                    "Origin",
                    server.uri("").toString(),
                    "Sec-Fetch-Site",
                    "same-origin")
                .status)
        .isEqualTo(200);
    // Default ports are normalised.
    assertThat(vote(path, "{\"score\":3}", "Origin", "https://PORTAL.example.gov.vn:443").status)
        .isEqualTo(200);
  }

  /**
   * Without a site URL, the origin the request was sent to is the site's: a same-origin vote
   * counts.
   */
  @Test
  void withoutASiteUrlVotesFromTheRequestsOwnOriginCount() throws Exception {
    String path = "/nosite/ratings/" + ARTICLE_2;
    String own = server.uri("").toString();
    TestApiServer.Reply r = vote(path, "{\"score\":5}", "Origin", own);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    assertThat(vote(path, "{\"score\":5}", "Origin", own, "Sec-Fetch-Site", "same-origin").status)
        .isEqualTo(200);
    // Origin and Host name the site the same way a browser does: the Host it sent decides, not the
    // socket.
    String vote = "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\n";
    assertThat(
            server.rawStatus(
                vote + "Host: portal.example\r\nOrigin: http://portal.example", "{\"score\":5}"))
        .isEqualTo(200);
    assertThat(
            server.rawStatus(
                vote + "Host: portal.example:8443\r\nOrigin: http://portal.example:8443",
                "{\"score\":5}"))
        .isEqualTo(200);
  }

  /**
   * A browser's own word that the page is the site's is enough, e.g. behind a TLS proxy nobody
   * declared trusted.
   */
  @Test
  void withoutASiteUrlSecFetchSiteSameOriginCounts() throws Exception {
    String https = "https://127.0.0.1:" + server.uri("").getPort();
    TestApiServer.Reply r =
        vote(
            "/nosite/ratings/" + ARTICLE_2,
            "{\"score\":4}",
            "Origin",
            https,
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(r.status).as(r.toString()).isEqualTo(200);
  }

  /** Behind a trusted TLS proxy the browser's origin is https, on the Host's port or 443. */
  @Test
  void withoutASiteUrlATrustedProxysHttpsIsTheOrigin() throws Exception {
    String path = "/nosite-proxied/ratings/" + ARTICLE_2;
    String https = "https://127.0.0.1:" + server.uri("").getPort();
    TestApiServer.Reply r =
        vote(path, "{\"score\":3}", "Origin", https, "X-Forwarded-Proto", "https");
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    String vote =
        "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nHost: portal.example\r\n";
    assertThat(
            server.rawStatus(
                vote + "X-Forwarded-Proto: https\r\nOrigin: https://portal.example",
                "{\"score\":3}"))
        .isEqualTo(200);
    String before = stored();
    // The proxy's word only: without it the origin is http, and from an untrusted peer it is not
    // believed.
    assertError(vote(path, "{\"score\":3}", "Origin", https), 403, "forbidden_origin");
    assertError(
        vote(
            "/nosite/ratings/" + ARTICLE_2,
            "{\"score\":3}",
            "Origin",
            https,
            "X-Forwarded-Proto",
            "https"),
        403,
        "forbidden_origin");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void withoutASiteUrlCrossSiteWritesAre403AndChangeNothing() throws Exception {
    String before = stored();
    String path = "/nosite/ratings/" + ARTICLE_2;
    String otherHost = "http://localhost:" + server.uri("").getPort();
    for (String origin : List.of("https://evil.example", "null", otherHost, SITE)) {
      assertError(vote(path, "{\"score\":1}", "Origin", origin), 403, "forbidden_origin");
    }
    assertError(
        vote(
            path,
            "{\"score\":1}",
            "Origin",
            "https://evil.example",
            "Sec-Fetch-Site",
            "cross-site"),
        403,
        "forbidden_origin");
    // A cross-site page's browser sends the victim's Host with the page's own Origin.
    assertThat(
            server.rawStatus(
                "POST "
                    + path
                    + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                    + "Host: portal.example\r\nOrigin: http://evil.example",
                "{\"score\":1}"))
        .isEqualTo(403);
    assertThat(stored()).isEqualTo(before);
  }

  /**
   * A refusal is the API doing its job: nothing of it reaches the log above DEBUG (slf4j-simple
   * writes INFO up).
   */
  @Test
  void refusalsLogNothing() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      String path = "/.civic/api/ratings/" + ARTICLE_3;
      assertError(
          vote(path, "{\"score\":3}", "Origin", "https://evil.example"), 403, "forbidden_origin");
      assertError(vote(path, "{\"score\":9}"), 400, "invalid_request");
      assertError(
          vote(path, "{\"score\":3}", "Content-Type", "text/html"), 415, "unsupported_media_type");
      assertError(get("/.civic/api/ratings/" + UNKNOWN), 404, "not_found");
      assertError(
          server.send(
              request(path).method("PUT", HttpRequest.BodyPublishers.ofString("{}")).build()),
          405,
          "method_not_allowed");
      String voter = cookie(vote(path, "{\"score\":3}"));
      assertError(vote(path, "{\"score\":3}", "Cookie", voter), 409, "already_voted");
      TestApiServer.Reply limited;
      do {
        limited = vote("/limited/ratings/" + ARTICLE_3, "{\"score\":3}");
      } while (limited.status != 429);
      assertError(limited, 429, "rate_limited");
    } finally {
      System.setErr(err);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("WARN").doesNotContain("ERROR");
  }

  @Test
  void unknownRoutesAre404AndOtherMethods405() throws Exception {
    for (String path :
        new String[] {
          "/.civic/api/",
          "/.civic/api/nothing",
          "/.civic/api/ratings",
          "/.civic/api/ratings/" + ARTICLE + "/x"
        }) {
      assertError(get(path), 404, "not_found");
    }
    String before = stored();
    for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
      TestApiServer.Reply r =
          server.send(
              request("/.civic/api/ratings/" + ARTICLE)
                  .method(method, HttpRequest.BodyPublishers.ofString("{\"score\":3}"))
                  .header("Content-Type", "application/json")
                  .build());
      assertError(r, 405, "method_not_allowed");
      assertThat(r.header("Allow")).isEqualTo("GET, POST");
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void writesArePerIpRateLimitedAndForwardedForIsIgnoredFromUntrustedPeers() throws Exception {
    String path = "/limited/ratings/" + ARTICLE_4;
    vote(path, "{\"score\":5}");
    vote(path, "{\"score\":5}", "X-Forwarded-For", "198.51.100.7");
    String before = stored();
    TestApiServer.Reply r = vote(path, "{\"score\":5}", "X-Forwarded-For", "198.51.100.8");
    assertError(r, 429, "rate_limited");
    assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(stored()).isEqualTo(before);
    // Reads have their own budget.
    assertThat(get(path).status).isEqualTo(200);
  }

  @Test
  void aTrustedProxysForwardedForHopIsTheClient() throws Exception {
    String path = "/proxied/ratings/" + REPORT;
    TestApiServer.Reply first =
        vote(
            path, "{\"score\":2}", "X-Forwarded-For", "198.51.100.1", "X-Forwarded-Proto", "https");
    assertThat(first.status).as(first.toString()).isEqualTo(200);
    assertThat(first.header("Set-Cookie")).endsWith("; Secure");
    String before = stored();
    // The same client again: over its limit of one.
    assertError(
        vote(path, "{\"score\":2}", "X-Forwarded-For", "198.51.100.1"), 429, "rate_limited");
    // Whatever a client writes to the left of the proxy's hop is not believed.
    assertError(
        vote(path, "{\"score\":2}", "X-Forwarded-For", "198.51.100.2, 198.51.100.1"),
        429,
        "rate_limited");
    assertThat(stored()).isEqualTo(before);
    // Another client behind the same proxy has its own budget.
    TestApiServer.Reply other =
        vote(path, "{\"score\":2}", "X-Forwarded-For", "198.51.100.1, 198.51.100.2");
    assertThat(other.status).as(other.toString()).isEqualTo(200);
    assertThat(other.header("Set-Cookie")).doesNotContain("Secure");
  }

  @Test
  void forwardedProtoFromAnUntrustedPeerDoesNotMakeTheCookieSecure() throws Exception {
    TestApiServer.Reply r =
        vote("/.civic/api/ratings/" + REPORT, "{\"score\":4}", "X-Forwarded-Proto", "https");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.header("Set-Cookie")).doesNotContain("Secure");
  }
}
