package org.civicportal.visits;

import static org.civicportal.jcr.RuntimeNodes.child;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.Workspaces;

/**
 * Visit counters in the {@code civic-visits} workspace. Each instance writes only its own shard
 * node under each period, so cluster nodes never write the same node; reads add the shards up:
 *
 * <pre>
 * /days/{yyyy}/{MM}/{dd}/{shard}   pageViews, visits, excluded, visitors (HLL sketch), visitorEstimate,
 *                                  {dimension}List: the day's top keys of a breakdown with their counts, "(other)"
 *                                  holding the rest ({@link VisitSettings#getTopKeysPerDay}),
 *                                  itemsList: the day's views per article or report, all of them;
 *                                  breakdowns and item views are dropped after the retention
 * /months/{yyyy}/{MM}/{shard}      pageViews, visits, excluded, visitors, and the month's days as series
 *                                  (dailyPageViews, dailyVisits, dailyExcluded, dailyVisitors: one value per day)
 * /years/{yyyy}/{shard}            pageViews, visits, excluded, visitors
 * /items/{id[0..2]}/{id}/{shard}   views: an article's or report's page views ever
 * /online/{shard}                  m{epochMinute}: visitors of that minute (HLL sketch), recent minutes only
 * /secrets/{yyyy-MM-dd}            secret: the day's visitor-key secret, removed once the day is over
 * </pre>
 *
 * Every child list is bounded: by the calendar, the number of cluster instances, or (under a
 * 256-way split by the identifier's first two characters) the number of items; never by the paths
 * or visitors seen. Month and year rows are kept alongside the days so that totals and long series
 * read a few nodes: a five-year daily series reads 61 month rows, not 1,826 days. Month rows
 * written before the series existed are read through their days, and get their series from their
 * days when they are next written.
 */
@Singleton
public class VisitStore {
  /** The workspace's top-level nodes this store writes below, made by the writer. */
  private static final List<String> TOP_LEVEL =
      List.of("days", "months", "years", "items", "online", "secrets");

  static final String ESTIMATE = "visitorEstimate";

  /** The per-day list of views per item, stored as the breakdowns are. */
  private static final String ITEMS = "items";

  private static final String VIEWS = "views";

  /** The month row's daily series, in the order {@link #setDay} fills them. */
  private static final List<String> DAILY =
      List.of("dailyPageViews", "dailyVisits", "dailyExcluded", "dailyVisitors");

  private final JcrSessions sessions;
  private final BatchedWriter writer;
  private final String shard;
  private final int topKeys;
  private final AtomicLong saves = new AtomicLong();
  private final SecureRandom random = new SecureRandom();

  /** Reads and starts nothing: the first write starts the writer's thread for civic-visits. */
  @Inject
  public VisitStore(JcrSessions sessions, BatchedWriter writer, VisitSettings settings) {
    this.sessions = sessions;
    this.writer = writer;
    this.shard = settings.getShard();
    this.topKeys = settings.getTopKeysPerDay();
  }

  /** Writes saved so far by this store (for tests and the benchmark). */
  public long saves() {
    return saves.get();
  }

  /**
   * Adds the day increments (and their month and year rollups, the month's series and the items'
   * totals) and replaces this shard's online minutes.
   */
  void save(Map<LocalDate, PeriodCounts> days, NavigableMap<Long, HllSketch> onlineMinutes)
      throws RepositoryException {
    write(
        s -> {
          Map<String, Long> items = new HashMap<>();
          for (Map.Entry<LocalDate, PeriodCounts> e : days.entrySet()) {
            LocalDate d = e.getKey();
            PeriodCounts t = e.getValue();
            Node day = shardNode(s, dayPath(d));
            addTo(day, t, topKeys);
            Node month = shardNode(s, monthPath(YearMonth.from(d)));
            addTo(month, t, 0);
            setDaily(month, d, day);
            addTo(shardNode(s, yearPath(d.getYear())), t, 0);
            t.itemViews.forEach((id, n) -> items.merge(id, n, Long::sum));
          }
          for (Map.Entry<String, Long> e : items.entrySet()) {
            Node item = shardNode(s, itemPath(e.getKey()));
            item.setProperty(VIEWS, longOf(item, VIEWS) + e.getValue());
          }
          Node online = shardNode(s, "/online");
          for (PropertyIterator it = online.getProperties("m*"); it.hasNext(); ) {
            it.nextProperty().remove();
          }
          for (Map.Entry<Long, HllSketch> e : onlineMinutes.entrySet()) {
            online.setProperty("m" + e.getKey(), binary(s, e.getValue().toCompactByteArray()));
          }
          return null;
        });
  }

  /** One day, all shards added up. */
  PeriodCounts day(LocalDate d, boolean withBreakdowns) throws RepositoryException {
    return sessions.withSession(Workspaces.VISITS, s -> sum(s, dayPath(d), withBreakdowns));
  }

  PeriodCounts month(YearMonth m) throws RepositoryException {
    return sessions.withSession(Workspaces.VISITS, s -> sum(s, monthPath(m), false));
  }

  PeriodCounts year(int y) throws RepositoryException {
    return sessions.withSession(Workspaces.VISITS, s -> sum(s, yearPath(y), false));
  }

  /** Visits of all years. */
  long totalVisits() throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          long total = 0;
          if (s.nodeExists("/years")) {
            for (NodeIterator years = s.getNode("/years").getNodes(); years.hasNext(); ) {
              for (NodeIterator shards = years.nextNode().getNodes(); shards.hasNext(); ) {
                total += longOf(shards.nextNode(), "visits");
              }
            }
          }
          return total;
        });
  }

  /**
   * The counts of the days from {@code from} to {@code to} inclusive as one period, with the
   * distinct visitors of the whole range: whole years read their year row, whole months their month
   * row, only the days at the ends their day rows (at most 2 + 22 + 60 rows per shard for any
   * range).
   */
  PeriodCounts total(LocalDate from, LocalDate to) throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          List<String> rows = new ArrayList<>();
          LocalDate d = from;
          while (!d.isAfter(to)) {
            LocalDate yearEnd = d.withDayOfYear(d.lengthOfYear());
            LocalDate monthEnd = d.withDayOfMonth(d.lengthOfMonth());
            if (d.getDayOfYear() == 1 && !yearEnd.isAfter(to)) {
              rows.add(yearPath(d.getYear()));
              d = yearEnd.plusDays(1);
            } else if (d.getDayOfMonth() == 1 && !monthEnd.isAfter(to)) {
              rows.add(monthPath(YearMonth.from(d)));
              d = monthEnd.plusDays(1);
            } else {
              rows.add(dayPath(d));
              d = d.plusDays(1);
            }
          }
          PeriodCounts t = new PeriodCounts();
          // One union for all the rows' sketches: a union per row would build a result sketch each
          // time.
          Union visitors = new Union(PeriodCounts.LG_K);
          for (String path : rows) {
            if (s.nodeExists(path)) {
              for (NodeIterator shards = s.getNode(path).getNodes(); shards.hasNext(); ) {
                Node n = shards.nextNode();
                t.pageViews += longOf(n, "pageViews");
                t.visits += longOf(n, "visits");
                t.excluded += longOf(n, "excluded");
                if (n.hasProperty("visitors")) {
                  visitors.update(sketch(n.getProperty("visitors")));
                }
              }
            }
          }
          t.visitors = visitors.getResult();
          return t;
        });
  }

  /**
   * The days from {@code from} to {@code to} inclusive that counted anything, each summed over
   * shards, without breakdowns, read from the months' series. A day that several shards counted
   * merges their sketches; a month row without series (written before they existed) is read through
   * its days.
   */
  NavigableMap<LocalDate, PeriodCounts> dailyTotals(LocalDate from, LocalDate to)
      throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          NavigableMap<LocalDate, PeriodCounts> out = new TreeMap<>();
          for (YearMonth m = YearMonth.from(from);
              !m.isAfter(YearMonth.from(to));
              m = m.plusMonths(1)) {
            if (s.nodeExists(monthPath(m))) {
              monthDays(s, m, out);
            }
          }
          out.keySet().removeIf(d -> d.isBefore(from) || d.isAfter(to));
          return out;
        });
  }

  private static void monthDays(Session s, YearMonth m, Map<LocalDate, PeriodCounts> out)
      throws RepositoryException {
    List<long[][]> shards = new ArrayList<>();
    for (NodeIterator it = s.getNode(monthPath(m)).getNodes(); it.hasNext(); ) {
      long[][] series = daily(it.nextNode(), m.lengthOfMonth());
      if (series == null) {
        monthDaysFromDays(s, m, out);
        return;
      }
      shards.add(series);
    }
    for (int i = 0; i < m.lengthOfMonth(); i++) {
      PeriodCounts t = new PeriodCounts();
      int counted = 0;
      for (long[][] series : shards) {
        if (series[0][i] != 0 || series[2][i] != 0 || series[3][i] != 0) {
          counted++;
          t.pageViews += series[0][i];
          t.visits += series[1][i];
          t.excluded += series[2][i];
          t.storedEstimate = series[3][i];
        }
      }
      LocalDate d = m.atDay(i + 1);
      if (counted == 1) {
        out.put(d, t);
      } else if (counted > 1) {
        // The same visitor may have reached several instances: only their sketches together can
        // tell.
        out.put(d, sum(s, dayPath(d), false));
      }
    }
  }

  private static void monthDaysFromDays(Session s, YearMonth m, Map<LocalDate, PeriodCounts> out)
      throws RepositoryException {
    String path = String.format("/days/%04d/%02d", m.getYear(), m.getMonthValue());
    if (!s.nodeExists(path)) {
      return;
    }
    for (NodeIterator days = s.getNode(path).getNodes(); days.hasNext(); ) {
      Node day = days.nextNode();
      LocalDate d = parseDate(m.getYear(), Integer.toString(m.getMonthValue()), day.getName());
      if (d != null) {
        out.put(d, dayTotals(day));
      }
    }
  }

  /**
   * Breakdowns over the days from {@code from} to {@code to}, read in one pass, keys summed over
   * days and shards (each day holds its top keys and "(other)"; days past the retention hold none).
   */
  Map<Dimension, Map<String, Long>> breakdowns(
      Set<Dimension> dimensions, LocalDate from, LocalDate to) throws RepositoryException {
    Map<String, Dimension> byList = new HashMap<>();
    dimensions.forEach(d -> byList.put(d.key(), d));
    Map<Dimension, Map<String, Long>> out = new EnumMap<>(Dimension.class);
    keyedSums(from, to, byList.keySet()).forEach((list, sum) -> out.put(byList.get(list), sum));
    return out;
  }

  /**
   * Page views per article or report over the days from {@code from} to {@code to}: exact, every
   * item viewed.
   */
  Map<String, Long> itemViews(LocalDate from, LocalDate to) throws RepositoryException {
    return keyedSums(from, to, Set.of(ITEMS)).get(ITEMS);
  }

  /** An article's or report's page views ever, all shards. */
  long itemViews(String itemId) throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          String path = itemPath(itemId);
          long views = 0;
          if (s.nodeExists(path)) {
            for (NodeIterator shards = s.getNode(path).getNodes(); shards.hasNext(); ) {
              views += longOf(shards.nextNode(), VIEWS);
            }
          }
          return views;
        });
  }

  /**
   * The lists named {@code lists} over the days from {@code from} to {@code to}, each summed by
   * key.
   */
  private Map<String, Map<String, Long>> keyedSums(LocalDate from, LocalDate to, Set<String> lists)
      throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          Map<String, Map<String, Long>> sums = new HashMap<>();
          lists.forEach(list -> sums.put(list, new HashMap<>()));
          for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfMonth() == 1 && !s.nodeExists(monthPath(YearMonth.from(d)))) {
              d = d.withDayOfMonth(d.lengthOfMonth());
              continue;
            }
            if (!s.nodeExists(dayPath(d))) {
              continue;
            }
            for (NodeIterator shards = s.getNode(dayPath(d)).getNodes(); shards.hasNext(); ) {
              Node shardRow = shards.nextNode();
              for (Map.Entry<String, Map<String, Long>> e : sums.entrySet()) {
                readKeyed(shardRow, e.getKey(), (k, n) -> e.getValue().merge(k, n, Long::sum));
              }
            }
          }
          return sums;
        });
  }

  NavigableMap<YearMonth, PeriodCounts> months(YearMonth from, YearMonth to)
      throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          NavigableMap<YearMonth, PeriodCounts> out = new TreeMap<>();
          for (int y = from.getYear(); y <= to.getYear(); y++) {
            for (int m = 1; m <= 12; m++) {
              YearMonth ym = YearMonth.of(y, m);
              if (!ym.isBefore(from) && !ym.isAfter(to) && s.nodeExists(monthPath(ym))) {
                out.put(ym, sum(s, monthPath(ym), false));
              }
            }
          }
          return out;
        });
  }

  NavigableMap<Integer, PeriodCounts> years(int from, int to) throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          NavigableMap<Integer, PeriodCounts> out = new TreeMap<>();
          for (int y = from; y <= to; y++) {
            if (s.nodeExists(yearPath(y))) {
              out.put(y, sum(s, yearPath(y), false));
            }
          }
          return out;
        });
  }

  /**
   * The visitors of the other shards' minutes from {@code fromMinute} on (this shard's are in
   * memory).
   */
  HllSketch othersOnline(long fromMinute) throws RepositoryException {
    return sessions.withSession(
        Workspaces.VISITS,
        s -> {
          HllSketch all = new HllSketch(PeriodCounts.LG_K);
          if (!s.nodeExists("/online")) {
            return all;
          }
          for (NodeIterator shards = s.getNode("/online").getNodes(); shards.hasNext(); ) {
            Node n = shards.nextNode();
            if (n.getName().equals(shard)) {
              continue;
            }
            for (PropertyIterator it = n.getProperties("m*"); it.hasNext(); ) {
              Property p = it.nextProperty();
              if (Long.parseLong(p.getName().substring(1)) >= fromMinute) {
                all = PeriodCounts.union(all, sketch(p));
              }
            }
          }
          return all;
        });
  }

  /**
   * The day's secret for visitor keys, created by the first instance that needs it; secrets of days
   * before {@code day} are deleted then, so that past keys can no longer be recomputed. Read back
   * after saving, so that two cluster nodes creating it at once key a visitor alike: the later save
   * conflicts and its retry finds the first one (under a {@code /secrets} made before {@code
   * civic:runtime}, which allows same-name siblings, the path names the first).
   */
  byte[] secret(LocalDate day) throws RepositoryException {
    String path = "/secrets/" + day;
    write(
        s -> {
          if (s.nodeExists(path)) {
            return null;
          }
          Node secrets = child(s.getRootNode(), "secrets");
          for (NodeIterator it = secrets.getNodes(); it.hasNext(); ) {
            Node old = it.nextNode();
            if (old.getName().compareTo(day.toString()) < 0) {
              old.remove();
            }
          }
          byte[] secret = new byte[32];
          random.nextBytes(secret);
          secrets
              .addNode(day.toString(), RuntimeNodes.TYPE)
              .setProperty("secret", Base64.getEncoder().encodeToString(secret));
          return null;
        });
    return sessions.withSession(
        Workspaces.VISITS,
        s -> Base64.getDecoder().decode(s.getNode(path).getProperty("secret").getString()));
  }

  /**
   * Removes this shard's breakdowns and item views of the days before {@code firstKept}; daily
   * totals stay.
   */
  void dropBreakdownsBefore(LocalDate firstKept) throws RepositoryException {
    write(
        s -> {
          if (!s.nodeExists("/days")) {
            return null;
          }
          for (NodeIterator years = s.getNode("/days").getNodes(); years.hasNext(); ) {
            Node year = years.nextNode();
            for (NodeIterator months = year.getNodes(); months.hasNext(); ) {
              Node month = months.nextNode();
              for (NodeIterator days = month.getNodes(); days.hasNext(); ) {
                Node day = days.nextNode();
                LocalDate d = parseDate(parseInt(year.getName()), month.getName(), day.getName());
                if (d != null && d.isBefore(firstKept) && day.hasNode(shard)) {
                  for (Dimension dim : Dimension.values()) {
                    removeKeyed(day.getNode(shard), dim.key());
                  }
                  removeKeyed(day.getNode(shard), ITEMS);
                }
              }
            }
          }
          return null;
        });
  }

  /**
   * Runs {@code work} through the writer: saved, retried from fresh state if another writer saved
   * first.
   */
  private <T> T write(SessionWork<T> work) throws RepositoryException {
    T result = writer.write(Workspaces.VISITS, TOP_LEVEL, work);
    saves.incrementAndGet();
    return result;
  }

  static String dayPath(LocalDate d) {
    return String.format("/days/%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  static String monthPath(YearMonth m) {
    return String.format("/months/%04d/%02d", m.getYear(), m.getMonthValue());
  }

  static String yearPath(int y) {
    return String.format("/years/%04d", y);
  }

  /**
   * Under a split by the identifier's first two characters: 256 buckets of ids in canonical form.
   */
  static String itemPath(String itemId) {
    return "/items/" + itemId.substring(0, 2) + "/" + itemId;
  }

  private Node shardNode(Session s, String path) throws RepositoryException {
    Node n = s.getRootNode();
    for (String name : path.substring(1).split("/")) {
      n = child(n, name);
    }
    return child(n, shard);
  }

  /**
   * Adds {@code delta} to a stored row; with {@code topKeys > 0} (a day's row) also its breakdowns,
   * cut to that many keys each, its item views, and the visitor estimate series read without the
   * sketch.
   */
  private static void addTo(Node n, PeriodCounts delta, int topKeys) throws RepositoryException {
    boolean withBreakdowns = topKeys > 0;
    PeriodCounts t = read(n, withBreakdowns);
    t.add(delta, withBreakdowns);
    n.setProperty("pageViews", t.pageViews);
    n.setProperty("visits", t.visits);
    n.setProperty("excluded", t.excluded);
    byte[] visitors = t.visitors.toCompactByteArray();
    n.setProperty("visitors", binary(n.getSession(), visitors));
    if (withBreakdowns) {
      // Read back exactly as a one-shard sum would read it, so that series can skip the sketch
      // unchanged.
      n.setProperty(
          ESTIMATE, new PeriodCounts().plus(HllSketch.heapify(visitors)).visitorEstimate());
      for (Dimension d : t.breakdowns.keySet()) {
        setKeyed(n, d.key(), t.capped(d, topKeys));
      }
      if (!t.itemViews.isEmpty()) {
        setKeyed(n, ITEMS, t.itemViews);
      }
    }
  }

  /**
   * Stores a list of keys with their counts as one binary value, a line "{count}\t{key}" per key:
   * binary values are not full-text indexed (a day's paths would otherwise fill the search index),
   * and a list longer than the persistence manager's inline limit is kept beside the row's bundle,
   * so that reading the totals skips it. The multi-valued {name}Keys and {name}Counts of earlier
   * versions are replaced.
   */
  private static void setKeyed(Node n, String name, Map<String, Long> m)
      throws RepositoryException {
    StringBuilder text = new StringBuilder(m.size() * 48);
    for (Map.Entry<String, Long> e : m.entrySet()) {
      text.append(e.getValue())
          .append('\t')
          .append(e.getKey().replace('\t', ' ').replace('\n', ' '))
          .append('\n');
    }
    n.setProperty(
        name + "List", binary(n.getSession(), text.toString().getBytes(StandardCharsets.UTF_8)));
    removeProperty(n, name + "Keys");
    removeProperty(n, name + "Counts");
  }

  private static void readKeyed(Node n, String name, BiConsumer<String, Long> to)
      throws RepositoryException {
    if (n.hasProperty(name + "List")) {
      String text = new String(bytes(n.getProperty(name + "List")), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          to.accept(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
        }
      }
    } else if (n.hasProperty(name + "Keys") && n.hasProperty(name + "Counts")) {
      Value[] keys = n.getProperty(name + "Keys").getValues();
      Value[] counts = n.getProperty(name + "Counts").getValues();
      for (int i = 0; i < Math.min(keys.length, counts.length); i++) {
        to.accept(keys[i].getString(), counts[i].getLong());
      }
    }
  }

  private static void removeKeyed(Node n, String name) throws RepositoryException {
    for (String suffix : List.of("List", "Keys", "Counts")) {
      removeProperty(n, name + suffix);
    }
  }

  /**
   * Sets the day's values in its month row's series. A row without series (new, or written before
   * series existed) gets them from the shard's day rows of the month, which already hold this
   * save's counts.
   */
  private void setDaily(Node month, LocalDate d, Node day) throws RepositoryException {
    int length = d.lengthOfMonth();
    long[][] series = daily(month, length);
    if (series == null) {
      series = new long[DAILY.size()][length];
      for (NodeIterator days = day.getParent().getParent().getNodes(); days.hasNext(); ) {
        Node other = days.nextNode();
        int i = parseInt(other.getName()) - 1;
        if (i >= 0 && i < length && other.hasNode(shard)) {
          setDay(series, i, other.getNode(shard));
        }
      }
    }
    setDay(series, d.getDayOfMonth() - 1, day);
    for (int k = 0; k < DAILY.size(); k++) {
      month.setProperty(DAILY.get(k), longValues(month.getSession(), series[k]));
    }
  }

  private static void setDay(long[][] series, int i, Node day) throws RepositoryException {
    series[0][i] = longOf(day, "pageViews");
    series[1][i] = longOf(day, "visits");
    series[2][i] = longOf(day, "excluded");
    series[3][i] =
        day.hasProperty(ESTIMATE)
            ? day.getProperty(ESTIMATE).getLong()
            : read(day, false).visitorEstimate();
  }

  /**
   * A month row's series (page views, visits, excluded, visitors per day), or null when it has
   * none.
   */
  private static long[][] daily(Node month, int length) throws RepositoryException {
    long[][] series = new long[DAILY.size()][];
    for (int k = 0; k < DAILY.size(); k++) {
      if (!month.hasProperty(DAILY.get(k))) {
        return null;
      }
      Value[] values = month.getProperty(DAILY.get(k)).getValues();
      if (values.length != length) {
        return null;
      }
      series[k] = new long[length];
      for (int i = 0; i < length; i++) {
        series[k][i] = values[i].getLong();
      }
    }
    return series;
  }

  private static Value[] longValues(Session s, long[] values) throws RepositoryException {
    ValueFactory vf = s.getValueFactory();
    Value[] out = new Value[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = vf.createValue(values[i]);
    }
    return out;
  }

  private static PeriodCounts sum(Session s, String path, boolean withBreakdowns)
      throws RepositoryException {
    return s.nodeExists(path) ? sumChildren(s.getNode(path), withBreakdowns) : new PeriodCounts();
  }

  /**
   * A day's counts without breakdowns. A day of one shard uses the estimate stored with its sketch
   * (reading and merging thousands of sketches made long series slow); days of several shards merge
   * their sketches.
   */
  private static PeriodCounts dayTotals(Node day) throws RepositoryException {
    NodeIterator shards = day.getNodes();
    Node n = shards.hasNext() ? shards.nextNode() : null;
    if (n != null && !shards.hasNext() && n.hasProperty(ESTIMATE)) {
      PeriodCounts t = new PeriodCounts();
      t.pageViews = longOf(n, "pageViews");
      t.visits = longOf(n, "visits");
      t.excluded = longOf(n, "excluded");
      t.storedEstimate = n.getProperty(ESTIMATE).getLong();
      return t;
    }
    return sumChildren(day, false);
  }

  private static PeriodCounts sumChildren(Node period, boolean withBreakdowns)
      throws RepositoryException {
    NodeIterator shards = period.getNodes();
    if (shards.getSize() == 1) {
      // One shard, the common case: its row as it is, without a sketch union.
      return read(shards.nextNode(), withBreakdowns);
    }
    PeriodCounts t = new PeriodCounts();
    while (shards.hasNext()) {
      t.add(read(shards.nextNode(), withBreakdowns), withBreakdowns);
    }
    return t;
  }

  private static PeriodCounts read(Node n, boolean withBreakdowns) throws RepositoryException {
    PeriodCounts t = new PeriodCounts();
    t.pageViews = longOf(n, "pageViews");
    t.visits = longOf(n, "visits");
    t.excluded = longOf(n, "excluded");
    if (n.hasProperty("visitors")) {
      t.visitors = sketch(n.getProperty("visitors"));
    }
    if (withBreakdowns) {
      for (Dimension d : Dimension.values()) {
        readKeyed(n, d.key(), (k, c) -> t.count(d, k, c));
      }
      readKeyed(n, ITEMS, t::viewItem);
    }
    return t;
  }

  private static long longOf(Node n, String name) throws RepositoryException {
    return n.hasProperty(name) ? n.getProperty(name).getLong() : 0;
  }

  private static HllSketch sketch(Property p) throws RepositoryException {
    return HllSketch.heapify(bytes(p));
  }

  private static byte[] bytes(Property p) throws RepositoryException {
    Binary b = p.getBinary();
    try (InputStream in = b.getStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RepositoryException("Cannot read " + p.getPath(), e);
    } finally {
      b.dispose();
    }
  }

  private static Binary binary(Session s, byte[] bytes) throws RepositoryException {
    return s.getValueFactory().createBinary(new ByteArrayInputStream(bytes));
  }

  private static void removeProperty(Node n, String name) throws RepositoryException {
    try {
      n.getProperty(name).remove();
    } catch (PathNotFoundException e) {
      // Already gone: nothing to drop.
    }
  }

  private static LocalDate parseDate(int year, String month, String day) {
    int m = parseInt(month);
    int d = parseInt(day);
    if (year < 1 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(year, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, m, d);
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
