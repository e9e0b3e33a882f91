package org.civicportal.rating;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;
import org.civicportal.content.Item;
import org.civicportal.feedback.Refusal;
import org.civicportal.feedback.Refusal.Reason;

/**
 * Article and report ratings: one vote per visitor per item, only on existing items whose editors
 * left rating on. Whether an id is rateable is remembered briefly, since every page view asks for
 * live numbers.
 */
@Singleton
public class RatingService {
  /** How long a change of an item's rateable flag (or its deletion) may take to reach the API. */
  static final Duration RATEABLE_CACHE = Duration.ofSeconds(30);

  private final ContentService content;
  private final RatingStore store;
  private final Cache<String, Boolean> rateable =
      CacheBuilder.newBuilder().maximumSize(10_000).expireAfterWrite(RATEABLE_CACHE).build();

  @Inject
  public RatingService(ContentService content, RatingStore store) {
    this.content = content;
    this.store = store;
  }

  /**
   * The summary with this visitor's score ({@code visitorKey} may be null); empty when not
   * rateable.
   */
  public Optional<RatingSummary> summary(String itemId, String visitorKey)
      throws RepositoryException {
    if (!isRateable(itemId)) {
      return Optional.empty();
    }
    return Optional.of(store.read(itemId, visitorKey));
  }

  /** {@link #summary}, refused when the id is not that of a rateable item: what the API answers. */
  public RatingSummary view(String itemId, String visitorKey) throws Refusal, RepositoryException {
    return summary(itemId, visitorKey).orElseThrow(RatingService::notRateable);
  }

  /**
   * The numbers a page shows when rendered: no visitor's score, since pages are cached for
   * everyone.
   */
  public RatingSummary forPage(Item item) throws RepositoryException {
    return store.read(item.getId(), null);
  }

  /**
   * Records the visitor's score and returns the new summary, once saved; nothing is stored when
   * refused.
   */
  public RatingSummary vote(String itemId, String visitorKey, int score)
      throws Refusal, RepositoryException {
    if (!isRateable(itemId)) {
      throw notRateable();
    }
    return store
        .vote(itemId, visitorKey, score)
        .orElseThrow(
            () -> new Refusal(Reason.ALREADY_VOTED, "This visitor has already rated this item."));
  }

  private static Refusal notRateable() {
    return new Refusal(Reason.NOT_FOUND, "No rateable item with this id.");
  }

  /** Recomputes the summary from the vote records. */
  public RatingSummary recount(String itemId) throws RepositoryException {
    return store.recount(itemId);
  }

  /**
   * The best-rated existing items with at least {@code minCount} votes: highest exact mean first,
   * then more votes, then by id so that the order is stable.
   */
  public List<RatedItem> topRated(int limit, long minCount) throws RepositoryException {
    return ranked(limit, minCount, BY_MEAN.thenComparing(BY_COUNT));
  }

  /** The existing items with the most votes, ties broken by the higher mean, then by id. */
  public List<RatedItem> mostRated(int limit) throws RepositoryException {
    return ranked(limit, 1, BY_COUNT.thenComparing(BY_MEAN));
  }

  private static final Comparator<RatingSummary> BY_COUNT =
      Comparator.comparingLong(RatingSummary::getCount).reversed();

  /**
   * Compares total/count exactly by cross-multiplying, higher first; the shown average is rounded.
   */
  private static final Comparator<RatingSummary> BY_MEAN =
      (a, b) -> Long.compare(b.getTotal() * a.getCount(), a.getTotal() * b.getCount());

  private List<RatedItem> ranked(int limit, long minCount, Comparator<RatingSummary> order)
      throws RepositoryException {
    List<RatingSummary> summaries = store.summaries();
    summaries.removeIf(s -> s.getCount() < minCount);
    summaries.sort(order.thenComparing(RatingSummary::getItemId));
    List<RatedItem> out = new ArrayList<>();
    for (RatingSummary s : summaries) {
      if (out.size() >= limit) {
        break;
      }
      // Ratings outlive deleted items; those are left out rather than shown without a title.
      find(s.getItemId()).ifPresent(item -> out.add(new RatedItem(item, s)));
    }
    return out;
  }

  private boolean isRateable(String itemId) {
    try {
      return rateable.get(itemId, () -> lookUp(itemId));
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not look up " + itemId, e.getCause());
    }
  }

  private boolean lookUp(String itemId) {
    return find(itemId).map(Item::isRateable).orElse(false);
  }

  private Optional<Item> find(String itemId) {
    Optional<Item> item = content.findById(ContentKind.ARTICLE, itemId);
    return item.isPresent() ? item : content.findById(ContentKind.REPORT, itemId);
  }
}
