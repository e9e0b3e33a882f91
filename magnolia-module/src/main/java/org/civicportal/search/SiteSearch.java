package org.civicportal.search;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryResult;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;
import org.apache.jackrabbit.api.query.JackrabbitQueryResult;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentReader;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.ResultPage;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.UncheckedRepositoryException;
import org.civicportal.visits.VisitSettings;
import org.jsoup.Jsoup;

/**
 * The site search over articles and reports: a full-text query ({@code jcr:contains}, ranked by the
 * score) on each content workspace, answered by the workspace's Lucene index and its analyzer (the
 * {@link FoldingAnalyzer} where the workspace is configured with it), the same code in Magnolia and
 * the standalone. Hits of both kinds are merged by score; a year keeps the items published in it,
 * in the site's time zone.
 */
@Singleton
public class SiteSearch {
  /** Characters of text shown with a hit. */
  static final int EXCERPT_CHARS = 220;

  private final JcrSessions sessions;
  private final ContentReader reader;
  private final Provider<VisitSettings> settings;
  private final Supplier<List<Integer>> years =
      Suppliers.memoizeWithExpiration(this::readYears, 10, TimeUnit.MINUTES);

  @Inject
  public SiteSearch(JcrSessions sessions, AssetLinks assetLinks, Provider<VisitSettings> settings) {
    this.sessions = sessions;
    this.reader = new ContentReader(assetLinks);
    this.settings = settings;
  }

  /**
   * The answer to the search page's parameters ({@link SearchQuery#parse}; null when absent): the
   * hits, or why the request was refused.
   */
  public SearchAnswer answer(String q, String type, String year, String page, int pageSize) {
    try {
      return SearchAnswer.of(search(SearchQuery.parse(q, type, year, page), pageSize));
    } catch (InvalidSearch refusal) {
      return SearchAnswer.refused(refusal, q, years());
    }
  }

  /** Page {@code query.getPage()} of the hits, {@code pageSize} a page, best first. */
  public SearchResults search(SearchQuery query, int pageSize) {
    List<Integer> years = years();
    if (query.isEmpty()) {
      return new SearchResults(query, new ResultPage<>(List.of(), 1, pageSize, 0), years);
    }
    long wanted = (long) query.getPage() * pageSize;
    List<Scored> merged = new ArrayList<>();
    long total = 0;
    for (ContentKind kind : ContentKind.values()) {
      if (query.getKind().map(kind::equals).orElse(true)) {
        Matches matches = matches(kind, query, wanted);
        merged.addAll(matches.best);
        total += matches.total;
      }
    }
    // Stable: equal scores keep the index's order within a kind, so that every page cuts the same
    // sequence.
    merged.sort(Comparator.comparingDouble(Scored::score).reversed());
    int from = (int) Math.min(wanted - pageSize, merged.size());
    int to = (int) Math.min(wanted, merged.size());
    List<SearchHit> hits = new ArrayList<>();
    for (Scored scored : merged.subList(from, to)) {
      hits.add(hit(scored, query));
    }
    return new SearchResults(
        query, new ResultPage<>(hits, query.getPage(), pageSize, total), years);
  }

  record Scored(ContentKind kind, String id, double score) {}

  record Matches(List<Scored> best, long total) {}

  /** The best {@code limit} matches of one kind, and how many match in all. */
  Matches matches(ContentKind kind, SearchQuery query, long limit) {
    return read(
        kind,
        session -> {
          Query best =
              IndexQueries.sql(session, kind, matching(query) + " ORDER BY jcr:score DESC");
          best.setLimit(limit);
          QueryResult result = best.execute();
          List<Scored> found = new ArrayList<>();
          for (RowIterator rows = result.getRows(); rows.hasNext(); ) {
            Row row = rows.nextRow();
            found.add(new Scored(kind, row.getNode().getIdentifier(), row.getScore()));
          }
          return new Matches(
              found, found.size() < limit ? found.size() : total(session, kind, query, result));
        });
  }

  /**
   * How many match in all: Jackrabbit's count of the index's hits, which its query result knows
   * without reading them when the workspace's SearchIndex has {@code sizeEstimate} set (access
   * control is left out of that count: the content workspaces are readable by every visitor); else
   * the hits counted one by one, which is slow.
   */
  private long total(Session session, ContentKind kind, SearchQuery query, QueryResult result)
      throws RepositoryException {
    if (result instanceof JackrabbitQueryResult jackrabbit && jackrabbit.getTotalSize() >= 0) {
      return jackrabbit.getTotalSize();
    }
    long total = 0;
    NodeIterator all = IndexQueries.sql(session, kind, matching(query)).execute().getNodes();
    for (; all.hasNext(); all.nextNode()) {
      total++;
    }
    return total;
  }

  /**
   * The condition of the hits: all the words, in the year if one is asked for. Words need no
   * quoting.
   */
  private String matching(SearchQuery query) {
    String where = " WHERE CONTAINS(*, '" + query.containsExpression() + "')";
    if (query.getYear().isEmpty()) {
      return where;
    }
    int year = query.getYear().get();
    return where
        + " AND "
        + ContentReader.PUBLISH_DATE
        + " >= TIMESTAMP '"
        + startOfYear(year)
        + "' AND "
        + ContentReader.PUBLISH_DATE
        + " < TIMESTAMP '"
        + startOfYear(year + 1)
        + "'";
  }

  /**
   * The hit as shown: title and excerpt (from the lead and the body's text) with the searched words
   * marked.
   */
  private SearchHit hit(Scored scored, SearchQuery query) {
    return read(
        scored.kind,
        session -> {
          Node node = session.getNodeByIdentifier(scored.id);
          ItemSummary item = reader.summary(node);
          String body =
              node.hasProperty(ContentReader.BODY)
                  ? node.getProperty(ContentReader.BODY).getString()
                  : "";
          String text = item.getLead() + " " + Jsoup.parse(body).text();
          return new SearchHit(
              item,
              scored.score,
              Highlighter.mark(item.getTitle(), query.getWords()),
              Highlighter.excerpt(text, query.getWords(), EXCERPT_CHARS));
        });
  }

  /**
   * The publish years of the items, newest first: from the oldest item's year to the newest's. Read
   * at most every few minutes: the range changes when a year turns or old items are imported, and
   * reading it sorts the index.
   */
  public List<Integer> years() {
    return years.get();
  }

  private List<Integer> readYears() {
    TreeSet<Integer> bounds = new TreeSet<>();
    for (ContentKind kind : ContentKind.values()) {
      for (String direction : List.of("ASC", "DESC")) {
        read(
            kind,
            session -> {
              Query q =
                  IndexQueries.sql(
                      session,
                      kind,
                      " WHERE "
                          + ContentReader.PUBLISH_DATE
                          + " IS NOT NULL ORDER BY "
                          + ContentReader.PUBLISH_DATE
                          + " "
                          + direction);
              q.setLimit(1);
              NodeIterator nodes = q.execute().getNodes();
              if (nodes.hasNext()) {
                Calendar date = nodes.nextNode().getProperty(ContentReader.PUBLISH_DATE).getDate();
                bounds.add(date.toInstant().atZone(zone()).getYear());
              }
              return null;
            });
      }
    }
    List<Integer> years = new ArrayList<>();
    if (!bounds.isEmpty()) {
      for (int y = bounds.last(); y >= bounds.first(); y--) {
        years.add(y);
      }
    }
    return years;
  }

  /** The first instant of {@code year} in the site's time zone, as SQL's TIMESTAMP reads it. */
  private String startOfYear(int year) {
    return java.time.LocalDate.of(year, 1, 1)
        .atStartOfDay(zone())
        .toOffsetDateTime()
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
  }

  private ZoneId zone() {
    return settings.get().getZone();
  }

  private <T> T read(ContentKind kind, org.civicportal.jcr.SessionWork<T> work) {
    try {
      return sessions.withSession(kind.getWorkspace(), work);
    } catch (RepositoryException e) {
      throw new UncheckedRepositoryException("cannot search " + kind.getKey(), e);
    }
  }
}
