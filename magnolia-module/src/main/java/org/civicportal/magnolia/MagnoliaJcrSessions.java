package org.civicportal.magnolia;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import info.magnolia.repository.RepositoryManager;

import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;

/**
 * System sessions from Magnolia's repository manager. Each call logs in a fresh session and logs it out after the
 * work, so it is safe from request threads and background threads alike and never shares a session with the
 * request's own context (whose system sessions are thread-bound and released by Magnolia at the end of a request).
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
        Session session = repositoryManager.getSystemSession(workspace);
        try {
            return work.run(session);
        } finally {
            session.logout();
        }
    }
}
