package org.civicportal.rating;

import static org.civicportal.jcr.RuntimeNodes.child;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import org.civicportal.feedback.VoteRecords;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.Workspaces;

/**
 * Ratings in the {@code civic-feedback} workspace, keyed by the item's JCR identifier so that
 * moving or re-publishing the item keeps them:
 *
 * <pre>
 * /ratings/{id[0..2]}/{itemId}   itemId, count, total, histogram (5 longs: votes per score)
 *     votes/...                  one record per vote with its score, the one-vote marker: see {@link VoteRecords}
 * </pre>
 *
 * The summary is kept on the item's node, so reading it never walks the votes. Votes cast before
 * ratings named them as polls do are at {@code votes/{key[0..2]}/{visitorKey}}, and still count
 * (see {@link #findVote}).
 */
@Singleton
public class RatingStore {
  /** Top-level node of civic-feedback below which this store writes (also read by vote counts). */
  public static final String ROOT = "ratings";

  /** The workspace's top-level nodes this store writes below, made by the writer. */
  private static final List<String> TOP_LEVEL = List.of(ROOT);

  /** Visitor keys that named a vote node as they are, before votes were named by their hash. */
  private static final Pattern LEGACY_KEY = Pattern.compile("[0-9A-Za-z_-]{2,}");

  private final JcrSessions sessions;
  private final BatchedWriter writer;

  /** When a vote is cast: fixed in tests. */
  private final Clock clock;

  @Inject
  public RatingStore(JcrSessions sessions, BatchedWriter writer) {
    this(sessions, writer, Clock.systemUTC());
  }

  public RatingStore(JcrSessions sessions, BatchedWriter writer, Clock clock) {
    this.sessions = sessions;
    this.writer = writer;
    this.clock = clock;
  }

  /**
   * The item's summary with {@code visitorKey}'s score (null key: no score). Zeros when never
   * rated.
   */
  public RatingSummary read(String itemId, String visitorKey) throws RepositoryException {
    return sessions.withSession(
        Workspaces.FEEDBACK,
        s -> {
          String path = itemPath(itemId);
          if (!s.nodeExists(path)) {
            return RatingSummary.empty(itemId);
          }
          Node item = s.getNode(path);
          Node vote = visitorKey == null ? null : findVote(item, visitorKey);
          Integer mine = vote == null ? null : (int) vote.getProperty("score").getLong();
          return new RatingSummary(itemId, histogram(item), mine);
        });
  }

  /**
   * Every item's summary without vote details, in no particular order; items with no votes are left
   * out.
   */
  public List<RatingSummary> summaries() throws RepositoryException {
    return sessions.withSession(
        Workspaces.FEEDBACK,
        s -> {
          List<RatingSummary> out = new ArrayList<>();
          if (!s.nodeExists("/" + ROOT)) {
            return out;
          }
          // A walk over the two shard levels: summaries are few and small, and a query would need
          // an index.
          for (NodeIterator shards = s.getNode("/" + ROOT).getNodes(); shards.hasNext(); ) {
            for (NodeIterator items = shards.nextNode().getNodes(); items.hasNext(); ) {
              Node item = items.nextNode();
              RatingSummary summary = new RatingSummary(item.getName(), histogram(item), null);
              if (summary.getCount() > 0) {
                out.add(summary);
              }
            }
          }
          return out;
        });
  }

  /**
   * Records the vote and returns the new summary, once saved; empty when this visitor key has a
   * vote on the item already (nothing is changed then).
   */
  public Optional<RatingSummary> vote(String itemId, String visitorKey, int score)
      throws RepositoryException {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("Scores go from 1 to 5");
    }
    RatingSummary result =
        writer.write(
            Workspaces.FEEDBACK,
            TOP_LEVEL,
            s -> {
              String path = itemPath(itemId);
              if (s.nodeExists(path) && findVote(s.getNode(path), visitorKey) != null) {
                return null;
              }
              Node item = itemNode(s, itemId);
              VoteRecords.add(item, visitorKey, clock.instant()).setProperty("score", score);
              long[] h = histogram(item);
              h[score - 1]++;
              writeSummary(item, h);
              return new RatingSummary(itemId, h, score);
            });
    return Optional.ofNullable(result);
  }

  /** Rebuilds the item's summary from its vote records (an audit, or repair after manual edits). */
  public RatingSummary recount(String itemId) throws RepositoryException {
    return writer.write(
        Workspaces.FEEDBACK,
        TOP_LEVEL,
        s -> {
          if (!s.nodeExists(itemPath(itemId))) {
            return RatingSummary.empty(itemId);
          }
          Node item = s.getNode(itemPath(itemId));
          long[] h = new long[5];
          VoteRecords.forEach(
              item,
              vote -> {
                long score = vote.getProperty("score").getLong();
                if (score >= 1 && score <= 5) {
                  h[(int) score - 1]++;
                }
              });
          writeSummary(item, h);
          return new RatingSummary(itemId, h, null);
        });
  }

  static String itemPath(String itemId) {
    return "/" + ROOT + "/" + itemId.substring(0, 2) + "/" + itemId;
  }

  /**
   * {@code visitorKey}'s vote on {@code item}, or null: the record named as polls name theirs, else
   * one from before ratings did, named by the key itself (only keys that make a plain node name can
   * have named one).
   */
  private static Node findVote(Node item, String visitorKey) throws RepositoryException {
    Node record = VoteRecords.find(item, visitorKey);
    if (record != null) {
      return record;
    }
    if (!LEGACY_KEY.matcher(visitorKey).matches()) {
      return null;
    }
    String legacy = "votes/" + visitorKey.substring(0, 2) + "/" + visitorKey;
    return item.hasNode(legacy) ? item.getNode(legacy) : null;
  }

  private static Node itemNode(Session s, String itemId) throws RepositoryException {
    Node root = child(s.getRootNode(), ROOT);
    Node shard = child(root, itemId.substring(0, 2));
    if (shard.hasNode(itemId)) {
      return shard.getNode(itemId);
    }
    Node item = shard.addNode(itemId, RuntimeNodes.TYPE);
    item.setProperty("itemId", itemId);
    writeSummary(item, new long[5]);
    return item;
  }

  private static long[] histogram(Node item) throws RepositoryException {
    long[] h = new long[5];
    if (item.hasProperty("histogram")) {
      Value[] values = item.getProperty("histogram").getValues();
      for (int i = 0; i < Math.min(5, values.length); i++) {
        h[i] = values[i].getLong();
      }
    }
    return h;
  }

  private static void writeSummary(Node item, long[] h) throws RepositoryException {
    RatingSummary summary = new RatingSummary(item.getName(), h, null);
    ValueFactory vf = item.getSession().getValueFactory();
    Value[] values = new Value[5];
    for (int i = 0; i < 5; i++) {
      values[i] = vf.createValue(h[i]);
    }
    item.setProperty("histogram", values);
    item.setProperty("count", summary.getCount());
    item.setProperty("total", summary.getTotal());
  }
}
