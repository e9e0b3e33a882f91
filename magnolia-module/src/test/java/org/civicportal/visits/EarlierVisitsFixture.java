package org.civicportal.visits;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;

/**
 * Writes the {@code civic-visits} fixture of {@code EarlierVisitLayoutTest}: a few days of page
 * views counted by the visit code of the checkout it runs in, exported as JCR system view files
 * named as the importer expects. The committed fixture was made by this class at main's b8c4b3a,
 * before the visit layout changed (day rows without month series); run again it would write the
 * current layout. Not a test.
 *
 * <p>Usage: {@code java -cp <test classes>:<standalone jar>
 * org.civicportal.visits.EarlierVisitsFixture <folder>}
 */
public final class EarlierVisitsFixture {
  /** 2026-11-27 10:00 in Ho Chi Minh City: the first of the three days counted. */
  static final Instant FIRST_MORNING = Instant.parse("2026-11-27T03:00:00Z");

  static final String SHARD = "public1";
  static final String CHROME =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";
  static final String GOOGLEBOT =
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

  private EarlierVisitsFixture() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Path dir = Files.createTempDirectory("civic-visits-fixture");
    try (TestRepository repository = TestRepository.open(dir)) {
      BatchedWriter writer = new BatchedWriter(repository);
      TestClock clock = new TestClock(FIRST_MORNING);
      VisitSettings settings =
          VisitSettings.builder().shard(SHARD).flushInterval(Duration.ofHours(1)).build();
      VisitCounter counter =
          new VisitCounter(
              new VisitStore(repository, writer, settings), settings, new UserAgents(), clock);
      // Day 1: 3 visitors; day 2: 2 visitors; day 3: 1 visitor and a robot.
      count(counter, clock, 1, List.of("alice", "bob", "carol"));
      clock.advance(Duration.ofDays(1));
      count(counter, clock, 2, List.of("alice", "dave"));
      clock.advance(Duration.ofDays(1));
      count(counter, clock, 3, List.of("erin"));
      counter.record(PageView.of("/random/x1", null, "portal.example", GOOGLEBOT, "bot"));
      counter.flush();
      writer.close();
      repository.withSession(
          Workspaces.VISITS,
          s -> {
            for (String top : List.of("days", "months", "years")) {
              try (OutputStream o =
                  Files.newOutputStream(out.resolve(Workspaces.VISITS + "." + top + ".xml"))) {
                s.exportSystemView("/" + top, o, false, false);
              } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
              }
            }
            return null;
          });
    } finally {
      try (var files = Files.walk(dir)) {
        files
            .sorted(java.util.Comparator.reverseOrder())
            .map(Path::toFile)
            .forEach(java.io.File::delete);
      }
    }
  }

  /**
   * Each visitor views the article of the day and the home page, from a referrer on the first view.
   */
  private static void count(VisitCounter counter, TestClock clock, int day, List<String> visitors)
      throws Exception {
    for (String v : visitors) {
      counter.record(
          PageView.of(
              "/articles/day-" + day,
              "https://www.google.com/search",
              "portal.example",
              CHROME,
              v));
      clock.advance(Duration.ofMinutes(1));
      counter.record(PageView.of("/", null, "portal.example", CHROME, v));
    }
    counter.flush();
  }
}
