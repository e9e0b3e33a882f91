package org.civicportal.visits;

import static org.civicportal.jcr.RuntimeNodes.child;

import org.apache.datasketches.hll.HllSketch;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.Workspaces;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Visit counters in the {@code civic-visits} workspace. Each instance writes only its own shard node under each
 * period, so cluster nodes never write the same node; reads add the shards up:
 * <pre>
 * /days/{yyyy}/{MM}/{dd}/{shard}   pageViews, visits, excluded, visitors (HLL sketch), visitorEstimate,
 *                                  {dimension}Keys + {dimension}Counts (breakdowns, dropped after the retention)
 * /months/{yyyy}/{MM}/{shard}      pageViews, visits, excluded, visitors
 * /years/{yyyy}/{shard}            pageViews, visits, excluded, visitors
 * /online/{shard}                  m{epochMinute}: visitors of that minute (HLL sketch), recent minutes only
 * /secrets/{yyyy-MM-dd}            secret: the day's visitor-key secret, removed once the day is over
 * </pre>
 * Month and year rows are kept alongside the days so that totals and long series read a few nodes.
 */
@Singleton
public class VisitStore {
    /** The workspace's top-level nodes this store writes below, made by the writer. */
    private static final List<String> TOP_LEVEL = List.of("days", "months", "years", "online", "secrets");
    static final String ESTIMATE = "visitorEstimate";

    private final JcrSessions sessions;
    private final BatchedWriter writer;
    private final String shard;
    private final AtomicLong saves = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    /** Reads and starts nothing: the first write starts the writer's thread for civic-visits. */
    @Inject
    public VisitStore(JcrSessions sessions, BatchedWriter writer, VisitSettings settings) {
        this.sessions = sessions;
        this.writer = writer;
        this.shard = settings.getShard();
    }

    /** Writes saved so far by this store (for tests and the benchmark). */
    public long saves() {
        return saves.get();
    }

    /** Adds the day increments (and their month and year rollups) and replaces this shard's online minutes. */
    void save(Map<LocalDate, Tally> days, NavigableMap<Long, HllSketch> onlineMinutes) throws RepositoryException {
        write(s -> {
            for (Map.Entry<LocalDate, Tally> e : days.entrySet()) {
                LocalDate d = e.getKey();
                Tally t = e.getValue();
                addTo(shardNode(s, dayPath(d)), t, true);
                addTo(shardNode(s, monthPath(YearMonth.from(d))), t, false);
                addTo(shardNode(s, yearPath(d.getYear())), t, false);
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
    Tally day(LocalDate d, boolean withBreakdowns) throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> sum(s, dayPath(d), withBreakdowns));
    }

    Tally month(YearMonth m) throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> sum(s, monthPath(m), false));
    }

    Tally year(int y) throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> sum(s, yearPath(y), false));
    }

    /** Visits of all years. */
    long totalVisits() throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> {
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

    /** Stored days from {@code from} to {@code to} inclusive, each summed over shards; missing days are absent. */
    NavigableMap<LocalDate, Tally> days(LocalDate from, LocalDate to, boolean withBreakdowns)
            throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> {
            NavigableMap<LocalDate, Tally> out = new TreeMap<>();
            for (int y = from.getYear(); y <= to.getYear(); y++) {
                if (!s.nodeExists("/days/" + y)) {
                    continue;
                }
                for (NodeIterator months = s.getNode("/days/" + y).getNodes(); months.hasNext(); ) {
                    Node month = months.nextNode();
                    for (NodeIterator days = month.getNodes(); days.hasNext(); ) {
                        Node day = days.nextNode();
                        LocalDate d = parseDate(y, month.getName(), day.getName());
                        if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
                            out.put(d, withBreakdowns ? sumChildren(day, true) : dayTotals(day));
                        }
                    }
                }
            }
            return out;
        });
    }

    NavigableMap<YearMonth, Tally> months(YearMonth from, YearMonth to) throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> {
            NavigableMap<YearMonth, Tally> out = new TreeMap<>();
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

    NavigableMap<Integer, Tally> years(int from, int to) throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> {
            NavigableMap<Integer, Tally> out = new TreeMap<>();
            for (int y = from; y <= to; y++) {
                if (s.nodeExists(yearPath(y))) {
                    out.put(y, sum(s, yearPath(y), false));
                }
            }
            return out;
        });
    }

    /** The visitors of the other shards' minutes from {@code fromMinute} on (this shard's are in memory). */
    HllSketch othersOnline(long fromMinute) throws RepositoryException {
        return sessions.withSession(Workspaces.VISITS, s -> {
            HllSketch all = new HllSketch(Tally.LG_K);
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
                        all = Tally.union(all, sketch(p));
                    }
                }
            }
            return all;
        });
    }

    /**
     * The day's secret for visitor keys, created by the first instance that needs it; secrets of days before
     * {@code day} are deleted then, so that past keys can no longer be recomputed. Read back after saving, so that
     * two cluster nodes creating it at once key a visitor alike: the later save conflicts and its retry finds the
     * first one (under a {@code /secrets} made before {@code civic:runtime}, which allows same-name siblings, the
     * path names the first).
     */
    byte[] secret(LocalDate day) throws RepositoryException {
        String path = "/secrets/" + day;
        write(s -> {
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
            secrets.addNode(day.toString(), RuntimeNodes.TYPE)
                    .setProperty("secret", Base64.getEncoder().encodeToString(secret));
            return null;
        });
        return sessions.withSession(Workspaces.VISITS,
                s -> Base64.getDecoder().decode(s.getNode(path).getProperty("secret").getString()));
    }

    /** Removes this shard's breakdowns of the days before {@code firstKept}; daily totals stay. */
    void dropBreakdownsBefore(LocalDate firstKept) throws RepositoryException {
        write(s -> {
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
                                removeProperty(day.getNode(shard), dim.key() + "Keys");
                                removeProperty(day.getNode(shard), dim.key() + "Counts");
                            }
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Runs {@code work} through the writer: saved, retried from fresh state if another writer saved first. */
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

    private Node shardNode(Session s, String path) throws RepositoryException {
        Node n = s.getRootNode();
        for (String name : path.substring(1).split("/")) {
            n = child(n, name);
        }
        return child(n, shard);
    }


    private static void addTo(Node n, Tally delta, boolean withBreakdowns) throws RepositoryException {
        Tally t = read(n, withBreakdowns);
        t.add(delta, withBreakdowns);
        n.setProperty("pageViews", t.pageViews);
        n.setProperty("visits", t.visits);
        n.setProperty("excluded", t.excluded);
        byte[] visitors = t.visitors.toCompactByteArray();
        n.setProperty("visitors", binary(n.getSession(), visitors));
        if (withBreakdowns) {
            // Read back exactly as a one-shard sum would read it, so that series can skip the sketch unchanged.
            n.setProperty(ESTIMATE, new Tally().plus(HllSketch.heapify(visitors)).visitorEstimate());
            ValueFactory vf = n.getSession().getValueFactory();
            for (Dimension d : t.breakdowns.keySet()) {
                Map<String, Long> m = t.capped(d);
                List<Value> keys = new ArrayList<>(m.size());
                List<Value> counts = new ArrayList<>(m.size());
                for (Map.Entry<String, Long> e : m.entrySet()) {
                    keys.add(vf.createValue(e.getKey()));
                    counts.add(vf.createValue(e.getValue()));
                }
                n.setProperty(d.key() + "Keys", keys.toArray(new Value[0]));
                n.setProperty(d.key() + "Counts", counts.toArray(new Value[0]));
            }
        }
    }

    private static Tally sum(Session s, String path, boolean withBreakdowns) throws RepositoryException {
        return s.nodeExists(path) ? sumChildren(s.getNode(path), withBreakdowns) : new Tally();
    }

    /**
     * A day's counts without breakdowns. A day of one shard uses the estimate stored with its sketch (reading and
     * merging thousands of sketches made long series slow); days of several shards merge their sketches.
     */
    private static Tally dayTotals(Node day) throws RepositoryException {
        NodeIterator shards = day.getNodes();
        Node n = shards.hasNext() ? shards.nextNode() : null;
        if (n != null && !shards.hasNext() && n.hasProperty(ESTIMATE)) {
            Tally t = new Tally();
            t.pageViews = longOf(n, "pageViews");
            t.visits = longOf(n, "visits");
            t.excluded = longOf(n, "excluded");
            t.storedEstimate = n.getProperty(ESTIMATE).getLong();
            return t;
        }
        return sumChildren(day, false);
    }

    private static Tally sumChildren(Node period, boolean withBreakdowns) throws RepositoryException {
        Tally t = new Tally();
        for (NodeIterator shards = period.getNodes(); shards.hasNext(); ) {
            t.add(read(shards.nextNode(), withBreakdowns), withBreakdowns);
        }
        return t;
    }

    private static Tally read(Node n, boolean withBreakdowns) throws RepositoryException {
        Tally t = new Tally();
        t.pageViews = longOf(n, "pageViews");
        t.visits = longOf(n, "visits");
        t.excluded = longOf(n, "excluded");
        if (n.hasProperty("visitors")) {
            t.visitors = sketch(n.getProperty("visitors"));
        }
        if (withBreakdowns) {
            for (Dimension d : Dimension.values()) {
                if (n.hasProperty(d.key() + "Keys") && n.hasProperty(d.key() + "Counts")) {
                    Value[] keys = n.getProperty(d.key() + "Keys").getValues();
                    Value[] counts = n.getProperty(d.key() + "Counts").getValues();
                    for (int i = 0; i < Math.min(keys.length, counts.length); i++) {
                        t.count(d, keys[i].getString(), counts[i].getLong());
                    }
                }
            }
        }
        return t;
    }

    private static long longOf(Node n, String name) throws RepositoryException {
        return n.hasProperty(name) ? n.getProperty(name).getLong() : 0;
    }

    private static HllSketch sketch(Property p) throws RepositoryException {
        Binary b = p.getBinary();
        try (InputStream in = b.getStream()) {
            return HllSketch.heapify(in.readAllBytes());
        } catch (IOException e) {
            throw new RepositoryException("Cannot read the sketch " + p.getPath(), e);
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
