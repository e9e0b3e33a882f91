package org.civicportal.magnolia;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.TestRepository;

/**
 * Magnolia's config workspace in a real Jackrabbit, filled the way Magnolia bootstraps a file
 * {@code config.a.b.c.xml} (BootstrapUtil, DataTransporter in 6.2.45): missing parents /a/b are
 * made as {@code mgnl:content}, and an existing /a/b/c is replaced.
 */
final class ConfigWorkspace implements AutoCloseable {
  private static final String WORKSPACE = "config";
  private final TestRepository repository;

  private ConfigWorkspace(TestRepository repository) {
    this.repository = repository;
  }

  static ConfigWorkspace open(Path dir) throws RepositoryException, IOException {
    TestRepository repository = TestRepository.open(dir);
    Session session =
        repository.embedded().getRepository().login(new SimpleCredentials("admin", new char[0]));
    try {
      session.getWorkspace().createWorkspace(WORKSPACE);
    } finally {
      session.logout();
    }
    return new ConfigWorkspace(repository);
  }

  /** Bootstraps the module's own {@code mgnl-bootstrap/civic-portal/<fileName>}. */
  void bootstrapModuleFile(String fileName) throws RepositoryException, IOException {
    try (InputStream xml =
        getClass().getResourceAsStream("/mgnl-bootstrap/civic-portal/" + fileName)) {
      if (xml == null) {
        throw new IOException("no bootstrap file " + fileName);
      }
      bootstrap(fileName, xml);
    }
  }

  void bootstrap(String fileName, InputStream xml) throws RepositoryException {
    SystemViewImporter.Target target = SystemViewImporter.Target.of(fileName);
    if (!target.workspace().equals(WORKSPACE)) {
      throw new IllegalArgumentException(fileName + " is not for the config workspace");
    }
    withSession(
        session -> {
          Node parent = session.getRootNode();
          for (String name : target.parentPath().substring(1).split("/")) {
            if (!name.isEmpty()) {
              parent =
                  parent.hasNode(name)
                      ? parent.getNode(name)
                      : parent.addNode(name, "mgnl:content");
            }
          }
          if (parent.hasNode(target.nodeName())) {
            parent.getNode(target.nodeName()).remove();
          }
          session.save();
          return null;
        });
    new SystemViewImporter(repository.embedded()).importXml(target, xml);
  }

  /** The whole repository, the runtime and editorial workspaces beside config. */
  TestRepository repository() {
    return repository;
  }

  <T> T withSession(SessionWork<T> work) throws RepositoryException {
    return repository.withSession(WORKSPACE, work);
  }

  @Override
  public void close() {
    repository.close();
  }
}
