package org.civicportal.stats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.jcr.RepositoryException;
import org.civicportal.content.ContentKind;
import org.civicportal.feedback.VoteCounts;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingStore;
import org.civicportal.visits.StatsRange;
import org.civicportal.visits.StatsRow;

/**
 * The portal's key figures for an activity report over a period (a quarter by default): articles
 * and reports published (in total and per category, by their publish date), page views and
 * visitors, ratings given and poll answers. Days are the site's (its time zone).
 */
public final class ActivityFigures {
  private final StatsRange range;
  private final Map<String, Long> articles;
  private final Map<String, Long> reports;
  private final long pageViews;
  private final long visitors;
  private final long ratings;
  private final long pollAnswers;

  ActivityFigures(
      StatsRange range,
      Map<String, Long> articles,
      Map<String, Long> reports,
      long pageViews,
      long visitors,
      long ratings,
      long pollAnswers) {
    this.range = range;
    this.articles = Collections.unmodifiableMap(new TreeMap<>(articles));
    this.reports = Collections.unmodifiableMap(new TreeMap<>(reports));
    this.pageViews = pageViews;
    this.visitors = visitors;
    this.ratings = ratings;
    this.pollAnswers = pollAnswers;
  }

  /**
   * @param days the period's daily rows (page views and visitors are their sums, visitor keys being
   *     daily)
   */
  static ActivityFigures of(
      StatsRange range,
      List<StatsRow> days,
      ZoneId zone,
      PublishedItems published,
      VoteCounts votes)
      throws RepositoryException {
    Instant from = range.getFrom().atStartOfDay(zone).toInstant();
    Instant to = range.getTo().plusDays(1).atStartOfDay(zone).toInstant();
    return new ActivityFigures(
        range,
        published.perCategory(ContentKind.ARTICLE, from, to),
        published.perCategory(ContentKind.REPORT, from, to),
        days.stream().mapToLong(StatsRow::getPageViews).sum(),
        days.stream().mapToLong(StatsRow::getVisitors).sum(),
        votes.between(RatingStore.ROOT, from, to),
        votes.between(PollTallyStore.ROOT, from, to));
  }

  public String getFrom() {
    return range.getFrom().toString();
  }

  public String getTo() {
    return range.getTo().toString();
  }

  public long getArticles() {
    return sum(articles);
  }

  /** Articles per category, by category name ("" for none), in the categories' order. */
  public Map<String, Long> getArticlesPerCategory() {
    return articles;
  }

  public long getReports() {
    return sum(reports);
  }

  public Map<String, Long> getReportsPerCategory() {
    return reports;
  }

  /** Articles and reports together. */
  public long getItems() {
    return getArticles() + getReports();
  }

  public long getPageViews() {
    return pageViews;
  }

  public long getVisitors() {
    return visitors;
  }

  public long getRatings() {
    return ratings;
  }

  public long getPollAnswers() {
    return pollAnswers;
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
