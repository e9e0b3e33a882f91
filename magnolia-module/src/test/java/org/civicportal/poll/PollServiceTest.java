package org.civicportal.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.feedback.Refusal;
import org.civicportal.feedback.Refusal.Reason;
import org.civicportal.feedback.VoteRecords;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poll rules on a real Jackrabbit repository; one repository for the class, one fresh poll per
 * test.
 */
class PollServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @TempDir static Path dir;
  private static TestRepository jcr;
  private static BatchedWriter writer;

  @BeforeAll
  static void start() throws Exception {
    jcr = TestRepository.open(dir);
    writer = new BatchedWriter(jcr);
  }

  @AfterAll
  static void stop() {
    writer.close();
    jcr.close();
  }

  private static PollService serviceAt(Instant now) {
    return new PollService(
        new PollRepository(jcr), new PollTallyStore(jcr, writer), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static PollService service() {
    return serviceAt(NOW);
  }

  private static TestPolls threeOptions() {
    return TestPolls.poll()
        .option("good", "Tốt")
        .option("fair", "Khá")
        .option("poor", "Chưa tốt")
        .opens(NOW.minus(Duration.ofDays(1)));
  }

  private static PollTally tally(String pollId) throws RepositoryException {
    return new PollTallyStore(jcr, writer).read(pollId);
  }

  private static List<Long> votes(PollView view) {
    return view.getOptions().stream()
        .map(PollView.OptionView::getVotes)
        .collect(Collectors.toList());
  }

  @Test
  void aVoteIsCountedAndShownToTheVoter() throws Exception {
    String id = threeOptions().create(jcr);
    PollView view = service().vote(id, "visitor-1", List.of("fair"));

    assertThat(view.isHasVoted()).isTrue();
    assertThat(view.isResultsVisible()).isTrue();
    assertThat(view.getTotalVotes()).isEqualTo(1);
    assertThat(votes(view)).containsExactly(0L, 1L, 0L);
    assertThat(view.getOptions())
        .extracting(PollView.OptionView::getPercent)
        .containsExactly(0, 100, 0);
    assertThat(service().view(id, "visitor-1").isHasVoted()).isTrue();
    assertThat(service().view(id, "visitor-2").isHasVoted()).isFalse();
    assertThat(service().view(id, null).isHasVoted()).isFalse();
  }

  @Test
  void aVoteLeavesARecordWithTheVisitorHashTheAnswersAndTheTime() throws Exception {
    String id = threeOptions().multiple(1, 3).create(jcr);
    service().vote(id, "visitor-1", List.of("poor", "good"));

    String hash = VoteRecords.visitorHash("visitor-1");
    Node record =
        jcr.withSession(
            Workspaces.FEEDBACK,
            s -> {
              Node n = s.getNode("/polls/" + id + "/" + VoteRecords.path("visitor-1"));
              assertThat(n.getProperty("visitor").getString())
                  .isEqualTo(hash)
                  .doesNotContain("visitor-1");
              assertThat(
                      Arrays.stream(n.getProperty("options").getValues())
                          .map(
                              v -> {
                                try {
                                  return v.getString();
                                } catch (RepositoryException e) {
                                  throw new IllegalStateException(e);
                                }
                              }))
                  .containsExactly("poor", "good");
              assertThat(n.getProperty("time").getDate().toInstant()).isEqualTo(NOW);
              return n;
            });
    assertThat(record).isNotNull();
  }

  @Test
  void aSecondVoteOfTheSameVisitorIsRefusedAndChangesNothing() throws Exception {
    String id = threeOptions().create(jcr);
    service().vote(id, "visitor-1", List.of("good"));

    assertThatThrownBy(() -> service().vote(id, "visitor-1", List.of("poor")))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.ALREADY_VOTED);
    assertThat(tally(id).getBallots()).isEqualTo(1);
    assertThat(tally(id).getVotes()).containsOnlyKeys("good").containsEntry("good", 1L);
  }

  @Test
  void concurrentVotersAreAllCountedExactly() throws Exception {
    String id = threeOptions().multiple(1, 2).create(jcr);
    PollService service = service();
    int threads = 16;
    int votesPerThread = 12;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      work.add(
          () -> {
            start.await();
            int refused = 0;
            for (int v = 0; v < votesPerThread; v++) {
              service.vote(
                  id,
                  "visitor-" + thread + "-" + v,
                  v % 2 == 0 ? List.of("good") : List.of("fair", "poor"));
              // Every thread also races every other for one shared visitor: only one may win.
              try {
                service.vote(id, "shared-visitor", List.of("poor"));
              } catch (Refusal e) {
                assertThat(e.getReason()).isEqualTo(Reason.ALREADY_VOTED);
                refused++;
              }
            }
            return refused;
          });
    }
    List<Future<Integer>> results = new ArrayList<>();
    try {
      work.forEach(w -> results.add(pool.submit(w)));
      start.countDown();
      int refused = 0;
      for (Future<Integer> f : results) {
        refused += f.get();
      }
      assertThat(refused).isEqualTo(threads * votesPerThread - 1);
    } finally {
      pool.shutdownNow();
    }

    int voters = threads * votesPerThread;
    int even = threads * ((votesPerThread + 1) / 2);
    PollTally tally = tally(id);
    assertThat(tally.getBallots()).isEqualTo(voters + 1);
    assertThat(tally.votesFor("good")).isEqualTo(even);
    assertThat(tally.votesFor("fair")).isEqualTo(voters - even);
    assertThat(tally.votesFor("poor")).isEqualTo(voters - even + 1);
    long records =
        jcr.withSession(
            Workspaces.FEEDBACK,
            s -> {
              long[] n = {0};
              VoteRecords.forEach(s.getNode("/polls/" + id), record -> n[0]++);
              return n[0];
            });
    assertThat(records).isEqualTo(voters + 1);
  }

  @Test
  void opensExactlyAtOpensAtAndClosesExactlyAtClosesAt() throws Exception {
    Instant opens = Instant.parse("2026-12-01T00:00:00Z");
    Instant closes = Instant.parse("2026-12-31T17:00:00Z");
    String id = threeOptions().opens(opens).closes(closes).create(jcr);

    PollService before = serviceAt(opens.minusMillis(1));
    assertThat(before.view(id, null).getStatus()).isEqualTo(PollStatus.SCHEDULED);
    assertThatThrownBy(() -> before.vote(id, "early", List.of("good")))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.POLL_NOT_OPEN);

    assertThat(serviceAt(opens).view(id, null).getStatus()).isEqualTo(PollStatus.OPEN);
    serviceAt(opens).vote(id, "first", List.of("good"));
    serviceAt(closes.minusMillis(1)).vote(id, "last", List.of("good"));

    PollService after = serviceAt(closes);
    assertThat(after.view(id, null).getStatus()).isEqualTo(PollStatus.CLOSED);
    assertThatThrownBy(() -> after.vote(id, "late", List.of("good")))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.POLL_CLOSED);
    assertThat(tally(id).getBallots()).isEqualTo(2);
  }

  @Test
  void withoutOpensAtAndClosesAtAPollIsOpenAlways() throws Exception {
    String id = TestPolls.poll().option("a", "A").option("b", "B").create(jcr);
    assertThat(serviceAt(Instant.EPOCH).view(id, null).getStatus()).isEqualTo(PollStatus.OPEN);
    assertThat(
            serviceAt(Instant.parse("2100-01-01T00:00:00Z"))
                .vote(id, "v", List.of("b"))
                .getTotalVotes())
        .isEqualTo(1);
  }

  @Test
  void renamingAnOptionKeepsItsVotes() throws Exception {
    String id = threeOptions().create(jcr);
    service().vote(id, "v1", List.of("fair"));
    service().vote(id, "v2", List.of("fair"));

    TestPolls.editOption(jcr, id, "fair", "label", "Bình thường");

    PollView view = service().view(id, null);
    assertThat(view.getOptions())
        .extracting(PollView.OptionView::getLabel)
        .containsExactly("Tốt", "Bình thường", "Chưa tốt");
    assertThat(votes(view)).containsExactly(0L, 2L, 0L);
  }

  @Test
  void hidingAnOptionKeepsItsStoredVotesAndShowingItAgainBringsThemBack() throws Exception {
    String id = threeOptions().create(jcr);
    service().vote(id, "v1", List.of("poor"));
    service().vote(id, "v2", List.of("good"));
    service().vote(id, "v3", List.of("good"));
    service().vote(id, "v4", List.of("fair"));

    TestPolls.editOption(jcr, id, "poor", "hidden", true);

    PollView hidden = service().view(id, null);
    assertThat(hidden.getOptions())
        .extracting(PollView.OptionView::getId)
        .containsExactly("good", "fair");
    assertThat(votes(hidden)).containsExactly(2L, 1L);
    assertThat(hidden.getOptions())
        .extracting(PollView.OptionView::getPercent)
        .containsExactly(67, 33);
    assertThat(hidden.getTotalVotes()).isEqualTo(4);
    assertThat(tally(id).votesFor("poor")).isEqualTo(1);
    assertThatThrownBy(() -> service().vote(id, "v5", List.of("poor")))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.INVALID_REQUEST);

    TestPolls.editOption(jcr, id, "poor", "hidden", false);
    assertThat(votes(service().view(id, null))).containsExactly(2L, 1L, 1L);
  }

  @Test
  void republishingOrMovingThePollKeepsItsVotes() throws Exception {
    String id = threeOptions().create(jcr);
    service().vote(id, "v1", List.of("good"));

    // Publishing imports the author's export on the public instance, replacing the node of the same
    // UUID.
    jcr.withSession(
        Workspaces.POLLS,
        s -> {
          Node node = s.getNodeByIdentifier(id);
          ByteArrayOutputStream xml = new ByteArrayOutputStream();
          try {
            s.exportSystemView(node.getPath(), xml, false, false);
            s.importXML(
                node.getParent().getPath(),
                new ByteArrayInputStream(xml.toByteArray()),
                ImportUUIDBehavior.IMPORT_UUID_COLLISION_REPLACE_EXISTING);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          s.save();
          s.move(s.getNodeByIdentifier(id).getPath(), "/moved-" + UUID.randomUUID());
          s.save();
          return null;
        });

    assertThat(votes(service().view(id, null))).containsExactly(1L, 0L, 0L);
    assertThatThrownBy(() -> service().vote(id, "v1", List.of("fair")))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.ALREADY_VOTED);
  }

  @Test
  void percentagesOfAPollAddUpToOneHundred() throws Exception {
    String id = threeOptions().create(jcr);
    for (String[] v : new String[][] {{"a", "good"}, {"b", "fair"}, {"c", "poor"}}) {
      service().vote(id, v[0], List.of(v[1]));
    }
    assertThat(service().view(id, null).getOptions())
        .extracting(PollView.OptionView::getPercent)
        .containsExactly(34, 33, 33);
  }

  @Test
  void resultsAreShownAlways() throws Exception {
    String id = threeOptions().visibility("always").create(jcr);
    assertThat(service().view(id, null).isResultsVisible()).isTrue();
    assertThat(votes(service().view(id, null))).containsExactly(0L, 0L, 0L);
  }

  @Test
  void resultsAfterVoteAreShownToVotersAndToEveryoneOnceClosed() throws Exception {
    Instant closes = NOW.plus(Duration.ofHours(1));
    String id = threeOptions().visibility("afterVote").closes(closes).create(jcr);
    PollView before = service().view(id, "v1");
    assertThat(before.isResultsVisible()).isFalse();
    assertThat(before.getTotalVotes()).isNull();
    assertThat(before.getOptions())
        .allSatisfy(
            o -> {
              assertThat(o.getVotes()).isNull();
              assertThat(o.getPercent()).isNull();
            });
    assertThat(service().vote(id, "v1", List.of("good")).isResultsVisible()).isTrue();
    assertThat(service().view(id, "v1").isResultsVisible()).isTrue();
    assertThat(service().view(id, "v2").isResultsVisible()).isFalse();
    assertThat(serviceAt(closes).view(id, "v2").isResultsVisible()).isTrue();
  }

  @Test
  void resultsAfterCloseStayHiddenFromVotersUntilClosed() throws Exception {
    Instant closes = NOW.plus(Duration.ofHours(1));
    String id = threeOptions().visibility("afterClose").closes(closes).create(jcr);
    assertThat(service().vote(id, "v1", List.of("good")).isResultsVisible()).isFalse();
    assertThat(service().view(id, "v1").isResultsVisible()).isFalse();
    assertThat(serviceAt(closes).view(id, null).getTotalVotes()).isEqualTo(1);
  }

  @Test
  void resultsNeverShownStayHiddenEvenWhenClosed() throws Exception {
    Instant closes = NOW.plus(Duration.ofHours(1));
    String id = threeOptions().visibility("never").closes(closes).create(jcr);
    assertThat(service().vote(id, "v1", List.of("good")).isResultsVisible()).isFalse();
    assertThat(serviceAt(closes).view(id, "v1").isResultsVisible()).isFalse();
    assertThat(tally(id).getBallots()).isEqualTo(1);
  }

  @Test
  void anUnknownPollIsNotFound() {
    assertThatThrownBy(() -> service().view(UUID.randomUUID().toString(), null))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.NOT_FOUND);
    assertThatThrownBy(() -> service().vote(UUID.randomUUID().toString(), "v", List.of("good")))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.NOT_FOUND);
  }

  @Test
  void aNodeThatIsNotAPollIsNotFound() throws Exception {
    String folder =
        jcr.withSession(
            Workspaces.POLLS,
            s -> {
              Node n = s.getRootNode().addNode("folder-" + UUID.randomUUID(), "mgnl:folder");
              s.save();
              return n.getIdentifier();
            });
    assertThatThrownBy(() -> service().view(folder, null))
        .isInstanceOf(Refusal.class)
        .extracting("reason")
        .isEqualTo(Reason.NOT_FOUND);
  }

  @Test
  void optionsNamedByMagnoliasMultiFieldAreInTheirIndexOrder() throws Exception {
    String id =
        jcr.withSession(
            Workspaces.POLLS,
            s -> {
              Node poll =
                  s.getRootNode().addNode("indexed-" + UUID.randomUUID(), PollRepository.NODE_TYPE);
              poll.setProperty("question", "Q");
              Node options = poll.addNode(PollRepository.OPTIONS, "mgnl:contentNode");
              for (String index : new String[] {"2", "0", "10", "1"}) {
                Node o = options.addNode(index, "mgnl:contentNode");
                o.setProperty("id", "id" + index);
                o.setProperty("label", "label " + index);
              }
              s.save();
              return poll.getIdentifier();
            });
    assertThat(service().view(id, null).getOptions())
        .extracting(PollView.OptionView::getId)
        .containsExactly("id0", "id1", "id2", "id10");
  }

  @Test
  void aPollIsFoundByPathAsALinkFieldMayStoreIt() throws Exception {
    String id = threeOptions().create(jcr);
    String path = jcr.withSession(Workspaces.POLLS, s -> s.getNodeByIdentifier(id).getPath());
    assertThat(service().publicView(path)).get().extracting(PollView::getPollId).isEqualTo(id);
    assertThat(service().publicView("/no/such/poll")).isEmpty();
    assertThat(service().publicView("not-a-uuid")).isEmpty();
  }

  @Test
  void maxChoicesIsClampedToTheVisibleOptionsAndSingleChoiceTakesOne() throws Exception {
    PollView multi = service().view(threeOptions().multiple(0, 0).create(jcr), null);
    assertThat(multi.getMaxChoices()).isEqualTo(3);
    assertThat(multi.getMinChoices()).isEqualTo(1);
    PollView single = service().view(threeOptions().create(jcr), null);
    assertThat(single.isMultiple()).isFalse();
    assertThat(single.getMaxChoices()).isEqualTo(1);
  }

  @Test
  void theNewestOpenPollIsTheOpenOneThatOpenedLast() throws Exception {
    // Fixed at a time no other test's polls share: far in the future, where only these are open.
    Instant at = Instant.parse("2090-06-01T00:00:00Z");
    threeOptions()
        .opens(at.minus(Duration.ofDays(10)))
        .closes(at.plus(Duration.ofDays(1)))
        .create(jcr);
    String newest =
        threeOptions()
            .question("newest")
            .opens(at.minus(Duration.ofDays(2)))
            .closes(at.plus(Duration.ofDays(1)))
            .create(jcr);
    threeOptions().opens(at.plus(Duration.ofDays(1))).create(jcr);
    threeOptions().opens(at.minus(Duration.ofDays(1))).closes(at).create(jcr);

    PollService service = serviceAt(at);
    assertThat(service.newestOpen()).get().extracting(PollView::getPollId).isEqualTo(newest);
    List<PollView> archive = service.archive();
    assertThat(archive).extracting(PollView::getStatus).doesNotContain(PollStatus.SCHEDULED);
    assertThat(archive).extracting(PollView::getPollId).contains(newest);
    List<Instant> opened =
        archive.stream()
            .map(PollView::getOpensAt)
            .filter(o -> o != null)
            .collect(Collectors.toList());
    List<Instant> sorted = new ArrayList<>(opened);
    sorted.sort(Collections.reverseOrder());
    assertThat(opened).isEqualTo(sorted);
  }

  @Test
  void publicViewsNeverCarryAVisitor() throws Exception {
    String id = threeOptions().visibility("afterVote").create(jcr);
    service().vote(id, "v1", List.of("good"));
    PollView view = service().publicView(id).orElseThrow();
    assertThat(view.isHasVoted()).isFalse();
    assertThat(view.isResultsVisible()).isFalse();
    assertThat(service().publicView(UUID.randomUUID().toString())).isEmpty();
    assertThat(service().publicView("")).isEmpty();
  }
}
