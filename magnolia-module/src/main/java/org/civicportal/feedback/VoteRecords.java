package org.civicportal.feedback;

import static org.civicportal.jcr.RuntimeNodes.child;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrDates;
import org.civicportal.jcr.RuntimeNodes;

/**
 * The record of one visitor's vote on a rated item or a poll, which is also that visitor's one-vote
 * marker. It lives below the item's or poll's node in civic-feedback, named by the SHA-256 of the
 * visitor key:
 *
 * <pre>
 * votes/{h0}/{h1}/{h2}/{h3}/{hash}   visitor (the hash), time (UTC), and what was chosen (a rating's score, a poll's
 *                                    options); h0..h3 are the hash's first four hex digits, one per level
 * </pre>
 *
 * The visitor key is already a keyed hash from the web layer; hashing it once more gives a
 * fixed-length name that is always a valid JCR name, whatever the key, and spreads the records
 * evenly over the folders.
 *
 * <p>Why four one-digit levels: a vote rewrites the node it is added to, and Jackrabbit stores a
 * node with its whole child list, so what a vote costs (CPU, and bytes appended to the store until
 * compaction) grows with that list. Sixteen children at most per folder, and 65,536 leaf folders,
 * keep the list under about 30 entries up to a million votes on one item (docs/runtime-data.md has
 * the figures). Records written before this layout sit at {@code votes/{h0h1}/{hash}} (one
 * two-digit level, which grew to thousands of entries per folder); they are read where they are,
 * never moved, and no new record goes there.
 */
public final class VoteRecords {
  static final String FOLDER = "votes";

  /** When the vote was cast (a UTC date). */
  public static final String TIME = "time";

  /** Hex digits of the hash that name a folder level each. */
  private static final int LEVELS = 4;

  /** The name length of the earlier layout's single folder level. */
  private static final int EARLIER_FOLDER = 2;

  private VoteRecords() {}

  /** The record's path relative to the item's or poll's node. */
  public static String path(String visitorKey) {
    return recordPath(visitorHash(visitorKey));
  }

  private static String recordPath(String hash) {
    StringBuilder path = new StringBuilder(FOLDER);
    for (int i = 0; i < LEVELS; i++) {
      path.append('/').append(hash.charAt(i));
    }
    return path.append('/').append(hash).toString();
  }

  /** Where the earlier layout put the record of the visitor whose key hashes to {@code hash}. */
  private static String earlierPath(String hash) {
    return FOLDER + "/" + hash.substring(0, EARLIER_FOLDER) + "/" + hash;
  }

  /** {@code visitorKey}'s record below {@code parent}, in either layout, or null. */
  public static Node find(Node parent, String visitorKey) throws RepositoryException {
    String hash = visitorHash(visitorKey);
    for (String path : new String[] {recordPath(hash), earlierPath(hash)}) {
      if (parent.hasNode(path)) {
        return parent.getNode(path);
      }
    }
    return null;
  }

  /**
   * Adds the record of {@code visitorKey}'s vote at {@code time} below {@code parent}; the caller
   * adds the choice.
   */
  public static Node add(Node parent, String visitorKey, Instant time) throws RepositoryException {
    String hash = visitorHash(visitorKey);
    Node folder = child(parent, FOLDER);
    for (int i = 0; i < LEVELS; i++) {
      folder = child(folder, String.valueOf(hash.charAt(i)));
    }
    Node record = folder.addNode(hash, RuntimeNodes.TYPE);
    record.setProperty("visitor", hash);
    record.setProperty(TIME, JcrDates.utc(time));
    return record;
  }

  /** What a walk over the records does with each. */
  public interface RecordVisitor {
    void visit(Node record) throws RepositoryException;
  }

  /**
   * Every record below {@code parent}, in both layouts: below a folder of the earlier layout (also
   * where ratings kept records named by the visitor key itself) and at the leaves of this one.
   */
  public static void forEach(Node parent, RecordVisitor visitor) throws RepositoryException {
    if (!parent.hasNode(FOLDER)) {
      return;
    }
    for (NodeIterator folders = parent.getNode(FOLDER).getNodes(); folders.hasNext(); ) {
      Node folder = folders.nextNode();
      walk(folder, folder.getName().length() == EARLIER_FOLDER ? 1 : LEVELS, visitor);
    }
  }

  /** Visits the records {@code levels} folder levels down from {@code folder} (1: its children). */
  private static void walk(Node folder, int levels, RecordVisitor visitor)
      throws RepositoryException {
    for (NodeIterator children = folder.getNodes(); children.hasNext(); ) {
      Node child = children.nextNode();
      if (levels == 1) {
        visitor.visit(child);
      } else {
        walk(child, levels - 1, visitor);
      }
    }
  }

  /** The name of {@code visitorKey}'s record: its SHA-256 in lower-case hex. */
  public static String visitorHash(String visitorKey) {
    return Hashing.sha256().hashString(visitorKey, StandardCharsets.UTF_8).toString();
  }
}
