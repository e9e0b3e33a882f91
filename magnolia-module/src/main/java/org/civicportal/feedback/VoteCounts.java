package org.civicportal.feedback;

import java.time.Instant;
import javax.inject.Inject;
import javax.jcr.RepositoryException;
import javax.jcr.query.Query;
import javax.jcr.query.RowIterator;
import org.civicportal.jcr.JcrDates;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.Workspaces;

/**
 * How many votes were cast in a time window, from the {@link VoteRecords} (their {@code time})
 * below one top-level node of civic-feedback: ratings or polls. One indexed query per count, so a
 * quarter of votes is counted without walking the items; records without a time (none are written
 * so) are not counted.
 */
public class VoteCounts {
  private final JcrSessions sessions;

  @Inject
  public VoteCounts(JcrSessions sessions) {
    this.sessions = sessions;
  }

  /** Vote records below {@code /{root}} with {@code from <= time < to}. */
  public long between(String root, Instant from, Instant to) throws RepositoryException {
    return sessions.withSession(
        Workspaces.FEEDBACK,
        s -> {
          if (!s.nodeExists("/" + root)) {
            return 0L;
          }
          Query q =
              s.getWorkspace()
                  .getQueryManager()
                  .createQuery(
                      "SELECT [jcr:path] FROM ["
                          + RuntimeNodes.TYPE
                          + "] AS v WHERE ISDESCENDANTNODE(v, [/"
                          + root
                          + "]) AND v.["
                          + VoteRecords.TIME
                          + "] >= $from AND v.["
                          + VoteRecords.TIME
                          + "] < $to",
                      Query.JCR_SQL2);
          q.bindValue("from", s.getValueFactory().createValue(JcrDates.utc(from)));
          q.bindValue("to", s.getValueFactory().createValue(JcrDates.utc(to)));
          return count(q.execute().getRows());
        });
  }

  private static long count(RowIterator rows) {
    long size = rows.getSize();
    if (size >= 0) {
      return size;
    }
    long n = 0;
    for (; rows.hasNext(); rows.nextRow()) {
      n++;
    }
    return n;
  }
}
