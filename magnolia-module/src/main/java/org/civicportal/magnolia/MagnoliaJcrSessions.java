package org.civicportal.magnolia;

import info.magnolia.context.MgnlContext;
import info.magnolia.repository.RepositoryManager;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;

/**
 * System sessions from Magnolia's repository manager. Each call logs in a fresh session and logs it
 * out after the work, so it never shares a session with the request's own context (whose system
 * sessions are thread-bound and released by Magnolia at the end of a request). Magnolia wraps these
 * sessions so that new nodes get their created/modified stamps, and the wrappers read the thread's
 * Magnolia context: threads without one (the group-commit writer's, the visit flusher's) get a
 * system context for the duration of the work.
 */
@Singleton
public class MagnoliaJcrSessions implements JcrSessions {
  private final RepositoryManager repositoryManager;

  @Inject
  public MagnoliaJcrSessions(RepositoryManager repositoryManager) {
    this.repositoryManager = repositoryManager;
  }

  @Override
  public <T> T withSession(String workspace, SessionWork<T> work) throws RepositoryException {
    if (MgnlContext.hasInstance()) {
      return run(workspace, work);
    }
    return MgnlContext.<T, RepositoryException>doInSystemContext(() -> run(workspace, work), true);
  }

  private <T> T run(String workspace, SessionWork<T> work) throws RepositoryException {
    Session session = repositoryManager.getSystemSession(workspace);
    try {
      return work.run(session);
    } finally {
      session.logout();
    }
  }
}
