package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.civicportal.rating.RatingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save in the embedded repository is forced to the disk before it returns, once per group commit:
 * the runtime workspace's H2 file goes through a file system that counts {@code FileChannel.force}
 * per thread ({@link ForceCountingFileSystem}), and the forces made by the writer's own thread are
 * counted around votes.
 */
@Tag("slow")
class SyncingH2PersistenceManagerTest {
  private static final String WRITER_THREAD = "civic-writer-" + Workspaces.FEEDBACK;

  @TempDir Path dir;

  @BeforeAll
  static void install() {
    ForceCountingFileSystem.install();
  }

  @Test
  void eachSaveIsForcedToTheDiskBeforeItReturns() throws Exception {
    try (TestRepository repository = openCounting("true")) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      String item = "00000000-0000-4000-8000-0000000000f1";
      ratings.vote(item, "warm-up visitor", 1);
      for (int i = 0; i < 5; i++) {
        long before = ForceCountingFileSystem.forcesBy(WRITER_THREAD);
        assertThat(ratings.vote(item, "visitor " + i, 4)).isPresent();
        assertThat(ForceCountingFileSystem.forcesBy(WRITER_THREAD))
            .as("forces by the save of vote %d", i)
            .isGreaterThan(before);
      }
      writer.close();
    }
  }

  @Test
  void votesSavedTogetherShareOneForce() throws Exception {
    try (TestRepository repository = openCounting("true")) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      String item = "00000000-0000-4000-8000-0000000000f2";
      ratings.vote(item, "warm-up visitor", 1);
      long before = ForceCountingFileSystem.forcesBy(WRITER_THREAD);
      // Queued while the writer is busy with a slow first task, the rest go in one save.
      List<CompletableFuture<?>> queued = new ArrayList<>();
      CompletableFuture<Object> slow =
          writer.submit(
              Workspaces.FEEDBACK,
              s -> {
                LockSupport.parkNanos(500_000_000L);
                return null;
              });
      for (int i = 0; i < 50; i++) {
        String visitor = "batched visitor " + i;
        queued.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return ratings.vote(item, visitor, 5);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      slow.get();
      for (CompletableFuture<?> vote : queued) {
        vote.get();
      }
      long forces = ForceCountingFileSystem.forcesBy(WRITER_THREAD) - before;
      assertThat(forces).as("forces for 50 votes").isBetween(1L, 25L);
      assertThat(ratings.read(item, null).getCount()).isEqualTo(51);
      writer.close();
    }
  }

  @Test
  void withSyncToDiskOffASaveIsNotForced() throws Exception {
    try (TestRepository repository = openCounting("false")) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      String item = "00000000-0000-4000-8000-0000000000f3";
      ratings.vote(item, "warm-up visitor", 1);
      long before = ForceCountingFileSystem.forcesBy(WRITER_THREAD);
      for (int i = 0; i < 5; i++) {
        assertThat(ratings.vote(item, "visitor " + i, 2)).isPresent();
      }
      assertThat(ForceCountingFileSystem.forcesBy(WRITER_THREAD)).isEqualTo(before);
      writer.close();
    }
  }

  /**
   * A repository whose civic-feedback workspace keeps its H2 file on the counting file system, with
   * {@code syncToDisk} as given: the workspace is created first, then its persistence manager set
   * as a directory of an earlier version has it (new runtime workspaces are in Derby, see {@link
   * RuntimePersistenceTest}) and as an admin would edit it.
   */
  private TestRepository openCounting(String syncToDisk) throws Exception {
    TestRepository.open(dir).close();
    Path config = dir.resolve("workspaces").resolve(Workspaces.FEEDBACK).resolve("workspace.xml");
    Files.writeString(
        config,
        Files.readString(config)
            .replaceAll(
                "(?s)<PersistenceManager.*</PersistenceManager>",
                "<PersistenceManager class=\"org.civicportal.embedded.SyncingH2PersistenceManager\">"
                    + "<param name=\"url\" value=\"jdbc:h2:"
                    + ForceCountingFileSystem.SCHEME
                    + ":\\${wsp.home}/db/itemState\"/>"
                    + "<param name=\"syncToDisk\" value=\""
                    + syncToDisk
                    + "\"/></PersistenceManager>"));
    return TestRepository.open(dir);
  }
}
