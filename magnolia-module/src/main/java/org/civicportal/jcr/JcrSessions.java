package org.civicportal.jcr;

import javax.jcr.RepositoryException;

/**
 * The port through which every store reaches JCR. Magnolia implements it with system sessions, the
 * standalone with an embedded Jackrabbit. The session belongs to the work only while it runs (an
 * implementation may reuse it afterwards, with unsaved changes discarded); work that writes calls
 * {@code session.save()} itself.
 */
public interface JcrSessions {
  <T> T withSession(String workspace, SessionWork<T> work) throws RepositoryException;
}
