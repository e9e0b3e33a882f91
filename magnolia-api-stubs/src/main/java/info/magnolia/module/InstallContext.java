package info.magnolia.module;

import info.magnolia.module.model.ModuleDefinition;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public interface InstallContext {
  void info(String message);

  void warn(String message);

  ModuleDefinition getCurrentModuleDefinition();

  Session getJCRSession(String workspaceName) throws RepositoryException;
}
