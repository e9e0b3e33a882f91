package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTally;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.poll.TestPolls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The poll API on a real Tomcat over a real Jackrabbit; one server for the class, the clock fixed.
 */
class PollApiTest {
  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private static final String SITE = "https://portal.example";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static TestRepository jcr;
  private static BatchedWriter writer;
  private static PollTallyStore store;
  private static TestApiServer server;
  private static String base;
  private static String strictBase;

  private static String single;
  private static String multiple;
  private static String afterVote;

  @BeforeAll
  static void start() throws Exception {
    jcr = TestRepository.open(dir.resolve("repo"));
    writer = new BatchedWriter(jcr);
    store = new PollTallyStore(jcr, writer);
    PollService service =
        new PollService(new PollRepository(jcr), store, Clock.fixed(NOW, ZoneOffset.UTC));
    byte[] secret = "a test secret of enough bytes".getBytes(StandardCharsets.UTF_8);
    ApiSettings roomy =
        ApiSettings.builder(secret)
            .siteOrigin(SITE)
            .writeLimit(new ApiSettings.RateLimit(100_000, 10_000))
            .build();
    ApiSettings strict =
        ApiSettings.builder(secret)
            .siteOrigin(SITE)
            .writeLimit(new ApiSettings.RateLimit(1, 1))
            .build();

    PollApiHandler handler = new PollApiHandler(service);
    server =
        new TestApiServer(
            dir.resolve("tomcat"),
            Map.of(
                "/.civic/api/*", new CivicApiServlet(new RequestGuards(roomy), List.of(handler)),
                "/strict/*", new CivicApiServlet(new RequestGuards(strict), List.of(handler))));
    base = server.uri("/.civic/api/polls/").toString();
    strictBase = server.uri("/strict/polls/").toString();

    Instant yesterday = NOW.minus(Duration.ofDays(1));
    single =
        TestPolls.poll()
            .option("good", "Tốt")
            .option("fair", "Khá")
            .hiddenOption("gone", "Removed")
            .opens(yesterday)
            .create(jcr);
    multiple =
        TestPolls.poll()
            .multiple(2, 3)
            .option("a", "A")
            .option("b", "B")
            .option("c", "C")
            .option("d", "D")
            .opens(yesterday)
            .create(jcr);
    afterVote =
        TestPolls.poll()
            .visibility("afterVote")
            .option("yes", "Có")
            .option("no", "Không")
            .opens(yesterday)
            .closes(NOW.plus(Duration.ofDays(7)))
            .create(jcr);
    vote(single, null, "{\"options\":[\"good\"]}");
    vote(multiple, null, "{\"options\":[\"a\",\"b\"]}");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    writer.close();
    jcr.close();
  }

  private static HttpResponse<String> get(String pollId, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pollId)).GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return server.send(b.build()).raw;
  }

  private static HttpResponse<String> vote(String pollId, String cookie, String body)
      throws Exception {
    return send(base + pollId + "/votes", cookie, "application/json", SITE, body);
  }

  private static HttpResponse<String> send(
      String url, String cookie, String type, String origin, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (origin != null) {
      b.header("Origin", origin);
    }
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return server.send(b.build()).raw;
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    return JSON.readTree(r.body());
  }

  private static String visitorCookie(HttpResponse<String> r) {
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  @Test
  void getShowsExactlyTheDocumentedFieldsWithVisibleResults() throws Exception {
    HttpResponse<String> r = get(single, null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode poll = json(r);
    assertThat(names(poll))
        .containsExactly(
            "pollId",
            "question",
            "multiple",
            "maxChoices",
            "status",
            "opensAt",
            "closesAt",
            "options",
            "totalVotes",
            "hasVoted",
            "resultsVisible");
    assertThat(poll.get("pollId").asText()).isEqualTo(single);
    assertThat(poll.get("status").asText()).isEqualTo("open");
    assertThat(poll.get("opensAt").asText()).isEqualTo("2026-11-28T08:00:00Z");
    assertThat(poll.get("closesAt").isNull()).isTrue();
    assertThat(poll.get("multiple").asBoolean()).isFalse();
    assertThat(poll.get("maxChoices").asInt()).isEqualTo(1);
    assertThat(poll.get("hasVoted").asBoolean()).isFalse();
    assertThat(poll.get("resultsVisible").asBoolean()).isTrue();
    assertThat(poll.get("options")).hasSize(2);
    assertThat(names(poll.get("options").get(0)))
        .containsExactly("id", "label", "votes", "percent");
    assertThat(poll.get("options").get(0).get("label").asText()).isEqualTo("Tốt");
  }

  @Test
  void resultFieldsAreLeftOutUntilTheVisitorHasVotedThenAVoteIsRememberedByCookie()
      throws Exception {
    JsonNode before = json(get(afterVote, null));
    assertThat(names(before)).doesNotContain("totalVotes");
    assertThat(names(before.get("options").get(0))).containsExactly("id", "label");
    assertThat(before.get("resultsVisible").asBoolean()).isFalse();

    HttpResponse<String> voted = vote(afterVote, null, "{\"options\":[\"no\"]}");
    assertThat(voted.statusCode()).isEqualTo(200);
    String cookie = visitorCookie(voted);
    assertThat(voted.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("SameSite=Lax")
        .contains("HttpOnly");
    JsonNode after = json(voted);
    assertThat(after.get("hasVoted").asBoolean()).isTrue();
    assertThat(after.get("totalVotes").asLong()).isEqualTo(1);
    assertThat(after.get("options").get(1).get("votes").asLong()).isEqualTo(1);
    assertThat(after.get("options").get(1).get("percent").asInt()).isEqualTo(100);

    JsonNode again = json(get(afterVote, cookie));
    assertThat(again.get("hasVoted").asBoolean()).isTrue();
    assertThat(again.get("resultsVisible").asBoolean()).isTrue();
    assertThat(json(get(afterVote, null)).get("resultsVisible").asBoolean()).isFalse();

    HttpResponse<String> second = vote(afterVote, cookie, "{\"options\":[\"yes\"]}");
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).get("error").asText()).isEqualTo("already_voted");
    assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(store.read(afterVote).getBallots()).isEqualTo(1);
  }

  @Test
  void votingBeforeOpensAtOrAfterClosesAtIsAConflict() throws Exception {
    String scheduled = TestPolls.poll().option("a", "A").opens(NOW.plusSeconds(1)).create(jcr);
    String closed =
        TestPolls.poll().option("a", "A").opens(NOW.minusSeconds(60)).closes(NOW).create(jcr);

    HttpResponse<String> early = vote(scheduled, null, "{\"options\":[\"a\"]}");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(json(early).get("error").asText()).isEqualTo("poll_not_open");
    assertThat(json(get(scheduled, null)).get("status").asText()).isEqualTo("scheduled");

    HttpResponse<String> late = vote(closed, null, "{\"options\":[\"a\"]}");
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json(late).get("error").asText()).isEqualTo("poll_closed");
    assertThat(json(get(closed, null)).get("status").asText()).isEqualTo("closed");
    assertThat(store.read(scheduled).getBallots()).isZero();
    assertThat(store.read(closed).getBallots()).isZero();
  }

  @Test
  void theServicesRefusalsAnswerExactlyAsDocumented() throws Exception {
    // Byte for byte: status, error code and message of each refusal the poll service makes.
    String scheduled = TestPolls.poll().option("a", "A").opens(NOW.plusSeconds(1)).create(jcr);
    String closed =
        TestPolls.poll().option("a", "A").opens(NOW.minusSeconds(60)).closes(NOW).create(jcr);
    String open =
        TestPolls.poll().option("a", "A").option("b", "B").opens(NOW.minusSeconds(60)).create(jcr);
    HttpResponse<String> first = vote(open, null, "{\"options\":[\"a\"]}");
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    Map<HttpResponse<String>, String> answers = new LinkedHashMap<>();
    answers.put(
        vote(scheduled, null, "{\"options\":[\"a\"]}"),
        "409 {\"error\":\"poll_not_open\",\"message\":\"This poll is not open yet.\"}");
    answers.put(
        vote(closed, null, "{\"options\":[\"a\"]}"),
        "409 {\"error\":\"poll_closed\",\"message\":\"This poll is closed.\"}");
    answers.put(
        vote(open, cookie, "{\"options\":[\"b\"]}"),
        "409 {\"error\":\"already_voted\",\"message\":\"You have already voted in this poll.\"}");
    answers.put(
        vote(open, null, "{\"options\":[\"zzz\"]}"),
        "400 {\"error\":\"invalid_request\",\"message\":\"Unknown option.\"}");
    answers.put(
        get(UUID.randomUUID().toString(), null),
        "404 {\"error\":\"not_found\",\"message\":\"No such poll.\"}");
    answers.put(
        vote(UUID.randomUUID().toString(), null, "{\"options\":[\"a\"]}"),
        "404 {\"error\":\"not_found\",\"message\":\"No such poll.\"}");
    answers.forEach(
        (r, expected) -> assertThat(r.statusCode() + " " + r.body()).isEqualTo(expected));
  }

  @Test
  void unknownPollsAndPathsAreNotFoundAndBadIdsAreInvalid() throws Exception {
    assertError(get(UUID.randomUUID().toString(), null), 404, "not_found");
    assertError(
        vote(UUID.randomUUID().toString(), null, "{\"options\":[\"a\"]}"), 404, "not_found");
    assertError(get("not-a-uuid", null), 400, "invalid_request");
    assertError(get(single + "/results", null), 404, "not_found");
    assertError(
        send(base + single, null, "application/json", SITE, "{\"options\":[\"good\"]}"),
        405,
        "method_not_allowed");
  }

  static Stream<Arguments> badVotes() {
    StringBuilder huge = new StringBuilder("{\"options\":[");
    for (int i = 0; i < 101; i++) {
      huge.append(i == 0 ? "" : ",").append("\"a\"");
    }
    huge.append("]}");
    return Stream.of(
        Arguments.of("broken JSON", "single", "{\"options\":[\"good\""),
        Arguments.of("not an object", "single", "[\"good\"]"),
        Arguments.of("missing options", "single", "{}"),
        Arguments.of("extra field", "single", "{\"options\":[\"good\"],\"score\":5}"),
        Arguments.of("options is a string", "single", "{\"options\":\"good\"}"),
        Arguments.of("options is null", "single", "{\"options\":null}"),
        Arguments.of("option id is a number", "single", "{\"options\":[1]}"),
        Arguments.of("option id is an object", "single", "{\"options\":[{\"id\":\"good\"}]}"),
        Arguments.of("option id is null", "single", "{\"options\":[null]}"),
        Arguments.of("empty list", "single", "{\"options\":[]}"),
        Arguments.of("huge list", "multiple", huge.toString()),
        Arguments.of("unknown option id", "single", "{\"options\":[\"excellent\"]}"),
        Arguments.of("duplicate option ids", "multiple", "{\"options\":[\"a\",\"a\"]}"),
        Arguments.of(
            "several options on single choice", "single", "{\"options\":[\"good\",\"fair\"]}"),
        Arguments.of("fewer than minimum", "multiple", "{\"options\":[\"a\"]}"),
        Arguments.of("more than maximum", "multiple", "{\"options\":[\"a\",\"b\",\"c\",\"d\"]}"),
        Arguments.of("hidden option", "single", "{\"options\":[\"gone\"]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badVotes")
  void aBadVoteIsInvalidAndChangesNothing(String name, String which, String body) throws Exception {
    String pollId = which.equals("single") ? single : multiple;
    PollTally before = store.read(pollId);
    HttpResponse<String> r = vote(pollId, null, body);
    assertError(r, 400, "invalid_request");
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    assertUnchanged(pollId, before);
  }

  @Test
  void anOversizedBodyIsTooLargeAndChangesNothing() throws Exception {
    PollTally before = store.read(single);
    String body =
        "{\"options\":[\"good\"],\"pad\":\"" + "x".repeat(ApiSettings.MAX_BODY_BYTES) + "\"}";
    assertError(vote(single, null, body), 413, "too_large");
    assertUnchanged(single, before);
  }

  @Test
  void aWrongContentTypeIsUnsupportedAndChangesNothing() throws Exception {
    PollTally before = store.read(single);
    assertError(
        send(
            base + single + "/votes",
            null,
            "application/x-www-form-urlencoded",
            SITE,
            "options=good"),
        415,
        "unsupported_media_type");
    assertError(
        send(base + single + "/votes", null, "text/plain", SITE, "{\"options\":[\"good\"]}"),
        415,
        "unsupported_media_type");
    assertUnchanged(single, before);
  }

  @Test
  void aCrossSiteVoteIsForbiddenAndChangesNothing() throws Exception {
    PollTally before = store.read(single);
    assertError(
        send(
            base + single + "/votes",
            null,
            "application/json",
            "https://evil.example",
            "{\"options\":[\"good\"]}"),
        403,
        "forbidden_origin");
    assertUnchanged(single, before);
  }

  @Test
  void tooManyVotesFromOneAddressAreRateLimited() throws Exception {
    String pollId = TestPolls.poll().option("a", "A").opens(NOW.minusSeconds(60)).create(jcr);
    String url = strictBase + pollId + "/votes";
    assertThat(send(url, null, "application/json", SITE, "{\"options\":[\"a\"]}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> limited =
        send(url, null, "application/json", SITE, "{\"options\":[\"a\"]}");
    assertError(limited, 429, "rate_limited");
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(store.read(pollId).getBallots()).isEqualTo(1);
  }

  private static void assertError(HttpResponse<String> r, int status, String code)
      throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode error = json(r);
    assertThat(names(error)).containsExactly("error", "message");
    assertThat(error.get("error").asText()).isEqualTo(code);
  }

  private static void assertUnchanged(String pollId, PollTally before) throws Exception {
    PollTally after = store.read(pollId);
    assertThat(after.getBallots()).isEqualTo(before.getBallots());
    assertThat(after.getVotes()).isEqualTo(before.getVotes());
  }
}
