package info.magnolia.module;

import info.magnolia.module.delta.Delta;
import info.magnolia.module.delta.Task;
import info.magnolia.module.model.Version;
import java.util.List;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public abstract class AbstractModuleVersionHandler implements ModuleVersionHandler {
  public AbstractModuleVersionHandler() {
    throw new UnsupportedOperationException("stub");
  }

  protected void register(Delta delta) {
    throw new UnsupportedOperationException("stub");
  }

  protected List<Delta> getUpdateDeltas(InstallContext installContext, Version from) {
    throw new UnsupportedOperationException("stub");
  }

  protected List<Task> getExtraInstallTasks(InstallContext installContext) {
    throw new UnsupportedOperationException("stub");
  }
}
