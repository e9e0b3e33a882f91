package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.util.concurrent.Uninterruptibles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit on a real Jackrabbit: batching, durability before completion, isolation of a failing
 * task.
 */
class BatchedWriterTest {
  @TempDir static Path dir;
  static TestRepository repository;

  /** Counts sessions, i.e. saves: the writer opens one session per batch. */
  static final AtomicInteger sessionsOpened = new AtomicInteger();

  static BatchedWriter writer;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepository.open(dir);
    writer =
        new BatchedWriter(
            new JcrSessions() {
              @Override
              public <T> T withSession(String workspace, SessionWork<T> work)
                  throws RepositoryException {
                sessionsOpened.incrementAndGet();
                return repository.withSession(workspace, work);
              }
            });
  }

  @AfterAll
  static void stop() {
    writer.close();
    repository.close();
  }

  private static SessionWork<String> addNode(String name) {
    return s -> {
      Node root = s.getRootNode();
      Node parent =
          root.hasNode("batched")
              ? root.getNode("batched")
              : root.addNode("batched", "nt:unstructured");
      parent.addNode(name, "nt:unstructured");
      return name;
    };
  }

  /**
   * A task that holds the writer until {@code release}, so that the tasks submitted meanwhile queue
   * up.
   */
  private static SessionWork<Object> waitFor(CountDownLatch release) {
    return s -> {
      Uninterruptibles.awaitUninterruptibly(release, 10, TimeUnit.SECONDS);
      return null;
    };
  }

  private static boolean exists(String name) throws RepositoryException {
    return repository.withSession(Workspaces.FEEDBACK, s -> s.nodeExists("/batched/" + name));
  }

  @Test
  void queuedTasksShareOneSaveAndCompleteOnlyOnceDurable() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Object> blocker = writer.submit(Workspaces.FEEDBACK, waitFor(release));
    List<CompletableFuture<String>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      futures.add(writer.submit(Workspaces.FEEDBACK, addNode("n" + i)));
    }
    int before = sessionsOpened.get();
    release.countDown();
    blocker.get(10, TimeUnit.SECONDS);
    for (int i = 0; i < 50; i++) {
      String name = futures.get(i).get(10, TimeUnit.SECONDS);
      // Another session sees it as soon as the caller is told.
      assertThat(exists(name)).isTrue();
    }
    assertThat(sessionsOpened.get() - before).isLessThanOrEqualTo(2);
  }

  @Test
  void aFailingTaskFailsAloneAndLeavesNothingBehind() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Object> blocker = writer.submit(Workspaces.FEEDBACK, waitFor(release));
    CompletableFuture<String> ok1 = writer.submit(Workspaces.FEEDBACK, addNode("ok1"));
    CompletableFuture<String> bad =
        writer.submit(
            Workspaces.FEEDBACK,
            s -> {
              addNode("half-done").run(s);
              throw new RepositoryException("refused");
            });
    CompletableFuture<String> ok2 = writer.submit(Workspaces.FEEDBACK, addNode("ok2"));
    release.countDown();
    blocker.get(10, TimeUnit.SECONDS);
    assertThat(ok1.get(10, TimeUnit.SECONDS)).isEqualTo("ok1");
    assertThat(ok2.get(10, TimeUnit.SECONDS)).isEqualTo("ok2");
    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("refused");
    assertThat(exists("ok1")).isTrue();
    assertThat(exists("ok2")).isTrue();
    assertThat(exists("half-done")).isFalse();
    assertThatThrownBy(
            () ->
                writer.write(
                    Workspaces.FEEDBACK,
                    s -> {
                      throw new RepositoryException("direct");
                    }))
        .isInstanceOf(RepositoryException.class)
        .hasMessage("direct");
  }

  @Test
  void theTopLevelNodesATaskNamesAreMadeInASaveOfTheirOwnBeforeItRuns() throws Exception {
    String made =
        writer.write(
            Workspaces.FEEDBACK,
            List.of("top-a", "top-b"),
            s -> {
              // Already saved by the writer, not added by this task's session.
              assertThat(s.getNode("/top-a").isNew()).isFalse();
              assertThat(s.getNode("/top-b").getPrimaryNodeType().getName())
                  .isEqualTo(RuntimeNodes.TYPE);
              s.getNode("/top-a").addNode("below", RuntimeNodes.TYPE);
              return "done";
            });
    assertThat(made).isEqualTo("done");
    // Made once: a node removed behind the writer's back is not made again by this writer.
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          s.getNode("/top-b").remove();
          s.save();
          return null;
        });
    boolean madeAgain =
        writer.write(Workspaces.FEEDBACK, List.of("top-b"), s -> s.nodeExists("/top-b"));
    assertThat(madeAgain).isFalse();
  }

  @Test
  void aSaveThatLostARaceIsRetriedFromFreshState() throws Exception {
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          s.getRootNode().addNode("race", "nt:unstructured").setProperty("n", 0L);
          s.save();
          return null;
        });
    AtomicInteger runs = new AtomicInteger();
    long lostBefore = writer.lostRaces();
    long result =
        writer.write(
            Workspaces.FEEDBACK,
            s -> {
              Node race = s.getNode("/race");
              long next = race.getProperty("n").getLong() + 10;
              race.setProperty("n", next);
              if (runs.incrementAndGet() == 1) {
                // Another writer of the repository (a cluster node) saves the same property first.
                repository.withSession(
                    Workspaces.FEEDBACK,
                    other -> {
                      other.getNode("/race").setProperty("n", 1L);
                      other.save();
                      return null;
                    });
              }
              return next;
            });
    assertThat(runs.get()).isEqualTo(2);
    assertThat(result).isEqualTo(11);
    assertThat(writer.lostRaces() - lostBefore).isEqualTo(1);
    long saved =
        repository.withSession(Workspaces.FEEDBACK, s -> s.getProperty("/race/n").getLong());
    assertThat(saved).isEqualTo(11);
  }

  @Test
  void aCallerInterruptedWhileItsTaskWaitsTakesItBackAndItNeverRuns() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Object> blocker = writer.submit(Workspaces.FEEDBACK, waitFor(release));
    AtomicInteger runs = new AtomicInteger();
    CompletableFuture<Throwable> refused = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                writer.write(
                    Workspaces.FEEDBACK,
                    s -> {
                      runs.incrementAndGet();
                      return addNode("taken-back").run(s);
                    });
                refused.complete(null);
              } catch (RepositoryException | RuntimeException e) {
                refused.complete(e);
              }
            });
    caller.start();
    Thread.sleep(200);
    caller.interrupt();
    assertThat(refused.get(10, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Interrupted");
    release.countDown();
    blocker.get(10, TimeUnit.SECONDS);
    // The queue behind it was written: the task taken back was not.
    String after = writer.write(Workspaces.FEEDBACK, s -> "after");
    assertThat(after).isEqualTo("after");
    assertThat(runs.get()).isZero();
    assertThat(exists("taken-back")).isFalse();
  }
}
