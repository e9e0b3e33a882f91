package org.civicportal.poll;

import static org.civicportal.jcr.RuntimeNodes.child;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.apache.jackrabbit.util.Text;
import org.civicportal.feedback.VoteRecords;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.Workspaces;

/**
 * Poll tallies and vote records in civic-feedback, apart from the published poll so that
 * re-publishing it never resets them. Layout, keyed by the poll's JCR identifier and the options'
 * ids:
 *
 * <pre>
 * /polls/{pollId}             ballots (Long)
 *   tallies                   one Long property per option id (JCR-escaped)
 *   votes/...                 one record per vote with its options (String[]): see {@link VoteRecords}
 * </pre>
 *
 * The vote record doubles as the one-vote marker: its path is derived from the visitor key.
 */
@Singleton
public class PollTallyStore {
  /** Top-level node of civic-feedback below which this store writes (also read by vote counts). */
  public static final String ROOT = "polls";

  /** The workspace's top-level nodes this store writes below, made by the writer. */
  private static final List<String> TOP_LEVEL = List.of(ROOT);

  private final JcrSessions jcr;
  private final BatchedWriter writer;

  @Inject
  public PollTallyStore(JcrSessions jcr, BatchedWriter writer) {
    this.jcr = jcr;
    this.writer = writer;
  }

  public PollTally read(String pollId) throws RepositoryException {
    return jcr.withSession(
        Workspaces.FEEDBACK,
        session -> {
          String path = pollPath(pollId);
          if (!session.nodeExists(path)) {
            return PollTally.EMPTY;
          }
          Node poll = session.getNode(path);
          Map<String, Long> votes = new HashMap<>();
          if (poll.hasNode("tallies")) {
            for (PropertyIterator it = poll.getNode("tallies").getProperties(); it.hasNext(); ) {
              Property p = it.nextProperty();
              if (p.getType() == PropertyType.LONG && !p.isMultiple()) {
                votes.put(Text.unescapeIllegalJcrChars(p.getName()), p.getLong());
              }
            }
          }
          return new PollTally(
              poll.hasProperty("ballots") ? poll.getProperty("ballots").getLong() : 0, votes);
        });
  }

  public boolean hasVoted(String pollId, String visitorKey) throws RepositoryException {
    return jcr.withSession(Workspaces.FEEDBACK, session -> hasVoted(session, pollId, visitorKey));
  }

  /**
   * Records one vote through the group-commit writer: true once saved, false if this visitor had
   * already voted (then nothing was changed).
   */
  public boolean recordVote(String pollId, String visitorKey, List<String> optionIds, Instant time)
      throws RepositoryException {
    return writer.write(
        Workspaces.FEEDBACK, TOP_LEVEL, voteTask(pollId, visitorKey, optionIds, time));
  }

  /**
   * The write of one vote, run by the writer with others before one save. Changes happen only after
   * every check, so a refused vote never leaves half a write in the shared session.
   */
  private static SessionWork<Boolean> voteTask(
      String pollId, String visitorKey, List<String> optionIds, Instant time) {
    return session -> {
      if (hasVoted(session, pollId, visitorKey)) {
        return false;
      }
      Node poll = child(child(session.getRootNode(), ROOT), Text.escapeIllegalJcrChars(pollId));
      poll.setProperty(
          "ballots", (poll.hasProperty("ballots") ? poll.getProperty("ballots").getLong() : 0) + 1);
      Node tallies = child(poll, "tallies");
      for (String id : optionIds) {
        String name = Text.escapeIllegalJcrChars(id);
        tallies.setProperty(
            name, (tallies.hasProperty(name) ? tallies.getProperty(name).getLong() : 0) + 1);
      }
      VoteRecords.add(poll, visitorKey, time)
          .setProperty("options", optionIds.toArray(new String[0]));
      return true;
    };
  }

  private static String pollPath(String pollId) {
    return "/" + ROOT + "/" + Text.escapeIllegalJcrChars(pollId);
  }

  private static boolean hasVoted(Session session, String pollId, String visitorKey)
      throws RepositoryException {
    String path = pollPath(pollId);
    return session.nodeExists(path) && VoteRecords.find(session.getNode(path), visitorKey) != null;
  }
}
