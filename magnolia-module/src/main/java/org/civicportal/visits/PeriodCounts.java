package org.civicportal.visits;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;

/**
 * Counts for one period (a day, month or year): page views, visits, excluded page views, a
 * distinct-visitor sketch and, for days, the breakdowns and the views per article or report. Used
 * both for the unsaved increments in memory and for stored rows. Not thread-safe: its owner locks.
 */
final class PeriodCounts {
  /** 2^12 registers: about 1.6 % error, 2.5 KiB per sketch, whatever the number of visitors. */
  static final int LG_K = 12;

  long pageViews;
  long visits;
  long excluded;
  HllSketch visitors = new HllSketch(LG_K);
  final Map<Dimension, Map<String, Long>> breakdowns = new EnumMap<>(Dimension.class);

  /**
   * Page views per article or report (JCR identifier): exact, never capped (bounded by the number
   * of items).
   */
  final Map<String, Long> itemViews = new HashMap<>();

  /**
   * A stored row's distinct-visitor estimate read without its sketch (then {@link #visitors} stays
   * empty).
   */
  Long storedEstimate;

  void count(Dimension d, String key, long n) {
    breakdowns.computeIfAbsent(d, x -> new HashMap<>()).merge(key, n, Long::sum);
  }

  void viewItem(String itemId, long n) {
    itemViews.merge(itemId, n, Long::sum);
  }

  /** Adds {@code other}'s counts to this one's. */
  void add(PeriodCounts other, boolean withBreakdowns) {
    pageViews += other.pageViews;
    visits += other.visits;
    excluded += other.excluded;
    visitors = union(visitors, other.visitors);
    if (withBreakdowns) {
      other.breakdowns.forEach((d, m) -> m.forEach((k, n) -> count(d, k, n)));
      other.itemViews.forEach(this::viewItem);
    }
  }

  long visitorEstimate() {
    return storedEstimate != null ? storedEstimate : Math.round(visitors.getEstimate());
  }

  /** This tally with {@code sketch}'s visitors merged in, as reading a stored row merges them. */
  PeriodCounts plus(HllSketch sketch) {
    visitors = union(visitors, sketch);
    return this;
  }

  static HllSketch union(HllSketch a, HllSketch b) {
    Union u = new Union(LG_K);
    u.update(a);
    u.update(b);
    return u.getResult();
  }

  /**
   * The breakdown cut to its {@code keep - 1} largest keys, largest first, and "(other)" holding
   * the sum of the rest: its total stays exact. A key that enters late in the day may miss views
   * that went to "(other)" before.
   */
  Map<String, Long> capped(Dimension d, int keep) {
    Map<String, Long> m = breakdowns.getOrDefault(d, Map.of());
    if (m.size() <= keep) {
      return m;
    }
    List<Map.Entry<String, Long>> sorted =
        m.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .collect(Collectors.toList());
    Map<String, Long> out = new LinkedHashMap<>();
    long rest = 0;
    for (Map.Entry<String, Long> e : sorted) {
      if (out.size() < keep - 1 && !Dimension.OTHER.equals(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      } else {
        rest += e.getValue();
      }
    }
    out.put(Dimension.OTHER, rest);
    return out;
  }
}
