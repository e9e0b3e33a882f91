package org.civicportal.magnolia;

import info.magnolia.module.InstallContext;
import info.magnolia.module.delta.AbstractRepositoryTask;
import info.magnolia.module.delta.RegisterServletTask;
import info.magnolia.module.delta.TaskExecutionException;
import info.magnolia.module.model.ServletDefinition;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Brings the registrations of the descriptor's servlets up to date on an installed site ({@link
 * ServletRegistrations}): a servlet the site lacks is registered as an install does, one that names
 * a class of an earlier version gets the current class; everything else stays as it is.
 */
final class ServletsTask extends AbstractRepositoryTask {
  static final String SERVLETS = "/server/filters/servlets/";
  static final String SERVLET_CLASS = "servletClass";

  ServletsTask() {
    super(
        "Servlets",
        "Registers the module's servlets a site lacks and repoints those that name a class of an"
            + " earlier version.");
  }

  @Override
  protected void doExecute(InstallContext installContext)
      throws RepositoryException, TaskExecutionException {
    Session config = installContext.getJCRSession("config");
    for (ServletDefinition servlet : installContext.getCurrentModuleDefinition().getServlets()) {
      String path = SERVLETS + servlet.getName();
      Node node = config.nodeExists(path) ? config.getNode(path) : null;
      String registered =
          node == null
              ? null
              : node.hasProperty(SERVLET_CLASS) ? node.getProperty(SERVLET_CLASS).getString() : "";
      switch (ServletRegistrations.change(registered, servlet.getClassName())) {
        case REGISTER -> {
          new RegisterServletTask(servlet).execute(installContext);
          installContext.info("Servlets: registered " + servlet.getName() + ".");
        }
        case REPOINT -> {
          node.setProperty(SERVLET_CLASS, servlet.getClassName());
          installContext.info(
              "Servlets: "
                  + servlet.getName()
                  + " now runs "
                  + servlet.getClassName()
                  + " (was "
                  + registered
                  + ").");
        }
        case KEEP -> {}
      }
    }
  }
}
