package org.civicportal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout at scale, on a real Jackrabbit: breakdowns capped with "(other)" while totals, series
 * and item views stay exact; month series and range totals agree with the days; no child list grows
 * with paths or visitors.
 */
class VisitStoreLayoutTest {
  static final String CHROME = VisitCounterTest.CHROME;
  static final String ITEM = "0f000000-0000-4000-8000-000000000001";

  /** 2026-01-30 10:00 in Ho Chi Minh City. */
  static final Instant START = Instant.parse("2026-01-30T03:00:00Z");

  static final int TOP = 20;

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;

  final TestClock clock = new TestClock(START);
  VisitSettings settings;
  VisitStore store;
  VisitCounter counter;
  VisitStats stats;

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
  void counter() throws Exception {
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          for (NodeIterator it = s.getRootNode().getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            if (!n.getName().startsWith("jcr:") && !n.getName().startsWith("rep:")) {
              n.remove();
            }
          }
          s.save();
          return null;
        });
    settings =
        VisitSettings.builder()
            .shard("a")
            .topKeysPerDay(TOP)
            .flushInterval(Duration.ofHours(1))
            .build();
    store = new VisitStore(repository, writer, settings);
    counter = new VisitCounter(store, settings, VisitCounterTest.AGENTS, clock);
    stats = new VisitStats(store, settings, clock);
  }

  @AfterEach
  void halt() {
    counter.halt();
  }

  /**
   * Day 1: 500 distinct paths from 250 visitors, each path once; the item's page 30 times, one view
   * a visitor.
   */
  private void crowdedDay() throws Exception {
    for (int i = 0; i < 500; i++) {
      counter.record(PageView.of("/random/" + i, null, "portal.example", CHROME, "v" + (i % 250)));
      if (i % 50 == 0) {
        counter.flush();
      }
    }
    for (int i = 0; i < 30; i++) {
      counter.record(
          PageView.of("/articles/late", null, "portal.example", CHROME, "w" + i).ofItem(ITEM));
    }
    counter.flush();
  }

  @Test
  void breakdownsKeepTheirTopKeysAndOtherWhileTotalsAndItemViewsStayExact() throws Exception {
    crowdedDay();
    StatsRange day = StatsRange.parse("2026-01-30", "2026-01-30", stats.today());
    List<TopEntry> pages = stats.top(Dimension.PAGES, day, 1000);
    assertThat(pages).hasSize(TOP);
    assertThat(pages.get(0).getKey()).isEqualTo(Dimension.OTHER);
    assertThat(pages).extracting(TopEntry::getKey).contains("/articles/late");
    assertThat(pages.stream().mapToLong(TopEntry::getCount).sum()).isEqualTo(530);
    StatsRow row = stats.series(day, Granularity.DAY).get(0);
    assertThat(row.getPageViews()).isEqualTo(530);
    assertThat(stats.total(day).getPageViews()).isEqualTo(530);
    assertThat(counter.itemViews(ITEM)).isEqualTo(30);
    assertThat(stats.topItems(day, 5))
        .extracting(TopEntry::getKey, TopEntry::getCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ITEM, 30L));
  }

  /** An item outside the day's top keys (every key ties at one view) still has its exact views. */
  @Test
  void anItemOutsideTheCappedTopStillCountsExactly() throws Exception {
    for (int i = 0; i < 200; i++) {
      // Ties at one view each are kept by key: these paths sort before the item's.
      counter.record(PageView.of("/a/" + i, null, "portal.example", CHROME, "x" + i));
    }
    counter.record(
        PageView.of("/articles/quiet", null, "portal.example", CHROME, "y").ofItem(ITEM));
    counter.flush();
    StatsRange day = StatsRange.parse("2026-01-30", "2026-01-30", stats.today());
    assertThat(stats.top(Dimension.PAGES, day, 1000))
        .extracting(TopEntry::getKey)
        .doesNotContain("/articles/quiet");
    assertThat(counter.itemViews(ITEM)).isEqualTo(1);
    assertThat(counter.mostRead(7, 5)).containsExactly(Map.entry(ITEM, 1L));
    // Unsaved views count too.
    counter.record(
        PageView.of("/articles/quiet", null, "portal.example", CHROME, "z").ofItem(ITEM));
    assertThat(counter.itemViews(ITEM)).isEqualTo(2);
  }

  @Test
  void monthSeriesAndRangeTotalsAgreeWithTheDays() throws Exception {
    // 2026-01-30 to 2026-03-02: a month end, a whole month, a month start.
    for (int day = 0; day < 32; day++) {
      for (int v = 0; v <= day % 5; v++) {
        counter.record(PageView.of("/", null, "portal.example", CHROME, "d" + day + "v" + v));
      }
      counter.flush();
      clock.advance(Duration.ofDays(1));
    }
    StatsRange range = StatsRange.parse("2026-01-29", "2026-03-03", stats.today());
    List<StatsRow> fromMonths = stats.series(range, Granularity.DAY);
    // The same read through the day rows, as for month rows written before the series existed.
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          for (NodeIterator years = s.getNode("/months").getNodes(); years.hasNext(); ) {
            for (NodeIterator months = years.nextNode().getNodes(); months.hasNext(); ) {
              Node shard = months.nextNode().getNode("a");
              for (String p :
                  List.of("dailyPageViews", "dailyVisits", "dailyExcluded", "dailyVisitors")) {
                shard.getProperty(p).remove();
              }
            }
          }
          s.save();
          return null;
        });
    List<StatsRow> fromDays = stats.series(range, Granularity.DAY);
    assertThat(fromMonths).hasSize(34);
    assertThat(rows(fromMonths)).isEqualTo(rows(fromDays));
    assertThat(fromMonths.get(0).getPageViews()).isZero();
    assertThat(fromMonths.get(1).getPageViews()).isEqualTo(1);
    long sum = fromDays.stream().mapToLong(StatsRow::getPageViews).sum();
    StatsRow total = stats.total(range);
    assertThat(total.getPageViews()).isEqualTo(sum).isEqualTo(93);
    assertThat(total.getVisits()).isEqualTo(sum);
    assertThat(total.getVisitors()).isBetween(90L, 96L);
    assertThat(total.getPeriod()).isEqualTo("2026-01-29/2026-03-03");
  }

  private static List<String> rows(List<StatsRow> rows) {
    List<String> out = new ArrayList<>();
    for (StatsRow r : rows) {
      out.add(
          r.getPeriod()
              + " "
              + r.getPageViews()
              + " "
              + r.getVisits()
              + " "
              + r.getVisitors()
              + " "
              + r.getExcluded());
    }
    return out;
  }

  /**
   * Paths, visitors and items never make a child list grow: days, months, shards and 256 item
   * buckets do.
   */
  @Test
  void noChildListGrowsWithPathsOrVisitors() throws Exception {
    for (int i = 0; i < 2000; i++) {
      String item = String.format("%02x%06d-0000-4000-8000-%012d", i % 256, i, i);
      counter.record(
          PageView.of(
                  "/articles/a" + i + "/" + "x".repeat(i % 40),
                  null,
                  "portal.example",
                  CHROME,
                  "v" + i)
              .ofItem(item));
    }
    counter.flush();
    int[] widest = {0};
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          walk(s.getRootNode(), widest);
          return null;
        });
    // /items holds 256 buckets of about 8 items each; nothing else is wider than a month's days.
    assertThat(widest[0]).isLessThanOrEqualTo(256);
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          Node day = s.getNode(VisitStore.dayPath(LocalDate.of(2026, 1, 30)) + "/a");
          assertThat(lines(day.getProperty("pagesList"))).hasSize(TOP);
          assertThat(lines(day.getProperty("itemsList"))).hasSize(2000);
          assertThat(day.getProperty("pagesList").getType())
              .as("not full-text indexed")
              .isEqualTo(PropertyType.BINARY);
          return null;
        });
  }

  private static String[] lines(Property p) throws RepositoryException {
    try (InputStream in = p.getBinary().getStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
    } catch (IOException e) {
      throw new RepositoryException(e);
    }
  }

  private static void walk(Node n, int[] widest) throws RepositoryException {
    if (n.getName().startsWith("jcr:") || n.getName().startsWith("rep:")) {
      return;
    }
    int children = 0;
    for (NodeIterator it = n.getNodes(); it.hasNext(); ) {
      Node c = it.nextNode();
      if (!c.getName().startsWith("jcr:") && !c.getName().startsWith("rep:")) {
        children++;
        walk(c, widest);
      }
    }
    if (!n.getPath().equals("/")) {
      widest[0] = Math.max(widest[0], children);
    }
  }

  /** Capping keeps the largest keys and moves the rest into "(other)", its sum included. */
  @Test
  void cappingKeepsTheLargestKeys() {
    PeriodCounts t = new PeriodCounts();
    t.count(Dimension.PAGES, "/a", 5);
    t.count(Dimension.PAGES, "/b", 3);
    t.count(Dimension.PAGES, "/c", 1);
    t.count(Dimension.PAGES, Dimension.OTHER, 2);
    Map<String, Long> capped = t.capped(Dimension.PAGES, 3);
    assertThat(new TreeMap<>(capped))
        .isEqualTo(new TreeMap<>(Map.of("/a", 5L, "/b", 3L, Dimension.OTHER, 3L)));
    assertThat(Arrays.asList(capped.keySet().toArray())).last().isEqualTo(Dimension.OTHER);
  }
}
