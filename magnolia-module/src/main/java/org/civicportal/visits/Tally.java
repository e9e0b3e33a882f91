package org.civicportal.visits;

import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts for one period (a day, month or year): page views, visits, excluded page views, a distinct-visitor
 * sketch and, for days, the breakdowns. Used both for the unsaved increments in memory and for stored rows.
 * Not thread-safe: its owner locks.
 */
final class Tally {
    /** 2^12 registers: about 1.6 % error, 2.5 KiB per sketch, whatever the number of visitors. */
    static final int LG_K = 12;

    long pageViews;
    long visits;
    long excluded;
    HllSketch visitors = new HllSketch(LG_K);
    final Map<Dimension, Map<String, Long>> breakdowns = new EnumMap<>(Dimension.class);
    /** A stored row's distinct-visitor estimate read without its sketch (then {@link #visitors} stays empty). */
    Long storedEstimate;

    void count(Dimension d, String key, long n) {
        breakdowns.computeIfAbsent(d, x -> new HashMap<>()).merge(key, n, Long::sum);
    }

    boolean isEmpty() {
        return pageViews == 0 && excluded == 0 && visitors.isEmpty() && breakdowns.isEmpty();
    }

    /** Adds {@code other}'s counts to this one's. */
    void add(Tally other, boolean withBreakdowns) {
        pageViews += other.pageViews;
        visits += other.visits;
        excluded += other.excluded;
        visitors = union(visitors, other.visitors);
        if (withBreakdowns) {
            other.breakdowns.forEach((d, m) -> m.forEach((k, n) -> count(d, k, n)));
        }
    }

    long visitorEstimate() {
        return storedEstimate != null ? storedEstimate : Math.round(visitors.getEstimate());
    }

    /** This tally with {@code sketch}'s visitors merged in, as reading a stored row merges them. */
    Tally plus(HllSketch sketch) {
        visitors = union(visitors, sketch);
        return this;
    }

    static HllSketch union(HllSketch a, HllSketch b) {
        Union u = new Union(LG_K);
        u.update(a);
        u.update(b);
        return u.getResult();
    }

    /** The breakdown, largest first, with keys past {@link Dimension#MAX_KEYS} folded into "(other)". */
    Map<String, Long> capped(Dimension d) {
        Map<String, Long> m = breakdowns.getOrDefault(d, Map.of());
        if (m.size() <= Dimension.MAX_KEYS) {
            return m;
        }
        List<Map.Entry<String, Long>> sorted = m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .collect(Collectors.toList());
        Map<String, Long> out = new LinkedHashMap<>();
        long rest = 0;
        for (Map.Entry<String, Long> e : sorted) {
            if (out.size() < Dimension.MAX_KEYS - 1 && !Dimension.OTHER.equals(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            } else {
                rest += e.getValue();
            }
        }
        out.put(Dimension.OTHER, rest);
        return out;
    }
}
