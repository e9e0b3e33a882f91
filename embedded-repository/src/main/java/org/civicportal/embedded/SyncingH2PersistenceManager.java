package org.civicportal.embedded;

import java.sql.SQLException;
import org.apache.jackrabbit.core.persistence.PMContext;
import org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager;
import org.apache.jackrabbit.core.state.ChangeLog;
import org.apache.jackrabbit.core.state.ItemStateException;

/**
 * Jackrabbit's H2 bundle persistence, made to survive a machine crash: after each save's changes
 * are committed it runs H2's {@code CHECKPOINT SYNC}, which writes what is pending to the file and
 * forces it to the disk ({@code FileChannel.force}), before the save returns. H2 commits alone only
 * hand the file to the operating system, which may keep it in memory for many seconds. A save that
 * carries many writes (civic-portal's writer saves a batch of votes at once) pays one sync for all.
 * The checkpoint also lets H2 compact a little (chunks under half full), beside the compaction its
 * background writer does.
 *
 * <p>With the sync, H2 keeps space freed by rewritten data for {@value #SYNCED_RETENTION_MILLIS} ms
 * before it reuses it, instead of its default 45 s: H2 keeps freed space that long only in case the
 * disk has not yet written what came after it, which the sync at each save rules out. The file
 * holds about what was rewritten in that time beyond the live data, so at a high write rate the
 * default made the file ten times the live data (docs/runtime-data.md has the figures).
 *
 * <p>Parameter {@code syncToDisk} (default true): false runs a plain {@code CHECKPOINT}, the same
 * write without forcing it to the disk (what a save costs without the sync; a process crash still
 * loses nothing, a power cut may) and keeps H2's default retention.
 */
public class SyncingH2PersistenceManager extends H2PersistenceManager {
  /** How long freed space is kept when every save is synced. */
  static final int SYNCED_RETENTION_MILLIS = 5_000;

  /** H2's own retention time, for a file whose saves are not synced. */
  static final int DEFAULT_RETENTION_MILLIS = 45_000;

  private boolean syncToDisk = true;

  public String getSyncToDisk() {
    return Boolean.toString(syncToDisk);
  }

  public void setSyncToDisk(String syncToDisk) {
    this.syncToDisk = Boolean.parseBoolean(syncToDisk);
  }

  @Override
  public void init(PMContext context) throws Exception {
    super.init(context);
    // A database setting H2 keeps in the file: set at every start, so a change of syncToDisk
    // takes effect.
    conHelper.exec(
        "SET RETENTION_TIME " + (syncToDisk ? SYNCED_RETENTION_MILLIS : DEFAULT_RETENTION_MILLIS));
  }

  @Override
  public synchronized void store(ChangeLog changeLog) throws ItemStateException {
    super.store(changeLog);
    try {
      conHelper.exec(syncToDisk ? "CHECKPOINT SYNC" : "CHECKPOINT");
    } catch (SQLException e) {
      throw new ItemStateException("the save was committed but could not be synced to disk", e);
    }
  }
}
