package org.civicportal.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.ITEM;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.POLL;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.POLL_VOTES;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.RATING_VOTES;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.TIME;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.key;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.options;
import static org.civicportal.feedback.EarlierVotesFixtureGenerator.score;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.civicportal.poll.PollTally;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingStore;
import org.civicportal.rating.RatingSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Votes written by the version before the deep vote layout (records at {@code votes/{hh}/{hash}}),
 * imported from the system views that version exported ({@link EarlierVotesFixtureGenerator}), keep
 * counting: in the summaries, as each visitor's one vote, and in a recount; new votes beside them
 * go to the deep layout.
 */
class VotesOfEarlierLayoutTest {
  private static final String FIXTURE = "org/civicportal/feedback/earlier-layout/";

  @TempDir static Path dir;
  private static TestRepository repository;
  private static BatchedWriter writer;
  private static RatingStore ratings;
  private static PollTallyStore polls;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepository.open(dir);
    new SystemViewImporter(repository.embedded())
        .importClasspathFolder(VotesOfEarlierLayoutTest.class.getClassLoader(), FIXTURE);
    writer = new BatchedWriter(repository);
    ratings = new RatingStore(repository, writer);
    polls = new PollTallyStore(repository, writer);
  }

  @AfterAll
  static void stop() {
    writer.close();
    repository.close();
  }

  @Test
  void theFixtureHoldsTheEarlierLayout() throws Exception {
    String hash = VoteRecords.visitorHash(key(0));
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          assertThat(
                  s.nodeExists(
                      "/ratings/0a/" + ITEM + "/votes/" + hash.substring(0, 2) + "/" + hash))
              .isTrue();
          assertThat(s.nodeExists("/polls/" + POLL + "/votes/" + hash.substring(0, 2) + "/" + hash))
              .isTrue();
          return null;
        });
  }

  @Test
  void earlierRatingsCountStopASecondVoteAndSitBesideNewOnes() throws Exception {
    RatingSummary summary = ratings.read(ITEM, null);
    assertThat(summary.getCount()).isEqualTo(RATING_VOTES);
    assertThat(summary.getHistogram()).containsExactly(8L, 8L, 8L, 8L, 8L);
    for (int i = 0; i < RATING_VOTES; i++) {
      assertThat(ratings.read(ITEM, key(i)).getMyScore())
          .as("visitor %d's score", i)
          .isEqualTo(score(i));
      assertThat(ratings.vote(ITEM, key(i), 1)).as("visitor %d's second vote", i).isEmpty();
    }
    assertThat(ratings.read(ITEM, null).getCount()).isEqualTo(RATING_VOTES);

    // A new vote beside them goes to the deep layout, and a recount finds both.
    String newcomer = key(1000);
    assertThat(ratings.vote(ITEM, newcomer, 5)).isPresent();
    String hash = VoteRecords.visitorHash(newcomer);
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          String votes = "/ratings/0a/" + ITEM + "/votes/";
          assertThat(
                  s.nodeExists(
                      votes
                          + hash.charAt(0)
                          + "/"
                          + hash.charAt(1)
                          + "/"
                          + hash.charAt(2)
                          + "/"
                          + hash.charAt(3)
                          + "/"
                          + hash))
              .isTrue();
          assertThat(s.nodeExists(votes + hash.substring(0, 2) + "/" + hash)).isFalse();
          return null;
        });
    assertThat(ratings.read(ITEM, newcomer).getMyScore()).isEqualTo(5);
    assertThat(ratings.vote(ITEM, newcomer, 2)).isEmpty();
    assertThat(ratings.recount(ITEM).getHistogram()).containsExactly(8L, 8L, 8L, 8L, 9L);
  }

  @Test
  void earlierPollAnswersCountAndStopASecondVote() throws Exception {
    Map<String, Long> expected = new HashMap<>();
    for (int i = 0; i < POLL_VOTES; i++) {
      options(i).forEach(o -> expected.merge(o, 1L, Long::sum));
    }
    PollTally tally = polls.read(POLL);
    assertThat(tally.getBallots()).isEqualTo(POLL_VOTES);
    assertThat(tally.getVotes()).isEqualTo(expected);
    for (int i = 0; i < POLL_VOTES; i++) {
      assertThat(polls.hasVoted(POLL, key(i))).as("visitor %d has voted", i).isTrue();
      assertThat(polls.recordVote(POLL, key(i), List.of("b"), TIME))
          .as("visitor %d's second vote", i)
          .isFalse();
    }
    assertThat(polls.recordVote(POLL, key(2000), List.of("b"), TIME)).isTrue();
    assertThat(polls.hasVoted(POLL, key(2000))).isTrue();
    assertThat(polls.read(POLL).getBallots()).isEqualTo(POLL_VOTES + 1);
    assertThat(polls.read(POLL).votesFor("b")).isEqualTo(expected.get("b") + 1);
  }
}
