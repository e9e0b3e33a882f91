package info.magnolia.module.delta;

import info.magnolia.module.InstallContext;
import info.magnolia.module.model.ServletDefinition;

/** Stub of Magnolia 6.2.45: registers a descriptor's servlet in /server/filters/servlets. */
public class RegisterServletTask extends AbstractTask {
  public RegisterServletTask(ServletDefinition servletDefinition) {
    throw new UnsupportedOperationException("stub");
  }

  public void execute(InstallContext installContext) throws TaskExecutionException {
    throw new UnsupportedOperationException("stub");
  }
}
