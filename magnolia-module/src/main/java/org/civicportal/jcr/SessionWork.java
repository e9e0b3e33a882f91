package org.civicportal.jcr;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** A unit of work on one JCR session. */
@FunctionalInterface
public interface SessionWork<T> {
  T run(Session session) throws RepositoryException;
}
