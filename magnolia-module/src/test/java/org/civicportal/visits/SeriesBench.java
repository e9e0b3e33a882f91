package org.civicportal.visits;

import org.apache.datasketches.hll.HllSketch;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * For bench/visit-series.sh: fills a fresh repository with five years of daily counters (with breakdowns for the
 * last two years, as the default retention keeps) and times the statistics queries on it. Not a test.
 */
public final class SeriesBench {
    private SeriesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("civic-series-bench");
        LocalDate today = LocalDate.of(2026, 11, 29);
        LocalDate first = today.minusYears(5).plusDays(1);
        try (TestRepository repository = TestRepository.open(dir)) {
            VisitSettings settings = VisitSettings.builder().build();
            BatchedWriter writer = new BatchedWriter(repository);
            VisitStore store = new VisitStore(repository, writer, settings);
            long fill = System.nanoTime();
            int days = 0;
            for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
                Map<LocalDate, Tally> month = new TreeMap<>();
                for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()) && !d.isAfter(today); d = d.plusDays(1)) {
                    if (!d.isBefore(first)) {
                        month.put(d, day(d, d.isAfter(today.minusYears(2))));
                        days++;
                    }
                }
                store.save(month, new TreeMap<>());
            }
            writer.close();
            System.out.printf("filled %d days in %.1f s%n", days, (System.nanoTime() - fill) / 1e9);
            VisitStats stats = new VisitStats(store, settings);
            StatsRange all = StatsRange.parse(first.toString(), today.toString(), today);
            StatsRange month = StatsRange.parse(null, today.toString(), today);
            time("series by day, 5 years (" + days + " rows)", () -> stats.series(all, Granularity.DAY).size());
            time("series by month, 5 years", () -> stats.series(all, Granularity.MONTH).size());
            time("series by year, 5 years", () -> stats.series(all, Granularity.YEAR).size());
            time("top pages, last 30 days", () -> stats.top(Dimension.PAGES, month, 20).size());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    interface Query {
        int run() throws Exception;
    }

    private static void time(String name, Query q) throws Exception {
        for (int i = 0; i < 3; i++) {
            q.run();
        }
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            q.run();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s median %5d ms   max %5d ms%n", name, ms[ms.length / 2], ms[ms.length - 1]);
    }

    private static Tally day(LocalDate d, boolean breakdowns) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Tally t = new Tally();
        int visitors = 300 + r.nextInt(700);
        t.visitors = new HllSketch(Tally.LG_K);
        for (int i = 0; i < visitors; i++) {
            t.visitors.update(d + "/" + i);
        }
        t.visits = visitors + r.nextInt(200);
        t.pageViews = t.visits * 3;
        t.excluded = r.nextInt(500);
        if (breakdowns) {
            for (int i = 0; i < 200; i++) {
                t.count(Dimension.PAGES, "/articles/item-" + i, 1 + r.nextInt(50));
            }
            for (int i = 0; i < 30; i++) {
                t.count(Dimension.REFERRERS, "site" + i + ".example", 1 + r.nextInt(20));
            }
            t.count(Dimension.BROWSERS, "Chrome", t.visits / 2);
            t.count(Dimension.OS, "Android", t.visits / 2);
            t.count(Dimension.DEVICES, "phone", t.visits / 2);
        }
        return t;
    }
}
