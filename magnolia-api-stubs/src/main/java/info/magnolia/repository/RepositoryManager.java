package info.magnolia.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public interface RepositoryManager {
  Session getSystemSession(String workspaceName) throws RepositoryException;
}
