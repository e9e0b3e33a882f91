package org.civicportal.poll;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Whole percentages that add up to exactly 100, by the largest-remainder (Hamilton) method. */
public final class Percentages {
  private Percentages() {}

  /**
   * Each count's share of the sum, floored, then the points still missing to 100 go one each to the
   * largest remainders; equal remainders go to the larger count, then to the earlier position, so
   * the result is deterministic. All zeros when the sum is zero.
   */
  public static int[] largestRemainder(long[] counts) {
    int[] percent = new int[counts.length];
    long sum = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("negative count " + c);
      }
      sum = Math.addExact(sum, c);
    }
    if (sum == 0) {
      return percent;
    }
    long[] remainder = new long[counts.length];
    int given = 0;
    for (int i = 0; i < counts.length; i++) {
      // Exact integer arithmetic: counts up to Long.MAX_VALUE / 100 are far beyond any poll.
      long scaled = Math.multiplyExact(counts[i], 100L);
      percent[i] = (int) (scaled / sum);
      remainder[i] = scaled % sum;
      given += percent[i];
    }
    Integer[] order = IntStream.range(0, counts.length).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> remainder[i])
            .reversed()
            .thenComparing(Comparator.<Integer>comparingLong(i -> counts[i]).reversed())
            .thenComparingInt(i -> i));
    for (int k = 0; given < 100; k++, given++) {
      percent[order[k]]++;
    }
    return percent;
  }
}
