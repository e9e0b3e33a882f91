package org.civicportal.rating;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import org.civicportal.content.Article;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Article and report ratings: one vote per visitor per item, only on existing items whose editors left rating
 * on. Whether an id is rateable is remembered briefly, since every page view asks for live numbers.
 */
@Singleton
public class RatingService {
    /** How long a change of an item's rateable flag (or its deletion) may take to reach the API. */
    static final Duration RATEABLE_CACHE = Duration.ofSeconds(30);

    private final ContentService content;
    private final RatingStore store;
    private final Cache<String, Boolean> rateable = CacheBuilder.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(RATEABLE_CACHE)
            .build();

    @Inject
    public RatingService(ContentService content, RatingStore store) {
        this.content = content;
        this.store = store;
    }

    /** The summary with this visitor's score ({@code visitorKey} may be null); empty when not rateable. */
    public Optional<RatingSummary> summary(String itemId, String visitorKey) throws RepositoryException {
        if (!isRateable(itemId)) {
            return Optional.empty();
        }
        return Optional.of(store.read(itemId, visitorKey));
    }

    /** The numbers a page shows when rendered: no visitor's score, since pages are cached for everyone. */
    public RatingSummary forPage(Article item) throws RepositoryException {
        return store.read(item.getId(), null);
    }

    public RatingSummary vote(String itemId, String visitorKey, int score)
            throws RepositoryException, NotRateableException, AlreadyVotedException {
        if (!isRateable(itemId)) {
            throw new NotRateableException(itemId);
        }
        return store.vote(itemId, visitorKey, score);
    }

    /** Recomputes the summary from the vote records. */
    public RatingSummary recount(String itemId) throws RepositoryException {
        return store.recount(itemId);
    }

    private boolean isRateable(String itemId) {
        try {
            return rateable.get(itemId, () -> lookUp(itemId));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not look up " + itemId, e.getCause());
        }
    }

    private boolean lookUp(String itemId) {
        Optional<Article> item = content.findById(ContentKind.ARTICLE, itemId);
        if (item.isEmpty()) {
            item = content.findById(ContentKind.REPORT, itemId);
        }
        return item.map(Article::isRateable).orElse(false);
    }
}
