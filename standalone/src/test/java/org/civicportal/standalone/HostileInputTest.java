package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.WorkspaceDigest;
import org.civicportal.jcr.Workspaces;
import org.civicportal.visits.VisitCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several hundred malformed requests, generated from the tables below, against every public
 * endpoint of a real standalone site: each must get its precise 4xx (Tomcat's own 400 for what
 * never reaches a servlet), never a 5xx, never a dropped connection, and the runtime workspaces
 * must hold exactly what they held before.
 *
 * <p>Rate limiting cannot mask a result: the site trusts 127.0.0.1 as a proxy and every case comes
 * with its own X-Forwarded-For address, so no client ever exceeds its burst. The few cases that
 * forge forwarding headers from an untrusted peer connect from 127.0.0.2 instead, all together far
 * below its burst. Every request goes through {@link RawHttp}, which sends the bytes as they are
 * and requires a complete response.
 */
@Tag("slow")
class HostileInputTest {
  private static final String SEED_REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";
  private static final String NO_SUCH_ID = "00000000-0000-4000-8000-00000000dead";
  private static final String RATINGS = "/.civic/api/ratings/";
  private static final String POLLS = "/.civic/api/polls/";
  private static final String VISITS = "/.civic/api/visits";
  private static final String SITE = "https://portal.example.vn";

  /** A peer address the site does not trust as a proxy. */
  private static final String UNTRUSTED = "127.0.0.2";

  private static final String JSON = "application/json";
  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0 Safari/537.36";

  /**
   * Connections in flight at once: enough to overlap Tomcat's and the client's work on two cores.
   */
  private static final int SENDERS = 4;

  private static final String ADMIN =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

  @TempDir static Path dir;
  static TestSite site;
  static String itemId;
  static String pollId;
  static String optionId;

  /** The cookie of a visitor who has rated the seed report and voted in the poll before the run. */
  static String voter;

  static WorkspaceDigest before;
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.start(dir, "--trusted-proxy", "127.0.0.1/32", "--site-url", SITE);
    itemId = find(site.get(SEED_REPORT).body(), "data-civic-item=\"([0-9a-f-]{36})\"");
    pollId = find(site.get("/").body(), "data-civic-poll=\"([0-9a-f-]{36})\"");
    optionId = find(site.get(POLLS + pollId).body(), "\"options\":\\[\\{\"id\":\"([^\"]+)\"");
    // Some state for the digest to cover: a rating, a poll vote and a counted page view.
    RawHttp.Response rated = send(new Req("POST", RATINGS + itemId).json("{\"score\":4}"));
    assertThat(rated.status()).as(rated.text()).isEqualTo(200);
    voter = rated.header("Set-Cookie").split(";")[0];
    RawHttp.Response voted =
        send(
            new Req("POST", POLLS + pollId + "/votes")
                .json("{\"options\":[\"" + optionId + "\"]}")
                .header("Cookie", voter));
    assertThat(voted.status()).as(voted.text()).isEqualTo(200);
    assertThat(
            send(new Req("POST", VISITS)
                    .json("{\"path\":\"/before\"}")
                    .header("User-Agent", BROWSER))
                .status())
        .isEqualTo(204);
    before = digest();
    // The page path itself sits in a binary breakdown value: the day row's count shows the beacon
    // was stored.
    assertThat(before.dump()).contains("pageViews Long 1");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in the page", regex).isTrue();
    return m.group(1);
  }

  /** The runtime workspaces, after the visit counter has saved what it counted. */
  private static WorkspaceDigest digest() throws Exception {
    site.server().getInjector().getInstance(VisitCounter.class).flush();
    JcrSessions sessions = site.server().getInjector().getInstance(JcrSessions.class);
    return WorkspaceDigest.of(sessions, Workspaces.FEEDBACK, Workspaces.VISITS);
  }

  private static RawHttp.Response send(Req req) throws Exception {
    return RawHttp.exchange(
        site.server().getPort(),
        req.bytes(site.server().getPort(), CLIENTS.incrementAndGet()),
        req.from);
  }

  /** One malformed request and the status it must get. */
  private record Case(String name, Req req, int expected) {}

  /**
   * The cases go out a few at a time while the tests check the answers in order; the digest is
   * taken once all have been answered.
   */
  @TestFactory
  Stream<DynamicNode> everyMalformedRequestIsRefusedPreciselyAndChangesNothing() {
    Map<String, List<Case>> endpoints = new LinkedHashMap<>();
    endpoints.put("GET /ratings/{id}", ratingReads());
    endpoints.put("POST /ratings/{id}", writes(RATINGS + itemId, "score", "3", RATINGS));
    endpoints.put("GET /polls/{id}", pollReads());
    endpoints.put(
        "POST /polls/{id}/votes",
        writes(POLLS + pollId + "/votes", "options", "[\"" + optionId + "\"]", POLLS));
    endpoints.put("POST /visits (JSON)", beacons(JSON, true));
    endpoints.put("POST /visits (text/plain)", beacons("text/plain", false));
    endpoints.put("GET /visits/pixel.gif", pixels());
    endpoints.put("GET /visits/summary", summaries());
    endpoints.put("pages", pages());
    endpoints.put("resources", resources());
    endpoints.put("/.civic/stats/", stats());
    endpoints.put("request line and headers", protocol());
    long started = System.nanoTime();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<DynamicNode> nodes = new ArrayList<>();
    int total = 0;
    StringBuilder counts = new StringBuilder();
    for (Map.Entry<String, List<Case>> e : endpoints.entrySet()) {
      total += e.getValue().size();
      counts.append(String.format("  %-28s %4d%n", e.getKey(), e.getValue().size()));
      List<DynamicNode> tests = new ArrayList<>();
      for (Case c : e.getValue()) {
        Future<RawHttp.Response> answer = senders.submit(() -> send(c.req()));
        tests.add(
            dynamicTest(
                c.name(),
                () -> {
                  RawHttp.Response r = answer.get();
                  assertThat(r.status()).as("%s\n%s", c.name(), r.text()).isEqualTo(c.expected());
                }));
      }
      nodes.add(dynamicContainer(e.getKey(), tests));
    }
    senders.shutdown();
    System.out.printf("hostile input: %d cases%n%s", total, counts);
    int cases = total;
    nodes.add(
        dynamicTest(
            "the runtime workspaces are unchanged",
            () -> {
              assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
              System.out.printf(
                  "hostile input: %d cases answered in %d ms%n",
                  cases, (System.nanoTime() - started) / 1_000_000);
              WorkspaceDigest after = digest();
              assertThat(after.sha256())
                  .withFailMessage(
                      "runtime workspaces changed:%nbefore:%n%s%nafter:%n%s",
                      before.dump(), after.dump())
                  .isEqualTo(before.sha256());
            }));
    return nodes.stream();
  }

  // ---- tables
  // -------------------------------------------------------------------------------------------

  /**
   * Bodies that are not one flat JSON object of the right fields, around a member that would be
   * valid.
   */
  private static Map<String, String> brokenJson(String member) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("empty body", "");
    t.put("blank body", " \r\n\t");
    t.put("open brace", "{");
    t.put("truncated", "{" + member);
    t.put("truncated string", "{" + member.substring(0, member.length() - 1));
    t.put("no value", "{" + member.substring(0, member.indexOf(':') + 1) + "}");
    t.put("trailing comma", "{" + member + ",}");
    t.put("leading comma", "{," + member + "}");
    t.put("two objects", "{" + member + "}{" + member + "}");
    t.put("trailing text", "{" + member + "} x");
    t.put("trailing NUL", "{" + member + "}\u0000");
    t.put("in an array", "[{" + member + "}]");
    t.put("single quotes", "{" + member.replace('"', '\'') + "}");
    t.put("unquoted name", "{" + member.replaceFirst("\"([a-z]+)\"", "$1") + "}");
    t.put("comment", "/* x */{" + member + "}");
    t.put("line comment", "{" + member + "// x\n}");
    t.put("duplicate member", "{" + member + "," + member + "}");
    t.put("extra member", "{" + member + ",\"x\":1}");
    t.put("wrapped in an object", "{\"x\":{" + member + "}}");
    t.put("member inside nested object", "{" + member + ",\"x\":{\"y\":1}}");
    t.put(
        "8000 nested arrays",
        "{" + member + ",\"x\":" + "[".repeat(8_000) + "]".repeat(8_000) + "}");
    t.put("2000 nested objects", "{\"x\":".repeat(2_000) + "{" + member + "}" + "}".repeat(2_000));
    t.put("10000 open arrays", "[".repeat(10_000));
    t.put("10000 open objects", "{\"x\":".repeat(2_000));
    t.put("control character in a name", "{" + member + ",\"\u0001\":1}");
    t.put("NUL escape in a name", "{" + member + ",\"\\u0000\":1}");
    t.put("lone surrogate escape in a name", "{" + member + ",\"\\ud800\":1}");
    t.put("RTL override in a name", "{" + member + ",\"\u202e\":1}");
    t.put("zero-width space in the name", "{" + member.replaceFirst("\"", "\"\u200b") + "}");
    t.put("a name with a NUL escape", "{" + member.replaceFirst("\"", "\"\\\\u0000") + "}");
    t.put("upper-case name", "{" + member.toUpperCase(Locale.ROOT) + "}");
    return t;
  }

  /** Values no field accepts: wrong types, numbers out of any range, odd text. */
  private static final Map<String, String> WRONG_VALUES =
      table(
          "1e400",
          "-1e400",
          "18446744073709551616",
          "-18446744073709551616",
          "9223372036854775808",
          "-9223372036854775809",
          "4294967299",
          "-0",
          "-0.0",
          "0",
          "1" + "0".repeat(400),
          "0.1e-400",
          "NaN",
          "-Infinity",
          "Infinity",
          "\"NaN\"",
          "\"Infinity\"",
          "\"3\"",
          "\"\"",
          "true",
          "false",
          "null",
          "{}",
          "[]",
          "[[]]",
          "[null]",
          "{\"a\":1}",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"\\udfff\\ud800\"",
          "\"\\u202e\"",
          "\"\\u200b\"",
          "0x3",
          "03",
          "+3",
          "3.",
          ".3",
          "3e",
          "--3",
          "'3'",
          "3.0",
          "3e0",
          "2.5");

  private static Map<String, String> table(String... values) {
    Map<String, String> t = new LinkedHashMap<>();
    for (String v : values) {
      t.put(v, v);
    }
    return t;
  }

  /** Content types a JSON write refuses (the body itself would be valid). */
  private static final List<String> WRONG_TYPES =
      List.of(
          "application/json;charset=ISO-8859-1",
          "application/json; charset=utf-16",
          "application/json;charset=",
          "application/json;charset=utf-8;charset=latin1",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/jsonp",
          "application/json-patch+json",
          "application/xml",
          "*/*",
          "json",
          "application/json, text/plain",
          "text/json",
          "text/plain;charset=utf-8;x",
          "text/html");

  private static final List<String> WRONG_METHODS =
      List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO", "get", "PROPFIND");

  /**
   * Ids that are not a canonical JCR identifier (400): odd forms, query-language fragments, odd
   * bytes.
   */
  private static final List<String> BAD_IDS =
      List.of(
          "x",
          NO_SUCH_ID.toUpperCase(Locale.ROOT),
          NO_SUCH_ID + "0",
          NO_SUCH_ID.substring(1),
          NO_SUCH_ID.replace("-", ""),
          "{" + NO_SUCH_ID + "}",
          NO_SUCH_ID + "%20",
          NO_SUCH_ID + "%0a",
          "%27%20OR%201=1",
          "%27%20OR%20%271%27=%271",
          "%5D%20%5B",
          "*",
          "%2A",
          "SELECT%20*%20FROM%20%5Bnt:base%5D",
          "%5Bjcr:uuid%5D",
          "jcr:root",
          "element(*,nt:base)",
          "%40jcr:uuid",
          "%E2%80%AE" + NO_SUCH_ID,
          "%E2%80%8B",
          "%C3%A9",
          "x".repeat(5000),
          "%00",
          NO_SUCH_ID + "%00",
          "%C0%AE%C0%AE",
          "%ED%A0%80",
          "%FF",
          "%2e%2e%2f",
          "%5c");

  private static List<Case> ratingReads() {
    List<Case> cases = new ArrayList<>();
    BAD_IDS.forEach(id -> cases.add(new Case("id " + id, new Req("GET", RATINGS + id), 400)));
    cases.add(new Case("unknown id", new Req("GET", RATINGS + NO_SUCH_ID), 404));
    cases.add(new Case("a poll's id", new Req("GET", RATINGS + pollId), 404));
    cases.addAll(paths("GET", RATINGS));
    headerAbuse(cases, new Req("GET", RATINGS + NO_SUCH_ID), 404, false);
    return cases;
  }

  private static List<Case> pollReads() {
    List<Case> cases = new ArrayList<>();
    BAD_IDS.forEach(id -> cases.add(new Case("id " + id, new Req("GET", POLLS + id), 400)));
    cases.add(new Case("unknown id", new Req("GET", POLLS + NO_SUCH_ID), 404));
    cases.add(new Case("a report's id", new Req("GET", POLLS + itemId), 404));
    cases.add(new Case("votes of a bad id", new Req("GET", POLLS + "x/votes"), 405));
    cases.add(new Case("results", new Req("GET", POLLS + pollId + "/results"), 404));
    cases.addAll(paths("GET", POLLS));
    for (String method : WRONG_METHODS) {
      cases.add(new Case(method, new Req(method, POLLS + pollId), 405));
    }
    cases.add(new Case("POST", new Req("POST", POLLS + pollId).json("{}"), 405));
    headerAbuse(cases, new Req("GET", POLLS + NO_SUCH_ID), 404, false);
    return cases;
  }

  /** Paths below an API root that name nothing or climb out of it. */
  private static List<Case> paths(String method, String root) {
    List<Case> cases = new ArrayList<>();
    Map<String, Integer> t = new LinkedHashMap<>();
    boolean pollWrite = root.equals(POLLS) && method.equals("POST");
    t.put("", pollWrite ? 405 : 400);
    // Tomcat merges the slashes: the unknown id itself, refused where that refusal comes first.
    t.put("/" + NO_SUCH_ID, method.equals("GET") ? 404 : pollWrite ? 405 : 415);
    t.put(NO_SUCH_ID + "/", 404);
    t.put(NO_SUCH_ID + "/x/y", 404);
    t.put("../visits/summary/x", 404);
    t.put("%2e%2e/" + NO_SUCH_ID, 404);
    t.put("..%2f" + NO_SUCH_ID, 400);
    t.put("%2e%2e%2f%2e%2e%2fWEB-INF", 400);
    t.put("..;/" + NO_SUCH_ID, 404);
    t.put(NO_SUCH_ID + ";jsessionid=x/x", 404);
    t.put("//*[@jcr:uuid]", 400);
    t.put("..%5c..%5cWEB-INF", 400);
    t.forEach((p, status) -> cases.add(new Case("path " + p, new Req(method, root + p), status)));
    return cases;
  }

  /**
   * A JSON write endpoint: bad ids, broken JSON, wrong values, wrong content types, bodies too
   * large or lying about their size, wrong methods, header abuse, a second vote.
   */
  private static List<Case> writes(String target, String field, String validValue, String root) {
    List<Case> cases = new ArrayList<>();
    String member = "\"" + field + "\":" + validValue;
    String body = "{" + member + "}";
    String suffix = target.substring(target.indexOf(root.equals(RATINGS) ? itemId : pollId) + 36);
    BAD_IDS.forEach(
        id -> cases.add(new Case("id " + id, new Req("POST", root + id + suffix).json(body), 400)));
    cases.add(new Case("unknown id", new Req("POST", root + NO_SUCH_ID + suffix).json(body), 404));
    cases.add(
        new Case(
            "another workspace's id",
            new Req("POST", root + (root.equals(RATINGS) ? pollId : itemId) + suffix).json(body),
            404));
    cases.addAll(paths("POST", root));
    brokenJson(member)
        .forEach(
            (name, json) -> cases.add(new Case(name, new Req("POST", target).json(json), 400)));
    WRONG_VALUES.forEach(
        (name, value) ->
            cases.add(
                new Case(
                    "value " + name,
                    new Req("POST", target).json("{\"" + field + "\":" + value + "}"),
                    400)));
    fieldValues(field)
        .forEach(
            (name, value) ->
                cases.add(
                    new Case(
                        "value " + name,
                        new Req("POST", target).json("{\"" + field + "\":" + value + "}"),
                        400)));
    encodings(cases, target, body, 400);
    for (String type : WRONG_TYPES) {
      cases.add(new Case("type " + type, new Req("POST", target).body(type, body), 415));
    }
    cases.add(new Case("text/plain", new Req("POST", target).body("text/plain", body), 415));
    cases.add(new Case("no content type", new Req("POST", target).body(null, body), 415));
    sizes(cases, target, JSON, body);
    for (String method : WRONG_METHODS) {
      cases.add(new Case(method, new Req(method, target).json(body), 405));
    }
    if (root.equals(POLLS)) {
      cases.add(new Case("GET", new Req("GET", target), 405));
    }
    cases.add(
        new Case("second vote", new Req("POST", target).json(body).header("Cookie", voter), 409));
    cases.add(
        new Case(
            "second vote, cookie among many",
            new Req("POST", target).json(body).header("Cookie", "a=1; " + voter + "; b=2"),
            409));
    headerAbuse(cases, new Req("POST", target).json("{\"" + field + "\":null}"), 400, true);
    return cases;
  }

  /** Wrong values that only this field has a rule against. */
  private static Map<String, String> fieldValues(String field) {
    Map<String, String> t = new LinkedHashMap<>();
    switch (field) {
      case "score" -> {
        for (String v :
            List.of("6", "-1", "5.5", "[3]", "2147483651", "4294967301", "\"3\"", "0.0")) {
          t.put(v, v);
        }
      }
      case "options" -> {
        String o = "\"" + optionId + "\"";
        t.put("not a list", o);
        t.put("twice the same", "[" + o + "," + o + "]");
        t.put("unknown option", "[\"nope\"]");
        t.put("option and a number", "[" + o + ",1]");
        t.put("option with NUL", "[\"" + optionId + "\\u0000\"]");
        t.put("upper-case option", "[" + o.toUpperCase(Locale.ROOT) + "]");
        t.put("101 options", "[" + (o + ",").repeat(100) + o + "]");
        t.put("empty option", "[\"\"]");
        t.put("long option", "[\"" + "a".repeat(101) + "\"]");
        t.put("option in an object", "[{\"id\":" + o + "}]");
        t.put("nested option list", "[[" + o + "]]");
        t.put("lone surrogate option", "[\"\\ud800\"]");
      }
      default -> {
        t.put("relative path", "\"relative\"");
        t.put("scheme-relative path", "\"//evil.example/\"");
        t.put("absolute URL", "\"http://evil.example/\"");
        t.put("backslash path", "\"\\\\\\\\evil.example\\\\x\"");
        t.put("path too long", "\"/" + "a".repeat(2000) + "\"");
        t.put("path with NUL", "\"/\\u0000\"");
        t.put("path with a lone surrogate", "\"/\\ud800\"");
        t.put("path with an RTL override", "\"/\\u202egnp.exe\"");
        t.put("path with a zero-width space", "\"/\\u200b\"");
        t.put("path with a newline", "\"/a\\nb\"");
        t.put("path with DEL", "\"/\\u007f\"");
        t.put("path with raw non-ASCII", "\"/tin-tức\"");
      }
    }
    return t;
  }

  /** Bodies that are JSON only in another encoding than UTF-8, or not valid UTF-8 at all. */
  private static void encodings(List<Case> cases, String target, String validBody, int expected) {
    cases.add(
        new Case(
            "UTF-16BE body",
            new Req("POST", target).json(validBody.getBytes(StandardCharsets.UTF_16BE)),
            expected));
    cases.add(
        new Case(
            "UTF-16LE body",
            new Req("POST", target).json(validBody.getBytes(StandardCharsets.UTF_16LE)),
            expected));
    cases.add(
        new Case(
            "UTF-32BE body",
            new Req("POST", target).json(validBody.getBytes(Charset.forName("UTF-32BE"))),
            expected));
    byte[] valid = validBody.getBytes(StandardCharsets.UTF_8);
    int at = validBody.lastIndexOf('"');
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE2, (byte) 0x80})) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      // Inside the last string when the body has one (a beacon path), else inside an extra member's
      // name.
      if (at > 0) {
        b.write(valid, 0, at);
        b.writeBytes(bad);
        b.write(valid, at, valid.length - at);
      } else {
        b.write(valid, 0, valid.length - 1);
        b.writeBytes(",\"".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(bad);
        b.writeBytes("\":1}".getBytes(StandardCharsets.US_ASCII));
      }
      cases.add(
          new Case(
              "invalid UTF-8 " + HexFormat.of().formatHex(bad),
              new Req("POST", target).json(b.toByteArray()),
              expected));
    }
  }

  /** Bodies over 16 KiB, and Content-Length headers that lie or cannot be believed. */
  private static void sizes(List<Case> cases, String target, String type, String validBody) {
    String big =
        validBody.substring(0, validBody.length() - 1)
            + ",\"x\":\""
            + "a".repeat(16 * 1024)
            + "\"}";
    cases.add(new Case("body over 16 KiB", new Req("POST", target).body(type, big), 413));
    cases.add(new Case("body of 64 KiB", new Req("POST", target).body(type, big.repeat(4)), 413));
    cases.add(
        new Case(
            "16 KiB + 1 of spaces",
            new Req("POST", target)
                .body(type, validBody + " ".repeat(16 * 1024 - validBody.length() + 1)),
            413));
    cases.add(
        new Case(
            "declared 1 TB",
            new Req("POST", target).body(type, validBody).length("1000000000000"),
            413));
    cases.add(
        new Case(
            "declared 16 KiB + 1, sent small",
            new Req("POST", target).body(type, validBody).length(Integer.toString(16 * 1024 + 1)),
            413));
    cases.add(
        new Case(
            "declared longer than sent",
            new Req("POST", target)
                .body(type, validBody)
                .length(Integer.toString(validBody.length() + 10)),
            400));
    cases.add(
        new Case(
            "declared shorter than sent",
            new Req("POST", target)
                .body(type, validBody)
                .length(Integer.toString(validBody.length() - 2)),
            400));
    cases.add(
        new Case("declared 0", new Req("POST", target).body(type, validBody).length("0"), 400));
    cases.add(
        new Case(
            "declared over 2^63",
            new Req("POST", target).body(type, validBody).length("99999999999999999999"),
            400));
    cases.add(
        new Case(
            "declared negative", new Req("POST", target).body(type, validBody).length("-1"), 400));
    cases.add(
        new Case(
            "declared not a number",
            new Req("POST", target).body(type, validBody).length("ten"),
            400));
    cases.add(
        new Case(
            "two lengths",
            new Req("POST", target).body(type, validBody).header("Content-Length", "1"),
            400));
    cases.add(
        new Case("no length, no body", new Req("POST", target).body(type, (byte[]) null), 400));
    cases.add(
        new Case("chunked over 16 KiB", new Req("POST", target).body(type, big).chunked(), 413));
    cases.add(
        new Case(
            "chunked with a bad chunk size",
            new Req("POST", target)
                .body(type, validBody)
                .rawBody("zz\r\n" + validBody + "\r\n0\r\n\r\n"),
            400));
    cases.add(
        new Case(
            "chunked, cut short",
            new Req("POST", target)
                .body(type, validBody)
                .rawBody(Integer.toHexString(validBody.length() + 5) + "\r\n" + validBody),
            400));
    cases.add(
        new Case(
            "chunked over 16 KiB with a small length",
            new Req("POST", target).body(type, big).chunked().header("Content-Length", "3"),
            413));
    cases.add(
        new Case(
            "expect 100-continue, 1 TB",
            new Req("POST", target)
                .body(type, "")
                .length("1000000000000")
                .header("Expect", "100-continue"),
            413));
    cases.add(
        new Case(
            "unknown transfer coding",
            new Req("POST", target).body(type, validBody).header("Transfer-Encoding", "gzip"),
            501));
  }

  /**
   * Beacons in {@code type}; with {@code everything} false only what concerns reading the body (the
   * same parser and rules serve both types, so the value tables run once).
   */
  private static List<Case> beacons(String type, boolean everything) {
    List<Case> cases = new ArrayList<>();
    String member = "\"path\":\"/hostile\"";
    String body = "{" + member + "}";
    brokenJson(member)
        .forEach(
            (name, json) ->
                cases.add(new Case(name, new Req("POST", VISITS).body(type, json), 400)));
    fieldValues("path")
        .forEach(
            (name, value) ->
                cases.add(
                    new Case(
                        name,
                        new Req("POST", VISITS).body(type, "{\"path\":" + value + "}"),
                        400)));
    encodingsFor(type, cases, body);
    sizes(cases, VISITS, type, body);
    cases.add(
        new Case(
            "cross-site",
            new Req("POST", VISITS).body(type, body).header("Origin", "https://evil.example"),
            403));
    if (!everything) {
      return cases;
    }
    WRONG_VALUES.forEach(
        (name, value) ->
            cases.add(
                new Case(
                    "path " + name,
                    new Req("POST", VISITS).body(type, "{\"path\":" + value + "}"),
                    400)));
    WRONG_VALUES.forEach(
        (name, value) -> {
          // Any plain text is a referrer (counted as no referring site); only other types and odd
          // characters are not.
          if (!value.equals("null") && (!value.startsWith("\"") || value.contains("\\u"))) {
            cases.add(
                new Case(
                    "referrer " + name,
                    new Req("POST", VISITS)
                        .body(type, "{" + member + ",\"referrer\":" + value + "}"),
                    400));
          }
        });
    cases.add(
        new Case(
            "referrer too long",
            new Req("POST", VISITS)
                .body(type, "{" + member + ",\"referrer\":\"http://x/" + "a".repeat(2000) + "\"}"),
            400));
    cases.add(
        new Case(
            "only a referrer",
            new Req("POST", VISITS).body(type, "{\"referrer\":\"http://x/\"}"),
            400));
    for (String wrong : WRONG_TYPES) {
      if (!wrong.startsWith("text/plain")) {
        cases.add(new Case("type " + wrong, new Req("POST", VISITS).body(wrong, body), 415));
      }
    }
    cases.add(new Case("no content type", new Req("POST", VISITS).body(null, body), 415));
    for (String method : WRONG_METHODS) {
      cases.add(new Case(method, new Req(method, VISITS).body(type, body), 405));
    }
    cases.add(new Case("GET", new Req("GET", VISITS), 405));
    cases.add(new Case("below /visits", new Req("POST", VISITS + "/x").body(type, body), 404));
    cases.add(
        new Case(
            "/visits/pixel.gif", new Req("POST", VISITS + "/pixel.gif").body(type, body), 405));
    headerAbuse(cases, new Req("POST", VISITS).body(type, "{\"path\":\"relative\"}"), 400, true);
    return cases;
  }

  private static void encodingsFor(String type, List<Case> cases, String body) {
    List<Case> json = new ArrayList<>();
    encodings(json, VISITS, body, 400);
    for (Case c : json) {
      cases.add(new Case(c.name(), c.req().type(type), c.expected()));
    }
  }

  /**
   * The pixel answers a GIF to every GET; a malformed one is a 400 (with the GIF) and counts
   * nothing.
   */
  private static List<Case> pixels() {
    List<Case> cases = new ArrayList<>();
    String pixel = VISITS + "/pixel.gif";
    List<String> queries =
        List.of(
            "",
            "?path=",
            "?path=relative",
            "?path=//evil.example/",
            "?path=http://evil.example/",
            "?path=/" + "a".repeat(2001),
            "?path=%00",
            "?path=/%00",
            "?path=/%ED%A0%80",
            "?path=/%C0%AF",
            "?path=/%E2%80%AE",
            "?path=/%E2%80%8B",
            "?path=/%0a",
            "?path=/%FF",
            "?path=/%ZZ",
            "?path=/&referrer=" + "a".repeat(2001),
            "?path=/&referrer=%00",
            "?path=/&referrer=%E2%80%AE",
            "?path",
            "?=/",
            "?path=%2F%2Fevil");
    queries.forEach(q -> cases.add(new Case("query " + q, new Req("GET", pixel + q), 400)));
    cases.add(
        new Case(
            "foreign Referer",
            new Req("GET", pixel).header("Referer", "https://evil.example/x"),
            400));
    cases.add(new Case("Referer not a URL", new Req("GET", pixel).header("Referer", "::::"), 400));
    cases.add(
        new Case(
            "Referer with a relative path",
            new Req("GET", pixel).header("Referer", "http://127.0.0.1"),
            400));
    for (String method : WRONG_METHODS) {
      cases.add(new Case(method, new Req(method, pixel + "?path=/"), 405));
    }
    cases.add(new Case("below the pixel", new Req("GET", pixel + "/x?path=/"), 404));
    headerAbuse(cases, new Req("GET", pixel + "?path=relative"), 400, false);
    return cases;
  }

  private static List<Case> summaries() {
    List<Case> cases = new ArrayList<>();
    String summary = VISITS + "/summary";
    for (String method : WRONG_METHODS) {
      cases.add(new Case(method, new Req(method, summary), 405));
    }
    cases.add(new Case("POST", new Req("POST", summary).json("{}"), 405));
    cases.add(new Case("below the summary", new Req("GET", summary + "/x"), 404));
    cases.add(new Case("trailing slash", new Req("GET", summary + "/"), 404));
    cases.add(new Case("summary%00", new Req("GET", summary + "%00"), 400));
    cases.add(new Case("upper case", new Req("GET", VISITS + "/SUMMARY"), 404));
    cases.add(new Case("unknown API root", new Req("GET", "/.civic/api/votes"), 404));
    cases.add(new Case("API root", new Req("GET", "/.civic/api/"), 404));
    headerAbuse(cases, new Req("GET", summary + "/x"), 404, false);
    return cases;
  }

  private static List<Case> pages() {
    List<Case> cases = new ArrayList<>();
    Map<String, Integer> t = new LinkedHashMap<>();
    for (String listing : List.of("/articles", "/reports", "/en/articles")) {
      for (String page :
          List.of(
              "0",
              "-1",
              "abc",
              "1e3",
              "9999999",
              "999999",
              "01",
              "1.0",
              "%00",
              "%C0%AE",
              "%ZZ",
              "1%00",
              "%E2%80%AE1",
              "1;2",
              "0x1",
              "%20")) {
        // Only %ZZ cannot be decoded at all: Tomcat drops it, and the site refuses the request.
        t.put(listing + "?page=" + page, page.equals("%ZZ") ? 400 : 404);
      }
    }
    t.put("/articles/nope", 404);
    t.put("/articles/../WEB-INF/web.xml", 404);
    t.put("/articles/%2e%2e/%2e%2e/etc/passwd", 400);
    t.put("/articles/x%00", 400);
    t.put("/articles/%2F", 400);
    t.put("/articles/" + "a".repeat(300), 404);
    t.put("/articles/%27%20OR%201=1", 404);
    t.put("/articles/%5D%20%5B", 404);
    t.put("/articles/*", 404);
    t.put("/articles/jcr:content", 404);
    t.put("/reports/%E2%80%AE", 404);
    t.put("/reports/%E2%80%8B", 404);
    t.put("/en/articles/..;/x", 404);
    t.put("/en/en/", 404);
    t.put("/en/" + "x".repeat(5000), 404);
    t.put("/polls/x", 404);
    t.put("/.civic/", 404);
    t.put("/WEB-INF/web.xml", 404);
    t.put("/META-INF/MANIFEST.MF", 404);
    t.put("/%2e%2e/%2e%2e/etc/passwd", 400);
    t.put("/articles%00", 400);
    t.put("/articles/a/b/c", 404);
    t.put("//articles", 404);
    t.forEach((p, status) -> cases.add(new Case("GET " + p, new Req("GET", p), status)));
    for (String page : List.of("/", "/en/", "/articles", SEED_REPORT, "/polls")) {
      for (String method : WRONG_METHODS) {
        cases.add(new Case(method + " " + page, new Req(method, page), 405));
      }
      cases.add(new Case("POST " + page, new Req("POST", page).json("{}"), 405));
    }
    headerAbuse(cases, new Req("GET", "/articles/nope"), 404, false);
    return cases;
  }

  private static List<Case> resources() {
    List<Case> cases = new ArrayList<>();
    String root = "/.resources/civic-portal/";
    Map<String, Integer> t = new LinkedHashMap<>();
    t.put("/.resources/", 404);
    t.put(root, 404);
    t.put(root + "nope.css", 404);
    t.put(root + "templates/pages/home.ftl", 404);
    t.put(root + "i18n/civic-portal-messages_en.properties", 404);
    t.put(root + "webresources/css/../../templates/x.css", 404);
    t.put(root + "..%2f..%2fWEB-INF.css", 400);
    t.put(root + "%2e%2e/%2e%2e/org/civicportal/embedded/repository.xml", 404);
    t.put(root + "webresources/js/civic-visits.js%00.css", 400);
    t.put(root + "webresources/js/civic-visits.js/", 404);
    t.put(root + "webresources%5cjs%5ccivic-visits.js", 400);
    t.put("/.resources/org/civicportal/embedded/repository.xml", 404);
    t.put("/.resources/civic-portal/../../../../../../etc/passwd", 400);
    t.put("/.resources/" + "a".repeat(3000) + ".css", 404);
    t.forEach((p, status) -> cases.add(new Case("GET " + p, new Req("GET", p), status)));
    for (String method : WRONG_METHODS) {
      cases.add(new Case(method, new Req(method, root + "webresources/js/civic-visits.js"), 405));
    }
    cases.add(
        new Case(
            "POST", new Req("POST", root + "webresources/js/civic-visits.js").json("{}"), 405));
    headerAbuse(cases, new Req("GET", root + "nope.css"), 404, false);
    return cases;
  }

  private static List<Case> stats() {
    List<Case> cases = new ArrayList<>();
    String stats = "/.civic/stats/";
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("no credentials", null);
    credentials.put("Basic without value", "Basic");
    credentials.put("not base64", "Basic !!!!");
    credentials.put("no colon", "Basic " + b64("admin"));
    credentials.put("wrong password", "Basic " + b64("admin:nope"));
    credentials.put("wrong user", "Basic " + b64("root:test-admin-password"));
    credentials.put("NUL password", "Basic " + b64("admin:\u0000"));
    credentials.put("Bearer", "Bearer x");
    credentials.put("Digest", "Digest username=\"admin\"");
    credentials.put("7 KiB of base64", "Basic " + "QUFB".repeat(1750));
    credentials.forEach(
        (name, header) -> {
          // A wrong password costs a slow hash check: the other paths only without credentials.
          for (String path :
              header == null ? List.of("", "api/series", "export.csv") : List.of("api/series")) {
            Req req = new Req("GET", stats + path);
            cases.add(
                new Case(
                    name + " " + path,
                    header == null ? req : req.header("Authorization", header),
                    401));
          }
        });
    cases.add(
        new Case(
            "two Authorization headers",
            new Req("GET", stats).header("Authorization", "Basic x").header("Authorization", ADMIN),
            401));
    Map<String, Integer> t = new LinkedHashMap<>();
    for (String api :
        List.of(
            "api/series",
            "api/top-pages",
            "export.csv",
            "",
            "api/overview",
            "api/content",
            "api/sources",
            "api/figures")) {
      t.put(api + "?period=week", 400);
      t.put(api + "?period=LAST-QUARTER", 400);
      t.put(api + "?period=custom&from=2026-13-01", 400);
      t.put(api + "?from=2026-13-01", 400);
      t.put(api + "?from=x", 400);
      t.put(api + "?to=2026-02-30", 400);
      t.put(api + "?from=2026-01-02&to=2026-01-01", 400);
      t.put(api + "?from=2000-01-01&to=2026-01-01", 400);
      t.put(api + "?from=%00", 400);
      t.put(api + "?from=%C0%AE", 400);
      t.put(api + "?from=+2026-01-01", 400);
      t.put(api + "?from=-999999999-01-01", 400);
      t.put(api + "?to=" + "9".repeat(5000), 400);
    }
    for (String api : List.of("api/series", "export.csv")) {
      t.put(api + "?granularity=week", 400);
      t.put(api + "?granularity=DAY%00", 400);
    }
    for (String limit :
        List.of("0", "-1", "501", "abc", "99999", "1e2", "%00", "0x10", "9".repeat(30))) {
      t.put("api/top-pages?limit=" + limit, 400);
      t.put("export.csv?view=pages&limit=" + limit, 400);
      t.put("api/content?limit=" + limit, 400);
    }
    t.put("api/top?dimension=x", 400);
    t.put("api/top", 400);
    t.put("api/top?dimension=../pages", 400);
    t.put("export.csv?view=x", 400);
    t.put("export.csv?view=%27%20OR%201=1", 400);
    t.put("nope", 404);
    t.put("api/", 404);
    t.put("lib/../api/x", 404);
    t.put("lib/uPlot.iife.min.js/", 404);
    t.put("lib/..%2fWEB-INF", 400);
    t.put("lib/%2e%2e/%2e%2e/WEB-INF/web.xml", 404);
    t.forEach(
        (p, status) ->
            cases.add(
                new Case(
                    "admin " + p,
                    new Req("GET", stats + p).header("Authorization", ADMIN),
                    status)));
    for (String method : WRONG_METHODS) {
      cases.add(
          new Case("admin " + method, new Req(method, stats).header("Authorization", ADMIN), 405));
      // Tomcat refuses TRACE itself, before any filter.
      cases.add(
          new Case(
              method + " without credentials",
              new Req(method, stats),
              method.equals("TRACE") ? 405 : 401));
    }
    cases.add(
        new Case(
            "admin POST",
            new Req("POST", stats + "api/series").json("{}").header("Authorization", ADMIN),
            405));
    headerAbuse(
        cases,
        new Req("GET", stats + "api/series?granularity=week").header("Authorization", ADMIN),
        400,
        false);
    return cases;
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Malformed request lines and header blocks; Tomcat answers most of them itself. */
  private static List<Case> protocol() {
    List<Case> cases = new ArrayList<>();
    String ratings = RATINGS + NO_SUCH_ID;
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("garbage", "GARBAGE");
    lines.put("method only", "GET");
    lines.put("relative target", "GET x HTTP/1.1");
    lines.put("asterisk target", "GET * HTTP/1.1");
    lines.put("NUL in target", "GET /\u0000 HTTP/1.1");
    lines.put("raw space in target", "GET /a b HTTP/1.1");
    lines.put("raw quote in target", "GET /\"x\" HTTP/1.1");
    lines.put("raw brackets in target", "GET /articles/[x] HTTP/1.1");
    lines.put("raw non-ASCII in target", "GET /tin-t\u00fac HTTP/1.1");
    lines.put("target 9000 bytes", "GET " + ratings + "?" + "x".repeat(9000) + " HTTP/1.1");
    lines.forEach(
        (name, line) -> cases.add(new Case(name, new Req(null, null).requestLine(line), 400)));
    Req base = new Req("GET", ratings);
    cases.add(new Case("header without colon", base.copy().header("NoColon", null), 400));
    cases.add(new Case("space in header name", base.copy().header("Bad Name", "x"), 400));
    cases.add(new Case("space before colon", base.copy().header("X-A ", "x"), 400));
    cases.add(new Case("NUL in header value", base.copy().header("X-A", "a\u0000b"), 400));
    // Tomcat tolerates these: the request is then the unknown rating it names.
    cases.add(new Case("folded header", base.copy().header("X-A", "a\r\n b"), 404));
    cases.add(
        new Case(
            "two spaces", new Req(null, null).requestLine("GET  " + ratings + " HTTP/1.1"), 404));
    cases.add(
        new Case(
            "tab separated",
            new Req(null, null).requestLine("GET\t" + ratings + "\tHTTP/1.1"),
            404));
    cases.add(new Case("bare CR in header value", base.copy().header("X-A", "a\rb"), 400));
    cases.add(new Case("header of 9000 bytes", base.copy().header("X-A", "a".repeat(9000)), 400));
    cases.add(new Case("no Host", base.copy().noHost(), 400));
    cases.add(new Case("two Hosts", base.copy().header("Host", "evil.example"), 400));
    cases.add(new Case("Host with a path", base.copy().noHost().header("Host", "a/b"), 400));
    return cases;
  }

  /**
   * Abused headers on top of a request that is already refused with {@code status}: forged
   * forwarding headers, odd origins, huge, repeated and forged cookies. None may change the answer,
   * except that a write from another origin is forbidden before its body is read.
   */
  private static void headerAbuse(List<Case> cases, Req base, int status, boolean write) {
    List<Abuse> t =
        List.of(
            new Abuse("forged X-Forwarded-For hops", false, "X-Forwarded-For", "1.2.3.4, 5.6.7.8"),
            new Abuse(
                "forged X-Forwarded-For from an untrusted peer",
                false,
                "FROM",
                UNTRUSTED,
                "X-Forwarded-For",
                "1.2.3.4"),
            new Abuse(
                "X-Forwarded-Proto from an untrusted peer",
                false,
                "FROM",
                UNTRUSTED,
                "X-Forwarded-Proto",
                "https"),
            new Abuse(
                "garbage X-Forwarded-For", false, "X-Forwarded-For", "garbage, ::::, 999.1.1.1"),
            new Abuse(
                "600 X-Forwarded-For hops",
                false,
                "X-Forwarded-For",
                "10.0.0.1, ".repeat(600) + "10.0.0.2"),
            new Abuse("X-Forwarded-Proto https", false, "X-Forwarded-Proto", "https"),
            new Abuse("garbage X-Forwarded-Proto", false, "X-Forwarded-Proto", "\u00ff\u00fe, ftp"),
            new Abuse("X-Forwarded-Host", false, "X-Forwarded-Host", "evil.example"),
            new Abuse("forged civic_vid", false, "Cookie", "civic_vid=AAAAAAAAAAAAAAAAAAAAAA"),
            new Abuse("oversized civic_vid", false, "Cookie", "civic_vid=" + "A".repeat(6000)),
            new Abuse(
                "civic_vid with bad characters",
                false,
                "Cookie",
                "civic_vid=\"; DROP TABLE x; \u00ff"),
            new Abuse(
                "two civic_vid",
                false,
                "Cookie",
                "civic_vid=AAAAAAAAAAAAAAAAAAAAAA; civic_vid=BBBBBBBBBBBBBBBBBBBBBB"),
            new Abuse("150 cookies", false, "Cookie", cookies(150)),
            new Abuse("cookie without value", false, "Cookie", "civic_vid"),
            new Abuse("empty cookie header", false, "Cookie", ""),
            new Abuse("90 headers", false, many(90)),
            new Abuse("Origin null", true, "Origin", "null"),
            new Abuse("foreign Origin", true, "Origin", "https://evil.example"),
            new Abuse("Origin with userinfo", true, "Origin", "http://127.0.0.1@evil.example"),
            new Abuse(
                "site Origin then foreign Origin",
                true,
                "Origin",
                SITE,
                "Origin",
                "https://evil.example"),
            new Abuse(
                "foreign Origin then site Origin",
                true,
                "Origin",
                "https://evil.example",
                "Origin",
                SITE),
            new Abuse("Sec-Fetch-Site cross-site", true, "Sec-Fetch-Site", "cross-site"),
            new Abuse("Sec-Fetch-Site garbage", true, "Sec-Fetch-Site", "\u00ff"),
            new Abuse("huge User-Agent", false, "User-Agent", "Mozilla/5.0 " + "(x) ".repeat(1200)),
            new Abuse("huge Referer", false, "Referer", "http://127.0.0.1/" + "a".repeat(6000)),
            new Abuse(
                "Accept-Language abuse",
                false,
                "Accept-Language",
                "xx-" + "a".repeat(500) + ";q=2, *;q=-1"),
            new Abuse("Range", false, "Range", "bytes=0-0,1-1," + "3-3,".repeat(300)),
            new Abuse("If-None-Match *", false, "If-None-Match", "*"));
    for (Abuse a : t) {
      if (a.crossSite() && !write) {
        // Origin headers matter to writes only.
        continue;
      }
      Req req = base.copy();
      for (int i = 0; i < a.headers().length; i += 2) {
        if (a.headers()[i].equals("FROM")) {
          req.from = a.headers()[i + 1];
        } else {
          req.header(a.headers()[i], a.headers()[i + 1]);
        }
      }
      cases.add(new Case("header " + a.name(), req, write && a.crossSite() ? 403 : status));
    }
    // Over Tomcat's limits (100 headers, 200 cookies): Tomcat refuses them itself.
    Req cookies = base.copy().header("Cookie", cookies(300));
    cases.add(new Case("header 300 cookies", cookies, 400));
    Req headers = base.copy();
    String[] many = many(120);
    for (int i = 0; i < many.length; i += 2) {
      headers.header(many[i], many[i + 1]);
    }
    cases.add(new Case("header 120 headers", headers, 400));
  }

  /**
   * Headers added to a request ("FROM" names the peer address to connect from instead); {@code
   * crossSite} when they make a write come from another site.
   */
  private record Abuse(String name, boolean crossSite, String... headers) {}

  private static String[] many(int n) {
    String[] headers = new String[2 * n];
    for (int i = 0; i < n; i++) {
      headers[2 * i] = "X-Many-" + i;
      headers[2 * i + 1] = "v";
    }
    return headers;
  }

  private static String cookies(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : "; ").append("c").append(i).append("=v");
    }
    return s.toString();
  }

  // ---- request builder
  // --------------------------------------------------------------------------------------

  /**
   * A request as bytes: request line, Host, this case's own X-Forwarded-For client, Connection:
   * close, the extra headers, a Content-Length that fits the body unless one is given, and the
   * body.
   */
  static final class Req {
    private final String method;
    private final String target;
    private String requestLine;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body;
    private String length;
    private boolean chunked;
    private boolean host = true;
    private String from;

    Req(String method, String target) {
      this.method = method;
      this.target = target;
    }

    Req copy() {
      Req c = new Req(method, target);
      c.requestLine = requestLine;
      c.headers.addAll(headers);
      c.body = body;
      c.length = length;
      c.chunked = chunked;
      c.host = host;
      c.from = from;
      return c;
    }

    Req requestLine(String line) {
      requestLine = line;
      return this;
    }

    Req header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    Req json(String json) {
      return body(JSON, json);
    }

    Req json(byte[] json) {
      return body(JSON, json);
    }

    Req body(String type, String text) {
      return body(type, text.getBytes(StandardCharsets.UTF_8));
    }

    Req body(String type, byte[] bytes) {
      if (type != null) {
        header("Content-Type", type);
      }
      body = bytes;
      return this;
    }

    /** The same request with another content type. */
    Req type(String type) {
      headers.replaceAll(h -> h[0].equals("Content-Type") ? new String[] {h[0], type} : h);
      return this;
    }

    Req length(String declared) {
      length = declared;
      return this;
    }

    Req chunked() {
      chunked = true;
      return this;
    }

    /** A chunked body written as given. */
    Req rawBody(String raw) {
      body = raw.getBytes(StandardCharsets.ISO_8859_1);
      header("Transfer-Encoding", "chunked");
      length = "";
      return this;
    }

    Req noHost() {
      host = false;
      return this;
    }

    byte[] bytes(int port, int client) {
      StringBuilder head = new StringBuilder();
      head.append(requestLine != null ? requestLine : method + " " + target + " HTTP/1.1")
          .append("\r\n");
      if (host) {
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      head.append("X-Forwarded-For: 10.")
          .append(client >> 16 & 255)
          .append('.')
          .append(client >> 8 & 255)
          .append('.')
          .append(client & 255)
          .append("\r\n");
      head.append("Connection: close\r\n");
      for (String[] h : headers) {
        head.append(h[0]).append(h[1] == null ? "" : ": " + h[1]).append("\r\n");
      }
      byte[] payload = body;
      if (chunked && body != null) {
        head.append("Transfer-Encoding: chunked\r\n");
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        c.writeBytes(
            (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        c.writeBytes(body);
        c.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        payload = c.toByteArray();
      } else if (length != null && !length.isEmpty()) {
        head.append("Content-Length: ").append(length).append("\r\n");
      } else if (length == null && body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (payload != null) {
        out.writeBytes(payload);
      }
      return out.toByteArray();
    }
  }
}
