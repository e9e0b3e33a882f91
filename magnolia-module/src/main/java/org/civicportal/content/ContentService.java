package org.civicportal.content;

import java.util.List;
import java.util.Optional;

/**
 * Reads published articles and reports for pages: by name or id, newest first, and related items.
 */
public interface ContentService {
  Optional<Item> findByName(ContentKind kind, String name);

  Optional<Item> findById(ContentKind kind, String id);

  /**
   * Newest first by publish date, page numbered from 1; null kind means articles and reports
   * together.
   */
  ResultPage<ItemSummary> latest(ContentKind kind, int page, int pageSize);

  /**
   * Up to {@code limit} items related to {@code item}: the editor's picks first (in their order),
   * then items of the same category or sharing a tag, newest first; never the item itself, never
   * twice.
   */
  List<ItemSummary> related(Item item, int limit);
}
