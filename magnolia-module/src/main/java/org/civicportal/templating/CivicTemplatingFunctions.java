package org.civicportal.templating;

import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentReader;
import org.civicportal.content.ContentService;
import org.civicportal.content.Item;
import org.civicportal.content.ItemLookup;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.ResultPage;
import org.civicportal.content.ViewedItem;
import org.civicportal.jcr.UncheckedRepositoryException;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingSummary;
import org.civicportal.search.SearchAnswer;
import org.civicportal.search.SiteSearch;
import org.civicportal.visits.MostRead;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code civicfn} templating functions: what page and component templates need from civic
 * content, as plain beans. Registered in Magnolia as {@code civicfn}; the standalone site passes
 * the same object to its templates.
 */
public class CivicTemplatingFunctions {
  private static final Logger LOG = LoggerFactory.getLogger(CivicTemplatingFunctions.class);
  private final ContentService content;
  private final ContentReader reader;
  private final Provider<SiteContext> site;
  private final PollService polls;
  private final RatingService ratings;
  private final Provider<VisitCounter> visits;
  private final ItemLookup items;
  private final SiteSearch search;

  @Inject
  public CivicTemplatingFunctions(
      ContentService content,
      AssetLinks assetLinks,
      Provider<SiteContext> site,
      PollService polls,
      RatingService ratings,
      Provider<VisitCounter> visits,
      ItemLookup items,
      SiteSearch search) {
    this.content = content;
    this.items = items;
    this.reader = new ContentReader(assetLinks);
    this.site = site;
    this.polls = polls;
    this.ratings = ratings;
    this.visits = visits;
    this.search = search;
  }

  /**
   * The item a page or component is about, from its node: an article or a report ({@link Item}).
   */
  public Item article(Node node) {
    try {
      return reader.read(node);
    } catch (RepositoryException e) {
      throw new UncheckedRepositoryException("cannot read item", e);
    }
  }

  /** The item of kind "article" or "report" with this JCR identifier, or null. */
  public Item byId(String kind, String id) {
    ContentKind k = kind(kind);
    return k == null ? null : content.findById(k, id).orElse(null);
  }

  /**
   * The item of kind "article" or "report" whose node name (its URL name) is {@code name}, or null.
   */
  public Item byName(String kind, String name) {
    ContentKind k = kind(kind);
    return k == null ? null : content.findByName(k, name).orElse(null);
  }

  /**
   * Page {@code page} (from 1) of the newest items of {@code kind}: "article", "report", or "" for
   * both.
   */
  public ResultPage<ItemSummary> latest(String kind, int page, int pageSize) {
    return content.latest(kind(kind), page, pageSize);
  }

  /**
   * The listing page a visitor's {@code ?page=} value asks for (null: the first), of the newest
   * items of {@code kind}; null when the value names no page of the listing ({@link
   * SiteLinks#pageNumber}, or past the last page), which is a 404.
   */
  public ResultPage<ItemSummary> listingPage(String kind, String pageParameter, int pageSize) {
    int number = SiteLinks.pageNumber(pageParameter);
    if (number < 1) {
      return null;
    }
    ResultPage<ItemSummary> page = latest(kind, number, pageSize);
    return number > page.getTotalPages() ? null : page;
  }

  /**
   * How many items to list for a use ("listing", "latest", "related": {@link PageSize}) given an
   * editor's setting (a number, or "" when not set).
   */
  public int pageSize(String use, Object configured) {
    return PageSize.valueOf(use.trim().toUpperCase(Locale.ROOT)).of(configured);
  }

  /**
   * How many items to list for a use where editors set nothing ("related" under an item: {@link
   * PageSize}).
   */
  public int defaultPageSize(String use) {
    return PageSize.valueOf(use.trim().toUpperCase(Locale.ROOT)).getDefault();
  }

  /**
   * Up to {@code limit} related items: editor's picks first, then same category or tag, newest
   * first.
   */
  public List<ItemSummary> related(Item item, int limit) {
    return item == null ? List.of() : content.related(item, limit);
  }

  /**
   * The poll a component shows, as a cached page may show it: the one {@code reference} names (JCR
   * identifier or path), or the newest open poll when it is empty; null when there is none.
   */
  public PollView poll(String reference) {
    try {
      return (reference == null || reference.isBlank()
              ? polls.newestOpen()
              : polls.publicView(reference))
          .orElse(null);
    } catch (RepositoryException e) {
      throw new UncheckedRepositoryException("cannot read poll", e);
    }
  }

  /** Every poll that has opened, newest first: the poll archive. */
  public List<PollView> polls() {
    try {
      return polls.archive();
    } catch (RepositoryException e) {
      throw new UncheckedRepositoryException("cannot read polls", e);
    }
  }

  /**
   * The rating numbers to render with a rateable item (never a visitor's own score: pages are
   * cached), or null when the item is not rateable or the ratings cannot be read; a page must not
   * fail over its rating widget.
   */
  public RatingSummary rating(Item item) {
    if (item == null || !item.isRateable()) {
      return null;
    }
    try {
      return ratings.forPage(item);
    } catch (RepositoryException | RuntimeException e) {
      LOG.warn("cannot read the rating of {}", item.getId(), e);
      return null;
    }
  }

  /**
   * The visit counter block's numbers as of now (pages are cached: the block refreshes them live).
   */
  public VisitSummary visits() {
    try {
      return visits.get().summary();
    } catch (RepositoryException e) {
      throw new UncheckedRepositoryException("cannot read the visit counters", e);
    }
  }

  /**
   * The search page's answer to a visitor's parameters (each null when absent): the hits of page
   * {@code page}, {@link PageSize#SEARCH} a page, or the reason the request is refused (the page
   * then answers 400).
   */
  public SearchAnswer search(String q, String type, String year, String page) {
    return search.answer(q, type, year, page, PageSize.SEARCH.getDefault());
  }

  /**
   * An article's or report's page views as of now, or null when they cannot be read (a page must
   * not fail over its view count); pages are cached, so the count refreshes live (civic-visits.js).
   */
  public Long views(Item item) {
    try {
      return visits.get().itemViews(item.getId());
    } catch (RepositoryException | RuntimeException e) {
      LOG.warn("cannot read the views of {}", item.getId(), e);
      return null;
    }
  }

  /**
   * "Most read": the {@code count} (1 to {@link MostRead#MAX_ITEMS}) most viewed published articles
   * and reports of the last {@code days} days (7 or 30, else 7), most viewed first; empty when the
   * counts cannot be read.
   */
  public List<ViewedItem> mostRead(Object days, Object count) {
    int period = MostRead.days(days);
    int limit = MostRead.count(count);
    try {
      return items.published(visits.get().mostRead(period, limit + MostRead.SPARE), limit);
    } catch (RepositoryException | RuntimeException e) {
      LOG.warn("cannot read the most read items", e);
      return List.of();
    }
  }

  /** A configured "most read" period: 7 or 30 (a dialog stores text), else 7. */
  public int mostReadDays(Object days) {
    return MostRead.days(days);
  }

  public SiteContext site() {
    return site.get();
  }

  private static ContentKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    for (ContentKind k : ContentKind.values()) {
      if (k.getKey().equals(kind.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind \"" + kind + "\": use \"article\", \"report\" or \"\"");
  }
}
