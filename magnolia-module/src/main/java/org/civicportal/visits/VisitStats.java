package org.civicportal.visits;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/** The editors' statistics: series per day, month or year, and top lists, from the saved counters. */
@Singleton
public class VisitStats {
    private final VisitStore store;
    private final VisitSettings settings;
    private final Clock clock;

    @Inject
    public VisitStats(VisitStore store, VisitSettings settings) {
        this(store, settings, Clock.systemUTC());
    }

    public VisitStats(VisitStore store, VisitSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in the site's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.getZone()));
    }

    /** Every period of the range in order, zeros where nothing was counted. */
    public List<StatsRow> series(StatsRange range, Granularity g) throws RepositoryException {
        List<StatsRow> rows = new ArrayList<>();
        LocalDate from = range.getFrom();
        LocalDate to = range.getTo();
        switch (g) {
            case DAY: {
                NavigableMap<LocalDate, Tally> days = store.days(from, to, false);
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    rows.add(new StatsRow(d.toString(), days.getOrDefault(d, new Tally())));
                }
                break;
            }
            case MONTH: {
                YearMonth first = YearMonth.from(from);
                YearMonth last = YearMonth.from(to);
                NavigableMap<YearMonth, Tally> months = store.months(first, last);
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    rows.add(new StatsRow(m.toString(), months.getOrDefault(m, new Tally())));
                }
                break;
            }
            default: {
                NavigableMap<Integer, Tally> years = store.years(from.getYear(), to.getYear());
                for (int y = from.getYear(); y <= to.getYear(); y++) {
                    rows.add(new StatsRow(Integer.toString(y), years.getOrDefault(y, new Tally())));
                }
            }
        }
        return rows;
    }

    /** The {@code limit} largest keys of a breakdown over the range (days past the retention have none). */
    public List<TopEntry> top(Dimension d, StatsRange range, int limit) throws RepositoryException {
        return tops(EnumSet.of(d), range, limit).get(d);
    }

    /**
     * The {@code limit} largest keys of each of several breakdowns over the range, read in one pass over its days:
     * what a page showing them all needs. Largest first, equal counts by key.
     */
    public Map<Dimension, List<TopEntry>> tops(Set<Dimension> dimensions, StatsRange range, int limit)
            throws RepositoryException {
        Map<Dimension, Map<String, Long>> sums = new EnumMap<>(Dimension.class);
        for (Dimension d : dimensions) {
            sums.put(d, new HashMap<>());
        }
        for (Tally t : store.days(range.getFrom(), range.getTo(), true).values()) {
            sums.forEach((d, sum) -> t.breakdowns.getOrDefault(d, Map.of()).forEach((k, n) -> sum.merge(k, n, Long::sum)));
        }
        Map<Dimension, List<TopEntry>> tops = new EnumMap<>(Dimension.class);
        sums.forEach((d, sum) -> tops.put(d, sum.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new TopEntry(e.getKey(), e.getValue()))
                .toList()));
        return tops;
    }
}
