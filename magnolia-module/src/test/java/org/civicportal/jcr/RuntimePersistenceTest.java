package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicportal.rating.RatingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded repository makes its runtime workspaces with Derby's bundle persistence and the
 * editorial ones with H2 (runtime-persistence.xml says why); a runtime workspace an earlier version
 * made with H2 is served as it is. A save in Derby reaches the disk before it returns, one synced
 * write for many votes: the workspace's database goes through a storage that counts synced writes
 * per thread ({@link SyncCountingStorageFactory}), and those of the writer's own thread are counted
 * around votes.
 */
@Tag("slow")
class RuntimePersistenceTest {
  private static final String WRITER_THREAD = "civic-writer-" + Workspaces.FEEDBACK;
  private static final String DERBY =
      "org.apache.jackrabbit.core.persistence.pool.DerbyPersistenceManager";
  private static final String H2 = "org.civicportal.embedded.SyncingH2PersistenceManager";

  @TempDir Path dir;

  @BeforeAll
  static void install() {
    SyncCountingStorageFactory.install();
  }

  @Test
  void runtimeWorkspacesAreMadeInDerbyAndEditorialOnesInH2() throws Exception {
    String item = "00000000-0000-4000-8000-0000000000e1";
    try (TestRepository repository = TestRepository.open(dir)) {
      BatchedWriter writer = new BatchedWriter(repository);
      assertThat(new RatingStore(repository, writer).vote(item, "visitor", 4)).isPresent();
      writer.close();
    }
    for (String workspace : Workspaces.RUNTIME) {
      assertThat(config(workspace)).as(workspace).contains(DERBY).doesNotContain(H2);
    }
    for (String workspace : Workspaces.EDITORIAL) {
      assertThat(config(workspace)).as(workspace).contains(H2).doesNotContain(DERBY);
    }
    assertThat(dir.resolve("workspaces/" + Workspaces.FEEDBACK + "/db/itemState/seg0"))
        .isDirectory();
    // Derby's own log goes to the site's log (DerbyLog), not to a file where the site was started.
    assertThat(Path.of("derby.log")).doesNotExist();
    try (TestRepository repository = TestRepository.open(dir)) {
      assertThat(ratingCount(repository, item)).isEqualTo(1);
    }
  }

  @Test
  void aRuntimeWorkspaceMadeWithH2IsServedAsItIs() throws Exception {
    TestRepository.open(dir).close();
    WorkspaceConfigFiles.setPersistence(
        dir,
        Workspaces.FEEDBACK,
        WorkspaceConfigFiles.h2Persistence("jdbc:h2:file:${wsp.home}/db/itemState", true));
    String item = "00000000-0000-4000-8000-0000000000e2";
    try (TestRepository repository = TestRepository.open(dir)) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      for (int i = 0; i < 3; i++) {
        assertThat(ratings.vote(item, "visitor " + i, 5)).isPresent();
      }
      writer.close();
    }
    try (TestRepository repository = TestRepository.open(dir)) {
      assertThat(config(Workspaces.FEEDBACK)).contains(H2).doesNotContain(DERBY);
      assertThat(dir.resolve("workspaces/" + Workspaces.FEEDBACK + "/db/itemState.mv.db"))
          .isRegularFile();
      assertThat(ratingCount(repository, item)).isEqualTo(3);
    }
  }

  @Test
  void eachSaveIsSyncedBeforeItReturns() throws Exception {
    try (TestRepository repository = openCounting()) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      String item = "00000000-0000-4000-8000-0000000000e3";
      ratings.vote(item, "warm-up visitor", 1);
      QueuedVotes.castEachSynced(
          ratings, item, () -> SyncCountingStorageFactory.syncsBy(WRITER_THREAD));
      writer.close();
    }
  }

  @Test
  void votesSavedTogetherShareTheSyncedWrites() throws Exception {
    try (TestRepository repository = openCounting()) {
      BatchedWriter writer = new BatchedWriter(repository);
      RatingStore ratings = new RatingStore(repository, writer);
      String item = "00000000-0000-4000-8000-0000000000e4";
      ratings.vote(item, "warm-up visitor", 1);
      long before = SyncCountingStorageFactory.syncsBy(WRITER_THREAD);
      ratings.vote(item, "single visitor", 3);
      long single = SyncCountingStorageFactory.syncsBy(WRITER_THREAD) - before;
      QueuedVotes.castBehindSlowTask(writer, ratings, item, 50);
      long batched = SyncCountingStorageFactory.syncsBy(WRITER_THREAD) - before - single;
      assertThat(batched)
          .as("synced writes for 50 votes (one vote: %d)", single)
          .isBetween(1L, 10 * single);
      assertThat(ratings.read(item, null).getCount()).isEqualTo(52);
      writer.close();
    }
  }

  /** The number of votes on {@code item}, read as the site reads it after a restart. */
  private static long ratingCount(TestRepository repository, String item) throws Exception {
    return new RatingStore(repository, new BatchedWriter(repository)).read(item, null).getCount();
  }

  private String config(String workspace) throws Exception {
    return Files.readString(WorkspaceConfigFiles.of(dir, workspace));
  }

  /**
   * A repository whose civic-feedback workspace keeps its Derby database on the counting storage:
   * the workspace is made first, then its database URL edited and the database made anew there.
   */
  private TestRepository openCounting() throws Exception {
    TestRepository.open(dir).close();
    assertThat(config(Workspaces.FEEDBACK)).contains(DERBY, "jdbc:derby:${wsp.home}/db/itemState");
    WorkspaceConfigFiles.edit(
        dir,
        Workspaces.FEEDBACK,
        xml ->
            xml.replace(
                "jdbc:derby:${wsp.home}/db/itemState",
                "jdbc:derby:"
                    + SyncCountingStorageFactory.SUBPROTOCOL
                    + ":${wsp.home}/db/counted"));
    return TestRepository.open(dir);
  }
}
