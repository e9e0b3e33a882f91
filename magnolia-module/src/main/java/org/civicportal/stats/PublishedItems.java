package org.civicportal.stats;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.query.Query;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentReader;
import org.civicportal.jcr.JcrDates;
import org.civicportal.jcr.JcrSessions;

/**
 * How many articles or reports have a publish date in a time window, per category, by one query per
 * kind.
 */
public class PublishedItems {
  private final JcrSessions sessions;

  @Inject
  public PublishedItems(JcrSessions sessions) {
    this.sessions = sessions;
  }

  /**
   * Category (as editors wrote it; "" for none) to the number of items with {@code from <=
   * publishDate < to}.
   */
  public Map<String, Long> perCategory(ContentKind kind, Instant from, Instant to)
      throws RepositoryException {
    return sessions.withSession(
        kind.getWorkspace(),
        s -> {
          Query q =
              s.getWorkspace()
                  .getQueryManager()
                  .createQuery(
                      "SELECT * FROM ["
                          + kind.getNodeType()
                          + "] AS n WHERE n.["
                          + ContentReader.PUBLISH_DATE
                          + "] >= $from AND n.["
                          + ContentReader.PUBLISH_DATE
                          + "] < $to",
                      Query.JCR_SQL2);
          q.bindValue("from", s.getValueFactory().createValue(JcrDates.utc(from)));
          q.bindValue("to", s.getValueFactory().createValue(JcrDates.utc(to)));
          Map<String, Long> counts = new TreeMap<>();
          for (NodeIterator nodes = q.execute().getNodes(); nodes.hasNext(); ) {
            Node n = nodes.nextNode();
            String category =
                n.hasProperty(ContentReader.CATEGORY)
                    ? n.getProperty(ContentReader.CATEGORY).getString().trim()
                    : "";
            counts.merge(category, 1L, Long::sum);
          }
          return counts;
        });
  }
}
