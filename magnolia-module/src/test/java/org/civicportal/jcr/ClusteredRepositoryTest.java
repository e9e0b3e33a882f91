package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.jcr.RepositoryException;
import org.civicportal.embedded.ClusterSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two cluster nodes (two repositories in one JVM, each with its own directory) on a real
 * PostgreSQL: started at the same moment on an empty database, they share the runtime workspaces
 * and nothing else.
 */
@Tag("slow")
class ClusteredRepositoryTest {
  private static TestPostgres postgres;

  @TempDir Path dir;

  @BeforeAll
  static void startDatabase() throws Exception {
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    postgres.close();
  }

  static ClusterSettings node(TestPostgres postgres, String id) {
    return ClusterSettings.of(postgres.jdbcUrl(), postgres.user(), postgres.password(), id);
  }

  @Test
  void
      nodesStartingTogetherOnAnEmptyDatabaseShareTheRuntimeWorkspacesOnlyAndKeepThemAcrossRestarts()
          throws Exception {
    ExecutorService starter = Executors.newFixedThreadPool(2);
    try {
      Callable<TestRepository> a = () -> TestRepository.open(dir.resolve("a"), node(postgres, "a"));
      Callable<TestRepository> b = () -> TestRepository.open(dir.resolve("b"), node(postgres, "b"));
      List<Future<TestRepository>> started = starter.invokeAll(List.of(a, b), 2, TimeUnit.MINUTES);
      try (TestRepository nodeA = started.get(0).get();
          TestRepository nodeB = started.get(1).get()) {
        for (String workspace : Workspaces.RUNTIME) {
          nodeA.withSession(
              workspace,
              s -> {
                s.getRootNode().addNode("from-a", "nt:unstructured").setProperty("n", 7L);
                s.save();
                return null;
              });
          Long seen =
              await(
                  () ->
                      nodeB.withSession(
                          workspace,
                          s ->
                              s.propertyExists("/from-a/n")
                                  ? s.getProperty("/from-a/n").getLong()
                                  : null));
          assertThat(seen).isEqualTo(7L);
        }
        nodeA.withSession(
            Workspaces.ARTICLES,
            s -> {
              s.getRootNode().addNode("local-only", "nt:unstructured");
              s.save();
              return null;
            });
        boolean onA = nodeA.withSession(Workspaces.ARTICLES, s -> s.nodeExists("/local-only"));
        assertThat(onA).isTrue();
        // The journal is ordered: once B sees this later change, it would have seen the article if
        // shared.
        nodeA.withSession(
            Workspaces.FEEDBACK,
            s -> {
              s.getRootNode().addNode("after-article", "nt:unstructured");
              s.save();
              return null;
            });
        await(
            () ->
                nodeB.withSession(
                    Workspaces.FEEDBACK, s -> s.nodeExists("/after-article") ? true : null));
        boolean onB = nodeB.withSession(Workspaces.ARTICLES, s -> s.nodeExists("/local-only"));
        assertThat(onB).isFalse();
        // The civic node types reached the shared repository too.
        boolean civicTypes =
            nodeB.withSession(
                Workspaces.FEEDBACK,
                s -> s.getWorkspace().getNodeTypeManager().hasNodeType("civic:article"));
        assertThat(civicTypes).isTrue();
        nodeB.withSession(
            Workspaces.VISITS,
            s -> {
              s.getRootNode().addNode("from-b", "nt:unstructured");
              s.save();
              return null;
            });
      }
      try (TestRepository restartedA = TestRepository.open(dir.resolve("a"), node(postgres, "a"))) {
        assertThat(restartedA.embedded().isNew()).isFalse();
        boolean fromB = restartedA.withSession(Workspaces.VISITS, s -> s.nodeExists("/from-b"));
        assertThat(fromB).as("written by B while A was running, read after A's restart").isTrue();
      }
    } finally {
      starter.shutdownNow();
    }
  }

  @Test
  void aWrongPasswordStopsTheStartBeforeAnyRepositoryIsOpened() {
    ClusterSettings wrong =
        ClusterSettings.of(postgres.jdbcUrl(), postgres.user(), "not-the-password", "d");
    assertThatThrownBy(() -> TestRepository.open(dir.resolve("d"), wrong))
        .isInstanceOf(RepositoryException.class)
        .hasMessageContaining("cluster database")
        .hasMessageNotContaining("not-the-password");
    // Checked before anything was opened: no repository was made, none is left locked.
    assertThat(dir.resolve("d/repository")).doesNotExist();
  }

  /**
   * Polls {@code read} until it returns non-null: the other node sees a change once it has synced
   * the journal.
   */
  static <T> T await(Callable<T> read) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      T value = read.call();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no change seen within 20 s");
      }
      Thread.sleep(100);
    }
  }
}
