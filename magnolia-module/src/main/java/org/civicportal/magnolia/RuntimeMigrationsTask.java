package org.civicportal.magnolia;

import info.magnolia.module.InstallContext;
import info.magnolia.module.delta.AbstractRepositoryTask;
import java.util.Map;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;
import org.civicportal.upgrade.RuntimeMigrations;

/**
 * Runs the migrations of runtime data with the update's sessions (the runtime workspaces, wherever
 * they are mapped).
 */
final class RuntimeMigrationsTask extends AbstractRepositoryTask {
  RuntimeMigrationsTask() {
    super(
        "Runtime data",
        "Brings votes, tallies and visit counts of earlier versions to the current layout.");
  }

  @Override
  protected void doExecute(InstallContext installContext) throws RepositoryException {
    JcrSessions sessions =
        new JcrSessions() {
          @Override
          public <T> T withSession(String workspace, SessionWork<T> work)
              throws RepositoryException {
            return work.run(installContext.getJCRSession(workspace));
          }
        };
    for (Map.Entry<String, Long> done : RuntimeMigrations.run(sessions).entrySet()) {
      installContext.info(
          "Runtime data, " + done.getKey() + ": " + done.getValue() + " nodes migrated.");
    }
  }
}
