package org.civicportal.magnolia;

import info.magnolia.module.InstallContext;
import info.magnolia.module.delta.AbstractRepositoryTask;
import info.magnolia.module.delta.TaskExecutionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.civicportal.upgrade.AddMissing;

/**
 * Adds to an existing configuration node what a bootstrap file has and the node lacks ({@link
 * AddMissing}).
 */
final class AddMissingTask extends AbstractRepositoryTask {
  private final ModuleUpdates.Step.AddMissing step;

  AddMissingTask(ModuleUpdates.Step.AddMissing step) {
    super(
        "Add missing configuration",
        "Adds what "
            + step.resource()
            + " has and "
            + step.workspace()
            + ":"
            + step.path()
            + " lacks; keeps every value already set.");
    this.step = step;
  }

  @Override
  protected void doExecute(InstallContext installContext)
      throws RepositoryException, TaskExecutionException {
    AddMissing file;
    try (InputStream in = AddMissingTask.class.getResourceAsStream(step.resource())) {
      if (in == null) {
        throw new TaskExecutionException("missing " + step.resource(), null);
      }
      file = AddMissing.read(in);
    } catch (IOException e) {
      throw new TaskExecutionException("cannot read " + step.resource(), e);
    }
    Session session = installContext.getJCRSession(step.workspace());
    List<String> added = file.into(session.getNode(step.path()));
    session.save();
    if (!added.isEmpty()) {
      installContext.info("Added to " + step.workspace() + ": " + String.join(", ", added));
    }
  }
}
