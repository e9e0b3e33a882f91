package info.magnolia.module.delta;

import info.magnolia.module.InstallContext;
import javax.jcr.RepositoryException;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class OrderFilterBeforeTask extends AbstractRepositoryTask {
  public OrderFilterBeforeTask(String filterName, String[] filtersAfter) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  protected void doExecute(InstallContext installContext)
      throws RepositoryException, TaskExecutionException {
    throw new UnsupportedOperationException("stub");
  }
}
