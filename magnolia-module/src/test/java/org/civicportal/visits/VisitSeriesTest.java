package org.civicportal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.datasketches.hll.HllSketch;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily series read a one-shard day's stored estimate and merge the sketches of days with several
 * shards.
 */
class VisitSeriesTest {
  static final LocalDate ONE_SHARD = LocalDate.of(2026, 11, 27);
  static final LocalDate TWO_SHARDS = LocalDate.of(2026, 11, 28);

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;

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

  @Test
  void oneShardDayUsesItsStoredEstimateAndSeveralShardsAreMerged() throws Exception {
    VisitStore a = store("a");
    VisitStore b = store("b");
    HllSketch alone = visitors(ONE_SHARD, 0, 700);
    HllSketch first = visitors(TWO_SHARDS, 0, 600);
    HllSketch second = visitors(TWO_SHARDS, 300, 900);
    a.save(Map.of(ONE_SHARD, tally(alone), TWO_SHARDS, tally(first)), new TreeMap<>());
    b.save(Map.of(TWO_SHARDS, tally(second)), new TreeMap<>());
    // Without its sketch, only the stored estimate can give the one-shard day's visitors.
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          s.getProperty(VisitStore.dayPath(ONE_SHARD) + "/a/visitors").remove();
          s.save();
          return null;
        });

    VisitStats stats = new VisitStats(a, settings("a"));
    List<StatsRow> rows =
        stats.series(
            StatsRange.parse(ONE_SHARD.toString(), TWO_SHARDS.toString(), TWO_SHARDS),
            Granularity.DAY);

    assertThat(rows).extracting(StatsRow::getPeriod).containsExactly("2026-11-27", "2026-11-28");
    assertThat(rows.get(0).getVisitors()).isEqualTo(Math.round(alone.getEstimate()));
    assertThat(rows.get(0).getPageViews()).isEqualTo(3);
    long merged = Math.round(PeriodCounts.union(first, second).getEstimate());
    assertThat(rows.get(1).getVisitors()).isEqualTo(merged).isBetween(860L, 940L);
    assertThat(rows.get(1).getPageViews()).isEqualTo(6);
  }

  private static VisitStore store(String shard) {
    return new VisitStore(repository, writer, settings(shard));
  }

  private static VisitSettings settings(String shard) {
    return VisitSettings.builder().shard(shard).build();
  }

  private static HllSketch visitors(LocalDate d, int from, int to) {
    HllSketch s = new HllSketch(PeriodCounts.LG_K);
    for (int i = from; i < to; i++) {
      s.update(d + "/" + i);
    }
    return s;
  }

  private static PeriodCounts tally(HllSketch visitors) {
    PeriodCounts t = new PeriodCounts();
    t.pageViews = 3;
    t.visits = 2;
    t.visitors = visitors;
    return t;
  }
}
