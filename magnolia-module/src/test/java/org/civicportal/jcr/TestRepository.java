package org.civicportal.jcr;

import java.io.IOException;
import java.nio.file.Path;
import javax.jcr.RepositoryException;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.embedded.WorkspaceLayout;

/**
 * A real embedded repository holding the module's workspaces, seen as the stores see JCR: through
 * the port.
 */
public final class TestRepository implements JcrSessions, AutoCloseable {
  /** The module's workspaces: editorial ones local, runtime ones shared in cluster mode. */
  public static final WorkspaceLayout WORKSPACES =
      new WorkspaceLayout(Workspaces.EDITORIAL, Workspaces.RUNTIME);

  private final EmbeddedRepository embedded;

  private TestRepository(EmbeddedRepository embedded) {
    this.embedded = embedded;
  }

  /** Opens (or, in an empty directory, creates) a repository under {@code dir}. */
  public static TestRepository open(Path dir) throws RepositoryException, IOException {
    return new TestRepository(EmbeddedRepository.open(dir, WORKSPACES));
  }

  /**
   * Opens a cluster node's repository under {@code dir}, the runtime workspaces on the cluster's
   * database.
   */
  public static TestRepository open(Path dir, ClusterSettings cluster)
      throws RepositoryException, IOException {
    return new TestRepository(EmbeddedRepository.open(dir, WORKSPACES, cluster));
  }

  /**
   * The repository itself, for what the port does not offer: importing files, its Jackrabbit, its
   * lifecycle.
   */
  public EmbeddedRepository embedded() {
    return embedded;
  }

  @Override
  public <T> T withSession(String workspace, SessionWork<T> work) throws RepositoryException {
    return embedded.withSession(workspace, work::run);
  }

  @Override
  public void close() {
    embedded.close();
  }
}
