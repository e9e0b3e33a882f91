package org.civicportal.standalone.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicportal.standalone.crash.Ledger.Kind;

/**
 * The public API as spoken by a new visitor on every request: no cookie (or a new one for beacons),
 * a browser's user agent, and a client address of its own in {@code X-Forwarded-For} (the sites
 * trust 127.0.0.1 as their proxy), so neither one-vote-per-visitor nor the per-client rate limits
 * refuse the load.
 */
final class FreshVisitors {
  /**
   * The demo article (articles.canh-giac-lua-dao-truc-tuyen.xml) and the demo poll, open with a
   * "binh-thuong" option.
   */
  static final String ARTICLE = "a9108f27-109e-40aa-8626-abc6db47969a";

  static final String POLL = "250ba0a1-2e58-4b81-ba96-236f9ce38a54";
  private static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * Numbers the visitors: each gets its own address in 198.18.0.0/15 (the range set aside for
   * benchmarks).
   */
  private final AtomicInteger visitors = new AtomicInteger();

  /** Rates the demo article once, as a new visitor. */
  void rate(String base, Ledger ledger) {
    int score = visitors.get() % 5 + 1;
    send(
        ledger,
        Kind.RATING,
        200,
        post(base + "/.civic/api/ratings/" + ARTICLE, "{\"score\":" + score + "}"));
  }

  /** Votes in the demo poll once, as a new visitor. */
  void votePoll(String base, Ledger ledger) {
    send(
        ledger,
        Kind.POLL_VOTE,
        200,
        post(base + "/.civic/api/polls/" + POLL + "/votes", "{\"options\":[\"binh-thuong\"]}"));
  }

  /** One page view of the home page, by a visitor with a cookie of its own. */
  void beacon(String base, Ledger ledger) {
    byte[] cookie = new byte[16];
    ThreadLocalRandom.current().nextBytes(cookie);
    send(
        ledger,
        Kind.BEACON,
        204,
        post(base + "/.civic/api/visits", "{\"path\":\"/\",\"referrer\":\"\"}")
            .header(
                "Cookie",
                "civic_vid=" + Base64.getUrlEncoder().withoutPadding().encodeToString(cookie)));
  }

  /**
   * Votes in the demo poll and returns the voter's cookie: the demo poll shows its results to
   * voters only, so reading its total needs one.
   */
  String pollVoter(String base) throws IOException, InterruptedException {
    HttpResponse<String> vote =
        client.send(
            post(base + "/.civic/api/polls/" + POLL + "/votes", "{\"options\":[\"binh-thuong\"]}")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (vote.statusCode() != 200) {
      throw new IllegalStateException(
          "the probe vote answered " + vote.statusCode() + ": " + vote.body());
    }
    String setCookie = vote.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  long ratingCount(String base) throws IOException, InterruptedException {
    return read(base + "/.civic/api/ratings/" + ARTICLE, null).get("count").asLong();
  }

  long pollTotal(String base, String voterCookie) throws IOException, InterruptedException {
    return read(base + "/.civic/api/polls/" + POLL, voterCookie).get("totalVotes").asLong();
  }

  long visitsTotal(String base) throws IOException, InterruptedException {
    return read(base + "/.civic/api/visits/summary", null).get("total").asLong();
  }

  private JsonNode read(String url, String cookie) throws IOException, InterruptedException {
    HttpRequest.Builder request = visitor(url).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private void send(Ledger ledger, Kind kind, int success, HttpRequest.Builder request) {
    ledger.recordSent(kind);
    HttpResponse<String> response;
    try {
      response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      ledger.recordUnanswered();
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ledger.recordUnanswered();
      return;
    }
    if (response.statusCode() == success) {
      ledger.recordAck(kind);
    } else {
      ledger.recordWrongAnswer(kind, response.statusCode(), response.body());
    }
  }

  private HttpRequest.Builder post(String url, String json) {
    return visitor(url)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder visitor(String url) {
    int n = visitors.incrementAndGet();
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("User-Agent", CHROME)
        .header(
            "X-Forwarded-For",
            "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 255) + "." + (n & 255));
  }
}
