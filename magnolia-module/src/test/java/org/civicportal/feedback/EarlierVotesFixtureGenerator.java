package org.civicportal.feedback;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingStore;

/**
 * Writes the fixture of {@link VotesOfEarlierLayoutTest}: votes cast through the stores, exported
 * as system views of civic-feedback ({@code civic-feedback.ratings.xml}, {@code
 * civic-feedback.polls.xml}). It was run once on the classes of the version before the deep vote
 * layout (main at b8c4b3a, votes at {@code votes/{hh}/{hash}}), so the fixture holds what that
 * version wrote. It calls only the stores, as that version had them; the repository was then opened
 * by {@code org.civicportal.jcr.EmbeddedRepository.open(dir)}, since moved behind {@link
 * TestRepository}. Not a test.
 *
 * <p>Run: {@code java -cp <compiled generator>:<that version's standalone jar>
 * org.civicportal.feedback.EarlierVotesFixtureGenerator <out dir>}
 */
public final class EarlierVotesFixtureGenerator {
  static final String ITEM = "0a1b2c3d-0000-4000-8000-000000000001";
  static final String POLL = "0a1b2c3d-0000-4000-8000-0000000000aa";
  static final int RATING_VOTES = 40;
  static final int POLL_VOTES = 30;
  static final Instant TIME = Instant.parse("2026-12-01T03:00:00Z");

  private EarlierVotesFixtureGenerator() {}

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[0]));
    Path dir = Files.createTempDirectory("civic-earlier-votes");
    try (TestRepository repository = TestRepository.open(dir)) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer, Clock.fixed(TIME, ZoneOffset.UTC));
      PollTallyStore polls = new PollTallyStore(repository, writer);
      for (int i = 0; i < RATING_VOTES; i++) {
        ratings.vote(ITEM, key(i), score(i));
      }
      for (int i = 0; i < POLL_VOTES; i++) {
        polls.recordVote(POLL, key(i), options(i), TIME);
      }
      writer.close();
      for (String top : List.of("ratings", "polls")) {
        try (OutputStream file =
            Files.newOutputStream(out.resolve(Workspaces.FEEDBACK + "." + top + ".xml"))) {
          repository.withSession(
              Workspaces.FEEDBACK,
              s -> {
                try {
                  s.exportSystemView("/" + top, file, false, false);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return null;
              });
        }
      }
    }
  }

  /** The visitor key of the fixture's i-th visitor, as the web layer makes them: 64 hex digits. */
  static String key(int i) {
    return Hashing.sha256().hashString("earlier visitor " + i, StandardCharsets.UTF_8).toString();
  }

  static int score(int i) {
    return i % 5 + 1;
  }

  /** One option for most visitors, two for every third (a multiple-choice ballot). */
  static List<String> options(int i) {
    return i % 3 == 0 ? List.of("a", "c") : List.of(i % 2 == 0 ? "a" : "b");
  }
}
