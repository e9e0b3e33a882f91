package org.civicportal.web;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import org.civicportal.content.Article;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The published articles and reports the visit API names by JCR identifier, looked up once a few minutes: every page
 * view of an item asks, and ids of no item (robots' guesses) must not reach the repository each time either.
 */
@Singleton
public class PublishedItems {
    /** Ids remembered, found or not: bounded whatever the ids sent. */
    private static final int REMEMBERED = 10_000;
    /** How long a lookup holds: an item published or deleted meanwhile is seen that much later. */
    private static final long MINUTES = 5;

    private final ContentService content;
    private final Cache<String, Optional<Article>> found = CacheBuilder.newBuilder()
            .maximumSize(REMEMBERED)
            .expireAfterWrite(MINUTES, TimeUnit.MINUTES)
            .build();

    @Inject
    public PublishedItems(ContentService content) {
        this.content = content;
    }

    /** The article or report {@code itemId} (a validated JCR identifier) names, if one is published. */
    public Optional<Article> find(String itemId) {
        try {
            return found.get(itemId, () -> lookUp(itemId));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not look up the item " + itemId, e.getCause());
        }
    }

    public boolean exists(String itemId) {
        return find(itemId).isPresent();
    }

    private Optional<Article> lookUp(String itemId) {
        for (ContentKind kind : ContentKind.values()) {
            Optional<Article> item = content.findById(kind, itemId);
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }
}
