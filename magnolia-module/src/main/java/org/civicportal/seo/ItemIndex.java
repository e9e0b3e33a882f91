package org.civicportal.seo;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.query.Query;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentReader;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.UncheckedRepositoryException;
import org.civicportal.search.IndexQueries;

/**
 * Every published article or report by name and last change, newest first, for the sitemap: one
 * index query per kind ({@link IndexQueries}: sorted by Lucene, not in memory) reading two
 * properties a node.
 */
@Singleton
public class ItemIndex {
  /** The sitemaps.org limit of URLs in one file, halved: each item is listed in both languages. */
  public static final int MAX_ITEMS = 25_000;

  private static final String LAST_MODIFIED = "mgnl:lastModified";

  private final JcrSessions sessions;

  @Inject
  public ItemIndex(JcrSessions sessions) {
    this.sessions = sessions;
  }

  /**
   * An item's URL name and when it last changed (its last modification, else its publish date; may
   * be null).
   */
  public record Entry(ContentKind kind, String name, Date lastModified) {}

  /** The items of {@code kind}, newest first, at most {@link #MAX_ITEMS}. */
  public List<Entry> entries(ContentKind kind) {
    try {
      return sessions.withSession(
          kind.getWorkspace(),
          session -> {
            Query query =
                IndexQueries.sql(
                    session, kind, " ORDER BY " + ContentReader.PUBLISH_DATE + " DESC");
            query.setLimit(MAX_ITEMS);
            List<Entry> entries = new ArrayList<>();
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
              Node node = nodes.nextNode();
              if (ContentKind.isItemName(node.getName())) {
                entries.add(new Entry(kind, node.getName(), changed(node)));
              }
            }
            return entries;
          });
    } catch (RepositoryException e) {
      throw new UncheckedRepositoryException("cannot list " + kind.getKey(), e);
    }
  }

  private static Date changed(Node node) throws RepositoryException {
    for (String name : new String[] {LAST_MODIFIED, ContentReader.PUBLISH_DATE}) {
      if (node.hasProperty(name)) {
        try {
          Calendar date = node.getProperty(name).getDate();
          return date.getTime();
        } catch (javax.jcr.ValueFormatException e) {
          // Not a date: try the next one.
        }
      }
    }
    return null;
  }
}
