package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.civicportal.web.TestApiServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.opentest4j.TestAbortedException;

/**
 * The module in a real Magnolia: a copy of a Magnolia 6.2 public webapp directory with this build's
 * jar and libraries, in an embedded Tomcat 9 in a child JVM ({@link MagnoliaProcess}), installed
 * fresh, then stopped and started again on the same repository. Opt-in, because Magnolia cannot be
 * downloaded here and nothing of it is in the repository: the person running it names a webapp
 * directory in {@value #WEBAPP_ENV} (or the system property {@value #WEBAPP_PROPERTY}); without one
 * every check is skipped with how to run it. Failsafe runs it after {@code package}, so the jar
 * under test is the one just built (see docs/install-magnolia.md, "Checking an install in a real
 * Magnolia").
 *
 * <p>The checks (numbered as in issue #11) run in order on one Magnolia, the page cache check 8
 * before the restart of check 7 so that it does not depend on it; each reports on its own, and a
 * check that needs a running Magnolia is skipped when none runs. The report at the end lists each
 * check with its outcome and time; the temporary folder (webapp copy, repository, console and
 * Magnolia logs) is deleted when every check passed, kept otherwise.
 */
@Tag("slow")
@EnabledIf(value = "webappGiven", disabledReason = MagnoliaWebappIT.HOW_TO_RUN)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MagnoliaWebappIT {
  static final String WEBAPP_ENV = "CIVIC_MAGNOLIA_WEBAPP";
  static final String WEBAPP_PROPERTY = "civic.magnolia.webapp";
  static final String HOW_TO_RUN =
      "opt-in Magnolia integration test, not run: set "
          + WEBAPP_ENV
          + " (or -D"
          + WEBAPP_PROPERTY
          + ") to an unpacked Magnolia 6.2 public webapp directory (it is copied,"
          + " never changed), e.g. "
          + WEBAPP_ENV
          + "=/opt/magnolia/webapps/magnoliaPublic mvn -B verify -pl"
          + " magnolia-module -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MagnoliaWebappIT";

  /** A fresh install of a public instance with the samples takes minutes on a small machine. */
  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

  /** The module's default visit flush interval (flushIntervalSeconds), plus a margin. */
  private static final long FLUSH_WAIT_MILLIS = 3_000;

  /**
   * Magnolia's cache flushes 5 s after the last repository write it observes (a deferred listener,
   * see the cache module's AbstractListeningFlushPolicy), plus a margin.
   */
  private static final long QUIET_MILLIS = 7_000;

  /**
   * Last-Modified has whole seconds: waiting longer than one between two renders makes them differ.
   */
  private static final long NEXT_SECOND_MILLIS = 1_100;

  /** Magnolia's log appenders are asynchronous. */
  private static final long LOG_SETTLE_MILLIS = 1_500;

  private static final String EVIL_ORIGIN = "http://evil.example";

  /** The password field of Magnolia's login form. */
  private static final String LOGIN_FORM = "mgnlUserPSWD";

  private static final Pattern REPORT_LINK =
      Pattern.compile("href=\"[^\"]*?(/reports/[A-Za-z0-9][A-Za-z0-9_-]*)");
  private static final Pattern RATED_ITEM =
      Pattern.compile("data-civic-rating=\"([0-9a-fA-F-]{36})\"");
  private static final Pattern THREAD_LEAK =
      Pattern.compile("appears to have started a thread named \\[civic-");
  private static final Pattern THREAD_LOCAL_LEAK =
      Pattern.compile("ThreadLocal.*org\\.civicportal");

  /** What Tomcat logs when it begins to stop. */
  private static final String TOMCAT_STOPPING = "Stopping service [Tomcat]";

  private final List<String> report = new ArrayList<>();
  private boolean allPassed = true;
  private Path root;
  private int port;
  private int shutdownPort;
  private String origin;
  private Path console;
  private MagnoliaWebappCopy copy;
  private MagnoliaLogs logs;
  private BrowserClient client;
  private MagnoliaProcess magnolia;

  /**
   * The console of the first run, ended by the orderly stop of check 7: what Tomcat said at
   * shutdown.
   */
  private String firstRunOutput;

  private String reportPage;

  @BeforeAll
  void prepare() throws Exception {
    String webapp = webapp();
    Path moduleJar =
        Path.of(
            System.getProperty(
                "civic.module.jar", "(civic.module.jar not set: run through Maven)"));
    Path moduleLib = Path.of(System.getProperty("civic.module.lib", "(civic.module.lib not set)"));
    assertThat(moduleJar).as("the module jar (mvn package builds it)").isRegularFile();
    assertThat(moduleLib).as("the module's libraries (mvn package copies them)").isDirectory();
    root = Files.createTempDirectory("civic-magnolia-it-");
    port = freePort();
    shutdownPort = freePort();
    origin = "http://127.0.0.1:" + port;
    copy = MagnoliaWebappCopy.create(Path.of(webapp), moduleJar, moduleLib, root);
    BootstrapFixtures.write(copy.webapp, moduleJar);
    console = root.resolve("console.log");
    logs = new MagnoliaLogs(console, copy.logs());
    client = new BrowserClient(origin);
    System.out.printf(
        "MagnoliaWebappIT: %s copied to %s%n  added to WEB-INF/lib: %s%n  removed: %s%n"
            + "  console: %s, Magnolia logs: %s, site: %s%n",
        webapp,
        copy.webapp,
        copy.added,
        copy.removed.isEmpty() ? "nothing" : copy.removed,
        console,
        copy.logs(),
        origin);
  }

  @Test
  @Order(1)
  void freshInstallStartsWithoutErrors() throws Exception {
    check(
        "1 fresh install start, no ERROR",
        false,
        () -> {
          MagnoliaLogs.Mark mark = logs.mark();
          try {
            magnolia = start();
          } catch (IllegalStateException e) {
            fail(startFailure(e, mark));
          }
          printAllowed(mark);
          List<MagnoliaLogs.Line> errors = logs.errors(mark);
          assertThat(errors)
              .as("ERROR lines of the fresh install start:" + MagnoliaLogs.show(errors, 60))
              .isEmpty();
        });
  }

  @Test
  @Order(2)
  void samplePagesRenderWithPollAndCounter() throws Exception {
    check(
        "2 sample pages with poll and counter",
        true,
        () -> {
          Reply home = client.get("/civic-portal.html");
          Reply english = client.get("/en/civic-portal.html");
          SoftAssertions soft = new SoftAssertions();
          soft.assertThat(home.status)
              .as("GET /civic-portal.html: " + snippet(home))
              .isEqualTo(200);
          soft.assertThat(home.raw.body().contains("data-civic-poll="))
              .as("/civic-portal.html has a poll widget" + " (data-civic-poll=)")
              .isTrue();
          soft.assertThat(home.raw.body().contains("data-civic-visits"))
              .as("/civic-portal.html has the visit" + " counter (data-civic-visits)")
              .isTrue();
          soft.assertThat(english.status)
              .as("GET /en/civic-portal.html: " + snippet(english))
              .isEqualTo(200);
          soft.assertAll();
        });
  }

  @Test
  @Order(3)
  void ratingVoteThenRepeatVote() throws Exception {
    check(
        "3 rating vote 200, repeat 409",
        true,
        () -> {
          String item = ratedItem();
          Reply first =
              client.post("/.civic/api/ratings/" + item, "{\"score\":4}", "Origin", origin);
          assertThat(first.status).as("first vote on " + item + ": " + first).isEqualTo(200);
          String cookie = visitorCookie(first);
          Reply again =
              client.post(
                  "/.civic/api/ratings/" + item,
                  "{\"score\":4}",
                  "Origin",
                  origin,
                  "Cookie",
                  cookie);
          assertThat(again.status)
              .as("second vote with the first answer's cookie: " + again)
              .isEqualTo(409);
          assertThat(again.json().path("error").asText()).isEqualTo("already_voted");
        });
  }

  @Test
  @Order(4)
  void crossSiteVoteIsRefusedQuietly() throws Exception {
    check(
        "4 cross-site vote 403, quiet, no CORS",
        true,
        () -> {
          String path = "/.civic/api/ratings/" + ratedItem();
          MagnoliaLogs.Mark mark = logs.mark();
          Reply vote = client.post(path, "{\"score\":1}", "Origin", EVIL_ORIGIN);
          Thread.sleep(LOG_SETTLE_MILLIS);
          List<MagnoliaLogs.Line> logged = logs.warningsAndErrors(mark);
          Reply preflight =
              client.options(
                  path,
                  "Origin",
                  EVIL_ORIGIN,
                  "Access-Control-Request-Method",
                  "POST",
                  "Access-Control-Request-Headers",
                  "content-type");
          System.out.printf(
              "  vote from %s: %s, Access-Control-Allow-Origin: %s; preflight: %d, %s; %d WARN/ERROR"
                  + " lines%n",
              EVIL_ORIGIN,
              vote,
              vote.header("Access-Control-Allow-Origin"),
              preflight.status,
              preflight.header("Access-Control-Allow-Origin"),
              logged.size());
          SoftAssertions soft = new SoftAssertions();
          soft.assertThat(vote.status).as("vote from " + EVIL_ORIGIN + ": " + vote).isEqualTo(403);
          soft.assertThat(vote.raw.body()).as("its error code").contains("forbidden_origin");
          soft.assertThat(vote.header("Access-Control-Allow-Origin"))
              .as("CORS header of the refused vote")
              .isNull();
          soft.assertThat(preflight.header("Access-Control-Allow-Origin"))
              .as(
                  "CORS preflight from "
                      + EVIL_ORIGIN
                      + " ("
                      + preflight.status
                      + ") must not allow it")
              .isNotIn(EVIL_ORIGIN, "*");
          soft.assertThat(logged)
              .as("WARN/ERROR lines the refused vote caused:" + MagnoliaLogs.show(logged, 30))
              .isEmpty();
          soft.assertAll();
        });
  }

  @Test
  @Order(5)
  void dashboardForSuperuserWithoutRedirect() throws Exception {
    check(
        "5 dashboard as superuser, no redirect",
        true,
        () -> {
          Reply r =
              client.get(
                  "/.civic/stats/", "Authorization", BrowserClient.basic("superuser", "superuser"));
          assertThat(r.status)
              .as(
                  "GET /.civic/stats/ as superuser: "
                      + r.status
                      + " Location: "
                      + r.header("Location")
                      + " "
                      + snippet(r))
              .isEqualTo(200);
          assertThat(isDashboard(r))
              .as("the answer is the dashboard page (data-civic-stats=)")
              .isTrue();
        });
  }

  @Test
  @Order(6)
  void dashboardOnlyForTheStatsRole() throws Exception {
    check(
        "6 dashboard: stats role yes, plain role no",
        true,
        () -> {
          Reply stats =
              client.get(
                  "/.civic/stats/",
                  "Authorization",
                  BrowserClient.basic(BootstrapFixtures.STATS_USER, BootstrapFixtures.PASSWORD));
          Reply plain =
              client.get(
                  "/.civic/stats/",
                  "Authorization",
                  BrowserClient.basic(BootstrapFixtures.PLAIN_USER, BootstrapFixtures.PASSWORD));
          System.out.printf(
              "  %s: %d %s; %s: %d %s%n",
              BootstrapFixtures.STATS_USER,
              stats.status,
              stats.header("Location"),
              BootstrapFixtures.PLAIN_USER,
              plain.status,
              plain.header("Location"));
          SoftAssertions soft = new SoftAssertions();
          soft.assertThat(stats.status)
              .as(
                  "GET /.civic/stats/ as "
                      + BootstrapFixtures.STATS_USER
                      + " (role "
                      + BootstrapFixtures.STATS_ROLE
                      + " only; 401 means Magnolia did not take the fixture user's"
                      + " password or found no such user): "
                      + stats.status
                      + " Location: "
                      + stats.header("Location")
                      + " "
                      + snippet(stats))
              .isEqualTo(200);
          soft.assertThat(isDashboard(stats))
              .as("the answer to " + BootstrapFixtures.STATS_USER + " is the" + " dashboard page")
              .isTrue();
          soft.assertThat(isDashboard(plain))
              .as(
                  "GET /.civic/stats/ as "
                      + BootstrapFixtures.PLAIN_USER
                      + " (a plain role) shows the dashboard: "
                      + plain.status)
              .isFalse();
          soft.assertThat(
                  plain.status == 401
                      || plain.status == 403
                      || plain.raw.body().contains(LOGIN_FORM))
              .as(
                  "refusal of "
                      + BootstrapFixtures.PLAIN_USER
                      + ": 401, 403 or Magnolia's login form")
              .isTrue();
          // The role alone is enough for the whole dashboard: its data, its static files (public,
          // cacheable) and
          // the author UI that embeds it.
          String statsAuth =
              BrowserClient.basic(BootstrapFixtures.STATS_USER, BootstrapFixtures.PASSWORD);
          Reply figures = client.get("/.civic/stats/api/figures", "Authorization", statsAuth);
          soft.assertThat(figures.status)
              .as("key figures for " + BootstrapFixtures.STATS_USER + ": " + snippet(figures))
              .isEqualTo(200);
          soft.assertThat(figures.raw.body()).as("key figures JSON").contains("\"pollAnswers\":");
          for (String file :
              new String[] {
                "lib/uplot/uPlot.min.css",
                "lib/uplot/uPlot.iife.min.js",
                "css/civic-stats.css",
                "js/civic-stats.js"
              }) {
            Reply r =
                client.get(
                    "/.resources/civic-portal/webresources/" + file, "Authorization", statsAuth);
            soft.assertThat(r.status)
                .as(file + " for " + BootstrapFixtures.STATS_USER)
                .isEqualTo(200);
            soft.assertThat(String.valueOf(r.header("Cache-Control")))
                .as(file + " Cache-Control")
                .doesNotContain("no-store");
          }
          Reply ui = client.get("/.magnolia/admincentral", "Authorization", statsAuth);
          soft.assertThat(
                  ui.status == 401 || ui.status == 403 || ui.raw.body().contains(LOGIN_FORM))
              .as("the author UI refuses " + BootstrapFixtures.STATS_USER + ": " + ui.status)
              .isFalse();
          Reply plainFigures =
              client.get(
                  "/.civic/stats/api/figures",
                  "Authorization",
                  BrowserClient.basic(BootstrapFixtures.PLAIN_USER, BootstrapFixtures.PASSWORD));
          soft.assertThat(plainFigures.raw.body())
              .as("key figures for " + BootstrapFixtures.PLAIN_USER)
              .doesNotContain("\"pollAnswers\":");
          soft.assertAll();
        });
  }

  @Test
  @Order(7)
  void votesAndVisitsDoNotFlushThePageCache() throws Exception {
    check(
        "8 page cache kept through a vote and a flush",
        true,
        () -> {
          String page = reportPage();
          // Writes of the checks before (a login updates its user) may still be on their way to a
          // cache flush.
          Thread.sleep(QUIET_MILLIS);
          Reply first = client.get(page);
          Thread.sleep(NEXT_SECOND_MILLIS);
          Reply cached = client.get(page);
          assertThat(first.status).as("GET " + page + ": " + snippet(first)).isEqualTo(200);
          assertThat(cached.header("Last-Modified"))
              .as("Last-Modified of " + page + " (the cache's storage time)")
              .isNotNull();
          assertThat(cached.header("Last-Modified"))
              .as(
                  "second GET of "
                      + page
                      + " a second later: not a cache"
                      + " hit, the page is not cached at all, so a flush cannot be seen")
              .isEqualTo(first.header("Last-Modified"));
          Reply vote =
              client.post("/.civic/api/ratings/" + ratedItem(), "{\"score\":5}", "Origin", origin);
          assertThat(vote.status).as("a new visitor's vote: " + vote).isEqualTo(200);
          Thread.sleep(QUIET_MILLIS);
          Reply afterVote = client.get(page);
          Reply beacon =
              client.post(
                  "/.civic/api/visits",
                  "{\"path\":\"" + page + "\",\"referrer\":\"\"}",
                  "Origin",
                  origin,
                  "Cookie",
                  newVisitorCookie());
          assertThat(beacon.status).as("a beacon: " + beacon).isEqualTo(204);
          Thread.sleep(FLUSH_WAIT_MILLIS + QUIET_MILLIS);
          Reply afterFlush = client.get(page);
          System.out.printf(
              "  %s Last-Modified: %s, a second later %s, after a vote %s, after a visit flush %s%n",
              page,
              first.header("Last-Modified"),
              cached.header("Last-Modified"),
              afterVote.header("Last-Modified"),
              afterFlush.header("Last-Modified"));
          SoftAssertions soft = new SoftAssertions();
          soft.assertThat(afterVote.header("Last-Modified"))
              .as(
                  "GET "
                      + page
                      + " after a vote: Magnolia threw the"
                      + " cached page away and rendered it again")
              .isEqualTo(cached.header("Last-Modified"));
          soft.assertThat(afterFlush.header("Last-Modified"))
              .as(
                  "GET "
                      + page
                      + " after a visit-counter flush:"
                      + " Magnolia threw the cached page away and rendered it again")
              .isEqualTo(afterVote.header("Last-Modified"));
          soft.assertAll();
        });
  }

  @Test
  @Order(8)
  void beaconsSurviveAnOrderlyStopAndUpdateStart() throws Exception {
    check(
        "7 beacons and a vote kept through stop and update start",
        true,
        () -> {
          long before = visitsTotal();
          String item = ratedItem();
          long ratingsBefore = ratingCount(item);
          for (int i = 0; i < 5; i++) {
            Reply beacon =
                client.post(
                    "/.civic/api/visits",
                    "{\"path\":\"/civic-portal.html\",\"referrer\":\"\"}",
                    "Origin",
                    origin,
                    "Cookie",
                    newVisitorCookie());
            assertThat(beacon.status).as("beacon " + (i + 1) + ": " + beacon).isEqualTo(204);
          }
          long live = visitsTotal();
          // Answered just before the shutdown command: saved and synced before the answer, so kept.
          Reply vote =
              client.post(
                  "/.civic/api/ratings/" + item,
                  "{\"score\":3}",
                  "Origin",
                  origin,
                  "Cookie",
                  newVisitorCookie());
          assertThat(vote.status).as("vote before the stop: " + vote).isEqualTo(200);
          MagnoliaProcess.Stop stop = magnolia.stop();
          firstRunOutput = magnolia.output();
          magnolia = null;
          System.out.printf(
              "  total %d before 5 beacons of new visitors, %d live, then Tomcat's shutdown command: %s%n",
              before, live, stop);
          MagnoliaLogs.Mark mark = logs.mark();
          try {
            magnolia = start();
          } catch (IllegalStateException e) {
            fail("update start after " + stop + ": " + startFailure(e, mark));
          }
          long after = visitsTotal();
          long ratingsAfter = ratingCount(item);
          printAllowed(mark);
          List<MagnoliaLogs.Line> errors = logs.errors(mark);
          System.out.printf("  total after the update start: %d%n", after);
          SoftAssertions soft = new SoftAssertions();
          soft.assertThat(stop.orderly())
              .as(
                  "the shutdown command stopped Magnolia orderly (else its thread dump is in the"
                      + " console): "
                      + stop)
              .isTrue();
          soft.assertThat(errors)
              .as("ERROR lines of the update start:" + MagnoliaLogs.show(errors, 60))
              .isEmpty();
          soft.assertThat(after)
              .as(
                  "visits total after the restart (before the beacons "
                      + before
                      + ", live "
                      + live
                      + ")")
              .isEqualTo(before + 5);
          soft.assertThat(ratingsAfter)
              .as("ratings of %s after the restart (before the vote %d)", item, ratingsBefore)
              .isEqualTo(ratingsBefore + 1);
          soft.assertAll();
        });
  }

  @Test
  @Order(9)
  void noThreadOrThreadLocalLeftAtShutdown() throws Exception {
    check(
        "9 shutdown: no civic thread or ThreadLocal left",
        false,
        () -> {
          assumeTrue(firstRunOutput != null, "no orderly stop happened (see check 7)");
          List<String> leaks = new ArrayList<>(leaks("first run", firstRunOutput));
          if (magnolia != null) {
            MagnoliaProcess.Stop stop = magnolia.stop();
            String secondRunOutput = magnolia.output();
            magnolia = null;
            System.out.printf("  second run stopped: %s%n", stop);
            assertThat(stop.orderly())
                .as("the second shutdown command stopped Magnolia orderly: " + stop)
                .isTrue();
            leaks.addAll(leaks("second run", secondRunOutput));
          }
          assertThat(leaks)
              .as(
                  "Tomcat's leak reports about civic-portal at shutdown:"
                      + MagnoliaLogs.show(leaks, 30))
              .isEmpty();
        });
  }

  @AfterAll
  void stopAndReport() throws Exception {
    if (magnolia != null) {
      magnolia.stop();
    }
    if (root == null) {
      return;
    }
    System.out.println("MagnoliaWebappIT report (" + origin + "):");
    report.forEach(line -> System.out.println("  " + line));
    if (allPassed) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    } else {
      System.out.println("  kept for inspection: " + root);
    }
  }

  static boolean webappGiven() {
    return webapp() != null && !webapp().isBlank();
  }

  private static String webapp() {
    return System.getProperty(WEBAPP_PROPERTY, System.getenv(WEBAPP_ENV));
  }

  /**
   * Runs a check and records its outcome and time for the report; skips it when it needs Magnolia
   * and none runs.
   */
  private void check(String name, boolean needsMagnolia, Check body) throws Exception {
    long began = System.nanoTime();
    String outcome = "FAILED";
    try {
      assumeTrue(
          !needsMagnolia || magnolia != null, "Magnolia is not running (see the checks before)");
      body.run();
      outcome = "passed";
    } catch (TestAbortedException e) {
      outcome = "skipped";
      throw e;
    } catch (AssertionError | Exception e) {
      outcome = "FAILED  " + headline(e);
      throw e;
    } finally {
      allPassed &= !outcome.startsWith("FAILED");
      report.add(
          String.format("%-50s %6.1f s  %s", name, (System.nanoTime() - began) / 1e9, outcome));
    }
  }

  /**
   * The first thing a failure says, for the report: the description of its first failed assertion.
   */
  private static String headline(Throwable failure) {
    String message = String.valueOf(failure.getMessage());
    String first =
        message
            .lines()
            .map(String::strip)
            .filter(
                l ->
                    !l.isEmpty()
                        && !l.startsWith("Multiple Failures")
                        && !l.startsWith("-- failure"))
            .findFirst()
            .orElse(failure.getClass().getSimpleName());
    return first.length() > 160 ? first.substring(0, 160) + "..." : first;
  }

  private interface Check {
    void run() throws Exception;
  }

  private MagnoliaProcess start() throws IOException, InterruptedException {
    long began = System.nanoTime();
    MagnoliaProcess started =
        MagnoliaProcess.start(
            copy.webapp, port, shutdownPort, copy.systemProperties(), root, console, START_TIMEOUT);
    System.out.printf(
        "  Magnolia (pid %d) started in %.0f s%n",
        started.pid(), (System.nanoTime() - began) / 1e9);
    return started;
  }

  /** What a failed start said first, then its ERROR lines, then the console's last lines. */
  private String startFailure(IllegalStateException e, MagnoliaLogs.Mark mark) throws IOException {
    String[] said = e.getMessage().split("\n", 2);
    return said[0]
        + "\n  ERROR lines:"
        + MagnoliaLogs.show(logs.errors(mark), 60)
        + (said.length > 1 ? "\n  the console's last lines:\n" + said[1] : "");
  }

  private void printAllowed(MagnoliaLogs.Mark mark) throws IOException {
    List<String> allowed = logs.allowedErrors(mark);
    if (!allowed.isEmpty()) {
      System.out.println("  allowed ERROR lines:" + MagnoliaLogs.show(allowed, 20));
    }
  }

  /** The first report linked from the sample home page, else from the report listing. */
  private String reportPage() throws IOException, InterruptedException {
    if (reportPage == null) {
      for (String listing : List.of("/civic-portal.html", "/reports")) {
        Matcher link = REPORT_LINK.matcher(client.get(listing).raw.body());
        if (link.find()) {
          reportPage = link.group(1);
          return reportPage;
        }
      }
      fail("no link to a sample report (/reports/{name}) on /civic-portal.html or /reports");
    }
    return reportPage;
  }

  /** The rated item of the sample report page. */
  private String ratedItem() throws IOException, InterruptedException {
    String page = reportPage();
    Reply r = client.get(page);
    Matcher item = RATED_ITEM.matcher(r.raw.body());
    if (!item.find()) {
      fail("no data-civic-rating=\"{id}\" on " + page + ": " + snippet(r));
    }
    return item.group(1);
  }

  private long ratingCount(String item) throws IOException, InterruptedException {
    Reply r = client.get("/.civic/api/ratings/" + item);
    assertThat(r.status).as("rating summary of " + item + ": " + r).isEqualTo(200);
    return r.json().path("count").asLong();
  }

  private long visitsTotal() throws IOException, InterruptedException {
    Reply r = client.get("/.civic/api/visits/summary");
    assertThat(r.status).as("GET /.civic/api/visits/summary: " + r).isEqualTo(200);
    return r.json().path("total").asLong(-1);
  }

  private static String visitorCookie(Reply r) {
    String setCookie = r.header("Set-Cookie");
    assertThat(setCookie).as("the visitor cookie set by the first vote").startsWith("civic_vid=");
    return setCookie.substring(
        0, setCookie.indexOf(';') < 0 ? setCookie.length() : setCookie.indexOf(';'));
  }

  /** A visitor cookie of a visitor never seen: each is a visit of its own. */
  private static String newVisitorCookie() {
    byte[] id = new byte[16];
    new SecureRandom().nextBytes(id);
    return "civic_vid=" + Base64.getUrlEncoder().withoutPadding().encodeToString(id);
  }

  /**
   * Tomcat's leak reports about civic-portal in a run's console, which must show Tomcat's stop at
   * all.
   */
  private static List<String> leaks(String run, String output) {
    assertThat(output)
        .as("Tomcat's own log of the " + run + "'s stop, without which no leak report can be seen")
        .contains(TOMCAT_STOPPING);
    return output
        .lines()
        .filter(l -> THREAD_LEAK.matcher(l).find() || THREAD_LOCAL_LEAK.matcher(l).find())
        .map(l -> run + ": " + l)
        .toList();
  }

  private static boolean isDashboard(Reply r) {
    return r.raw.body().contains("data-civic-stats=");
  }

  /** The start of an answer's body, for failure messages. */
  private static String snippet(Reply r) {
    String body = r.raw.body().replaceAll("\\s+", " ");
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
