package info.magnolia.module.delta;

import info.magnolia.module.InstallContext;
import javax.jcr.RepositoryException;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public abstract class AbstractRepositoryTask extends AbstractTask {
  AbstractRepositoryTask() {
    throw new UnsupportedOperationException("stub");
  }

  public AbstractRepositoryTask(String name, String description) {
    throw new UnsupportedOperationException("stub");
  }

  protected abstract void doExecute(InstallContext installContext)
      throws RepositoryException, TaskExecutionException;
}
