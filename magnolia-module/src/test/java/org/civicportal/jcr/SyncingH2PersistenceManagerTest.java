package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    try (TestRepository repository = openCounting(true)) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      String item = "00000000-0000-4000-8000-0000000000f1";
      ratings.vote(item, "warm-up visitor", 1);
      QueuedVotes.castEachSynced(
          ratings, item, () -> ForceCountingFileSystem.forcesBy(WRITER_THREAD));
      writer.close();
    }
  }

  @Test
  void votesSavedTogetherShareOneForce() throws Exception {
    try (TestRepository repository = openCounting(true)) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      String item = "00000000-0000-4000-8000-0000000000f2";
      ratings.vote(item, "warm-up visitor", 1);
      long before = ForceCountingFileSystem.forcesBy(WRITER_THREAD);
      QueuedVotes.castBehindSlowTask(writer, ratings, item, 50);
      long forces = ForceCountingFileSystem.forcesBy(WRITER_THREAD) - before;
      assertThat(forces).as("forces for 50 votes").isBetween(1L, 25L);
      assertThat(ratings.read(item, null).getCount()).isEqualTo(51);
      writer.close();
    }
  }

  @Test
  void withSyncToDiskOffASaveIsNotForced() throws Exception {
    try (TestRepository repository = openCounting(false)) {
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
  private TestRepository openCounting(boolean syncToDisk) throws Exception {
    TestRepository.open(dir).close();
    WorkspaceConfigFiles.setPersistence(
        dir,
        Workspaces.FEEDBACK,
        WorkspaceConfigFiles.h2Persistence(
            "jdbc:h2:" + ForceCountingFileSystem.SCHEME + ":${wsp.home}/db/itemState", syncToDisk));
    return TestRepository.open(dir);
  }
}
