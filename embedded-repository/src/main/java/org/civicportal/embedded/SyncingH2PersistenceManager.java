package org.civicportal.embedded;

import java.sql.SQLException;
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
 * <p>Parameter {@code syncToDisk} (default true): false runs a plain {@code CHECKPOINT}, the same
 * write without forcing it to the disk (what a save costs without the sync; a process crash still
 * loses nothing, a power cut may).
 */
public class SyncingH2PersistenceManager extends H2PersistenceManager {
  private boolean syncToDisk = true;

  public String getSyncToDisk() {
    return Boolean.toString(syncToDisk);
  }

  public void setSyncToDisk(String syncToDisk) {
    this.syncToDisk = Boolean.parseBoolean(syncToDisk);
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
