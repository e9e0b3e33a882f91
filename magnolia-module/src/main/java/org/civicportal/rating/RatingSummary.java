package org.civicportal.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An item's rating: how many votes, their sum, the count per score 1..5, and optionally one
 * visitor's score.
 */
public final class RatingSummary {
  private final String itemId;
  private final long[] histogram;
  private final Integer myScore;

  public RatingSummary(String itemId, long[] histogram, Integer myScore) {
    if (histogram.length != 5) {
      throw new IllegalArgumentException("A histogram has five bars");
    }
    this.itemId = itemId;
    this.histogram = histogram.clone();
    this.myScore = myScore;
  }

  public static RatingSummary empty(String itemId) {
    return new RatingSummary(itemId, new long[5], null);
  }

  public String getItemId() {
    return itemId;
  }

  public long getCount() {
    long n = 0;
    for (long h : histogram) {
      n += h;
    }
    return n;
  }

  /** The sum of all scores ("tổng điểm"). */
  public long getTotal() {
    long t = 0;
    for (int i = 0; i < 5; i++) {
      t += (i + 1) * histogram[i];
    }
    return t;
  }

  /** Mean score rounded half-up to one decimal; 0.0 while nobody has voted. */
  public BigDecimal getAverage() {
    long count = getCount();
    return count == 0
        ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(getTotal()).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  /** Votes per score: index 0 holds the 1s, index 4 the 5s. */
  public List<Long> getHistogram() {
    List<Long> out = new ArrayList<>(5);
    for (long h : histogram) {
      out.add(h);
    }
    return out;
  }

  /**
   * Each score's share of the votes in whole percent (for the bars); all 0 while nobody has voted.
   */
  public List<Integer> getPercentages() {
    long count = getCount();
    List<Integer> out = new ArrayList<>(5);
    for (long h : histogram) {
      out.add(count == 0 ? 0 : (int) Math.round(h * 100.0 / count));
    }
    return out;
  }

  /** The asking visitor's score, or null when they have not voted (or are unknown). */
  public Integer getMyScore() {
    return myScore;
  }

  public RatingSummary withMyScore(Integer score) {
    return new RatingSummary(itemId, histogram, score);
  }

  long[] histogramArray() {
    return histogram.clone();
  }
}
