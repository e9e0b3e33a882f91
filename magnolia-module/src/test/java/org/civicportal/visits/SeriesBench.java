package org.civicportal.visits;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.datasketches.hll.HllSketch;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;

/**
 * For bench/visit-series.sh: fills a fresh repository through the store with five years of daily
 * counters, one save per day, each day with 100,000 distinct page paths (a thousand real pages, the
 * rest robots' random paths seen once; see {@link #FULL_PATH_DAYS}) and views of 1,000 articles,
 * breakdowns kept for the last two years as the default retention does; then prints the disk per
 * day and the median time of the statistics queries against an empty read in the same run. Not a
 * test.
 *
 * <p>Arguments (all optional): years (5, or days as "30d"), paths per day (100000), repetitions per
 * query (21).
 */
public final class SeriesBench {
  private static final int PAGES = 1_000;
  private static final int ITEMS = 1_000;

  /**
   * Days, the last ones, whose paths are all handed to the store one by one. Earlier days hand it
   * their real pages and the robots' paths already summed under "(other)", where the store would
   * put them: their rows come out the same, and the fill takes minutes instead of hours.
   */
  private static final int FULL_PATH_DAYS = 30;

  private SeriesBench() {}

  public static void main(String[] args) throws Exception {
    String span = args.length > 0 ? args[0] : "5";
    int pathsPerDay = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 21;
    Path dir = Files.createTempDirectory("civic-series-bench");
    LocalDate today = LocalDate.of(2026, 11, 29);
    // "5": five years; "30d": thirty days (a quick look).
    LocalDate first =
        span.endsWith("d")
            ? today.minusDays(Long.parseLong(span.substring(0, span.length() - 1)) - 1)
            : today.minusYears(Long.parseLong(span)).plusDays(1);
    String spanName =
        span.endsWith("d") ? span.substring(0, span.length() - 1) + " days" : span + " years";
    LocalDate breakdownsFrom = today.minus(VisitSettings.DEFAULT_RETENTION);
    LocalDate fullPathsFrom = today.minusDays(FULL_PATH_DAYS);
    Random random = new Random(42);
    VisitSettings settings = VisitSettings.builder().build();
    try {
      long before = size(dir);
      long fill = System.nanoTime();
      int days = 0;
      try (TestRepository repository = TestRepository.open(dir)) {
        BatchedWriter writer = new BatchedWriter(repository);
        VisitStore store = new VisitStore(repository, writer, settings);
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
          store.save(
              Map.of(
                  d,
                  day(d, d.isAfter(breakdownsFrom), d.isAfter(fullPathsFrom), pathsPerDay, random)),
              new TreeMap<>());
          days++;
        }
        writer.close();
        System.out.printf(
            "largest day row: %.1f KB of property values%n", dayBytes(repository, today) / 1e3);
      }
      double fillSeconds = (System.nanoTime() - fill) / 1e9;
      long after = size(dir);
      System.out.printf(
          "filled %d days, one save each (%d paths/day, top %d kept per breakdown) in %.1f s%n",
          days, pathsPerDay, settings.getTopKeysPerDay(), fillSeconds);
      System.out.printf(
          "repository on disk after a close: %.1f MB for %d days: %.1f KB per day (breakdowns"
              + " on the last %d days)%n",
          (after - before) / 1e6,
          days,
          (after - before) / 1e3 / days,
          VisitSettings.DEFAULT_RETENTION.getDays());
      Path workspace = dir.resolve("workspaces").resolve(Workspaces.VISITS);
      System.out.printf(
          "of which civic-visits' database %.1f MB, its search index %.1f MB%n",
          size(workspace.resolve("db")) / 1e6, size(workspace.resolve("index")) / 1e6);
      queries(dir, settings, first, today, spanName, days, repeats);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static void queries(
      Path dir,
      VisitSettings settings,
      LocalDate first,
      LocalDate today,
      String spanName,
      int days,
      int repeats)
      throws Exception {
    try (TestRepository repository = TestRepository.open(dir)) {
      VisitStore store = new VisitStore(repository, new BatchedWriter(repository), settings);
      VisitStats stats = new VisitStats(store, settings);
      StatsRange all = StatsRange.parse(first.toString(), today.toString(), today);
      StatsRange month = StatsRange.parse(null, today.toString(), today);
      StatsRange previousMonth =
          StatsRange.parse(
              month.getFrom().minusDays(30).toString(),
              month.getFrom().minusDays(1).toString(),
              today);
      System.out.printf(
          "%n| query (%d runs after 5 warm-up runs) | median ms | max ms |%n|---|---:|---:|%n",
          repeats);
      time(
          repeats,
          "baseline: an empty read (a session, the root node)",
          () -> repository.withSession(Workspaces.VISITS, s -> s.getRootNode().getDepth()));
      time(
          repeats,
          "daily series, " + spanName + " (" + days + " rows)",
          () -> stats.series(all, Granularity.DAY).size());
      time(
          repeats,
          "overview, " + spanName + " (totals with distinct visitors)",
          () -> {
            stats.total(all);
            return 1;
          });
      time(
          repeats,
          "overview, last 30 days and the 30 before",
          () -> {
            stats.total(month);
            stats.total(previousMonth);
            return 1;
          });
      time(
          repeats,
          "monthly series, " + spanName,
          () -> stats.series(all, Granularity.MONTH).size());
      time(repeats, "yearly series, " + spanName, () -> stats.series(all, Granularity.YEAR).size());
      time(repeats, "top pages, last 30 days", () -> stats.top(Dimension.PAGES, month, 20).size());
      time(repeats, "most read items, last 30 days", () -> stats.topItems(month, 10).size());
    }
  }

  interface Query {
    int run() throws Exception;
  }

  private static void time(int repeats, String name, Query q) throws Exception {
    for (int i = 0; i < 5; i++) {
      q.run();
    }
    double[] ms = new double[repeats];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      q.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("| %s | %.2f | %.2f |%n", name, ms[ms.length / 2], ms[ms.length - 1]);
  }

  /**
   * A day of about 1,000 visitors: real pages often, robots' random paths once each, 1,000 articles
   * viewed.
   */
  private static PeriodCounts day(
      LocalDate d, boolean breakdowns, boolean fullPaths, int paths, Random r) {
    PeriodCounts t = new PeriodCounts();
    int visitors = 300 + r.nextInt(700);
    t.visitors = new HllSketch(PeriodCounts.LG_K);
    for (int i = 0; i < visitors; i++) {
      t.visitors.update(d + "/" + i);
    }
    t.visits = visitors + r.nextInt(200);
    t.excluded = r.nextInt(500);
    long views = 0;
    if (breakdowns) {
      for (int i = 0; i < Math.min(PAGES, paths); i++) {
        long n = 1 + r.nextInt(1 + 2_000 / (i + 1));
        t.count(Dimension.PAGES, "/articles/item-" + i, n);
        views += n;
      }
      if (fullPaths) {
        for (int i = PAGES; i < paths; i++) {
          t.count(Dimension.PAGES, "/random/" + d + "/" + i, 1);
        }
      } else {
        // What the store keeps of them anyway: they all fall under "(other)", whatever the cap.
        t.count(Dimension.PAGES, Dimension.OTHER, Math.max(0, paths - PAGES));
      }
      views += Math.max(0, paths - PAGES);
      for (int i = 0; i < ITEMS; i++) {
        t.viewItem(
            String.format("%08x-0000-4000-8000-%012d", i * 4_294_967L, i), 1 + r.nextInt(20));
      }
      for (int i = 0; i < 30; i++) {
        t.count(Dimension.REFERRERS, "site" + i + ".example", 1 + r.nextInt(20));
      }
      t.count(Dimension.BROWSERS, "Chrome", t.visits / 2);
      t.count(Dimension.OS, "Android", t.visits / 2);
      t.count(Dimension.DEVICES, "phone", t.visits / 2);
      t.count(Dimension.ROBOTS, "Googlebot", t.excluded);
    }
    t.pageViews = Math.max(views, t.visits * 3);
    return t;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /**
   * The stored size of the last day's row: its property values, as a measure of the cap's effect.
   */
  private static long dayBytes(TestRepository repository, LocalDate day) throws Exception {
    return repository.withSession(
        Workspaces.VISITS,
        s -> {
          long bytes = 0;
          for (javax.jcr.NodeIterator shards = s.getNode(VisitStore.dayPath(day)).getNodes();
              shards.hasNext(); ) {
            for (javax.jcr.PropertyIterator it = shards.nextNode().getProperties();
                it.hasNext(); ) {
              javax.jcr.Property p = it.nextProperty();
              if (p.isMultiple()) {
                for (long l : p.getLengths()) {
                  bytes += l;
                }
              } else {
                bytes += p.getLength();
              }
            }
          }
          return bytes;
        });
  }
}
