package org.civicportal.standalone;

import javax.jcr.RepositoryException;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.embedded.WorkspaceLayout;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.Workspaces;

/**
 * The module's session port over the embedded repository: what Magnolia's repository is to the
 * module in Magnolia.
 */
public final class EmbeddedSessions implements JcrSessions {
  /**
   * The module's workspaces: editorial ones in each node's files, runtime ones shared in cluster
   * mode.
   */
  public static final WorkspaceLayout WORKSPACES =
      new WorkspaceLayout(Workspaces.EDITORIAL, Workspaces.RUNTIME);

  private final EmbeddedRepository repository;

  public EmbeddedSessions(EmbeddedRepository repository) {
    this.repository = repository;
  }

  @Override
  public <T> T withSession(String workspace, SessionWork<T> work) throws RepositoryException {
    return repository.withSession(workspace, work::run);
  }
}
