package org.civicportal.content;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The published articles and reports the visit API and "most read" name by JCR identifier, looked
 * up once in a few minutes: every page view of an item asks, and ids of no item (robots' guesses)
 * must not reach the repository each time either.
 */
@Singleton
public class ItemLookup {
  /** Ids remembered, found or not: bounded whatever the ids sent. */
  private static final int REMEMBERED = 10_000;

  /** How long a lookup holds: an item published or deleted meanwhile is seen that much later. */
  private static final long MINUTES = 5;

  private final ContentService content;
  private final Cache<String, Optional<Item>> found =
      CacheBuilder.newBuilder()
          .maximumSize(REMEMBERED)
          .expireAfterWrite(MINUTES, TimeUnit.MINUTES)
          .build();

  @Inject
  public ItemLookup(ContentService content) {
    this.content = content;
  }

  /**
   * The article or report {@code itemId} (a validated JCR identifier) names, if one is published.
   */
  public Optional<Item> find(String itemId) {
    try {
      return found.get(itemId, () -> lookUp(itemId));
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not look up the item " + itemId, e.getCause());
    }
  }

  public boolean exists(String itemId) {
    return find(itemId).isPresent();
  }

  /**
   * The published items among {@code viewsByItem} (JCR identifiers to views, in the caller's
   * order), at most {@code limit}: items deleted since they were viewed drop out.
   */
  public List<ViewedItem> published(Map<String, Long> viewsByItem, int limit) {
    List<ViewedItem> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : viewsByItem.entrySet()) {
      if (out.size() == limit) {
        break;
      }
      find(e.getKey()).ifPresent(item -> out.add(new ViewedItem(item, e.getValue())));
    }
    return out;
  }

  private Optional<Item> lookUp(String itemId) {
    for (ContentKind kind : ContentKind.values()) {
      Optional<Item> item = content.findById(kind, itemId);
      if (item.isPresent()) {
        return item;
      }
    }
    return Optional.empty();
  }
}
