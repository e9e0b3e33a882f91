package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.civicportal.rating.RatingStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In cluster mode the runtime workspaces are PostgreSQL's, and PostgreSQL syncs a commit to disk
 * before it returns (fsync and synchronous_commit on, its defaults): every vote answered is synced
 * without anything of civic-portal's. Shown on a server with those defaults, by its own counter of
 * WAL syncs (pg_stat_wal.wal_sync), around votes each saved alone.
 */
@Tag("slow")
class ClusterVoteSyncTest {
  private static final int VOTES = 20;

  @TempDir Path dir;

  @Test
  void eachVoteSavedInTheClusterIsSyncedToDiskByPostgreSql() throws Exception {
    try (TestPostgres postgres = TestPostgres.startSyncingToDisk();
        Connection sql = postgres.connect();
        TestRepository node =
            TestRepository.open(dir, ClusteredRepositoryTest.node(postgres, "a"))) {
      assertThat(show(sql, "fsync")).isEqualTo("on");
      assertThat(show(sql, "synchronous_commit")).isEqualTo("on");
      BatchedWriter writer = new BatchedWriter(node);
      RatingStore ratings = new RatingStore(node, writer);
      String item = "00000000-0000-4000-8000-0000000000c1";
      ratings.vote(item, "warm-up visitor", 3);
      long before = settledWalSyncs(sql);
      for (int i = 0; i < VOTES; i++) {
        assertThat(ratings.vote(item, "visitor " + i, 4)).isPresent();
      }
      long syncs = settledWalSyncs(sql) - before;
      System.out.printf(
          "ClusterVoteSyncTest: fsync=%s, synchronous_commit=%s, %d WAL syncs for %d votes%n",
          show(sql, "fsync"), show(sql, "synchronous_commit"), syncs, VOTES);
      assertThat(syncs)
          .as("WAL syncs for %d votes saved one by one", VOTES)
          .isGreaterThanOrEqualTo(VOTES);
      writer.close();
    }
  }

  private static String show(Connection sql, String setting) throws SQLException {
    try (Statement s = sql.createStatement();
        ResultSet r = s.executeQuery("SHOW " + setting)) {
      r.next();
      return r.getString(1);
    }
  }

  /**
   * The server's WAL syncs so far, once the count has stopped moving: backends report their
   * statistics when idle, some seconds after their last commit.
   */
  private static long settledWalSyncs(Connection sql) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    long last = -1;
    int same = 0;
    while (System.nanoTime() < deadline) {
      long now = walSyncs(sql);
      same = now == last ? same + 1 : 0;
      if (same == 12) {
        return now;
      }
      last = now;
      Thread.sleep(1000);
    }
    return last;
  }

  private static long walSyncs(Connection sql) throws SQLException {
    try (Statement s = sql.createStatement()) {
      // A snapshot per query, not one cached for the whole transaction.
      s.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet r = s.executeQuery("SELECT wal_sync FROM pg_stat_wal")) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
