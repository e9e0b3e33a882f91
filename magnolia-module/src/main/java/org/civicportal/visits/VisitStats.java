package org.civicportal.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;

/**
 * The editors' statistics: series per day, month or year, and top lists, from the saved counters.
 */
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
      case DAY:
        {
          NavigableMap<LocalDate, PeriodCounts> days = store.dailyTotals(from, to);
          for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            rows.add(new StatsRow(d.toString(), days.getOrDefault(d, new PeriodCounts())));
          }
          break;
        }
      case MONTH:
        {
          YearMonth first = YearMonth.from(from);
          YearMonth last = YearMonth.from(to);
          NavigableMap<YearMonth, PeriodCounts> months = store.months(first, last);
          for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            rows.add(new StatsRow(m.toString(), months.getOrDefault(m, new PeriodCounts())));
          }
          break;
        }
      default:
        {
          NavigableMap<Integer, PeriodCounts> years = store.years(from.getYear(), to.getYear());
          for (int y = from.getYear(); y <= to.getYear(); y++) {
            rows.add(new StatsRow(Integer.toString(y), years.getOrDefault(y, new PeriodCounts())));
          }
        }
    }
    return rows;
  }

  /**
   * The whole range as one period: page views, visits and excluded views exact, visitors distinct
   * over the range (not the sum of the days'). Reads whole years' and months' rows, days only at
   * the ends.
   */
  public StatsRow total(StatsRange range) throws RepositoryException {
    return new StatsRow(
        range.getFrom() + "/" + range.getTo(), store.total(range.getFrom(), range.getTo()));
  }

  /**
   * The {@code limit} largest keys of a breakdown over the range (days past the retention have
   * none). Each day keeps its top keys ({@link VisitSettings#getTopKeysPerDay}) and adds up the
   * rest under {@link Dimension#OTHER}, which is listed like any key.
   */
  public List<TopEntry> top(Dimension d, StatsRange range, int limit) throws RepositoryException {
    return tops(EnumSet.of(d), range, limit).get(d);
  }

  /**
   * The {@code limit} largest keys of each of several breakdowns over the range, read in one pass
   * over its days: what a page showing them all needs. Largest first, equal counts by key.
   */
  public Map<Dimension, List<TopEntry>> tops(Set<Dimension> dimensions, StatsRange range, int limit)
      throws RepositoryException {
    Map<Dimension, List<TopEntry>> tops = new EnumMap<>(Dimension.class);
    store
        .breakdowns(dimensions, range.getFrom(), range.getTo())
        .forEach((d, sum) -> tops.put(d, largest(sum, limit)));
    return tops;
  }

  /**
   * The {@code limit} most viewed articles and reports over the range, by JCR identifier, with
   * their exact views (days past the retention have none).
   */
  public List<TopEntry> topItems(StatsRange range, int limit) throws RepositoryException {
    return largest(store.itemViews(range.getFrom(), range.getTo()), limit);
  }

  /** The {@code limit} largest entries, equal counts by key. */
  static List<TopEntry> largest(Map<String, Long> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new TopEntry(e.getKey(), e.getValue()))
        .toList();
  }
}
