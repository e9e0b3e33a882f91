package org.civicportal.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.jcr.RepositoryException;

/**
 * Lets one cluster node at a time start on the shared database. On an empty database Jackrabbit
 * creates its tables, root nodes and workspaces without guarding against another node doing the
 * same at the same moment; holding a PostgreSQL advisory lock while starting makes the second node
 * find them made. The lock is the database session's, so a node killed while starting releases it
 * too.
 */
final class ClusterStartLock implements AutoCloseable {
  /** Any number, the same on all nodes: "civic_pt" in ASCII. */
  private static final long KEY = 0x63697669635f7074L;

  private final Connection connection;

  private ClusterStartLock(Connection connection) {
    this.connection = connection;
  }

  /**
   * Connects to the cluster database; fails at once when it cannot be reached or refuses the login.
   */
  static ClusterStartLock connect(ClusterSettings cluster) throws RepositoryException {
    try {
      return new ClusterStartLock(
          DriverManager.getConnection(
              cluster.getJdbcUrl(), cluster.getUser(), cluster.getPassword()));
    } catch (SQLException e) {
      throw new RepositoryException(
          "cannot reach the cluster database " + cluster.getLoggedUrl() + ": " + e.getMessage(), e);
    }
  }

  /** Waits until no other node is starting; held until {@link #close}. */
  void acquire() throws RepositoryException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
      lock.setLong(1, KEY);
      lock.execute();
    } catch (SQLException e) {
      throw new RepositoryException(
          "cannot lock the cluster database for the start: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing the connection ends the session, and with it the lock, whatever the driver reports.
    }
  }
}
