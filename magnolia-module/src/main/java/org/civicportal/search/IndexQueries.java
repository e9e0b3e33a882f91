package org.civicportal.search;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.civicportal.content.ContentKind;

/**
 * Queries that Jackrabbit answers from its Lucene index alone. JCR 1.0's SQL rather than JCR-SQL2
 * or XPath: Jackrabbit 2 sorts SQL2 results in memory, reading every match (seconds for thousands
 * of items), and evaluates XPath's path step for every hit, while this SQL, having no path, becomes
 * one Lucene query (node type, words, values) that Lucene ranks or sorts, read only as far as
 * asked. Measured by bench/search.sh.
 */
public final class IndexQueries {
  private IndexQueries() {}

  /**
   * {@code SELECT * FROM <the kind's node type>} followed by {@code whereAndOrder} (" WHERE ...
   * ORDER BY ...").
   */
  public static Query sql(Session session, ContentKind kind, String whereAndOrder)
      throws RepositoryException {
    @SuppressWarnings("deprecation")
    String language = Query.SQL;
    return session
        .getWorkspace()
        .getQueryManager()
        .createQuery("SELECT * FROM " + kind.getNodeType() + whereAndOrder, language);
  }
}
