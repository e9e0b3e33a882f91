package org.civicportal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code civic-visits} workspace written by the visit code before month series, per-item views
 * and configurable caps (main's b8c4b3a, exported by {@link EarlierVisitsFixture}) is read as it
 * is, and its month gets its series from its days when the current code next writes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarlierVisitLayoutTest {
  static final String FIXTURE = "org/civicportal/visits/earlier-layout/";

  /** 2026-11-29 12:00 in Ho Chi Minh City: the fixture's third day. */
  static final Instant THIRD_DAY = Instant.parse("2026-11-29T05:00:00Z");

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static final TestClock CLOCK = new TestClock(THIRD_DAY);
  static VisitSettings settings;
  static VisitStore store;
  static VisitStats stats;
  static VisitCounter counter;

  @BeforeAll
  static void open() throws Exception {
    repository = TestRepository.open(dir);
    assertThat(
            new SystemViewImporter(repository.embedded())
                .importClasspathFolder(EarlierVisitLayoutTest.class.getClassLoader(), FIXTURE))
        .isEqualTo(3);
    writer = new BatchedWriter(repository);
    settings =
        VisitSettings.builder()
            .shard(EarlierVisitsFixture.SHARD)
            .flushInterval(Duration.ofHours(1))
            .build();
    store = new VisitStore(repository, writer, settings);
    stats = new VisitStats(store, settings, CLOCK);
    counter = new VisitCounter(store, settings, VisitCounterTest.AGENTS, CLOCK);
  }

  @AfterAll
  static void close() {
    counter.halt();
    writer.close();
    repository.close();
  }

  private static StatsRange days() {
    return StatsRange.parse("2026-11-27", "2026-11-29", stats.today());
  }

  @Test
  @Order(1)
  void earlierDaysAreReadAsTheyAre() throws Exception {
    List<StatsRow> rows = stats.series(days(), Granularity.DAY);
    assertThat(rows).extracting(StatsRow::getPageViews).containsExactly(6L, 4L, 2L);
    assertThat(rows).extracting(StatsRow::getVisits).containsExactly(3L, 2L, 1L);
    assertThat(rows).extracting(StatsRow::getVisitors).containsExactly(3L, 2L, 1L);
    assertThat(rows).extracting(StatsRow::getExcluded).containsExactly(0L, 0L, 1L);
    StatsRow total = stats.total(days());
    assertThat(total.getPageViews()).isEqualTo(12);
    assertThat(total.getVisits()).isEqualTo(6);
    assertThat(total.getVisitors()).isEqualTo(6);
    assertThat(
            stats.series(
                StatsRange.parse("2026-11-01", "2026-11-29", stats.today()), Granularity.MONTH))
        .extracting(StatsRow::getPageViews)
        .containsExactly(12L);
    assertThat(stats.top(Dimension.PAGES, days(), 10))
        .extracting(TopEntry::getKey, TopEntry::getCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/", 6L),
            org.assertj.core.groups.Tuple.tuple("/articles/day-1", 3L),
            org.assertj.core.groups.Tuple.tuple("/articles/day-2", 2L),
            org.assertj.core.groups.Tuple.tuple("/articles/day-3", 1L));
    assertThat(stats.top(Dimension.ROBOTS, days(), 10))
        .extracting(TopEntry::getKey)
        .containsExactly("Googlebot");
    VisitSummary summary = counter.summary();
    assertThat(
            List.of(
                summary.getToday(),
                summary.getYesterday(),
                summary.getThisMonth(),
                summary.getThisYear(),
                summary.getTotal()))
        .containsExactly(1L, 2L, 6L, 6L, 6L);
  }

  @Test
  @Order(2)
  void theNextWriteGivesTheEarlierMonthItsSeriesFromItsDays() throws Exception {
    counter.record(PageView.of("/", null, "portal.example", VisitCounterTest.CHROME, "frank"));
    counter.flush();
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          assertThat(
                  s.getNode("/months/2026/11/" + EarlierVisitsFixture.SHARD)
                      .getProperty("dailyPageViews")
                      .getValues())
              .hasSize(30);
          return null;
        });
    List<StatsRow> rows = stats.series(days(), Granularity.DAY);
    assertThat(rows).extracting(StatsRow::getPageViews).containsExactly(6L, 4L, 3L);
    assertThat(rows).extracting(StatsRow::getVisitors).containsExactly(3L, 2L, 2L);
    assertThat(stats.total(days()).getPageViews()).isEqualTo(13);
    assertThat(stats.top(Dimension.PAGES, days(), 1))
        .extracting(TopEntry::getKey, TopEntry::getCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/", 7L));
    assertThat(stats.top(Dimension.ROBOTS, days(), 10))
        .extracting(TopEntry::getKey)
        .containsExactly("Googlebot");
  }
}
