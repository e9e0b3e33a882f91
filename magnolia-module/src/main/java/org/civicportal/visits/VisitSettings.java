package org.civicportal.visits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * How visits are counted and kept. Magnolia builds it from the module's configuration, the
 * standalone from its flags. The counting words themselves (30-minute visits, 5-minute "online")
 * are fixed by the design. The defaults below are the only ones: the module's configuration bean
 * starts from them, and a test checks that the module's bootstrap configuration (XML, which cannot
 * read them) says the same.
 */
public final class VisitSettings {
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(2);

  /** Two years of per-day breakdowns, counted in days as the module's configuration has it. */
  public static final Period DEFAULT_RETENTION = Period.ofDays(730);

  public static final int DEFAULT_MAX_VIEWS_PER_VISITOR_PER_DAY = 300;

  /**
   * Keys kept per day, breakdown and instance (pages, referrers...): the rest add up under
   * "(other)". 500 page paths of at most 2,000 characters bound a day's breakdowns to about a
   * megabyte even under random robot paths; a portal's real top pages are far fewer.
   */
  public static final int DEFAULT_TOP_KEYS_PER_DAY = 500;

  /** The fewest keys a breakdown may keep: one key and "(other)". */
  public static final int MIN_TOP_KEYS_PER_DAY = 2;

  /** The most keys a breakdown may keep: a day's node stays a few megabytes at most. */
  public static final int MAX_TOP_KEYS_PER_DAY = 10_000;

  /** A visit ends after this long without a page view. */
  public static final Duration VISIT_GAP = Duration.ofMinutes(30);

  /** "Online" is the visitors seen within this window. */
  public static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);

  private static final Pattern SHARD = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final ZoneId zone;
  private final Duration flushInterval;
  private final Period retention;
  private final int maxViewsPerVisitorPerDay;
  private final int topKeysPerDay;
  private final String shard;

  /** The defaults: what Magnolia injects unless the module's wiring provides other settings. */
  @Inject
  public VisitSettings() {
    this(new Builder());
  }

  private VisitSettings(Builder b) {
    this.zone = b.zone;
    this.flushInterval = b.flushInterval;
    this.retention = b.retention;
    this.maxViewsPerVisitorPerDay = b.maxViewsPerVisitorPerDay;
    this.topKeysPerDay = b.topKeysPerDay;
    this.shard = b.shard != null ? b.shard : Builder.hostShard();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The site's time zone: days, months and years roll over at its midnight. */
  public ZoneId getZone() {
    return zone;
  }

  /** How often counts reach JCR: also the most a crash can lose. */
  public Duration getFlushInterval() {
    return flushInterval;
  }

  /**
   * How long per-day breakdowns (pages, referrers, browsers...) are kept; daily totals are kept
   * forever.
   */
  public Period getRetention() {
    return retention;
  }

  /**
   * Page views of one visitor in one day beyond which the rest are taken for a robot's and not
   * counted.
   */
  public int getMaxViewsPerVisitorPerDay() {
    return maxViewsPerVisitorPerDay;
  }

  /** Keys each day's breakdown keeps per instance, "(other)" included. */
  public int getTopKeysPerDay() {
    return topKeysPerDay;
  }

  /**
   * This instance's name in the counters: each instance writes only its own shard, reads sum them
   * all.
   */
  public String getShard() {
    return shard;
  }

  public static final class Builder {
    private ZoneId zone = DEFAULT_ZONE;
    private Duration flushInterval = DEFAULT_FLUSH_INTERVAL;
    private Period retention = DEFAULT_RETENTION;
    private int maxViewsPerVisitorPerDay = DEFAULT_MAX_VIEWS_PER_VISITOR_PER_DAY;
    private int topKeysPerDay = DEFAULT_TOP_KEYS_PER_DAY;
    private String shard;

    private Builder() {}

    public Builder zone(ZoneId v) {
      zone = v;
      return this;
    }

    public Builder flushInterval(Duration v) {
      if (v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException("The flush interval must be positive");
      }
      flushInterval = v;
      return this;
    }

    public Builder retention(Period v) {
      if (v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException("The retention must be positive");
      }
      retention = v;
      return this;
    }

    public Builder maxViewsPerVisitorPerDay(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("The page view threshold must be at least 1");
      }
      maxViewsPerVisitorPerDay = v;
      return this;
    }

    public Builder topKeysPerDay(int v) {
      if (v < MIN_TOP_KEYS_PER_DAY || v > MAX_TOP_KEYS_PER_DAY) {
        throw new IllegalArgumentException(
            "The keys kept per day must be from "
                + MIN_TOP_KEYS_PER_DAY
                + " to "
                + MAX_TOP_KEYS_PER_DAY);
      }
      topKeysPerDay = v;
      return this;
    }

    /** Letters, digits, '-' and '_'; a cluster node's name, e.g. "public1". */
    public Builder shard(String v) {
      if (v == null || !SHARD.matcher(v).matches()) {
        throw new IllegalArgumentException("Not a valid shard name: " + v);
      }
      shard = v;
      return this;
    }

    public VisitSettings build() {
      return new VisitSettings(this);
    }

    /**
     * This machine's name, so that each instance of a cluster gets its own shard without
     * configuration.
     */
    private static String hostShard() {
      try {
        String name = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9_-]", "-");
        return name.isEmpty() ? "default" : name.substring(0, Math.min(64, name.length()));
      } catch (UnknownHostException e) {
        return "default";
      }
    }
  }
}
