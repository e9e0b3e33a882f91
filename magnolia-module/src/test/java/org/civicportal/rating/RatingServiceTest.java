package org.civicportal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.feedback.Refusal;
import org.civicportal.feedback.Refusal.Reason;
import org.civicportal.feedback.VoteRecords;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ratings over the fixture content in a real Jackrabbit, including many concurrent voters. */
class RatingServiceTest {
  static final String ARTICLE = "00000000-0000-4000-8000-000000000001";
  static final String OTHER_ARTICLE = "00000000-0000-4000-8000-000000000002";
  static final String THIRD_ARTICLE = "00000000-0000-4000-8000-000000000003";
  static final String REPORT = "00000000-0000-4000-8000-000000000010";
  static final String NOT_RATEABLE = "00000000-0000-4000-8000-000000000005";
  static final String FOLDER = "00000000-0000-4000-8000-000000000100";
  static final String UNKNOWN = "0f0f0f0f-0000-4000-8000-000000000000";

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static RatingService ratings;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir);
    writer = new BatchedWriter(repository);
    ratings =
        new RatingService(
            new JcrContentService(repository, AssetLinks.URLS_ONLY),
            new RatingStore(repository, writer));
  }

  @AfterAll
  static void stop() {
    writer.close();
    repository.close();
  }

  static String visitor(String seed) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aVoteCountsOncePerVisitorAndIsShownBackToThem() throws Exception {
    RatingSummary after = ratings.vote(OTHER_ARTICLE, visitor("a"), 4);
    assertThat(after.getCount()).isEqualTo(1);
    assertThat(after.getMyScore()).isEqualTo(4);
    ratings.vote(OTHER_ARTICLE, visitor("b"), 5);
    RatingSummary third = ratings.vote(OTHER_ARTICLE, visitor("c"), 4);
    assertThat(third.getCount()).isEqualTo(3);
    assertThat(third.getTotal()).isEqualTo(13);
    assertThat(third.getAverage()).hasToString("4.3");
    assertThat(third.getHistogram()).containsExactly(0L, 0L, 0L, 2L, 1L);
    assertThat(third.getPercentages()).containsExactly(0, 0, 0, 67, 33);

    assertThatThrownBy(() -> ratings.vote(OTHER_ARTICLE, visitor("a"), 1))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.ALREADY_VOTED);
    RatingSummary seenByA = ratings.summary(OTHER_ARTICLE, visitor("a")).orElseThrow();
    assertThat(seenByA.getHistogram()).containsExactly(0L, 0L, 0L, 2L, 1L);
    assertThat(seenByA.getMyScore()).isEqualTo(4);
    assertThat(ratings.summary(OTHER_ARTICLE, visitor("nobody")).orElseThrow().getMyScore())
        .isNull();
    assertThat(ratings.summary(OTHER_ARTICLE, null).orElseThrow().getMyScore()).isNull();
  }

  @Test
  void reportsAreRateableToo() throws Exception {
    assertThat(ratings.summary(REPORT, null).orElseThrow().getCount()).isZero();
    assertThat(ratings.summary(REPORT, null).orElseThrow().getAverage()).hasToString("0.0");
    assertThat(ratings.vote(REPORT, visitor("r"), 2).getAverage()).hasToString("2.0");
  }

  @Test
  void itemsThatAreNotRateableAreRefusedAndNothingIsStored() throws Exception {
    for (String id : List.of(NOT_RATEABLE, FOLDER, UNKNOWN)) {
      assertThat(ratings.summary(id, null)).as(id).isEmpty();
      assertThatThrownBy(() -> ratings.vote(id, visitor("x"), 3))
          .as(id)
          .isInstanceOf(Refusal.class)
          .extracting("reason")
          .isEqualTo(Reason.NOT_FOUND);
      boolean stored =
          repository.withSession(Workspaces.FEEDBACK, s -> s.nodeExists(RatingStore.itemPath(id)));
      assertThat(stored).as(id).isFalse();
    }
  }

  @Test
  void manyConcurrentVotersLoseNothing() throws Exception {
    int threads = 16;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger refused = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    long[] expected = new long[5];
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        expected[(t * perThread + i) % 5]++;
      }
    }
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      for (int i = 0; i < perThread; i++) {
                        int n = thread * perThread + i;
                        String key = visitor("v" + n);
                        ratings.vote(ARTICLE, key, n % 5 + 1);
                        // Every thread also retries a vote already made: always refused, never
                        // counted.
                        try {
                          ratings.vote(ARTICLE, key, 1);
                        } catch (Refusal e) {
                          assertThat(e.getReason()).isEqualTo(Reason.ALREADY_VOTED);
                          refused.incrementAndGet();
                        }
                      }
                      return null;
                    }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    RatingSummary summary = ratings.summary(ARTICLE, visitor("v7")).orElseThrow();
    assertThat(refused.get()).isEqualTo(threads * perThread);
    assertThat(summary.getCount()).isEqualTo(threads * perThread);
    assertThat(summary.getHistogram())
        .containsExactly(expected[0], expected[1], expected[2], expected[3], expected[4]);
    assertThat(summary.getMyScore()).isEqualTo(3);
    assertThat(countVoteRecords(ARTICLE)).isEqualTo(threads * perThread);
    assertThat(ratings.recount(ARTICLE).getHistogram()).isEqualTo(summary.getHistogram());
  }

  @Test
  void recountRebuildsTheSummaryFromTheRecords() throws Exception {
    ratings.vote(THIRD_ARTICLE, visitor("p"), 1);
    ratings.vote(THIRD_ARTICLE, visitor("q"), 5);
    writer.write(
        Workspaces.FEEDBACK,
        s -> {
          Node item = s.getNode(RatingStore.itemPath(THIRD_ARTICLE));
          item.setProperty("histogram", new String[] {"9", "9", "9", "9", "9"});
          item.setProperty("count", 45);
          return null;
        });
    assertThat(ratings.summary(THIRD_ARTICLE, null).orElseThrow().getCount()).isEqualTo(45);
    RatingSummary fixed = ratings.recount(THIRD_ARTICLE);
    assertThat(fixed.getHistogram()).containsExactly(1L, 0L, 0L, 0L, 1L);
    assertThat(ratings.summary(THIRD_ARTICLE, null).orElseThrow().getTotal()).isEqualTo(6);
    long storedCount =
        repository.withSession(
            Workspaces.FEEDBACK,
            s -> s.getNode(RatingStore.itemPath(THIRD_ARTICLE)).getProperty("count").getLong());
    assertThat(storedCount).isEqualTo(2);
  }

  @Test
  void movingTheArticleKeepsItsRating() throws Exception {
    String report = "00000000-0000-4000-8000-000000000011";
    ratings.vote(report, visitor("m"), 3);
    repository.withSession(
        Workspaces.REPORTS,
        s -> {
          Node node = s.getNodeByIdentifier(report);
          s.move(node.getPath(), "/moved-" + node.getName());
          s.save();
          return null;
        });
    assertThat(ratings.summary(report, visitor("m")).orElseThrow().getMyScore()).isEqualTo(3);
  }

  private static long countVoteRecords(String itemId) throws RepositoryException {
    return repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          long[] n = {0};
          VoteRecords.forEach(s.getNode(RatingStore.itemPath(itemId)), record -> n[0]++);
          return n[0];
        });
  }
}
