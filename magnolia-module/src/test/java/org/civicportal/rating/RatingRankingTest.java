package org.civicportal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicportal.rating.RatingServiceTest.visitor;

import java.nio.file.Path;
import java.util.List;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics' top-rated and most-rated lists over real Jackrabbit summaries. */
class RatingRankingTest {
  static final String A1 = "00000000-0000-4000-8000-000000000001";
  static final String A2 = "00000000-0000-4000-8000-000000000002";
  static final String A3 = "00000000-0000-4000-8000-000000000003";
  static final String DELETED = "00000000-0000-4000-8000-000000000004";
  static final String R10 = "00000000-0000-4000-8000-000000000010";
  static final String R11 = "00000000-0000-4000-8000-000000000011";
  static final String NEVER_EXISTED = "0f0f0f0f-0000-4000-8000-000000000000";

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static RatingStore store;
  static RatingService ratings;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir);
    writer = new BatchedWriter(repository);
    store = new RatingStore(repository, writer);
    ratings = new RatingService(new JcrContentService(repository, AssetLinks.URLS_ONLY), store);
    votes(R10, 5, 5, 5, 5);
    votes(A2, 5, 5, 4);
    votes(A3, 5, 4, 5);
    votes(A1, 4, 4, 5);
    votes(R11, 1, 2, 3, 4, 5, 5);
    votes(DELETED, 5, 5, 5, 5, 5);
    votes(NEVER_EXISTED, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
    repository.withSession(
        Workspaces.ARTICLES,
        s -> {
          s.getNodeByIdentifier(DELETED).remove();
          s.save();
          return null;
        });
  }

  @AfterAll
  static void stop() {
    writer.close();
    repository.close();
  }

  static void votes(String itemId, int... scores) throws Exception {
    for (int i = 0; i < scores.length; i++) {
      store.vote(itemId, visitor(itemId + i), scores[i]);
    }
  }

  static List<String> ids(List<RatedItem> items) {
    return items.stream().map(r -> r.getItem().getId()).toList();
  }

  @Test
  void theStoreKeepsSummariesOfItemsThatAreGone() throws Exception {
    assertThat(store.summaries())
        .extracting(RatingSummary::getItemId)
        .contains(DELETED, NEVER_EXISTED);
  }

  @Test
  void topRatedOrdersByExactMeanThenCountThenIdAndSkipsItemsThatAreGone() throws Exception {
    List<RatedItem> top = ratings.topRated(10, 3);
    // A2 and A3 tie exactly (14/3, three votes each), so the id decides.
    assertThat(ids(top)).containsExactly(R10, A2, A3, A1, R11);
    assertThat(top)
        .extracting(r -> r.getRating().getAverage().toPlainString())
        .containsExactly("5.0", "4.7", "4.7", "4.3", "3.3");
    assertThat(top.get(0).getItem().getTitle()).isEqualTo("Báo cáo quý I/2024");
  }

  @Test
  void theLimitCountsOnlyListedItemsAndMinCountLeavesOutThinRatings() throws Exception {
    assertThat(ids(ratings.topRated(2, 3))).containsExactly(R10, A2);
    assertThat(ids(ratings.topRated(10, 4))).containsExactly(R10, R11);
  }

  @Test
  void mostRatedOrdersByCountThenMeanThenId() throws Exception {
    assertThat(ids(ratings.mostRated(10))).containsExactly(R11, R10, A2, A3, A1);
    assertThat(ids(ratings.mostRated(1))).containsExactly(R11);
  }
}
