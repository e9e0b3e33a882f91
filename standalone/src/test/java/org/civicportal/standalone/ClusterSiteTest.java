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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestPostgres;
import org.civicportal.poll.PollTally;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingStore;
import org.civicportal.visits.VisitCounter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two standalone nodes in cluster mode on a real PostgreSQL, started at once on an empty database,
 * with many visitors spread over both: every vote counts exactly once and both nodes agree on every
 * total.
 */
@Tag("slow")
class ClusterSiteTest {
  private static final String REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";
  private static final String[] POLL_OPTIONS = {
    "rat-huu-ich", "de-tim", "binh-thuong", "can-cap-nhat", "kho-tim"
  };
  private static final int VOTERS = 120;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path dir;
  static TestPostgres postgres;
  static TestSite a;
  static TestSite b;
  static String reportId;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start();
    ExecutorService starter = Executors.newFixedThreadPool(2);
    try {
      List<Future<TestSite>> sites =
          starter.invokeAll(List.of(node("a"), node("b")), 3, TimeUnit.MINUTES);
      a = sites.get(0).get();
      b = sites.get(1).get();
    } finally {
      starter.shutdownNow();
    }
    reportId =
        Jsoup.parse(a.get(REPORT).body())
            .selectFirst("[data-civic-rating]")
            .attr("data-civic-rating");
  }

  private static Callable<TestSite> node(String id) {
    return () ->
        TestSite.start(
            dir.resolve(id),
            "--trusted-proxy",
            "127.0.0.1",
            "--cluster-jdbc-url",
            postgres.jdbcUrl(),
            "--cluster-user",
            postgres.user(),
            "--cluster-password",
            postgres.password(),
            "--cluster-node-id",
            id);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {a, b, postgres}) {
      if (c != null) {
        c.close();
      }
    }
  }

  @Test
  void concurrentVotesOnBothNodesCountExactlyOnceAndBothNodesShowTheSameTotals() throws Exception {
    JsonNode ratingBefore = json(get(a, "/.civic/api/ratings/" + reportId, null));
    long[] expectedHistogram = new long[5];
    for (int i = 0; i < 5; i++) {
      expectedHistogram[i] = ratingBefore.get("histogram").get(i).asLong();
    }
    // Results are hidden from visitors who have not voted, so the counts before come from the
    // store.
    PollTally tallyBefore =
        a.server()
            .getInjector()
            .getInstance(PollTallyStore.class)
            .read(StandalonePollsTest.SAMPLE_POLL);
    long[] expectedVotes = new long[POLL_OPTIONS.length];
    for (int i = 0; i < POLL_OPTIONS.length; i++) {
      expectedVotes[i] = tallyBefore.votesFor(POLL_OPTIONS[i]);
    }
    ExecutorService voters = Executors.newFixedThreadPool(16);
    List<Future<String>> cookies = new ArrayList<>();
    try {
      for (int i = 0; i < VOTERS; i++) {
        int voter = i;
        TestSite site = voter % 2 == 0 ? a : b;
        int score = 1 + voter % 5;
        expectedHistogram[score - 1]++;
        expectedVotes[voter % POLL_OPTIONS.length]++;
        cookies.add(
            voters.submit(
                () -> {
                  String ip = "10.1." + voter / 200 + "." + voter % 200;
                  HttpResponse<String> rated =
                      post(
                          site,
                          "/.civic/api/ratings/" + reportId,
                          "{\"score\":" + score + "}",
                          ip,
                          null);
                  assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
                  String cookie = cookie(rated);
                  HttpResponse<String> polled =
                      post(
                          site,
                          "/.civic/api/polls/" + StandalonePollsTest.SAMPLE_POLL + "/votes",
                          "{\"options\":[\"" + POLL_OPTIONS[voter % POLL_OPTIONS.length] + "\"]}",
                          ip,
                          cookie);
                  assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
                  return cookie;
                }));
      }
      for (Future<String> cookie : cookies) {
        cookie.get(2, TimeUnit.MINUTES);
      }
    } finally {
      voters.shutdownNow();
    }
    // How often a node's save lost to the other's and was retried: the path under test (a figure,
    // not a bound).
    System.out.printf(
        "ClusterSiteTest: %d voters on 2 nodes, lost save races retried: a %d, b %d%n",
        VOTERS,
        a.server().getInjector().getInstance(BatchedWriter.class).lostRaces(),
        b.server().getInjector().getInstance(BatchedWriter.class).lostRaces());
    String voterCookie = cookies.get(0).get();
    for (TestSite site : new TestSite[] {a, b}) {
      JsonNode rating =
          awaitJson(
              site,
              "/.civic/api/ratings/" + reportId,
              null,
              r -> r.get("count").asLong() == ratingBefore.get("count").asLong() + VOTERS);
      for (int i = 0; i < 5; i++) {
        assertThat(rating.get("histogram").get(i).asLong())
            .as("score %d on %s", i + 1, site.base())
            .isEqualTo(expectedHistogram[i]);
      }
      // The vote records agree with the summary: no vote was counted without its record, or twice.
      RatingStore store = site.server().getInjector().getInstance(RatingStore.class);
      List<Long> summary = store.read(reportId, null).getHistogram();
      assertThat(store.recount(reportId).getHistogram())
          .as("vote records on %s", site.base())
          .isEqualTo(summary);
      long[] expected = expectedVotes;
      awaitJson(
          site,
          "/.civic/api/polls/" + StandalonePollsTest.SAMPLE_POLL,
          voterCookie,
          p -> Arrays.equals(votes(p), expected));
    }
  }

  @Test
  void aVisitorWhoVotedOnOneNodeIsRefusedOnTheOtherAtOnce() throws Exception {
    String ip = "10.2.0.1";
    HttpResponse<String> rated =
        post(a, "/.civic/api/ratings/" + reportId, "{\"score\":4}", ip, null);
    assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
    String cookie = cookie(rated);
    HttpResponse<String> again =
        post(b, "/.civic/api/ratings/" + reportId, "{\"score\":1}", ip, cookie);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(json(again).get("error").asText()).isEqualTo("already_voted");

    String pollVotes = "/.civic/api/polls/" + StandalonePollsTest.SAMPLE_POLL + "/votes";
    assertThat(post(b, pollVotes, "{\"options\":[\"de-tim\"]}", ip, cookie).statusCode())
        .isEqualTo(200);
    HttpResponse<String> pollAgain = post(a, pollVotes, "{\"options\":[\"kho-tim\"]}", ip, cookie);
    assertThat(pollAgain.statusCode()).as(pollAgain.body()).isEqualTo(409);
    assertThat(json(pollAgain).get("error").asText()).isEqualTo("already_voted");
  }

  @Test
  void visitCountersReadTheSameOnBothNodes() throws Exception {
    long before = json(get(a, "/.civic/api/visits/summary", null)).get("today").asLong();
    int visitors = 40;
    for (int i = 0; i < visitors; i++) {
      HttpRequest beacon =
          HttpRequest.newBuilder(URI.create((i % 2 == 0 ? a : b).base() + "/.civic/api/visits"))
              .header("Content-Type", "text/plain;charset=UTF-8")
              .header("User-Agent", VisitStatsSiteTest.CHROME)
              .header("X-Forwarded-For", "10.3.0." + i)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"path\":\"" + REPORT + "\",\"referrer\":\"\"}"))
              .build();
      assertThat(CLIENT.send(beacon, HttpResponse.BodyHandlers.discarding()).statusCode())
          .isEqualTo(204);
    }
    a.server().getInjector().getInstance(VisitCounter.class).flush();
    b.server().getInjector().getInstance(VisitCounter.class).flush();
    // Each node sees the other's flush only after its journal sync: wait for both before comparing.
    Check counted = s -> s.get("today").asLong() == before + visitors;
    JsonNode onA = awaitJson(a, "/.civic/api/visits/summary", null, counted);
    JsonNode onB = awaitJson(b, "/.civic/api/visits/summary", null, counted);
    for (String field : new String[] {"today", "thisMonth", "thisYear", "total"}) {
      assertThat(onA.get(field).asLong()).as(field).isEqualTo(onB.get(field).asLong());
    }
  }

  /** Votes per option, in {@link #POLL_OPTIONS} order. */
  private static long[] votes(JsonNode poll) {
    long[] votes = new long[POLL_OPTIONS.length];
    for (JsonNode option : poll.get("options")) {
      for (int i = 0; i < POLL_OPTIONS.length; i++) {
        if (POLL_OPTIONS[i].equals(option.get("id").asText()) && option.has("votes")) {
          votes[i] = option.get("votes").asLong();
        }
      }
    }
    return votes;
  }

  private interface Check {
    boolean test(JsonNode json);
  }

  /**
   * Reads {@code path} until {@code done}: a node sees the other's writes once it has synced the
   * journal.
   */
  private static JsonNode awaitJson(TestSite site, String path, String cookie, Check done)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      JsonNode json = json(get(site, path, cookie));
      if (done.test(json)) {
        return json;
      }
      assertThat(System.nanoTime())
          .as("%s on %s still %s", path, site.base(), json)
          .isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static HttpResponse<String> get(TestSite site, String path, String cookie)
      throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(site.base() + path));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    HttpResponse<String> response = CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return response;
  }

  private static HttpResponse<String> post(
      TestSite site, String path, String body, String clientIp, String cookie) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(site.base() + path))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", clientIp)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response) {
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
