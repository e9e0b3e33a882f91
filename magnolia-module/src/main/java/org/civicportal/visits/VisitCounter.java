package org.civicportal.visits;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import org.apache.datasketches.hll.HllSketch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts page views, visits and visitors in memory and flushes the increments to {@link VisitStore}
 * every flush interval and on shutdown: one JCR save per interval whatever the traffic, and a crash
 * loses at most one interval. Nothing is counted while pages render; only beacons reach here.
 *
 * <p>A visitor is the keyed hash of an identity with the day's secret: it changes every day, so
 * days cannot be linked, and it is never stored (sketches keep only hash bits). A visit is a
 * visitor's run of page views with gaps under 30 minutes within one local day.
 */
@Singleton
public class VisitCounter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VisitCounter.class);
  private static final int MAX_TRACKED_VISITORS = 200_000;
  private static final String OVER_THRESHOLD = "(too many views)";

  private final VisitStore store;
  private final VisitSettings settings;
  private final UserAgents agents;
  private final Clock clock;
  private ScheduledExecutorService flusher;
  private final Cache<String, VisitorState> visitors;

  private final Object lock = new Object();
  // A summary reads JCR and adds what is unsaved; a save must not complete between the two, or its
  // batch would be
  // counted twice (in JCR and still in saving). Fair, so that a stream of summaries cannot hold off
  // the flush.
  private final ReadWriteLock saves = new ReentrantReadWriteLock(true);
  // Guarded by lock: increments not yet saved, those being saved, and this instance's recent
  // minutes.
  private Map<LocalDate, PeriodCounts> pending = new TreeMap<>();
  private Map<LocalDate, PeriodCounts> saving = new TreeMap<>();
  private final NavigableMap<Long, HllSketch> minutes = new TreeMap<>();
  private boolean minutesChanged;
  private Stored stored;

  private volatile DayKey dayKey;
  private LocalDate lastCleanup;

  @Inject
  public VisitCounter(VisitStore store, VisitSettings settings, UserAgents agents) {
    this(store, settings, agents, Clock.systemUTC());
  }

  public VisitCounter(VisitStore store, VisitSettings settings, UserAgents agents, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.agents = agents;
    this.clock = clock;
    this.visitors =
        CacheBuilder.newBuilder()
            .maximumSize(MAX_TRACKED_VISITORS)
            .expireAfterAccess(VisitSettings.VISIT_GAP.toMillis(), TimeUnit.MILLISECONDS)
            .ticker(
                new Ticker() {
                  @Override
                  public long read() {
                    return TimeUnit.MILLISECONDS.toNanos(clock.millis());
                  }
                })
            .build();
  }

  /**
   * Starts flushing every flush interval. Not in the constructor: Magnolia builds singletons before
   * its modules start, and its module stops them again ({@code CivicPortalModule}); Guice's JSR-250
   * support calls this once the counter is built, in Magnolia and in the standalone alike.
   */
  @PostConstruct
  public synchronized void start() {
    if (flusher != null) {
      return;
    }
    flusher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "civic-visits-flush");
              t.setDaemon(true);
              return t;
            });
    long every = settings.getFlushInterval().toMillis();
    flusher.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
  }

  /** Counts one page view (or, for robots and over-active visitors, counts it as excluded). */
  public void record(PageView view) throws RepositoryException {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, settings.getZone());
    UserAgents.Agent agent = agents.classify(view.userAgent());
    String visitor = agent.robot() ? null : visitorKey(day, view.identity());
    long minute = now.getEpochSecond() / 60;
    synchronized (lock) {
      PeriodCounts t = pending.computeIfAbsent(day, d -> new PeriodCounts());
      if (agent.robot()) {
        t.excluded++;
        t.count(Dimension.ROBOTS, agent.browser(), 1);
        return;
      }
      VisitorState state = visitors.getIfPresent(visitor);
      if (state == null) {
        state = new VisitorState();
        visitors.put(visitor, state);
      }
      state.views++;
      if (state.views > settings.getMaxViewsPerVisitorPerDay()) {
        t.excluded++;
        t.count(Dimension.ROBOTS, OVER_THRESHOLD, 1);
        return;
      }
      boolean newVisit =
          state.lastSeen == null || !state.lastSeen.plus(VisitSettings.VISIT_GAP).isAfter(now);
      state.lastSeen = now;
      t.pageViews++;
      t.visitors.update(visitor);
      t.count(Dimension.PAGES, view.path(), 1);
      if (view.itemId() != null) {
        t.viewItem(view.itemId(), 1);
      }
      if (newVisit) {
        t.visits++;
        t.count(
            Dimension.REFERRERS, view.referrerHost() == null ? "(direct)" : view.referrerHost(), 1);
        t.count(Dimension.BROWSERS, agent.browser(), 1);
        t.count(Dimension.OS, agent.os(), 1);
        t.count(Dimension.DEVICES, agent.device(), 1);
      }
      minutes.computeIfAbsent(minute, m -> new HllSketch(PeriodCounts.LG_K)).update(visitor);
      minutes.headMap(minute - onlineMinutes(), false).clear();
      minutesChanged = true;
    }
  }

  /** The counter block's numbers, including what this instance has not saved yet. */
  public VisitSummary summary() throws RepositoryException {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, settings.getZone());
    long minute = now.getEpochSecond() / 60;
    saves.readLock().lock();
    try {
      return summary(today, minute, stored(today, now));
    } finally {
      saves.readLock().unlock();
    }
  }

  /**
   * An article's or report's page views ever, including what this instance has not saved yet:
   * exact.
   */
  public long itemViews(String itemId) throws RepositoryException {
    saves.readLock().lock();
    try {
      long views = store.itemViews(itemId);
      synchronized (lock) {
        for (Map<LocalDate, PeriodCounts> unsaved : List.of(saving, pending)) {
          for (PeriodCounts t : unsaved.values()) {
            views += t.itemViews.getOrDefault(itemId, 0L);
          }
        }
      }
      return views;
    } finally {
      saves.readLock().unlock();
    }
  }

  /**
   * The {@code limit} most viewed articles and reports of the last {@code days} days, today
   * included: JCR identifiers to views, most viewed first; this instance's unsaved views included.
   */
  public Map<String, Long> mostRead(int days, int limit) throws RepositoryException {
    LocalDate today = LocalDate.ofInstant(clock.instant(), settings.getZone());
    LocalDate from = today.minusDays(days - 1L);
    saves.readLock().lock();
    try {
      Map<String, Long> views = new HashMap<>(store.itemViews(from, today));
      synchronized (lock) {
        for (Map<LocalDate, PeriodCounts> unsaved : List.of(saving, pending)) {
          unsaved.forEach(
              (d, t) -> {
                if (!d.isBefore(from) && !d.isAfter(today)) {
                  t.itemViews.forEach((id, n) -> views.merge(id, n, Long::sum));
                }
              });
        }
      }
      Map<String, Long> ranked = new LinkedHashMap<>();
      VisitStats.largest(views, limit).forEach(e -> ranked.put(e.getKey(), e.getCount()));
      return ranked;
    } finally {
      saves.readLock().unlock();
    }
  }

  private VisitSummary summary(LocalDate today, long minute, Stored s) {
    long dToday = s.todayVisits();
    long dYesterday = s.yesterday();
    long dMonth = s.month();
    long dYear = s.year();
    long dTotal = s.total();
    HllSketch online = s.othersOnline();
    synchronized (lock) {
      for (Map<LocalDate, PeriodCounts> unsaved : List.of(saving, pending)) {
        for (Map.Entry<LocalDate, PeriodCounts> e : unsaved.entrySet()) {
          long v = e.getValue().visits;
          LocalDate d = e.getKey();
          dToday += d.equals(today) ? v : 0;
          dYesterday += d.equals(today.minusDays(1)) ? v : 0;
          dMonth += YearMonth.from(d).equals(YearMonth.from(today)) ? v : 0;
          dYear += d.getYear() == today.getYear() ? v : 0;
          dTotal += v;
        }
      }
      for (HllSketch m : minutes.tailMap(minute - onlineMinutes(), false).values()) {
        online = PeriodCounts.union(online, m);
      }
    }
    return new VisitSummary(
        dToday,
        dYesterday,
        dMonth,
        dYear,
        dTotal,
        Math.round(online.getEstimate()),
        today,
        settings.getZone().getId());
  }

  /** Saves the increments counted so far; called every flush interval and on shutdown. */
  public void flush() throws RepositoryException {
    Map<LocalDate, PeriodCounts> batch;
    NavigableMap<Long, HllSketch> recent;
    synchronized (lock) {
      if (pending.isEmpty() && !minutesChanged) {
        return;
      }
      batch = pending;
      saving = batch;
      pending = new TreeMap<>();
      recent = new TreeMap<>();
      minutes.forEach((m, sk) -> recent.put(m, sk.copy()));
      minutesChanged = false;
    }
    saves.writeLock().lock();
    try {
      store.save(batch, recent);
      synchronized (lock) {
        saving = new TreeMap<>();
        stored = null;
      }
    } catch (RepositoryException | RuntimeException e) {
      synchronized (lock) {
        // Not saved: count it again with the next flush rather than lose it.
        batch.forEach((d, t) -> pending.computeIfAbsent(d, x -> new PeriodCounts()).add(t, true));
        saving = new TreeMap<>();
        minutesChanged = true;
      }
      throw e;
    } finally {
      saves.writeLock().unlock();
    }
    cleanUpOncePerDay();
  }

  /**
   * {@link #flush}, logging a failure instead of throwing it: the counts stay pending for the next
   * flush.
   */
  public void flushQuietly() {
    try {
      flush();
    } catch (RepositoryException | RuntimeException e) {
      LOG.warn("Could not save visit counts; retrying with the next flush", e);
    }
  }

  private void cleanUpOncePerDay() throws RepositoryException {
    LocalDate today = LocalDate.now(clock.withZone(settings.getZone()));
    if (!today.equals(lastCleanup)) {
      store.dropBreakdownsBefore(today.minus(settings.getRetention()));
      lastCleanup = today;
    }
  }

  /** Stops the schedule and its thread, and saves what is left; {@link #start} may follow. */
  @PreDestroy
  @Override
  public void close() {
    stopSchedule(false);
    flushQuietly();
    LOG.info("visit counts saved {} times since start", store.saves());
  }

  /**
   * Stops the schedule without saving: what a crash does (for tests of the loss bound). Waits for a
   * flush already running, so that it cannot write into whatever the test does next with the same
   * shard.
   */
  void halt() {
    stopSchedule(true);
  }

  private synchronized void stopSchedule(boolean now) {
    if (flusher == null) {
      return;
    }
    if (now) {
      flusher.shutdownNow();
    } else {
      flusher.shutdown();
    }
    try {
      flusher.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flusher = null;
  }

  /**
   * JCR's numbers, re-read when this instance saved or once a flush interval has passed (other
   * instances).
   */
  private Stored stored(LocalDate today, Instant now) throws RepositoryException {
    Stored s;
    synchronized (lock) {
      s = stored;
    }
    if (s != null
        && s.today().equals(today)
        && now.isBefore(s.readAt().plus(settings.getFlushInterval()))) {
      return s;
    }
    long minute = now.getEpochSecond() / 60;
    Stored fresh =
        new Stored(
            today,
            now,
            store.day(today, false).visits,
            store.day(today.minusDays(1), false).visits,
            store.month(YearMonth.from(today)).visits,
            store.year(today.getYear()).visits,
            store.totalVisits(),
            store.othersOnline(minute - onlineMinutes() + 1));
    synchronized (lock) {
      // A flush that finished meanwhile cleared the cache; this read may predate it, so keep it
      // uncached.
      if (saving.isEmpty()) {
        stored = fresh;
      }
    }
    return fresh;
  }

  private static long onlineMinutes() {
    return VisitSettings.ONLINE_WINDOW.toMinutes();
  }

  private String visitorKey(LocalDate day, String identity) throws RepositoryException {
    DayKey k = dayKey;
    if (k == null || !k.day.equals(day)) {
      synchronized (this) {
        k = dayKey;
        if (k == null || !k.day.equals(day)) {
          k = new DayKey(day, Hashing.hmacSha256(store.secret(day)));
          dayKey = k;
        }
      }
    }
    byte[] h = k.hmac.hashString(identity, StandardCharsets.UTF_8).asBytes();
    return HexFormat.of().formatHex(h, 0, 16);
  }

  private static final class VisitorState {
    int views;
    Instant lastSeen;
  }

  /**
   * The day's keyed hash; Guava's copies one prepared Mac per call, so no thread keeps state of
   * this class.
   */
  private record DayKey(LocalDate day, HashFunction hmac) {}

  private record Stored(
      LocalDate today,
      Instant readAt,
      long todayVisits,
      long yesterday,
      long month,
      long year,
      long total,
      HllSketch othersOnline) {}
}
