package org.civicportal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.RowIterator;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.UncheckedRepositoryException;

/** {@link ContentService} over the articles and reports workspaces, with JCR-SQL2 queries. */
@Singleton
public class JcrContentService implements ContentService {
  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Comparator<ItemSummary> NEWEST_FIRST =
      Comparator.comparing(
              ItemSummary::getPublishDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()))
          .thenComparing(ItemSummary::getId);

  /** Upper bound of one page, so a crafted URL cannot make a page read the whole workspace. */
  public static final int MAX_PAGE_SIZE = 100;

  private final JcrSessions sessions;
  private final ContentReader reader;

  @Inject
  public JcrContentService(JcrSessions sessions, AssetLinks assetLinks) {
    this.sessions = sessions;
    this.reader = new ContentReader(assetLinks);
  }

  @Override
  public Optional<Item> findByName(ContentKind kind, String name) {
    // Node names are URL slugs; anything else cannot name an item, so it is not even queried.
    if (!ContentKind.isItemName(name)) {
      return Optional.empty();
    }
    return read(
        kind,
        "find " + kind.getKey() + " " + name,
        session -> {
          Query query =
              sql(session, "SELECT * FROM [" + kind.getNodeType() + "] AS n WHERE NAME(n) = $name");
          query.bindValue("name", session.getValueFactory().createValue(name));
          NodeIterator nodes = query.execute().getNodes();
          return nodes.hasNext()
              ? Optional.of(reader.read(nodes.nextNode()))
              : Optional.<Item>empty();
        });
  }

  @Override
  public Optional<Item> findById(ContentKind kind, String id) {
    if (id == null || !IDENTIFIER.matcher(id).matches()) {
      return Optional.empty();
    }
    return read(
        kind,
        "find " + kind.getKey() + " " + id,
        session -> {
          Node node = byIdentifier(session, kind, id);
          return node == null ? Optional.<Item>empty() : Optional.of(reader.read(node));
        });
  }

  @Override
  public ResultPage<ItemSummary> latest(ContentKind kind, int page, int pageSize) {
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    int number = Math.max(1, page);
    long offset = (long) (number - 1) * size;
    if (kind != null) {
      Slice slice = newest(kind, null, offset, size, true);
      return new ResultPage<>(slice.items, number, size, slice.total);
    }
    // Two workspaces: take the first offset+size of each, merge, cut out the page.
    List<ItemSummary> merged = new ArrayList<>();
    long total = 0;
    for (ContentKind k : ContentKind.values()) {
      Slice slice = newest(k, null, 0, offset + size, true);
      merged.addAll(slice.items);
      total += slice.total;
    }
    merged.sort(NEWEST_FIRST);
    int from = (int) Math.min(offset, merged.size());
    int to = (int) Math.min(offset + size, merged.size());
    return new ResultPage<>(merged.subList(from, to), number, size, total);
  }

  @Override
  public List<ItemSummary> related(Item item, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    Map<String, ItemSummary> result = new LinkedHashMap<>();
    for (String id : item.getRelatedIds()) {
      if (result.size() == limit) {
        break;
      }
      if (!id.equals(item.getId()) && !result.containsKey(id)) {
        summaryById(id).ifPresent(s -> result.put(id, s));
      }
    }
    if (result.size() < limit && (!item.getCategory().isBlank() || !item.getTags().isEmpty())) {
      // Enough candidates from each kind to fill the rest even if the item and the picks are among
      // them.
      long wanted = limit + result.size() + 1L;
      List<ItemSummary> similar = new ArrayList<>();
      for (ContentKind kind : ContentKind.values()) {
        similar.addAll(newest(kind, item, 0, wanted, false).items);
      }
      similar.sort(NEWEST_FIRST);
      for (ItemSummary candidate : similar) {
        if (result.size() == limit) {
          break;
        }
        if (!candidate.getId().equals(item.getId())) {
          result.putIfAbsent(candidate.getId(), candidate);
        }
      }
    }
    return List.copyOf(result.values());
  }

  private Optional<ItemSummary> summaryById(String id) {
    if (!IDENTIFIER.matcher(id).matches()) {
      return Optional.empty();
    }
    for (ContentKind kind : ContentKind.values()) {
      Optional<ItemSummary> found =
          read(
              kind,
              "find " + id,
              session -> {
                Node node = byIdentifier(session, kind, id);
                return node == null
                    ? Optional.<ItemSummary>empty()
                    : Optional.of(reader.summary(node));
              });
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private record Slice(List<ItemSummary> items, long total) {}

  /**
   * Items of {@code kind}, newest first, from {@code offset}, at most {@code limit}; with {@code
   * similarTo}, only those sharing its category or one of its tags. The total counts all matches
   * when asked for (-1 if not).
   */
  private Slice newest(
      ContentKind kind, Item similarTo, long offset, long limit, boolean countAll) {
    return read(
        kind,
        "list " + kind.getKey(),
        session -> {
          StringBuilder statement =
              new StringBuilder("SELECT * FROM [" + kind.getNodeType() + "] AS n");
          List<String> values = new ArrayList<>();
          if (similarTo != null) {
            List<String> conditions = new ArrayList<>();
            if (!similarTo.getCategory().isBlank()) {
              conditions.add("n.[" + ContentReader.CATEGORY + "] = $v" + values.size());
              values.add(similarTo.getCategory());
            }
            for (String tag : similarTo.getTags()) {
              conditions.add("n.[" + ContentReader.TAGS + "] = $v" + values.size());
              values.add(tag);
            }
            statement.append(" WHERE ").append(String.join(" OR ", conditions));
          }
          String where = statement.toString();
          Query page =
              sql(
                  session,
                  where + " ORDER BY n.[" + ContentReader.PUBLISH_DATE + "] DESC, n.[jcr:uuid]");
          Query count = sql(session, where);
          for (Query query : countAll ? List.of(page, count) : List.of(page)) {
            for (int i = 0; i < values.size(); i++) {
              query.bindValue("v" + i, session.getValueFactory().createValue(values.get(i)));
            }
          }
          page.setOffset(offset);
          page.setLimit(limit);
          List<ItemSummary> items = new ArrayList<>();
          for (NodeIterator nodes = page.execute().getNodes(); nodes.hasNext(); ) {
            items.add(reader.summary(nodes.nextNode()));
          }
          return new Slice(items, countAll ? count(count) : -1);
        });
  }

  private static long count(Query query) throws RepositoryException {
    RowIterator rows = query.execute().getRows();
    long size = rows.getSize();
    if (size >= 0) {
      return size;
    }
    long total = 0;
    for (; rows.hasNext(); rows.nextRow()) {
      total++;
    }
    return total;
  }

  private static Node byIdentifier(Session session, ContentKind kind, String id)
      throws RepositoryException {
    try {
      Node node = session.getNodeByIdentifier(id);
      return node.isNodeType(kind.getNodeType()) ? node : null;
    } catch (ItemNotFoundException e) {
      return null;
    }
  }

  private static Query sql(Session session, String statement) throws RepositoryException {
    QueryManager queries = session.getWorkspace().getQueryManager();
    return queries.createQuery(statement, Query.JCR_SQL2);
  }

  private <T> T read(ContentKind kind, String what, SessionWork<T> work) {
    try {
      return sessions.withSession(kind.getWorkspace(), work);
    } catch (RepositoryException e) {
      throw new UncheckedRepositoryException("cannot " + what, e);
    }
  }
}
