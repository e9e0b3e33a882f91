package org.civicportal.stats;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.jcr.RepositoryException;
import org.civicportal.feedback.VoteCounts;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatedItem;
import org.civicportal.rating.RatingService;
import org.civicportal.templating.Messages;
import org.civicportal.visits.Dimension;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.StatsRange;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.TopEntry;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStats;

/**
 * Everything the dashboard, the JSON API and the CSV exports show, read from the capability
 * services: one place, so the three always agree.
 */
public class StatsQueries {
  /** Fewer votes than this say little about an item, so the top-rated list leaves it out. */
  static final int TOP_RATED_MIN_VOTES = 3;

  static final String TOP_RATED = "top-rated";
  static final String MOST_RATED = "most-rated";

  private final VisitStats stats;
  private final VisitCounter counter;
  private final VisitSettings settings;
  private final PollService polls;
  private final RatingService ratings;
  private final PageTitles titles;
  private final TopContent content;
  private final PublishedItems published;
  private final VoteCounts votes;

  @Inject
  public StatsQueries(
      VisitStats stats,
      VisitCounter counter,
      VisitSettings settings,
      PageTitles titles,
      PollService polls,
      RatingService ratings,
      PublishedItems published,
      VoteCounts votes) {
    this.stats = stats;
    this.counter = counter;
    this.settings = settings;
    this.polls = polls;
    this.ratings = ratings;
    this.titles = titles;
    this.content = new TopContent(titles, ratings);
    this.published = published;
    this.votes = votes;
  }

  /** Today in the site's time zone, by the statistics' clock. */
  public LocalDate today() {
    return stats.today();
  }

  public VisitSettings getSettings() {
    return settings;
  }

  /**
   * The period's headline figures and their changes, from one daily series of it and one of the
   * period before.
   */
  public Overview overview(Period period) throws RepositoryException {
    return new Overview(
        stats.series(period.getPrevious(), Granularity.DAY),
        stats.series(period.getRange(), Granularity.DAY),
        counter.summary().getOnline());
  }

  public List<StatsRow> series(StatsRange range, Granularity g) throws RepositoryException {
    return stats.series(range, g);
  }

  public List<TopEntry> top(Dimension d, StatsRange range, int limit) throws RepositoryException {
    return stats.top(d, range, limit);
  }

  /** A counted page's title in the messages' language: never null. */
  public String title(String path, String contextPath, Messages messages) {
    return titles.title(path, contextPath, messages);
  }

  /** The most viewed pages of the range, named, with their ratings. */
  public List<TopContent.Row> content(
      StatsRange range, int limit, String contextPath, Messages messages)
      throws RepositoryException {
    return content(stats.top(Dimension.PAGES, range, limit), contextPath, messages);
  }

  /** The counted pages {@code pages}, named, with their ratings. */
  public List<TopContent.Row> content(List<TopEntry> pages, String contextPath, Messages messages)
      throws RepositoryException {
    return content.rows(pages, contextPath, messages);
  }

  /** The range's visits by source, every referring domain included. */
  public Sources sources(StatsRange range) throws RepositoryException {
    return sources(stats.top(Dimension.REFERRERS, range, Integer.MAX_VALUE));
  }

  /** The visits by source of a range whose referrers (all of them) the caller has already read. */
  public Sources sources(List<TopEntry> referrers) {
    return new Sources(referrers);
  }

  /**
   * Every breakdown of the range, all keys largest first, read in one pass: for the dashboard page.
   */
  public Map<Dimension, List<TopEntry>> breakdowns(StatsRange range) throws RepositoryException {
    return stats.tops(EnumSet.allOf(Dimension.class), range, Integer.MAX_VALUE);
  }

  /** The key figures of the range. */
  public ActivityFigures figures(StatsRange range) throws RepositoryException {
    return figures(range, stats.series(range, Granularity.DAY));
  }

  /** The key figures of the range whose daily rows the caller has already read. */
  public ActivityFigures figures(StatsRange range, List<StatsRow> days) throws RepositoryException {
    return ActivityFigures.of(range, days, settings.getZone(), published, votes);
  }

  /** Every poll with its running tally, whatever visitors may see of it. */
  public List<PollView> polls() throws RepositoryException {
    return polls.tallies();
  }

  /** The top-rated or most-rated items (all time). */
  public List<RatedItem> rated(String view, int limit) throws RepositoryException {
    return view.equals(TOP_RATED)
        ? ratings.topRated(limit, TOP_RATED_MIN_VOTES)
        : ratings.mostRated(limit);
  }
}
