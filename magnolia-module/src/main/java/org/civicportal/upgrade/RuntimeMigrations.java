package org.civicportal.upgrade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every migration of runtime data (votes, tallies, visit counts), oldest first: the one list a
 * change of the runtime layout adds its {@link RuntimeMigration} to. The standalone runs them at
 * every start, Magnolia in the module's update delta ({@code CivicPortalVersionHandler}).
 */
public final class RuntimeMigrations {
  private static final Logger LOG = LoggerFactory.getLogger(RuntimeMigrations.class);

  static final List<RuntimeMigration> ALL = List.of(new RuntimeNodeTypes());

  private RuntimeMigrations() {}

  /** Runs every migration; returns the nodes each changed, by name (logged when not 0). */
  public static Map<String, Long> run(JcrSessions sessions) throws RepositoryException {
    return run(sessions, ALL);
  }

  static Map<String, Long> run(JcrSessions sessions, List<RuntimeMigration> migrations)
      throws RepositoryException {
    Map<String, Long> changed = new LinkedHashMap<>();
    for (RuntimeMigration migration : migrations) {
      long n = migration.migrate(sessions);
      changed.put(migration.name(), n);
      if (n > 0) {
        LOG.info("Migrated runtime data: {}, {} nodes", migration.name(), n);
      }
    }
    return changed;
  }
}
