package org.civicportal.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.feedback.Refusal.Reason;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.poll.PollView;
import org.civicportal.poll.TestPolls;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.rating.RatingSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Votes stored by earlier versions, written here node by node as those versions wrote them into a
 * real Jackrabbit, still count: in the tallies, and as the visitor's one vote. Ratings named a vote
 * by the visitor key itself until they took the naming polls always had (the key's SHA-256, {@link
 * VoteRecords}).
 */
class VotesOfEarlierVersionsTest {
  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private static final String ARTICLE = "00000000-0000-4000-8000-000000000001";
  private static final String RUNTIME = "civic:runtime";

  @TempDir static Path dir;
  private static TestRepository repository;
  private static BatchedWriter writer;
  private static RatingService ratings;
  private static PollService polls;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir);
    writer = new BatchedWriter(repository);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ratings =
        new RatingService(
            new JcrContentService(repository, AssetLinks.URLS_ONLY),
            new RatingStore(repository, writer, clock));
    polls =
        new PollService(
            new PollRepository(repository), new PollTallyStore(repository, writer), clock);
  }

  @AfterAll
  static void stop() {
    writer.close();
    repository.close();
  }

  @Test
  void aRatingNamedByTheVisitorKeyStillCountsAndStillStopsASecondVote() throws Exception {
    String earlier = key("earlier visitor");
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          // /ratings/{id[0..2]}/{itemId} with its summary, and votes/{key[0..2]}/{key} with score
          // and time.
          Node item = add(add(add(s.getRootNode(), "ratings"), ARTICLE.substring(0, 2)), ARTICLE);
          item.setProperty("itemId", ARTICLE);
          item.setProperty("histogram", new String[] {"0", "0", "0", "1", "0"}, PropertyType.LONG);
          item.setProperty("count", 1L);
          item.setProperty("total", 4L);
          Node vote = add(add(add(item, "votes"), earlier.substring(0, 2)), earlier);
          vote.setProperty("score", 4L);
          vote.setProperty("time", Calendar.getInstance());
          s.save();
          return null;
        });

    RatingSummary seen = ratings.summary(ARTICLE, earlier).orElseThrow();
    assertThat(seen.getMyScore()).isEqualTo(4);
    assertThat(seen.getCount()).isEqualTo(1);
    assertThatThrownBy(() -> ratings.vote(ARTICLE, earlier, 1))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.ALREADY_VOTED);
    assertThat(ratings.summary(ARTICLE, null).orElseThrow().getHistogram())
        .containsExactly(0L, 0L, 0L, 1L, 0L);

    String later = key("later visitor");
    RatingSummary after = ratings.vote(ARTICLE, later, 5);
    assertThat(after.getCount()).isEqualTo(2);
    assertThat(after.getTotal()).isEqualTo(9);
    // A recount from the vote records finds the old record and the new one.
    assertThat(ratings.recount(ARTICLE).getHistogram()).containsExactly(0L, 0L, 0L, 1L, 1L);
    assertThat(ratings.summary(ARTICLE, earlier).orElseThrow().getMyScore()).isEqualTo(4);
    assertThat(ratings.summary(ARTICLE, later).orElseThrow().getMyScore()).isEqualTo(5);

    // The new vote is named as poll votes are, and carries the store's clock in UTC.
    String hash = sha256(later);
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          Node record = s.getNode("/ratings/00/" + ARTICLE + "/" + VoteRecords.path(later));
          assertThat(record.getName()).isEqualTo(hash);
          assertThat(record.getProperty("score").getLong()).isEqualTo(5);
          assertThat(record.getProperty("visitor").getString()).isEqualTo(hash);
          assertThat(record.getProperty("time").getDate().toInstant()).isEqualTo(NOW);
          assertThat(
                  s.nodeExists(
                      "/ratings/00/" + ARTICLE + "/votes/" + later.substring(0, 2) + "/" + later))
              .isFalse();
          return null;
        });
  }

  @Test
  void aPollVoteOfAnEarlierVersionStillCountsAndStillStopsASecondVote() throws Exception {
    String pollId =
        TestPolls.poll()
            .option("a", "A")
            .option("b", "B")
            .opens(NOW.minus(Duration.ofDays(1)))
            .create(repository);
    String earlier = key("earlier poll visitor");
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          // /polls/{pollId} with ballots and tallies, and votes/{hh}/{sha256(key)} with the
          // visitor's hash.
          Node poll = add(add(s.getRootNode(), "polls"), pollId);
          poll.setProperty("ballots", 1L);
          add(poll, "tallies").setProperty("a", 1L);
          String hash = sha256(earlier);
          Node vote = add(add(add(poll, "votes"), hash.substring(0, 2)), hash);
          vote.setProperty("visitor", hash);
          vote.setProperty("options", new String[] {"a"});
          Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
          at.setTimeInMillis(NOW.minus(Duration.ofHours(1)).toEpochMilli());
          vote.setProperty("time", at);
          s.save();
          return null;
        });

    assertThat(polls.view(pollId, earlier).isHasVoted()).isTrue();
    assertThatThrownBy(() -> polls.vote(pollId, earlier, List.of("b")))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.ALREADY_VOTED);

    PollView after = polls.vote(pollId, key("later poll visitor"), List.of("b"));
    assertThat(after.getTotalVotes()).isEqualTo(2L);
    assertThat(after.getOptions())
        .extracting(PollView.OptionView::getVotes)
        .containsExactly(1L, 1L);
  }

  /** A visitor key as the web layer makes them: 64 lower-case hex digits. */
  private static String key(String seed) {
    return sha256("key of " + seed);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static Node add(Node parent, String name) throws RepositoryException {
    return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, RUNTIME);
  }
}
