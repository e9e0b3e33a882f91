package org.civicportal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.apache.datasketches.hll.HllSketch;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting, rollover, exclusion and flushing on a real Jackrabbit, with a clock the test moves. */
class VisitCounterTest {
  static final String CHROME =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";
  static final String GOOGLEBOT =
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
  static final String HEADLESS =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "HeadlessChrome/120.0.0.0 Safari/537.36";
  static final String IPHONE =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
          + "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

  /** 2026-11-29 10:00 in Ho Chi Minh City (UTC+7). */
  static final Instant MORNING = Instant.parse("2026-11-29T03:00:00Z");

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static final UserAgents AGENTS = new UserAgents();

  final TestClock clock = new TestClock(MORNING);
  final List<VisitCounter> counters = new ArrayList<>();
  VisitStore store;

  @BeforeAll
  static void open() throws Exception {
    repository = TestRepository.open(dir);
    writer = new BatchedWriter(repository);
  }

  @AfterAll
  static void close() {
    writer.close();
    repository.close();
  }

  @BeforeEach
  void empty() throws Exception {
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          for (NodeIterator it = s.getRootNode().getNodes(); it.hasNext(); ) {
            javax.jcr.Node n = it.nextNode();
            if (!n.getName().startsWith("jcr:") && !n.getName().startsWith("rep:")) {
              n.remove();
            }
          }
          s.save();
          return null;
        });
  }

  @AfterEach
  void stop() {
    counters.forEach(VisitCounter::halt);
  }

  VisitCounter counter(VisitSettings.Builder settings) {
    VisitSettings s = settings.build();
    store = new VisitStore(repository, writer, s);
    VisitCounter c = new VisitCounter(store, s, AGENTS, clock);
    c.start();
    counters.add(c);
    return c;
  }

  /** Flushes only when the test says so. */
  VisitCounter counter() {
    return counter(VisitSettings.builder().flushInterval(Duration.ofHours(1)));
  }

  static PageView view(String visitor) {
    return view(visitor, "/articles/a", CHROME);
  }

  static PageView view(String visitor, String path, String ua) {
    return PageView.of(path, null, "portal.example", ua, visitor);
  }

  @Test
  void pageViewsVisitsAndVisitorsFollowTheThirtyMinuteRule() throws Exception {
    VisitCounter c = counter();
    c.record(view("alice"));
    clock.advance(Duration.ofMinutes(29));
    c.record(view("alice"));
    clock.advance(Duration.ofMinutes(30));
    c.record(view("alice"));
    c.record(view("bob"));
    assertThat(c.summary().getToday()).isEqualTo(3);
    c.flush();
    VisitStats stats = new VisitStats(store, VisitSettings.builder().build(), clock);
    StatsRow day =
        stats
            .series(StatsRange.parse("2026-11-29", "2026-11-29", stats.today()), Granularity.DAY)
            .get(0);
    assertThat(day.getPageViews()).isEqualTo(4);
    assertThat(day.getVisits()).isEqualTo(3);
    assertThat(day.getVisitors()).isEqualTo(2);
    assertThat(c.summary().getToday()).isEqualTo(3);
    assertThat(c.summary().getTotal()).isEqualTo(3);
  }

  @Test
  void theDayEndsAtLocalMidnightExactly() throws Exception {
    VisitCounter c = counter();
    clock.set(Instant.parse("2026-11-29T16:59:59.999Z"));
    c.record(view("a"));
    assertThat(c.summary().getDate()).isEqualTo("2026-11-29");
    clock.set(Instant.parse("2026-11-29T17:00:00Z"));
    c.record(view("b"));
    VisitSummary s = c.summary();
    assertThat(s.getDate()).isEqualTo("2026-11-30");
    assertThat(s.getToday()).isEqualTo(1);
    assertThat(s.getYesterday()).isEqualTo(1);
    assertThat(s.getTimezone()).isEqualTo("Asia/Ho_Chi_Minh");
    // A visit does not run past midnight: the next day starts a new one.
    c.record(view("a"));
    assertThat(c.summary().getToday()).isEqualTo(2);
  }

  @Test
  void yesterdayAndTheMonthAreRightOnTheFirstOfTheMonth() throws Exception {
    VisitCounter c = counter();
    clock.set(Instant.parse("2026-11-30T05:00:00Z"));
    c.record(view("a"));
    c.record(view("b"));
    c.flush();
    clock.set(Instant.parse("2026-11-30T17:00:00Z"));
    c.record(view("c"));
    VisitSummary s = c.summary();
    assertThat(s.getDate()).isEqualTo("2026-12-01");
    assertThat(s.getMonth()).isEqualTo(12);
    assertThat(s.getYesterday()).isEqualTo(2);
    assertThat(s.getToday()).isEqualTo(1);
    assertThat(s.getThisMonth()).isEqualTo(1);
    assertThat(s.getThisYear()).isEqualTo(3);
  }

  @Test
  void yesterdayAndTheYearAreRightOnNewYearsDay() throws Exception {
    VisitCounter c = counter();
    clock.set(Instant.parse("2026-12-31T16:59:00Z"));
    c.record(view("a"));
    c.flush();
    clock.set(Instant.parse("2026-12-31T17:00:00Z"));
    c.record(view("a"));
    c.record(view("b"));
    c.flush();
    VisitSummary s = c.summary();
    assertThat(s.getDate()).isEqualTo("2027-01-01");
    assertThat(s.getYear()).isEqualTo(2027);
    assertThat(s.getYesterday()).isEqualTo(1);
    assertThat(s.getThisMonth()).isEqualTo(2);
    assertThat(s.getThisYear()).isEqualTo(2);
    assertThat(s.getTotal()).isEqualTo(3);
  }

  @Test
  void theSiteTimeZoneDecidesTheDay() throws Exception {
    VisitCounter utc =
        counter(VisitSettings.builder().zone(ZoneId.of("UTC")).flushInterval(Duration.ofHours(1)));
    clock.set(Instant.parse("2026-11-29T18:00:00Z"));
    utc.record(view("a"));
    assertThat(utc.summary().getDate()).isEqualTo("2026-11-29");
    assertThat(utc.summary().getTimezone()).isEqualTo("UTC");
    utc.flush();
    VisitCounter hcm = counter();
    assertThat(hcm.summary().getDate()).isEqualTo("2026-11-30");
    assertThat(hcm.summary().getToday()).isZero();
    assertThat(hcm.summary().getYesterday()).isEqualTo(1);
  }

  @Test
  void robotsAndOverActiveVisitorsAreCountedApart() throws Exception {
    VisitCounter c =
        counter(
            VisitSettings.builder().maxViewsPerVisitorPerDay(5).flushInterval(Duration.ofHours(1)));
    c.record(view("crawler", "/", GOOGLEBOT));
    c.record(view("script", "/", "curl/8.5.0"));
    c.record(view("none", "/", ""));
    c.record(view("audit", "/", HEADLESS));
    for (int i = 0; i < 8; i++) {
      c.record(view("scraper", "/articles/" + i, CHROME));
    }
    c.record(view("reader", "/", IPHONE));
    c.flush();
    VisitStats stats = new VisitStats(store, VisitSettings.builder().build(), clock);
    StatsRange today = StatsRange.parse(null, null, stats.today());
    StatsRow row = stats.series(today, Granularity.DAY).get(29);
    assertThat(row.getPageViews()).isEqualTo(6);
    assertThat(row.getExcluded()).isEqualTo(7);
    assertThat(row.getVisitors()).isEqualTo(2);
    assertThat(stats.top(Dimension.ROBOTS, today, 10))
        .extracting(TopEntry::getKey)
        .contains("Googlebot", "(script)", "(none)", "(too many views)", "HeadlessChrome");
    assertThat(stats.top(Dimension.DEVICES, today, 10))
        .extracting(TopEntry::getKey)
        .containsExactlyInAnyOrder("desktop", "phone");
    assertThat(stats.top(Dimension.BROWSERS, today, 10))
        .extracting(TopEntry::getKey)
        .containsExactlyInAnyOrder("Chrome", "Mobile Safari");
  }

  @Test
  void onlineCountsTheVisitorsOfTheLastFiveMinutes() throws Exception {
    VisitCounter c = counter();
    c.record(view("a"));
    clock.advance(Duration.ofMinutes(3));
    c.record(view("b"));
    assertThat(c.summary().getOnline()).isEqualTo(2);
    clock.advance(Duration.ofMinutes(3));
    assertThat(c.summary().getOnline()).isEqualTo(1);
    c.flush();
    // Another instance sees this one's visitors through the saved minutes.
    VisitCounter other =
        counter(VisitSettings.builder().shard("other").flushInterval(Duration.ofHours(1)));
    assertThat(other.summary().getOnline()).isEqualTo(1);
    assertThat(other.summary().getToday()).isEqualTo(2);
  }

  @Test
  void savesStayBoundedWhateverTheTraffic() throws Exception {
    VisitCounter c = counter(VisitSettings.builder().flushInterval(Duration.ofMillis(100)));
    c.record(view("warm-up"));
    long before = store.saves();
    long start = System.nanoTime();
    int n = 0;
    // At least a second, and on a loaded machine until the first save has come through (at most ten
    // seconds).
    while (System.nanoTime() - start < Duration.ofSeconds(1).toNanos()
        || (store.saves() == before
            && System.nanoTime() - start < Duration.ofSeconds(10).toNanos())) {
      c.record(view("v" + (n++ % 500), "/p" + n % 50, CHROME));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long saves = store.saves() - before;
    // One save per interval (plus the day's clean-up), however many page views came in.
    assertThat(saves).isBetween(1L, Math.round(seconds * 10) + 2);
    assertThat(n).isGreaterThan((int) saves * 10);
  }

  @Test
  void aSummaryReadDuringASaveCountsTheBatchOnce() throws Exception {
    VisitSettings settings = VisitSettings.builder().flushInterval(Duration.ofHours(1)).build();
    PausingStore paused = new PausingStore(settings);
    VisitCounter c = new VisitCounter(paused, settings, AGENTS, clock);
    counters.add(c);
    c.record(view("a"));
    CompletableFuture<Void> flush =
        CompletableFuture.runAsync(
            () -> {
              try {
                c.flush();
              } catch (RepositoryException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(paused.saved.await(30, TimeUnit.SECONDS)).isTrue();
    // JCR holds the batch now, and the counter has not yet let go of it.
    AtomicReference<VisitSummary> read = new AtomicReference<>();
    AtomicReference<Exception> failed = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                read.set(c.summary());
              } catch (RepositoryException | RuntimeException e) {
                failed.set(e);
              }
            });
    reader.start();
    // The reader either answers while the save is paused or waits for the counter to publish it.
    while (reader.isAlive() && reader.getState() != Thread.State.WAITING) {
      Thread.sleep(5);
    }
    paused.resume.countDown();
    reader.join(30_000);
    flush.get(30, TimeUnit.SECONDS);
    assertThat(failed.get()).isNull();
    assertThat(read.get().getToday()).isEqualTo(1);
    assertThat(read.get().getTotal()).isEqualTo(1);
    assertThat(c.summary().getToday()).isEqualTo(1);
  }

  /** A real store that stops right after its save until the test resumes it. */
  static final class PausingStore extends VisitStore {
    final CountDownLatch saved = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);

    PausingStore(VisitSettings settings) {
      super(repository, writer, settings);
    }

    @Override
    void save(Map<LocalDate, PeriodCounts> days, NavigableMap<Long, HllSketch> onlineMinutes)
        throws RepositoryException {
      super.save(days, onlineMinutes);
      saved.countDown();
      try {
        resume.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void aCrashLosesAtMostOneFlushInterval() throws Exception {
    VisitCounter c = counter(VisitSettings.builder().flushInterval(Duration.ofMillis(200)));
    for (int i = 0; i < 50; i++) {
      c.record(view("v" + i));
    }
    // The interval's save, not a shutdown, brings them to JCR (polled: a loaded machine may be
    // slow).
    LocalDate today = LocalDate.of(2026, 11, 29);
    for (int i = 0; i < 200 && store.day(today, false).pageViews < 50; i++) {
      Thread.sleep(25);
    }
    assertThat(store.day(today, false).pageViews).isEqualTo(50);
    c.record(view("late"));
    c.halt();
    VisitCounter restarted = counter();
    assertThat(restarted.summary().getToday()).isBetween(50L, 51L);
  }

  @Test
  void closingSavesWhatIsLeft() throws Exception {
    VisitCounter c = counter();
    c.record(view("a"));
    c.close();
    assertThat(counter().summary().getToday()).isEqualTo(1);
  }

  @Test
  void breakdownsGoAfterTheRetentionAndDailyTotalsStay() throws Exception {
    VisitCounter c =
        counter(
            VisitSettings.builder()
                .retention(Period.ofDays(10))
                .flushInterval(Duration.ofHours(1)));
    clock.set(Instant.parse("2026-01-01T03:00:00Z"));
    c.record(view("a", "/old", CHROME));
    c.flush();
    clock.set(Instant.parse("2026-02-01T03:00:00Z"));
    c.record(view("a", "/new", CHROME));
    c.flush();
    VisitStats stats = new VisitStats(store, VisitSettings.builder().build(), clock);
    StatsRange range = StatsRange.parse("2026-01-01", "2026-02-01", stats.today());
    assertThat(stats.top(Dimension.PAGES, range, 10))
        .extracting(TopEntry::getKey)
        .containsExactly("/new");
    assertThat(stats.series(range, Granularity.DAY).get(0).getVisits()).isEqualTo(1);
    assertThat(stats.series(range, Granularity.MONTH))
        .extracting(StatsRow::getVisits)
        .containsExactly(1L, 1L);
  }

  @Test
  void pathsLoseQueriesAndReferrersKeepOnlyOtherSitesHosts() {
    PageView v =
        PageView.of(
            "/a?email=x#top", "https://www.Google.com/search?q=x", "portal.example", CHROME, "i");
    assertThat(v.path()).isEqualTo("/a");
    assertThat(v.referrerHost()).isEqualTo("google.com");
    assertThat(
            PageView.of("/", "http://portal.example/x", "portal.example", CHROME, "i")
                .referrerHost())
        .isNull();
    assertThat(PageView.isValidPath("/" + "x".repeat(PageView.MAX_PATH))).isFalse();
    assertThat(PageView.isValidPath("//evil.example/")).isFalse();
    assertThat(PageView.isValidPath("relative")).isFalse();
  }

  @Test
  void rangesAreValidated() {
    LocalDate today = LocalDate.of(2026, 11, 29);
    assertThat(StatsRange.parse(null, null, today).getFrom()).isEqualTo(LocalDate.of(2026, 10, 31));
    for (String[] bad :
        new String[][] {
          {"2026-13-01", null},
          {"x", null},
          {"2026-11-30", "2026-11-29"},
          {"2000-01-01", "2026-01-01"},
          {"2026-1-1", null}
        }) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> StatsRange.parse(bad[0], bad[1], today))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(StatsRange.parse("2016-11-29", "2026-11-29", today).getFrom())
        .isEqualTo(LocalDate.of(2016, 11, 29));
  }
}
