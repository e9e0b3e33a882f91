package org.civicportal.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civicportal.feedback.Refusal;
import org.civicportal.feedback.Refusal.Reason;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad answer list, each its own test: refused as invalid_request, and nothing stored.
 */
class PollBadInputTest {
  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @TempDir static Path dir;
  private static TestRepository jcr;
  private static BatchedWriter writer;
  private static PollService service;
  private static PollTallyStore store;
  private static String single;
  private static String multiple;

  @BeforeAll
  static void start() throws Exception {
    jcr = TestRepository.open(dir);
    writer = new BatchedWriter(jcr);
    store = new PollTallyStore(jcr, writer);
    service = new PollService(new PollRepository(jcr), store, Clock.fixed(NOW, ZoneOffset.UTC));
    single =
        TestPolls.poll()
            .option("a", "A")
            .option("b", "B")
            .hiddenOption("gone", "Removed")
            .create(jcr);
    multiple =
        TestPolls.poll()
            .multiple(2, 3)
            .option("a", "A")
            .option("b", "B")
            .option("c", "C")
            .option("d", "D")
            .hiddenOption("gone", "Removed")
            .create(jcr);
    // A vote already there, so "nothing changed" is checked against real counts.
    service.vote(single, "earlier", List.of("a"));
    service.vote(multiple, "earlier", List.of("a", "b"));
  }

  @AfterAll
  static void stop() {
    writer.close();
    jcr.close();
  }

  static Stream<Arguments> badAnswers() {
    List<String> huge =
        IntStream.range(0, PollService.MAX_ANSWERS + 1)
            .mapToObj(i -> "a")
            .collect(Collectors.toList());
    return Stream.of(
        Arguments.of("empty list", "single", List.of()),
        Arguments.of("missing list", "single", null),
        Arguments.of("huge list", "multiple", huge),
        Arguments.of("unknown option id", "single", List.of("zzz")),
        Arguments.of("option id of another case", "single", List.of("A")),
        Arguments.of("null option id", "single", Arrays.asList((String) null)),
        Arguments.of("duplicate option ids", "multiple", List.of("a", "a")),
        Arguments.of("duplicate option id on single choice", "single", List.of("a", "a")),
        Arguments.of("several options on single choice", "single", List.of("a", "b")),
        Arguments.of("fewer than minimum", "multiple", List.of("c")),
        Arguments.of("more than maximum", "multiple", List.of("a", "b", "c", "d")),
        Arguments.of("hidden option on single choice", "single", List.of("gone")),
        Arguments.of("hidden option among valid ones", "multiple", List.of("a", "gone")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAnswers")
  void isRefusedAndChangesNothing(String name, String which, List<String> answers)
      throws Exception {
    String pollId = which.equals("single") ? single : multiple;
    PollTally before = store.read(pollId);

    assertThatThrownBy(() -> service.vote(pollId, "visitor-" + name, answers))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.INVALID_REQUEST);

    PollTally after = store.read(pollId);
    assertThat(after.getBallots()).isEqualTo(before.getBallots()).isEqualTo(1);
    assertThat(after.getVotes()).isEqualTo(before.getVotes());
    assertThat(store.hasVoted(pollId, "visitor-" + name)).isFalse();
  }
}
