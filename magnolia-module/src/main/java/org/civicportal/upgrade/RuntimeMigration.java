package org.civicportal.upgrade;

import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;

/**
 * One change of the runtime data's layout from an earlier version's to the current one. Runs on
 * every start of a standalone site and in Magnolia's update, possibly on several cluster nodes one
 * after the other: it must find what it has already done and then do nothing, cheaply.
 */
public interface RuntimeMigration {
  /** A short name for the log, e.g. "runtime node types". */
  String name();

  /**
   * Migrates what is left to migrate; returns how many nodes it changed (0 when the data is
   * current).
   */
  long migrate(JcrSessions sessions) throws RepositoryException;
}
